// The worked example of an assignment in the handbook: the same entries as the deck's example slide
// (src/render/deck/example.ts), in the same structure, as Word tables that every reader renders: the
// table's own columns, the matrix with initials, the tree from effects down to causes, the quadrant
// between its labelled axes, the newspaper's front page. Pure.
import type { LocalisedAssignment, LocalisedDataTeamStart } from '../../content/model.js';
import type { Block, TableCell } from '../docx/index.js';
import { exampleMatrix, exampleNewspaperDate, exampleRows } from '../deck/example.js';

const lines = (items: readonly string[] | undefined): string => (items ?? []).join('\n');

/** The structure of the assignment's zone, filled in with the example, as one Word table. */
export function exampleTable(kit: LocalisedDataTeamStart, a: LocalisedAssignment): Block {
  const e = a.example;
  const c = a.canvas;
  switch (c.kind) {
    case 'table':
      return {
        kind: 'table',
        header: c.columns.map((col) => col.label),
        widths: c.columns.map((col) => (col.id === 'grade' ? 9 : /expect|what|blind/.test(col.id) ? 34 : 22)),
        rows: exampleRows(a).map((cells) =>
          cells.map((content, i): TableCell => ({ content, ...(i === 0 ? { bold: true } : {}) })),
        ),
      };
    case 'matrix': {
      const cells = exampleMatrix(kit, e);
      return {
        kind: 'table',
        header: [kit.labels.handbook.competency, ...kit.stages.map((s) => s.name)],
        headerAlign: ['left', ...kit.stages.map(() => 'center' as const)],
        widths: [36, ...kit.stages.map(() => 16)],
        rows: kit.matrix.rows.map((row, r) => [
          { content: row.competency.name, bold: true, tint: true },
          ...row.levels.map((_, i) => ({ content: cells[r]?.[i] ?? '', align: 'center' as const })),
        ]),
      };
    }
    case 'tree':
      return {
        kind: 'table',
        header: [a.title, ''],
        widths: [24, 76],
        rows: [
          [{ content: c.branches, bold: true, tint: true }, { content: lines(e.effects) }],
          [
            { content: c.core, bold: true, tint: true },
            { content: e.core ?? '', bold: true },
          ],
          [{ content: c.roots, bold: true, tint: true }, { content: lines(e.causes) }],
        ],
      };
    case 'quadrant': {
      const q = e.quadrants ?? {};
      const axis = (name: string, end: string) => `${name}: ${end}`;
      return {
        kind: 'table',
        header: ['', axis(c.horizontal, c.low), axis(c.horizontal, c.high)],
        widths: [20, 40, 40],
        rows: [
          [
            { content: axis(c.vertical, c.high), bold: true, tint: true },
            { content: lines(q['top-left']) },
            { content: lines(q['top-right']) },
          ],
          [
            { content: axis(c.vertical, c.low), bold: true, tint: true },
            { content: lines(q['bottom-left']) },
            { content: lines(q['bottom-right']) },
          ],
        ],
      };
    }
    case 'newspaper':
      return {
        kind: 'table',
        header: [`${c.masthead} · ${exampleNewspaperDate(kit)}`],
        widths: [100],
        rows: [
          [{ content: e.headline ?? '', bold: true }],
          ...(e.lines ?? []).map((content) => [{ content }]),
        ],
      };
  }
}

/** The example's section of an assignment chapter: what the team did, its zone filled in, what else it wrote. */
export function exampleBlocks(kit: LocalisedDataTeamStart, a: LocalisedAssignment): Block[] {
  const l = kit.labels.handbook;
  return [
    { kind: 'heading', level: 2, text: l.example },
    { kind: 'paragraph', content: a.example.intro, keepNext: true },
    exampleTable(kit, a),
    ...(a.example.points
      ? [{ kind: 'list' as const, style: 'bullet' as const, items: a.example.points }]
      : []),
  ];
}
