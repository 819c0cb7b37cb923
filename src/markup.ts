// Escaping text for XML and HTML: one rule for the OOXML parts, the download page and the PDF metadata.

/** `&`, `<`, `>` and `"` as entities: safe in element content and in double-quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
