// The language tag written on every text run. PowerPoint's proofing tools know languages by culture name
// (nl-NL, en-GB); a bare code gets the usual region, a tag with a region is kept as it is.
const REGIONS: Readonly<Record<string, string>> = {
  nl: 'nl-NL',
  en: 'en-GB',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  it: 'it-IT',
  pt: 'pt-PT',
  da: 'da-DK',
  sv: 'sv-SE',
  nb: 'nb-NO',
  pl: 'pl-PL',
  fy: 'fy-NL',
};

export function cultureOf(language: string): string {
  return language.includes('-') ? language : (REGIONS[language] ?? language);
}
