// The competency matrix: a competency per row, a stage of the chain Data → Besluit per column; every cell
// shows who needs it (everyone ● / at least one member ○) and leaves room to write the names.
import type { LocalisedDataTeamStart, MatrixLevel } from '../../content/model.js';
import type { Theme } from '../../theme/theme.js';
import type { LayoutItem } from '../layout.js';
import type { TextFitter } from '../text-fitter.js';
import type { PosterScale } from './scale.js';
import { MIN_BODY_PT, MIN_TEXT_PT } from './scale.js';
import { diagnostic } from '../../diagnostics/messages.js';

/** Matrix rows lower than this (A2 millimetres) leave no room to write names. */
const MIN_ROW_MM = 8;

function mark(
  level: MatrixLevel,
  cx: number,
  cy: number,
  r: number,
  colour: string,
  strokeWidth: number,
): LayoutItem[] {
  if (level === 'everyone') return [{ kind: 'circle', cx, cy, r, fill: colour }];
  if (level === 'someone')
    return [{ kind: 'circle', cx, cy, r: r - strokeWidth / 2, stroke: colour, strokeWidth }];
  return [];
}

export function layoutMatrix(
  kit: LocalisedDataTeamStart,
  x: number,
  y: number,
  width: number,
  height: number,
  theme: Theme,
  s: PosterScale,
  fitter: TextFitter,
): { items: LayoutItem[]; cells: { x: number; y: number; width: number; height: number } } {
  const c = theme.colours;
  const items: LayoutItem[] = [];
  // Drawn inside the team-profile zone, under its header: no frame or title of its own.
  const pad = 0;

  // Instruction and legend on one band above the table; stacked when the matrix is narrow.
  const inner = width - 2 * pad;
  const narrow = width < s.mm(230);
  const legendSize = s.text(11, MIN_BODY_PT);
  const r = legendSize * 0.38;
  const stroke = s.mm(0.4);
  const legendY = y;
  const instruction = fitter.place(
    {
      text: kit.matrix.instruction,
      field: 'matrix.instruction',
      weight: 'regular',
      size: legendSize,
      minSize: s.min(10, MIN_BODY_PT),
      colour: c.ink,
      label: 'the matrix instruction',
    },
    x + pad,
    legendY,
    { width: narrow ? inner : inner * 0.55, maxLines: narrow ? 4 : 2 },
  );
  items.push(instruction);
  const instructionBottom = legendY + instruction.lines.length * instruction.lineHeight;
  // Legend at the right of the band.
  const legend: { level: MatrixLevel; text: string; field: string }[] = [
    { level: 'everyone', text: kit.matrix.everyone, field: 'matrix.everyone' },
    { level: 'someone', text: kit.matrix.someone, field: 'matrix.someone' },
  ];
  const legendWidth = narrow ? inner : inner * 0.4;
  const legendX = narrow ? x + pad : x + pad + inner - legendWidth;
  const legendTop = narrow ? instructionBottom + s.mm(2) : y;
  legend.forEach((entry, i) => {
    const rowY = legendTop + i * legendSize * 1.6;
    items.push(...mark(entry.level, legendX + r, rowY + legendSize * 0.8, r, c.primaryText, stroke));
    items.push(
      fitter.place(
        {
          text: entry.text,
          field: entry.field,
          weight: 'semibold',
          size: legendSize,
          colour: c.ink,
          role: 'Lbl',
          label: 'the matrix legend',
        },
        legendX + 3 * r,
        rowY + legendSize * 0.8 - legendSize * 0.625,
        { width: legendWidth - 3 * r, maxLines: 1 },
      ),
    );
  });

  const tableTop = narrow
    ? legendTop + 2 * legendSize * 1.6 + s.mm(2)
    : legendY + Math.max(instruction.lines.length * instruction.lineHeight, 2 * legendSize * 1.6) + s.mm(2);
  const tableHeight = y + height - pad - tableTop;
  const nameWidth = narrow ? inner * 0.3 : Math.min(inner * 0.24, s.mm(62));
  const stageWidth = (inner - nameWidth) / kit.stages.length;
  const headerHeight = s.mm(10);
  const rowHeight = (tableHeight - headerHeight) / kit.matrix.rows.length;
  if (rowHeight < s.mm(MIN_ROW_MM)) {
    fitter.diagnostics.push(
      diagnostic(
        'no-room-to-write/matrix',
        {
          artefact: fitter.artefact,
          language: kit.language,
          mm: (rowHeight / s.mm(1)).toFixed(1),
          min: MIN_ROW_MM,
        },
        { ...kit.origins['matrix.title'], field: 'matrix' },
      ),
    );
  }

  // Header: one chevron-like band per stage, the chain read left to right.
  const headerSize = s.text(12, MIN_BODY_PT);
  kit.stages.forEach((stage, i) => {
    const sx = x + pad + nameWidth + i * stageWidth;
    items.push({
      kind: 'box',
      x: sx + s.mm(0.6),
      y: tableTop,
      width: stageWidth - s.mm(1.2),
      height: headerHeight,
      fill: c.tint,
      radius: s.mm(1.5),
    });
    const name = fitter.place(
      {
        // The arrows of the chain, where there is room for them.
        text: i < kit.stages.length - 1 && !narrow ? `${stage.name}  →` : stage.name,
        field: `stages.${stage.id}.name`,
        weight: 'bold',
        size: headerSize,
        minSize: narrow ? MIN_TEXT_PT : s.min(12, MIN_BODY_PT),
        leading: 1.05,
        colour: c.primaryText,
        align: 'center',
        role: 'Lbl',
        label: `stage ${stage.id}`,
      },
      sx + s.mm(narrow ? 0.8 : 1.5),
      tableTop,
      // A narrow matrix may break a long stage name over two lines.
      { width: stageWidth - s.mm(narrow ? 1.6 : 3), maxLines: narrow ? 2 : 1 },
    );
    items.push({ ...name, y: tableTop + (headerHeight - name.lines.length * name.lineHeight) / 2 });
  });

  const nameSize = s.text(11, MIN_BODY_PT);
  kit.matrix.rows.forEach((row, j) => {
    const ry = tableTop + headerHeight + j * rowHeight;
    items.push({
      kind: 'line',
      x1: x + pad,
      y1: ry,
      x2: x + pad + inner,
      y2: ry,
      colour: c.rule,
      width: s.mm(0.25),
    });
    const name = fitter.place(
      {
        text: row.competency.name,
        field: `competencies.${row.competency.id}.name`,
        weight: 'semibold',
        size: nameSize,
        minSize: s.min(11, MIN_BODY_PT),
        leading: 1.1,
        colour: c.ink,
        role: 'Lbl',
        label: `competency ${row.competency.id}`,
      },
      x + pad + s.mm(2),
      ry,
      { width: nameWidth - s.mm(3), height: rowHeight, maxLines: 2 },
    );
    items.push({ ...name, y: ry + (rowHeight - name.lines.length * name.lineHeight) / 2 });
    row.levels.forEach((level, i) => {
      const cx = x + pad + nameWidth + i * stageWidth + s.mm(2.5) + r;
      items.push(...mark(level, cx, ry + s.mm(2.5) + r, r, c.primaryText, stroke));
    });
  });
  // Column rules, so each cell is a place to write.
  for (let i = 0; i <= kit.stages.length; i++) {
    const lx = x + pad + nameWidth + i * stageWidth;
    items.push({
      kind: 'line',
      x1: lx,
      y1: tableTop + headerHeight,
      x2: lx,
      y2: tableTop + tableHeight,
      colour: c.rule,
      width: s.mm(0.25),
    });
  }
  return {
    items,
    cells: {
      x: x + pad + nameWidth,
      y: tableTop + headerHeight,
      width: inner - nameWidth,
      height: tableHeight - headerHeight,
    },
  };
}
