// zod's locales index in the in-browser bundle: English only (see src/tools/bundle-maker.ts).
export { default as en } from 'zod/v4/locales/en.js';
