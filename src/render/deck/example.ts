// The worked example in the structure of an assignment's poster zone: the same structure the poster
// pre-draws (src/render/poster/structures.ts), drawn for a slide as real shapes and filled in with the
// fictional team's entries. Tables (roster, sources, agreements) and the team-profile matrix are real
// PowerPoint tables; the tree, the quadrant and the newspaper are groups of editable shapes, with the
// team's notes as sticky notes. Pure: the localised kit in, slide blocks out. The handbook shows the same
// entries as Word tables (exampleTables, below).
import { formatDate, releaseDate } from '../../content/clock.js';
import type { LocalisedAssignment, LocalisedDataTeamStart } from '../../content/model.js';
import type { ExampleEntry } from '../../content/schema/data-team-start.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Block, FigureShape, TableCell } from '../pptx/model.js';
import type { Where } from '../../diagnostics/messages.js';
import { diagnostic } from '../../diagnostics/messages.js';

/** The symbols of the competency matrix: the same as on the poster. */
export const MATRIX_MARKS = { everyone: '●', someone: '○', none: '' } as const;

/** The corners of a quadrant, in reading order: top row first. */
export const QUADRANT_CORNERS = ['top-left', 'top-right', 'bottom-left', 'bottom-right'] as const;
export type QuadrantCorner = (typeof QUADRANT_CORNERS)[number];

/** Where an assignment's example entries live in the texts. */
export const exampleField = (assignment: LocalisedAssignment, key: string): string =>
  `exampleCase.assignments.${assignment.id}.${key}`;

/** A table example's cells, in the order of the canvas's columns ('' where the team left one empty). */
export function exampleRows(assignment: LocalisedAssignment): string[][] {
  if (assignment.canvas.kind !== 'table') return [];
  const columns = assignment.canvas.columns;
  return (assignment.example.rows ?? []).map((row) => columns.map((c) => row[c.id] ?? ''));
}

/** The matrix example's cells: per competency, per stage, the mark and the initials written beside it. */
export function exampleMatrix(kit: LocalisedDataTeamStart, example: ExampleEntry): string[][] {
  return kit.matrix.rows.map((row) =>
    row.levels.map((level, i) => {
      const stage = kit.stages[i]?.id ?? '';
      const initials = example.initials?.[row.competency.id]?.[stage];
      return [MATRIX_MARKS[level], initials].filter(Boolean).join(' ');
    }),
  );
}

/** The newspaper's date in the example: a year after the kit's release, as the language writes dates. */
export function exampleNewspaperDate(kit: LocalisedDataTeamStart): string {
  const released = releaseDate(kit.released);
  return formatDate(
    new Date(Date.UTC(released.getUTCFullYear() + 1, released.getUTCMonth(), released.getUTCDate())),
    kit.language,
  );
}

/**
 * Entries the structure cannot show: a table row's key that is not one of the canvas's columns, or a
 * stage the matrix does not have. Errors that name the field, so no text of the example is lost unseen.
 */
export function exampleDiagnostics(kit: LocalisedDataTeamStart): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (field: string, made: (where: Where) => Diagnostic) =>
    out.push(made({ ...kit.origins[field], field }));
  for (const a of kit.assignments) {
    if (a.canvas.kind === 'table') {
      const ids = a.canvas.columns.map((c) => c.id);
      (a.example.rows ?? []).forEach((row, i) => {
        for (const key of Object.keys(row)) {
          if (!ids.includes(key))
            report(`${exampleField(a, 'rows')}[${i}].${key}`, (where) =>
              diagnostic('unknown-reference/example-column', { assignment: a.id, ids }, where),
            );
        }
      });
    }
    for (const [competency, stages] of Object.entries(a.example.initials ?? {})) {
      if (!kit.competencies.some((c) => c.id === competency))
        report(`${exampleField(a, 'initials')}.${competency}`, (where) =>
          diagnostic(
            'unknown-reference/example-competency',
            { ids: kit.competencies.map((c) => c.id) },
            where,
          ),
        );
      for (const stage of Object.keys(stages)) {
        if (!kit.stages.some((s) => s.id === stage))
          report(`${exampleField(a, 'initials')}.${competency}.${stage}`, (where) =>
            diagnostic('unknown-reference/example-stage', { ids: kit.stages.map((s) => s.id) }, where),
          );
      }
    }
  }
  return out;
}

