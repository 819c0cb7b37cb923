// An area of the checklist in the flow: its header band (number on a disc, label, title, introduction),
// kept with its first question, then one block per question: number, text, help, the tip cards that help,
// and the answer box with its form field, which takes a share of the page's leftover room.
import type { LocalisedArea, LocalisedQuestion } from '../../content/model.js';
import type { CategoryColour } from '../../theme/palette.js';
import { mmToPt } from '../../units.js';
import type { LayoutItem } from '../layout.js';
import type { TextSpec } from '../text-fitter.js';
import type { Block, ChecklistContext } from './flow.js';
import { MIN_ANSWER_MM } from './flow.js';
import { formField } from './record.js';

/** An area: its header, then its questions. */
export function areaBlocks(ctx: ChecklistContext, area: LocalisedArea, colour: CategoryColour): Block[] {
  return [areaHeader(ctx, area, colour), ...area.questions.map((q) => questionBlock(ctx, q, colour))];
}

/** The area's band in its colour: its number on a disc, "AREA 3", its title and introduction. */
function areaHeader(
  { kit, fitter, margin, width }: ChecklistContext,
  area: LocalisedArea,
  colour: CategoryColour,
): Block {
  const pad = mmToPt(3.5);
  const chip = 28;
  const textX = pad + chip + mmToPt(4);
  const textWidth = width - textX - pad;
  const labelSpec: TextSpec = {
    text: `${kit.labels.area} ${area.number}`.toUpperCase(),
    weight: 'bold',
    size: 8.5,
    colour: colour.text,
    label: `area ${area.number}, label`,
  };
  const titleSpec: TextSpec = {
    text: area.title,
    weight: 'bold',
    size: 17,
    minSize: 14,
    colour: colour.text,
    role: 'H2',
    label: `area ${area.number}, title`,
    field: `areas.${area.id}.title`,
    leading: 1.15,
  };
  const introSpec: TextSpec = {
    text: area.intro,
    weight: 'regular',
    size: 10,
    colour: colour.text,
    label: `area ${area.number}, intro`,
    field: `areas.${area.id}.intro`,
    leading: 1.3,
  };
  const titleBox = { width: textWidth, maxLines: 2 };
  const title = fitter.fit(titleSpec, titleBox);
  const intro = fitter.fit(introSpec, { width: textWidth });
  const bandHeight = pad + 8.5 * 1.25 + 2 + title.height + mmToPt(1.5) + intro.height + pad;
  return {
    height: bandHeight + mmToPt(4.5),
    stretch: false,
    keepWithNext: true,
    place: (y) => {
      const items: LayoutItem[] = [
        { kind: 'box', x: margin, y, width, height: bandHeight, fill: colour.fill, radius: 4 },
        // A disc drawn as a fully rounded box: the legibility check sees what lies under the number.
        {
          kind: 'box',
          x: margin + pad,
          y: y + pad,
          width: chip,
          height: chip,
          radius: chip / 2,
          fill: colour.strong,
        },
        fitter.place(
          {
            text: String(area.number),
            weight: 'bold',
            size: 16,
            colour: colour.onStrong,
            align: 'center',
            role: 'Lbl',
            label: `area ${area.number}, number`,
          },
          margin + pad,
          y + pad + (chip - 16 * 1.2) / 2,
          { width: chip, maxLines: 1 },
        ),
      ];
      let cursor = y + pad;
      items.push(fitter.place(labelSpec, margin + textX, cursor, { width: textWidth, maxLines: 1 }));
      cursor += 8.5 * 1.25 + 2;
      items.push(fitter.place({ ...titleSpec, size: title.size }, margin + textX, cursor, titleBox));
      cursor += title.height + mmToPt(1.5);
      items.push(fitter.place(introSpec, margin + textX, cursor, { width: textWidth }));
      return { items, fields: [] };
    },
  };
}

/** The texts of a question: its text, its help, and which tip cards help ("Tip: 2A, 2B"), if any. */
function questionSpecs(
  { kit, theme }: ChecklistContext,
  question: LocalisedQuestion,
  colour: CategoryColour,
  label: string,
): { text: TextSpec; help: TextSpec; tips?: TextSpec } {
  const c = theme.colours;
  return {
    text: {
      text: question.text,
      weight: 'semibold',
      size: 11.5,
      colour: c.ink,
      role: 'H3',
      hyphenation: 'avoid',
      label: `${label}, text`,
      field: `questions.${question.id}.text`,
      leading: 1.25,
    },
    help: {
      text: question.help,
      weight: 'regular',
      size: 9.5,
      colour: c.muted,
      label: `${label}, help`,
      field: `questions.${question.id}.help`,
      leading: 1.3,
    },
    // In the area's strong colour, under the help text.
    ...(question.tips.length > 0
      ? {
          tips: {
            text: `${kit.labels.tip}: ${question.tips.map((t) => t.code).join(', ')}`,
            weight: 'semibold',
            size: 9,
            colour: colour.strong,
            role: 'Lbl',
            label: `${label}, tip cards`,
          },
        }
      : {}),
  };
}

/** A question: its number in the margin, its texts, and under them the answer box with its form field. */
function questionBlock(ctx: ChecklistContext, question: LocalisedQuestion, colour: CategoryColour): Block {
  const { theme, fitter, margin, width } = ctx;
  const indent = 30;
  const inner = width - indent;
  const number = question.number;
  const label = `question ${number} (${question.id})`;
  const specs = questionSpecs(ctx, question, colour, label);
  const text = fitter.fit(specs.text, { width: inner });
  const help = fitter.fit(specs.help, { width: inner });
  const tipHeight = specs.tips ? fitter.fit(specs.tips, { width: inner, maxLines: 1 }).height + 1 : 0;
  const answerHeight = mmToPt(MIN_ANSWER_MM);
  const gapAfterText = 3;
  const gapBeforeBox = mmToPt(2);
  const after = mmToPt(5);
  const boxTop = text.height + gapAfterText + help.height + tipHeight + gapBeforeBox;
  const numberSpec: TextSpec = {
    text: number,
    weight: 'bold',
    size: 11.5,
    colour: colour.strong,
    role: 'Lbl',
    label: `${label}, number`,
  };
  return {
    height: boxTop + answerHeight + after,
    stretch: true,
    place: (y, extra, page) => {
      const box = { x: margin + indent, y: y + boxTop, width: inner, height: answerHeight + extra };
      const answer = formField(question.id, box, page, `${number} ${question.text}`, true, theme, 3);
      const x = margin + indent;
      return {
        items: [
          fitter.place(numberSpec, margin, y, { width: indent - 4, maxLines: 1 }),
          fitter.place(specs.text, x, y, { width: inner }),
          fitter.place(specs.help, x, y + text.height + gapAfterText, { width: inner }),
          ...(specs.tips
            ? [
                fitter.place(specs.tips, x, y + text.height + gapAfterText + help.height + 1, {
                  width: inner,
                  maxLines: 1,
                }),
              ]
            : []),
          ...answer.items,
        ],
        fields: [answer.field],
      };
    },
  };
}
