// The Dutch words the catalogue's Dutch messages need for what the renderers name in English: artefacts
// ("handbook cover"), colour pairs, brand fields, read problems. Each returns undefined for a phrase it does
// not know, so a message is never half Dutch and half English: the page then shows the English one.

const ARTEFACTS: Readonly<Record<string, string>> = {
  checklist: 'de checklist',
  'tip cards': 'de tipkaartjes',
  deck: 'de presentatie',
  'workshop deck': 'de presentatie voor de workshop',
  handbook: 'de handleiding voor begeleiders',
  'workshop guide': 'de handleiding voor de workshop',
  'project plan': 'het projectplan',
};

const ORIENTATIONS: Readonly<Record<string, string>> = { portrait: 'staand', landscape: 'liggend' };

/** "handbook cover" → "de omslag van de handleiding voor begeleiders"; "A2 portrait poster" → "de A2-poster (staand)". */
export function artefactNl(artefact: string): string | undefined {
  const known = ARTEFACTS[artefact];
  if (known) return known;
  const poster = /^(A\d) (portrait|landscape) poster$/.exec(artefact);
  if (poster) return `de ${poster[1]}-poster (${ORIENTATIONS[poster[2] ?? '']})`;
  const part = /^(.+) (cover|title slide|slides)$/.exec(artefact);
  const whole = part ? ARTEFACTS[part[1] ?? ''] : undefined;
  if (!part || !whole) return undefined;
  const of = whole.replace(/^de /, 'van de ').replace(/^het /, 'van het ');
  return part[2] === 'cover'
    ? `de omslag ${of}`
    : part[2] === 'title slide'
      ? `de titeldia ${of}`
      : `de dia's ${of}`;
}

/** The brand texts a renderer fits, by the field the diagnostic names. */
const BRAND_FIELDS: Readonly<Record<string, string>> = {
  organisation: 'de naam van de organisatie',
  contact: 'de regel met de naam en de contactgegevens van de organisatie',
  logoAlt: 'de beschrijving van het logo',
};

export function brandFieldNl(field: string | undefined): string | undefined {
  return field === undefined ? undefined : BRAND_FIELDS[field];
}

/** The colour pairs the contrast check of body text names (theme/brand.ts). */
const COLOUR_PAIRS: Readonly<Record<string, string>> = {
  'body text on white paper': 'lopende tekst op wit papier',
  'text on the light tint of the primary colour (panels, shaded cells)':
    'tekst op de lichte tint van de hoofdkleur (vlakken en gekleurde tabelcellen)',
};

export function colourPairNl(pair: string): string | undefined {
  return COLOUR_PAIRS[pair];
}

/** A read problem as workspace.ts words it ("does not exist", "is 25 MB (expected … of at most 20 MB)"). */
export function readProblemNl(reason: string): string | undefined {
  if (reason === 'does not exist') return 'bestaat niet';
  if (/^is a folder/.test(reason)) return 'is een map, geen bestand';
  const size =
    /^is (larger than )?([\d.]+ (?:MB|kB|bytes)) \(expected .* of at most ([\d.]+ (?:MB|kB|bytes))\)$/.exec(
      reason,
    );
  if (!size?.[2] || !size[3]) return undefined;
  return size[1]
    ? `is groter dan ${decimal(size[2])}`
    : `is ${decimal(size[2])} groot (hoogstens ${decimal(size[3])})`;
}

/** 2.10 → 2,10: a Dutch reader writes a decimal comma. */
export function decimal(n: string | number): string {
  return String(n).replace('.', ',');
}