/** The drawing's height on a slide: the body less a line for the case's name above it. */
export const FIGURE_HEIGHT = 316;
const WIDTH = 864;
const NOTE = { height: 60, text: 13, min: 9 } as const;

/** The example's structure as slide blocks: a real table, or a drawing of real shapes. */
export function exampleBlocks(kit: LocalisedDataTeamStart, assignment: LocalisedAssignment): Block[] {
  const e = assignment.example;
  const field = (key: string) => exampleField(assignment, key);
  const canvas = assignment.canvas;
  const canvasField = (key: string) => `assignments.${assignment.id}.canvas.${key}`;
  const label = `${kit.labels.deck.example}: ${assignment.title}`;
  switch (canvas.kind) {
    case 'table':
      return [
        {
          kind: 'table',
          label,
          columns: canvas.columns.map((c) => ({
            weight: c.id === 'grade' ? 0.6 : /expect|what|blind/.test(c.id) ? 2.2 : 1.3,
          })),
          header: canvas.columns.map((c) => ({ text: c.label, field: canvasField(c.id) })),
          rows: exampleRows(assignment).map((cells, i): TableCell[] =>
            cells.map((text, col) => ({
              text,
              field: `${field('rows')}[${i}].${canvas.columns[col]?.id ?? ''}`,
              ...(col === 0 ? { bold: true } : {}),
            })),
          ),
        },
      ];
    case 'matrix': {
      const cells = exampleMatrix(kit, e);
      return [
        {
          kind: 'table',
          label,
          columns: [{ weight: 2.4 }, ...kit.stages.map(() => ({ weight: 1, align: 'center' as const }))],
          header: [
            { text: kit.labels.competencies, field: 'labels.competencies' },
            ...kit.stages.map((s) => ({ text: s.name, field: `stages.${s.id}.name` })),
          ],
          rows: kit.matrix.rows.map((row, r): TableCell[] => [
            { text: row.competency.name, field: `competencies.${row.competency.id}.name`, bold: true },
            ...row.levels.map((level, i) => ({
              text: cells[r]?.[i] ?? '',
              field: `${field('initials')}.${row.competency.id}.${kit.stages[i]?.id ?? ''}`,
              shade: level === 'everyone',
            })),
          ]),
        },
      ];
    }
    case 'tree':
      return [
        { kind: 'figure', label, height: FIGURE_HEIGHT, shapes: treeShapes(canvas, e, field, canvasField) },
      ];
    case 'quadrant':
      return [
        {
          kind: 'figure',
          label,
          height: FIGURE_HEIGHT,
          shapes: quadrantShapes(canvas, e, field, canvasField),
        },
      ];
    case 'newspaper':
      return [
        {
          kind: 'figure',
          label,
          height: FIGURE_HEIGHT,
          shapes: newspaperShapes(canvas, e, field, canvasField, exampleNewspaperDate(kit)),
        },
      ];
  }
}

/** `count` sticky notes side by side in [x, x + width), each at most `max` wide, centred. */
function noteRow(
  texts: readonly string[],
  fieldOf: (i: number) => string,
  x: number,
  width: number,
  y: number,
  max = 200,
): Extract<FigureShape, { kind: 'box' }>[] {
  const gap = 10;
  const w = Math.min(max, (width - gap * (texts.length - 1)) / Math.max(1, texts.length));
  const total = texts.length * w + (texts.length - 1) * gap;
  const left = x + (width - total) / 2;
  return texts.map((text, i) => ({
    kind: 'box',
    name: `Note ${i + 1}`,
    x: left + i * (w + gap),
    y,
    width: w,
    height: NOTE.height,
    fill: 'note',
    outline: 'rule',
    text: { text, field: fieldOf(i), size: NOTE.text, minSize: NOTE.min, anchor: 'ctr', align: 'ctr' },
  }));
}

function label(
  name: string,
  text: string,
  field: string | undefined,
  box: { x: number; y: number; width: number; height: number },
  align: 'l' | 'ctr' | 'r' = 'l',
  options: { bold?: boolean; size?: number; colour?: 'muted' | 'primaryText' | 'ink' } = {},
): FigureShape {
  return {
    kind: 'box',
    name,
    ...box,
    fill: 'none',
    text: {
      text,
      ...(field ? { field } : {}),
      size: options.size ?? 14,
      minSize: 10,
      bold: options.bold ?? true,
      colour: options.colour ?? 'primaryText',
      align,
      anchor: 'ctr',
    },
  };
}

