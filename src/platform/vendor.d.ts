// Types for what browser-platform.ts imports from packages that ship none for it.

/** The `hyphen` package's factory. */
declare module 'hyphen/hyphen.js' {
  const createHyphenator: (patterns: unknown) => (text: string, options?: object) => string;
  export default createHyphenator;
}

/** pdfkit's metrics of a standard font, for its browser build's registerStdFonts (pdfkit 0.20). */
declare module 'pdfkit/standard-fonts/Helvetica' {
  const font: { readonly name: string };
  export default font;
}
