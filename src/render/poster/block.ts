// One assignment block: number badge, title, duration, summary, steps, and the writing area with its prompt.
import type { LocalisedAssignment, LocalisedDataTeamStart } from '../../content/model.js';
import type { Theme } from '../../theme/theme.js';
import type { LayoutItem } from '../layout.js';
import type { TextFitter } from '../text-fitter.js';
import type { PosterScale } from './scale.js';
import { MIN_BODY_PT } from './scale.js';

/** Minimum height of the writing area by its size in kit.yaml, in A2 millimetres. */
export const WRITING_AREA_MM = { small: 35, medium: 45, large: 55 } as const;
/** How the height left over in a column is shared out among its blocks' writing areas. */
export const WRITING_AREA_WEIGHT = { small: 2, medium: 3, large: 4 } as const;

export interface BlockContent {
  /** Everything above the writing area, in the block's own coordinates. */
  readonly items: LayoutItem[];
  /** Where the writing area starts, from the block's top. */
  readonly textHeight: number;
}

export function layoutBlockText(
  kit: LocalisedDataTeamStart,
  assignment: LocalisedAssignment,
  width: number,
  theme: Theme,
  s: PosterScale,
  fitter: TextFitter,
): BlockContent {
  const c = theme.colours;
  const pad = s.mm(5);
  const inner = width - 2 * pad;
  const items: LayoutItem[] = [];
  const label = `assignment ${assignment.number} (${assignment.title})`;
  const field = (name: string) => `assignments.${assignment.id}.${name}`;

  // Number badge and duration chip, then the title between them.
  const badge = s.mm(13);
  items.push({ kind: 'circle', cx: pad + badge / 2, cy: pad + badge / 2, r: badge / 2, fill: c.accent });
  const numberSize = s.text(22);
  items.push(
    fitter.place(
      {
        text: String(assignment.number),
        weight: 'bold',
        size: numberSize,
        colour: c.onAccent,
        align: 'center',
        role: 'Lbl',
        label: `${label} number`,
      },
      pad,
      pad + (badge - numberSize * 1.1) / 2,
      { width: badge, maxLines: 1 },
    ),
  );
  const durationText = `${assignment.minutes} ${kit.labels.minutes}`;
  const durationSize = s.text(11, MIN_BODY_PT);
  const durationWidth =
    fitter.fit(
      {
        text: durationText,
        weight: 'semibold',
        size: durationSize,
        colour: c.primary,
        label: `${label} duration`,
      },
      { width: inner },
    ).lines[0]?.width ?? 0;
  const chipPadX = s.mm(2.5);
  const chipWidth = durationWidth + 2 * chipPadX;
  const chipHeight = durationSize * 1.7;
  items.push({
    kind: 'box',
    x: pad + inner - chipWidth,
    y: pad,
    width: chipWidth,
    height: chipHeight,
    fill: c.tint,
    radius: chipHeight / 2,
  });
  items.push(
    fitter.place(
      {
        text: durationText,
        weight: 'semibold',
        size: durationSize,
        colour: c.primary,
        align: 'center',
        role: 'Lbl',
        label: `${label} duration`,
      },
      pad + inner - chipWidth,
      pad + (chipHeight - durationSize * 1.2) / 2,
      { width: chipWidth, maxLines: 1 },
    ),
  );

  const titleX = pad + badge + s.mm(3);
  const titleWidth = inner - badge - s.mm(3) - chipWidth - s.mm(2);
  const titleSize = s.text(17);
  const title = fitter.place(
    {
      text: assignment.title,
      field: field('title'),
      weight: 'bold',
      size: titleSize,
      minSize: s.min(17),
      leading: 1.1,
      colour: c.ink,
      role: 'H2',
      label: `${label}, title,`,
    },
    titleX,
    pad,
    { width: titleWidth, maxLines: 2 },
  );
  // Centre a one-line title on the badge; a two-line title starts at the top.
  const titleHeight = title.lines.length * title.lineHeight;
  items.push(titleHeight < badge ? { ...title, y: pad + (badge - titleHeight) / 2 } : title);
  let y = pad + Math.max(badge, titleHeight) + s.mm(3);

  const summary = fitter.place(
    {
      text: assignment.summary,
      field: field('summary'),
      weight: 'italic',
      size: s.text(12, MIN_BODY_PT),
      minSize: s.min(12, MIN_BODY_PT),
      colour: c.ink,
      label: `${label}, summary,`,
    },
    pad,
    y,
    { width: inner, maxLines: 3 },
  );
  items.push(summary);
  y += summary.lines.length * summary.lineHeight + s.mm(2.5);

  // Steps as a numbered list with a hanging indent.
  const stepSize = s.text(10.5, MIN_BODY_PT);
  const indent = stepSize * 1.4;
  assignment.steps.forEach((step, i) => {
    items.push(
      fitter.place(
        {
          text: `${i + 1}`,
          weight: 'bold',
          size: stepSize,
          colour: c.primary,
          role: 'Lbl',
          label: `${label} step number`,
        },
        pad,
        y,
        { width: indent, maxLines: 1 },
      ),
    );
    const item = fitter.place(
      {
        text: step,
        field: `${field('steps')}[${i}]`,
        weight: 'regular',
        size: stepSize,
        minSize: s.min(10.5, MIN_BODY_PT),
        colour: c.ink,
        label: `${label}, step ${i + 1},`,
      },
      pad + indent,
      y,
      { width: inner - indent, maxLines: 4 },
    );
    items.push(item);
    y += item.lines.length * item.lineHeight + s.mm(1.2);
  });
  return { items, textHeight: y + s.mm(2) };
}

