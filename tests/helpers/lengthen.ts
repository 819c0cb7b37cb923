// Every text of a localised kit made 40 % longer with more of its own words, as a longer language
// (German, Finnish) would be: for tests of layouts that must hold in any language. The kit's name stays,
// as a name does in every language; ids, kinds, levels and the language tag are not texts.
const KEEP = [
  'id',
  'kind',
  'language',
  'writingArea',
  'title:kit',
  'released',
  'version',
  'sourceLanguage',
  // The matrix's levels (everyone, someone, none) are values, not texts.
  'levels',
];

export function lengthenText(text: string, factor = 1.4): string {
  const words = text.split(' ');
  let out = text;
  for (let i = 0; out.length < text.length * factor; i++) out += ` ${words[i % words.length]}`;
  return out;
}

export function lengthened<T>(kit: T, factor = 1.4): T {
  const walk = (node: unknown, key = ''): unknown => {
    if (typeof node === 'string') return KEEP.includes(key) ? node : lengthenText(node, factor);
    if (Array.isArray(node)) return node.map((n) => walk(n, key));
    if (node && typeof node === 'object') {
      if (key === 'origins') return node;
      return Object.fromEntries(
        Object.entries(node).map(([k, v]) => [k, walk(v, key === 'meta' && k === 'title' ? 'title:kit' : k)]),
      );
    }
    return node;
  };
  return walk(kit) as T;
}
