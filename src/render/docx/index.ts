// The shared DOCX house style: every Word document of the kit (facilitator handbook, checklist workshop
// guide, project plan) is planned as a DocumentSpec — plain data — and rendered here.
//
//   import { renderDocx, type DocumentSpec, type Block } from '../docx/index.js';
//   const spec: DocumentSpec = {
//     language: kit.language, title, subject, version: kit.version, date,
//     cover: { title, subtitle, kind, organisation: theme.organisation?.name, version: 'Versie 1.0.0 · …' },
//     colophon: [{ kind: 'paragraph', style: 'note', content: kit.meta.licence }],
//     contentsTitle: 'Inhoud', header: title, footer: organisation or version,
//     body: [
//       { kind: 'heading', level: 1, text: 'Chapter' },            // a new page, in the TOC and nav pane
//       { kind: 'paragraph', content: ['Text with ', { text: 'bold', bold: true }] },
//       { kind: 'list', style: 'number', items: ['one', 'two'] }, // bullet | number | check
//       { kind: 'table', header: ['A', 'B'], widths: [1, 3], rows: [[{ content: 'a' }, { content: 'b' }]] },
//     ],
//   };
//   const bytes = await renderDocx(spec, theme); // deterministic: same spec → same bytes
//
// What the house style gives every document: Word styles (Normal, Title, Subtitle, Heading 1–3, Lead,
// Note, List Bullet/Number/Check, Table Text/Heading, TOC 1–2, Header, Footer; Command for typed commands;
// the table style Kit Table), real numbering definitions, tables whose header row repeats and whose rows
// never split, A4 pages with a running header and a footer with the page number, a cover with the theme's
// logo (with alt text), a colophon page, a table of contents written with its entries and page numbers,
// w:lang on the default style and every run, Word's automatic hyphenation, widow/orphan control, headings
// kept with the next paragraph, the theme's colours, Source Sans 3 embedded, and core properties (title,
// subject, language, version, fixed dates).
export type { Block, Content, Cover, DocumentSpec, Inline, TableCell } from './model.js';
export { plainText } from './model.js';
export type { ColophonTexts, KitDocument, ScheduleLabels, ScheduleSlot } from './kit-document.js';
export {
  bullets,
  checks,
  colophonBlocks,
  durationBlock,
  formatDate,
  h1,
  h2,
  h3,
  kitDocumentSpec,
  numbered,
  p,
  scheduleBlocks,
} from './kit-document.js';
export type { RenderDocxOptions } from './emit.js';
export { renderDocx } from './emit.js';
export { missingGlyphDiagnostics } from './glyphs.js';
export { coverLogoDiagnostics } from './cover-logo.js';
export { StyleId, Numbering, wordLanguage } from './style.js';