function treeShapes(
  canvas: Extract<LocalisedAssignment['canvas'], { kind: 'tree' }>,
  e: ExampleEntry,
  field: (key: string) => string,
  canvasField: (key: string) => string,
): FigureShape[] {
  const labelWidth = 130;
  const x = labelWidth + 10;
  const width = WIDTH - x;
  const effects = noteRow(e.effects ?? [], (i) => `${field('effects')}[${i}]`, x, width, 0);
  const causes = noteRow(
    e.causes ?? [],
    (i) => `${field('causes')}[${i}]`,
    x,
    width,
    FIGURE_HEIGHT - NOTE.height,
  );
  const core = {
    x: x + width / 2 - 230,
    y: (FIGURE_HEIGHT - 64) / 2,
    width: 460,
    height: 64,
  };
  const lines: FigureShape[] = [
    ...causes.map((note, i): FigureShape => ({
      kind: 'line',
      name: `Root ${i + 1}`,
      from: { x: note.x + note.width / 2, y: note.y },
      to: { x: core.x + core.width * ((i + 1) / (causes.length + 1)), y: core.y + core.height },
      colour: 'muted',
      weight: 1.25,
      arrow: true,
    })),
    ...effects.map((note, i): FigureShape => ({
      kind: 'line',
      name: `Branch ${i + 1}`,
      from: { x: core.x + core.width * ((i + 1) / (effects.length + 1)), y: core.y },
      to: { x: note.x + note.width / 2, y: note.y + note.height },
      colour: 'muted',
      weight: 1.25,
      arrow: true,
    })),
  ];
  return [
    ...lines,
    label('Branches label', canvas.branches, canvasField('branches'), {
      x: 0,
      y: 0,
      width: labelWidth,
      height: NOTE.height,
    }),
    ...effects.map((n, i) => ({ ...n, name: `Effect note ${i + 1}` })),
    label('Core label', canvas.core, canvasField('core'), {
      x: 0,
      y: core.y,
      width: labelWidth,
      height: core.height,
    }),
    {
      kind: 'box',
      name: 'Core problem',
      ...core,
      fill: 'tint',
      outline: 'primaryText',
      rounded: true,
      text: {
        text: e.core ?? '',
        field: field('core'),
        size: 16,
        minSize: 11,
        bold: true,
        align: 'ctr',
        anchor: 'ctr',
      },
    },
    label('Roots label', canvas.roots, canvasField('roots'), {
      x: 0,
      y: FIGURE_HEIGHT - NOTE.height,
      width: labelWidth,
      height: NOTE.height,
    }),
    ...causes.map((n, i) => ({ ...n, name: `Cause note ${i + 1}` })),
  ];
}

