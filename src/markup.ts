// Escaping text for XML and HTML: one rule for the OOXML parts, the download page and the PDF metadata.

/** `&`, `<`, `>` and `"` as entities: safe in element content and in double-quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Characters XML 1.0 does not allow, even escaped. */
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** What needs escaping or dropping; most texts have none of it and are returned as they are. */
// eslint-disable-next-line no-control-regex
const SPECIAL = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Text for an XML attribute or element, escaped; characters XML cannot hold are dropped. */
export function xmlText(text: string): string {
  return SPECIAL.test(text) ? escapeXml(text.replace(INVALID, '')) : text;
}
