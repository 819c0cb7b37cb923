// Speaker notes are laid out once, in the paginator: the notes page writes those paragraphs and the check
// against a printed notes page measures the same ones.
import { describe, expect, it } from 'vitest';
import type { DeckSpec, NotesSection } from '../../src/render/pptx/model.js';
import { layOutNotes, paginate } from '../../src/render/pptx/paginate.js';
import { notesSpacing } from '../../src/render/pptx/layout.js';
import { defaultTheme } from '../../src/theme/theme.js';

const kit = {
  id: 'k',
  version: '1',
  released: '2026-11-25',
  language: 'nl',
  sourceLanguage: 'nl',
  origins: {},
};

const deck = (notes: NotesSection[]): DeckSpec => ({
  language: 'nl',
  title: 't',
  footer: 'f',
  version: '1',
  labels: { continued: 'vervolg' },
  slides: [{ id: 's', layout: 'content', title: { text: 'Dia' }, blocks: [], notes }],
});

describe('speaker notes', () => {
  it('give the last paragraph of a section the gap between sections, and bullets their indent', () => {
    const notes = layOutNotes([
      { heading: 'Inleiding', paragraphs: [{ text: 'Zeg dit.' }] },
      { bullets: [{ text: 'een' }, { text: 'twee' }] },
    ]);
    expect(notes.map((n) => [n.kind, n.spaceAfter, n.indent])).toEqual([
      ['heading', notesSpacing.afterHeading, 0],
      ['paragraph', notesSpacing.section, 0],
      ['bullet', notesSpacing.item, notesSpacing.indent],
      ['bullet', notesSpacing.item, notesSpacing.indent],
    ]);
  });

  it('warn when they are longer than a printed notes page, and not when they fit', () => {
    const sentence = 'Een zin voor de begeleider die uitlegt wat er op deze dia gebeurt. ';
    const warnings = (n: number) =>
      paginate(
        deck([{ paragraphs: [{ text: sentence.repeat(n) }] }]),
        kit,
        defaultTheme(),
        'deck',
      ).diagnostics.filter((d) => d.severity === 'warning' && d.message.includes('speaker notes'));
    expect(warnings(3)).toEqual([]);
    expect(warnings(60)).toHaveLength(1);
  });
});