function quadrantShapes(
  canvas: Extract<LocalisedAssignment['canvas'], { kind: 'quadrant' }>,
  e: ExampleEntry,
  field: (key: string) => string,
  canvasField: (key: string) => string,
): FigureShape[] {
  const axisWidth = 80;
  const left = axisWidth + 6;
  const bottom = FIGURE_HEIGHT - 30;
  const right = WIDTH;
  const midX = (left + right) / 2;
  const midY = bottom / 2;
  const shapes: FigureShape[] = [
    {
      kind: 'line',
      name: 'Divider',
      from: { x: midX, y: 0 },
      to: { x: midX, y: bottom },
      colour: 'rule',
      weight: 1,
      dashed: true,
    },
    {
      kind: 'line',
      name: 'Divider',
      from: { x: left, y: midY },
      to: { x: right, y: midY },
      colour: 'rule',
      weight: 1,
      dashed: true,
    },
    {
      kind: 'line',
      name: 'Axis',
      from: { x: left, y: bottom },
      to: { x: left, y: 0 },
      colour: 'ink',
      weight: 1.75,
      arrow: true,
    },
    {
      kind: 'line',
      name: 'Axis',
      from: { x: left, y: bottom },
      to: { x: right, y: bottom },
      colour: 'ink',
      weight: 1.75,
      arrow: true,
    },
    label(
      'Axis label',
      canvas.vertical,
      canvasField('vertical'),
      { x: 0, y: midY - 15, width: axisWidth, height: 30 },
      'r',
    ),
    label('Axis end', canvas.high, canvasField('high'), { x: 0, y: 0, width: axisWidth, height: 30 }, 'r', {
      bold: false,
      colour: 'muted',
    }),
    label(
      'Axis end',
      canvas.low,
      canvasField('low'),
      { x: 0, y: bottom - 30, width: axisWidth, height: 30 },
      'r',
      { bold: false, colour: 'muted' },
    ),
    label(
      'Axis label',
      canvas.horizontal,
      canvasField('horizontal'),
      { x: midX - 100, y: bottom, width: 200, height: 30 },
      'ctr',
    ),
    label(
      'Axis end',
      canvas.low,
      canvasField('low'),
      { x: left + 4, y: bottom, width: 120, height: 30 },
      'l',
      { bold: false, colour: 'muted' },
    ),
    label(
      'Axis end',
      canvas.high,
      canvasField('high'),
      { x: right - 120, y: bottom, width: 120, height: 30 },
      'r',
      { bold: false, colour: 'muted' },
    ),
  ];
  const quadrantWidth = (right - left) / 2;
  for (const corner of QUADRANT_CORNERS) {
    const notes = e.quadrants?.[corner] ?? [];
    const x = corner.endsWith('left') ? left : midX;
    const y = corner.startsWith('top') ? (midY - NOTE.height) / 2 : midY + (bottom - midY - NOTE.height) / 2;
    shapes.push(
      ...noteRow(
        notes,
        (i) => `${field('quadrants')}.${corner}[${i}]`,
        x + 8,
        quadrantWidth - 16,
        y,
        170,
      ).map((n, i) => ({
        ...n,
        name: `Note ${corner} ${i + 1}`,
      })),
    );
  }
  return shapes;
}

function newspaperShapes(
  canvas: Extract<LocalisedAssignment['canvas'], { kind: 'newspaper' }>,
  e: ExampleEntry,
  field: (key: string) => string,
  canvasField: (key: string) => string,
  date: string,
): FigureShape[] {
  const width = 620;
  const x = (WIDTH - width) / 2;
  const inner = { x: x + 20, width: width - 40 };
  const lines = e.lines ?? [];
  const storyTop = 176;
  const storyHeight = (FIGURE_HEIGHT - 10 - storyTop) / Math.max(1, lines.length);
  return [
    { kind: 'box', name: 'Front page', x, y: 0, width, height: FIGURE_HEIGHT, fill: 'paper', outline: 'ink' },
    {
      kind: 'box',
      name: 'Masthead',
      x: inner.x,
      y: 8,
      width: inner.width,
      height: 40,
      fill: 'none',
      text: {
        text: canvas.masthead,
        field: canvasField('masthead'),
        size: 26,
        minSize: 16,
        bold: true,
        align: 'ctr',
        anchor: 'ctr',
      },
    },
    {
      kind: 'box',
      name: 'Date line',
      x: inner.x,
      y: 46,
      width: inner.width,
      height: 27,
      fill: 'none',
      text: { text: date, size: 12, minSize: 10, colour: 'muted', align: 'ctr', anchor: 'ctr' },
    },
    {
      kind: 'line',
      name: 'Rule',
      from: { x: inner.x, y: 74 },
      to: { x: inner.x + inner.width, y: 74 },
      colour: 'ink',
      weight: 2,
    },
    {
      kind: 'line',
      name: 'Rule',
      from: { x: inner.x, y: 78 },
      to: { x: inner.x + inner.width, y: 78 },
      colour: 'ink',
      weight: 0.75,
    },
    {
      kind: 'box',
      name: 'Headline',
      x: inner.x,
      y: 86,
      width: inner.width,
      height: 84,
      fill: 'none',
      outline: 'rule',
      dashed: true,
      text: {
        text: e.headline ?? '',
        field: field('headline'),
        size: 26,
        minSize: 16,
        bold: true,
        anchor: 'ctr',
      },
    },
    ...lines.map((text, i): FigureShape => ({
      kind: 'box',
      name: `Story ${i + 1}`,
      x: inner.x,
      y: storyTop + i * storyHeight,
      width: inner.width,
      height: storyHeight,
      fill: 'none',
      text: { text, field: `${field('lines')}[${i}]`, size: 13, minSize: 10, anchor: 't' },
    })),
  ];
}
