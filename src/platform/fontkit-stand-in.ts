// What pdfkit gets instead of fontkit, on both platforms. pdfkit requires fontkit as it loads, to parse
// font files it may be given as bytes; we give it font sources of our own (render/pdf/shaper.ts), so
// fontkit would only cost loading (about 0.1 s of the PDF worker's start in Node, and some 700 kB in the
// browser's bundle). The stand-in says so if it is ever asked.
export function create(): never {
  throw new Error('dts gives pdfkit its own font sources (render/pdf/shaper.ts), not font files');
}

export default { create };
