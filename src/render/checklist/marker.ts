// How a checklist PDF says which kit, version and language it is, so `dts plan` can recognise it: a
// hidden, read-only form field named `dts-kit` holding `kit=<id>;version=<x.y.z>;language=<code>`, and
// the same as `dts:<id>@<version>/<language>` in the document's keywords (a fallback for readers that
// drop hidden fields when they save).

/** What `dts plan` reads back to know a PDF is this checklist, in this version and language. */
export interface ChecklistMarker {
  readonly kit: string;
  readonly version: string;
  readonly language: string;
}

/** The name of the hidden, read-only form field that carries the marker. */
export const MARKER_FIELD = 'dts-kit';

export function markerValue(marker: ChecklistMarker): string {
  return `kit=${marker.kit};version=${marker.version};language=${marker.language}`;
}

/** The marker in the document's keywords. */
export function markerKeyword(marker: ChecklistMarker): string {
  return `dts:${marker.kit}@${marker.version}/${marker.language}`;
}

export function parseMarker(value: string): ChecklistMarker | undefined {
  const parts = new Map(
    value.split(';').map((part) => {
      const at = part.indexOf('=');
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const;
    }),
  );
  const kit = parts.get('kit');
  const version = parts.get('version');
  const language = parts.get('language');
  return kit && version && language ? { kit, version, language } : undefined;
}
