// The `hyphen` package's factory, as browser-platform.ts imports it (the package ships no types).
declare module 'hyphen/hyphen.js' {
  const createHyphenator: (patterns: unknown) => (text: string, options?: object) => string;
  export default createHyphenator;
}
