/** The text entry for an id; the id checks ran before localising, so a miss is a bug, not bad input. */
export function textOf<T>(record: Readonly<Record<string, T>>, id: string): T {
  const entry = record[id];
  if (entry === undefined) throw new Error(`no text for id "${id}" although the id checks passed`);
  return entry;
}
