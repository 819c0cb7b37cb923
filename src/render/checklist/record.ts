// The checklist's record of the session, beyond the answers: the cover block on the title page (project,
// parties, date, who took part) and the last page, "Takenlijst en open punten" (what, who, by when, which
// question; then the agreements). Every box is a form field with a stable name (src/answers/form-fields.ts),
// so `dts plan` reads them back from a filled-in PDF.
import type { CoverKey, TaskKey } from '../../answers/form-fields.js';
import { AGREEMENTS_FIELD, coverField, TASK_KEYS, TASK_ROWS, taskField } from '../../answers/form-fields.js';
import { releaseDate } from '../../content/clock.js';
import type { Theme } from '../../theme/theme.js';
import { mmToPt } from '../../units.js';
import type { Rect } from '../geometry.js';
import type { LayoutItem } from '../layout.js';
import type { TextSpec } from '../text-fitter.js';
import type { AnswerField, Block, ChecklistContext, Placed } from './flow.js';

/** Room between a field's edge and the text typed into it. */
const INSET = 2;
/** Column widths of the task list, as shares of the table: what, who, by when, which question. */
export const TASK_COLUMN_SHARES: Readonly<Record<TaskKey, number>> = {
  what: 0.5,
  who: 0.24,
  due: 0.14,
  question: 0.12,
};
/** The narrowest a task row may get (two handwritten lines); the rows share out what the page leaves. */
const MIN_TASK_ROW_MM = 10;
const MAX_TASK_ROW_MM = 14;
/** The agreements box under the task list is at least this high. */
const MIN_AGREEMENTS_MM = 35;

/** A form field over a drawn box: the box, and the field inside it. */
export function formField(
  name: string,
  box: Rect,
  page: number,
  tooltip: string,
  multiline: boolean,
  theme: Theme,
  radius = 2,
): { items: LayoutItem[]; field: AnswerField } {
  const c = theme.colours;
  return {
    items: [
      {
        kind: 'box',
        ...box,
        fill: c.paper,
        stroke: c.rule,
        strokeWidth: 0.75,
        ...(radius > 0 ? { radius } : {}),
      },
    ],
    field: {
      id: name,
      multiline,
      page,
      box,
      rect: {
        x: box.x + INSET,
        y: box.y + INSET,
        width: box.width - 2 * INSET,
        height: box.height - 2 * INSET,
      },
      tooltip,
    },
  };
}

/** Under the title band: the project this copy of the checklist is filled in for. */
export function coverBlock({ kit, theme, fitter, margin, width }: ChecklistContext): Block {
  const c = theme.colours;
  const l = kit.labels.cover;
  const pad = mmToPt(3.5);
  const gap = mmToPt(4);
  const labelSize = 8.5;
  const labelHeight = labelSize * 1.25 + 2;
  const titleSpec: TextSpec = {
    text: l.title,
    weight: 'bold',
    size: 11.5,
    colour: c.primaryText,
    role: 'H2',
    label: 'cover block, title',
    field: 'labels.cover.title',
    hyphenation: 'avoid',
  };
  const titleHeight = fitter.fit(titleSpec, { width: width - 2 * pad, maxLines: 1 }).height + mmToPt(1.5);
  const inner = width - 2 * pad;
  // Two rows: project and date; parties and who took part (two lines each).
  const rows: { key: CoverKey; share: number; multiline: boolean }[][] = [
    [
      { key: 'project', share: 0.66, multiline: false },
      { key: 'date', share: 0.34, multiline: false },
    ],
    [
      { key: 'parties', share: 0.5, multiline: true },
      { key: 'participants', share: 0.5, multiline: true },
    ],
  ];
  const rowBox = [mmToPt(8.5), mmToPt(13)];
  const rowGap = mmToPt(2);
  const height = pad + titleHeight + rows.length * labelHeight + rowBox[0]! + rowBox[1]! + rowGap + pad;
  return {
    height: height + mmToPt(4.5),
    stretch: false,
    place: (y, _extra, page) => {
      const items: LayoutItem[] = [
        { kind: 'box', x: margin, y, width, height, fill: c.tint, radius: 3 },
        fitter.place(titleSpec, margin + pad, y + pad, { width: inner, maxLines: 1 }),
      ];
      const fields: AnswerField[] = [];
      let top = y + pad + titleHeight;
      rows.forEach((row, r) => {
        let x = margin + pad;
        row.forEach(({ key, share, multiline }, i) => {
          const w = (inner - gap * (row.length - 1)) * share;
          const labelSpec: TextSpec = {
            text: l[key],
            weight: 'semibold',
            size: labelSize,
            colour: c.ink,
            role: 'Lbl',
            label: `cover block, ${key}`,
            field: `labels.cover.${key}`,
          };
          items.push(fitter.place(labelSpec, x, top, { width: w, maxLines: 1 }));
          const placed = formField(
            coverField(key),
            { x, y: top + labelHeight, width: w, height: rowBox[r]! },
            page,
            `${l.title}: ${l[key]}`,
            multiline,
            theme,
          );
          items.push(...placed.items);
          fields.push(placed.field);
          x += w + (i < row.length - 1 ? gap : 0);
        });
        top += labelHeight + rowBox[r]! + rowGap;
      });
      return { items, fields };
    },
  };
}