/** The writing area at the bottom of a block: a tinted panel with the prompt of what to write. */
export function layoutWritingArea(
  assignment: LocalisedAssignment,
  kit: LocalisedDataTeamStart,
  x: number,
  y: number,
  width: number,
  height: number,
  theme: Theme,
  s: PosterScale,
  fitter: TextFitter,
): LayoutItem[] {
  const c = theme.colours;
  const pad = s.mm(3);
  const promptSize = s.text(10.5, MIN_BODY_PT);
  const prompt = fitter.place(
    {
      text: `${kit.labels.onThePoster}: ${assignment.poster}`,
      field: `assignments.${assignment.id}.poster`,
      weight: 'semibold',
      size: promptSize,
      minSize: s.min(10.5, MIN_BODY_PT),
      colour: c.primary,
      label: `assignment ${assignment.number} (${assignment.title}), what goes on the poster,`,
    },
    x + pad,
    y + pad,
    { width: width - 2 * pad, maxLines: 3 },
  );
  return [{ kind: 'box', x, y, width, height, fill: c.tint, radius: s.mm(3) }, prompt];
}

/** A whole block in its own coordinates (0,0)–(width,height): frame, texts, and the writing area below. */
export function assembleBlock(
  kit: LocalisedDataTeamStart,
  assignment: LocalisedAssignment,
  text: BlockContent,
  width: number,
  height: number,
  theme: Theme,
  s: PosterScale,
  fitter: TextFitter,
): LayoutItem[] {
  const pad = s.mm(5);
  const writing = height - text.textHeight - pad;
  const minimum = s.mm(WRITING_AREA_MM[assignment.writingArea]);
  if (writing < minimum - 0.5) {
    reportNoRoom(
      fitter,
      kit,
      assignment,
      `leaves ${Math.ceil((minimum - writing) / s.mm(1))} mm too little room to write on the poster (${kit.language}; its writingArea "${assignment.writingArea}" needs ${WRITING_AREA_MM[assignment.writingArea]} mm at A2)`,
      'shorten its summary or steps, choose a smaller writingArea in kit.yaml, or print on a larger paper size',
    );
  }
  return [
    blockFrame(width, height, theme, s),
    ...text.items,
    ...layoutWritingArea(
      assignment,
      kit,
      pad,
      text.textHeight,
      width - 2 * pad,
      Math.max(writing, s.mm(10)),
      theme,
      s,
      fitter,
    ),
  ];
}

/**
 * A block of a given size. A long, shallow block (the sides of the table layout) puts its texts on the left
 * and the writing area beside them, full height; otherwise the writing area goes below the texts.
 */
export function layoutFixedBlock(
  kit: LocalisedDataTeamStart,
  assignment: LocalisedAssignment,
  width: number,
  height: number,
  theme: Theme,
  s: PosterScale,
  fitter: TextFitter,
): LayoutItem[] {
  if (width <= 2.2 * height) {
    return assembleBlock(
      kit,
      assignment,
      layoutBlockText(kit, assignment, width, theme, s, fitter),
      width,
      height,
      theme,
      s,
      fitter,
    );
  }
  const pad = s.mm(5);
  const textWidth = Math.min(width * 0.48, s.mm(150));
  const text = layoutBlockText(kit, assignment, textWidth, theme, s, fitter);
  const writingHeight = height - 2 * pad;
  if (text.textHeight > height || writingHeight < s.mm(WRITING_AREA_MM[assignment.writingArea]) * 0.75) {
    reportNoRoom(
      fitter,
      kit,
      assignment,
      `does not fit its block at the side of the table layout (${kit.language}): its texts need ${Math.ceil(text.textHeight / s.mm(1))} mm of ${Math.floor(height / s.mm(1))} mm`,
      'shorten its summary or steps, or print on a larger paper size',
    );
  }
  return [
    blockFrame(width, height, theme, s),
    ...text.items,
    ...layoutWritingArea(
      assignment,
      kit,
      textWidth,
      pad,
      width - textWidth - pad,
      writingHeight,
      theme,
      s,
      fitter,
    ),
  ];
}

function blockFrame(width: number, height: number, theme: Theme, s: PosterScale): LayoutItem {
  return {
    kind: 'box',
    x: 0,
    y: 0,
    width,
    height,
    stroke: theme.colours.rule,
    strokeWidth: s.mm(0.35),
    radius: s.mm(3),
  };
}

function reportNoRoom(
  fitter: TextFitter,
  kit: LocalisedDataTeamStart,
  assignment: LocalisedAssignment,
  problem: string,
  hint: string,
): void {
  fitter.diagnostics.push({
    severity: 'error',
    code: 'no-room-to-write',
    ...(kit.origins[`assignments.${assignment.id}.steps[0]`] ?? {}),
    field: `assignments.${assignment.id}`,
    message: `assignment ${assignment.number} (${assignment.title}) ${problem}`,
    hint,
  });
}
