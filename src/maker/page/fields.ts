// The form's fields in the order the page shows them: each by its element id and, for those of the brand
// file, the field path the CLI's messages name (so a warning about `colours.primary` links to its field).
export const FORM_FIELDS: readonly { readonly id: string; readonly brand?: string }[] = [
  { id: 'organisation', brand: 'organisation' },
  { id: 'contact', brand: 'contact' },
  { id: 'logo', brand: 'logo' },
  { id: 'logo-alt', brand: 'logoAlt' },
  { id: 'colour-primary', brand: 'colours.primary' },
  { id: 'colour-accent', brand: 'colours.accent' },
  { id: 'colour-ink', brand: 'colours.ink' },
  { id: 'paper', brand: 'paper' },
  { id: 'kits' },
  { id: 'languages' },
];

/** The id of the form field a brand file's field path belongs to (`colours` as a whole: the primary's). */
export function formFieldOf(brandField: string): string | undefined {
  const path = brandField === 'colours' ? 'colours.primary' : brandField;
  return FORM_FIELDS.find((f) => f.brand === path)?.id;
}

/** Ids in the form's order. */
export function inFormOrder(ids: Iterable<string>): string[] {
  const wanted = new Set(ids);
  return FORM_FIELDS.map((f) => f.id).filter((id) => wanted.has(id));
}