/**
 * The last page: a heading, what to write, the task list (a numbered row per task; what, who, by when,
 * which question) and a box for the agreements that fills the rest of the page. One block of exactly the
 * page's height, on a page of its own.
 */
export function taskPage(ctx: ChecklistContext, pageHeight: number): Block {
  const head = taskPageHead(ctx);
  const table = taskTable(ctx);
  const agreements = agreementsBox(ctx);
  const above = head.height + mmToPt(5);
  const gapBeforeAgreements = mmToPt(7);
  const forRows =
    pageHeight -
    above -
    table.headerHeight -
    gapBeforeAgreements -
    agreements.headHeight -
    mmToPt(MIN_AGREEMENTS_MM);
  const rowHeight = Math.min(mmToPt(MAX_TASK_ROW_MM), Math.max(mmToPt(MIN_TASK_ROW_MM), forRows / TASK_ROWS));
  return {
    height: pageHeight,
    stretch: false,
    pageBreakBefore: true,
    place: (y, _extra, page) => {
      const placed: Placed = { items: head.place(y), fields: [] };
      let top = y + above;
      placed.items.push(...table.placeHeader(top));
      top += table.headerHeight;
      for (let row = 1; row <= TASK_ROWS; row++) {
        add(placed, table.placeRow(row, top, rowHeight, page));
        top += rowHeight;
      }
      top += gapBeforeAgreements;
      add(placed, agreements.place(top, y + pageHeight, page));
      return placed;
    },
  };
}

function add(to: Placed, placed: Placed): void {
  to.items.push(...placed.items);
  to.fields.push(...placed.fields);
}

/** The task page's heading and the line under it that says what to write. */
function taskPageHead({ kit, theme, fitter, margin, width }: ChecklistContext): {
  height: number;
  place: (y: number) => LayoutItem[];
} {
  const c = theme.colours;
  const l = kit.labels.tasks;
  const titleSpec: TextSpec = {
    text: l.title,
    weight: 'bold',
    size: 17,
    minSize: 14,
    colour: c.primaryText,
    role: 'H2',
    label: 'task page, title',
    field: 'labels.tasks.title',
    hyphenation: 'avoid',
    leading: 1.15,
  };
  const introSpec: TextSpec = {
    text: l.intro,
    weight: 'regular',
    size: 10,
    colour: c.ink,
    label: 'task page, introduction',
    field: 'labels.tasks.intro',
    leading: 1.3,
  };
  const title = fitter.fit(titleSpec, { width, maxLines: 2 });
  const intro = fitter.fit(introSpec, { width });
  return {
    height: title.height + mmToPt(2) + intro.height,
    place: (y) => [
      fitter.place({ ...titleSpec, size: title.size }, margin, y, { width, maxLines: 2 }),
      fitter.place(introSpec, margin, y + title.height + mmToPt(2), { width }),
    ],
  };
}

/** The task list: a header row on the tint, then numbered rows of form fields (what, who, by when, which question). */
function taskTable({ kit, theme, fitter, margin, width }: ChecklistContext): {
  headerHeight: number;
  placeHeader: (top: number) => LayoutItem[];
  placeRow: (row: number, top: number, height: number, page: number) => Placed;
} {
  const c = theme.colours;
  const l = kit.labels.tasks;
  const numberWidth = 16;
  const tableX = margin + numberWidth;
  const tableWidth = width - numberWidth;
  const headerSpecs = TASK_KEYS.map((key): TextSpec => ({
    text: l[key],
    weight: 'bold',
    size: 9,
    colour: c.ink,
    role: 'Lbl',
    hyphenation: 'avoid',
    label: `task page, column ${key}`,
    field: `labels.tasks.${key}`,
    leading: 1.15,
  }));
  const columnWidths = TASK_KEYS.map((key) => tableWidth * TASK_COLUMN_SHARES[key]);
  const cellPad = mmToPt(1.5);
  const headerHeight =
    Math.max(
      ...headerSpecs.map(
        (spec, i) => fitter.fit(spec, { width: columnWidths[i]! - 2 * cellPad, maxLines: 2 }).height,
      ),
    ) +
    2 * cellPad;
  /** Each column's left edge and width, left to right. */
  const columns = (): { key: TaskKey; x: number; w: number }[] => {
    let x = tableX;
    return TASK_KEYS.map((key, i) => {
      const w = columnWidths[i]!;
      const column = { key, x, w };
      x += w;
      return column;
    });
  };
  return {
    headerHeight,
    placeHeader: (top) =>
      columns().flatMap(({ x, w }, i): LayoutItem[] => [
        {
          kind: 'box',
          x,
          y: top,
          width: w,
          height: headerHeight,
          fill: c.tint,
          stroke: c.rule,
          strokeWidth: 0.75,
        },
        fitter.place(headerSpecs[i]!, x + cellPad, top + cellPad, { width: w - 2 * cellPad, maxLines: 2 }),
      ]),
    placeRow: (row, top, height, page) => {
      const placed: Placed = {
        items: [
          fitter.place(
            {
              text: String(row),
              weight: 'bold',
              size: 9,
              colour: c.muted,
              align: 'right',
              role: 'Lbl',
              label: `task row ${row}, number`,
            },
            margin,
            top + cellPad,
            { width: numberWidth - 4, maxLines: 1 },
          ),
        ],
        fields: [],
      };
      for (const { key, x, w } of columns()) {
        const field = formField(
          taskField(row, key),
          { x, y: top, width: w, height },
          page,
          `${l.title} ${row}: ${l[key]}`,
          key === 'what' || key === 'who',
          theme,
          0,
        );
        placed.items.push(...field.items);
        placed.fields.push(field.field);
      }
      return placed;
    },
  };
}

/** Under the task list: the agreements' heading and hint, and a box that runs to the foot of the page. */
function agreementsBox({ kit, theme, fitter, margin, width }: ChecklistContext): {
  headHeight: number;
  place: (top: number, bottom: number, page: number) => Placed;
} {
  const c = theme.colours;
  const l = kit.labels.tasks;
  const titleSpec: TextSpec = {
    text: l.agreements,
    weight: 'bold',
    size: 11.5,
    colour: c.primaryText,
    role: 'H3',
    label: 'task page, agreements',
    field: 'labels.tasks.agreements',
    hyphenation: 'avoid',
  };
  const hintSpec: TextSpec = {
    text: l.agreementsHint,
    weight: 'regular',
    size: 9.5,
    colour: c.muted,
    label: 'task page, agreements hint',
    field: 'labels.tasks.agreementsHint',
    leading: 1.3,
  };
  const titleBox = { width, maxLines: 1 };
  const titleHeight = fitter.fit(titleSpec, titleBox).height;
  const hintHeight = fitter.fit(hintSpec, { width }).height;
  return {
    headHeight: titleHeight + 2 + hintHeight + mmToPt(2),
    place: (top, bottom, page) => {
      const items = [fitter.place(titleSpec, margin, top, titleBox)];
      top += titleHeight + 2;
      items.push(fitter.place(hintSpec, margin, top, { width }));
      top += hintHeight + mmToPt(2);
      const field = formField(
        AGREEMENTS_FIELD,
        { x: margin, y: top, width, height: bottom - top },
        page,
        l.agreements,
        true,
        theme,
      );
      return { items: [...items, ...field.items], fields: [field.field] };
    },
  };
}

/** A release date (YYYY-MM-DD) as the language writes it: 25 november 2026, 25 November 2026. */
export function longDate(released: string, language: string): string {
  // English in the British order (25 November 2026), as the kit's English is British.
  const locale = language === 'en' ? 'en-GB' : language;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    releaseDate(released),
  );
}
