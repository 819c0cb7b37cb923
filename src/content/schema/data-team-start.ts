// The Data Team Start: structure (kit.yaml) and texts (texts/<lang>.yaml).
import { z } from 'zod';
import {
  idList,
  idSchema,
  languageCodeSchema,
  minutesSchema,
  text,
  textFileHeader,
  textList,
  versionSchema,
  dateSchema,
} from './common.js';
import { dtsDownloadSchema, template } from './download.js';

export const writingAreaSchema = z.enum(['small', 'medium', 'large']);

/**
 * The structure pre-drawn in an assignment's zone on the poster (and later in the deck and handbook):
 * few generic kinds, declared as data. Their labels are in the texts, under the assignment's `canvas`.
 */
export const canvasSchema = z.discriminatedUnion('kind', [
  /** Columns over ruled lines: a roster, a table of data sources, a list of agreements. */
  z.strictObject({ kind: z.literal('table'), columns: idList(2).max(5) }),
  /** The team-profile grid: competencies by stages, cells for initials. */
  z.strictObject({ kind: z.literal('matrix') }),
  /** A problem tree: the core problem in the middle, causes as roots below, effects as branches above. */
  z.strictObject({ kind: z.literal('tree') }),
  /** Four quadrants between two labelled axes, each with a low and a high end. */
  z.strictObject({ kind: z.literal('quadrant') }),
  /** A newspaper front page: masthead, date line, headline box and lines for the story. */
  z.strictObject({ kind: z.literal('newspaper') }),
], { error: 'expected one of the kinds table, matrix, tree, quadrant, newspaper' });

/** The labels each kind needs in the texts, besides the table's columns. */
export const canvasLabelKeys = {
  table: [],
  matrix: [],
  tree: ['core', 'roots', 'branches'],
  quadrant: ['horizontal', 'vertical', 'low', 'high'],
  newspaper: ['masthead', 'date', 'headline'],
} as const satisfies Record<Canvas['kind'], readonly string[]>;

export const dtsStructureSchema = z.strictObject({
  id: idSchema,
  kind: z.literal('data-team-start'),
  version: versionSchema,
  /** Release date of this version: printed in the kit, and the date inside its files. */
  released: dateSchema,
  sourceLanguage: languageCodeSchema,
  sessionMinutes: minutesSchema,
  competencies: idList(1),
  stages: idList(1),
  /** Per stage: competencies everyone in the team needs, and those at least one member needs. */
  matrix: z.record(idSchema, z.strictObject({ everyone: idList(), someone: idList() })),
  assignments: z
    .array(
      z.strictObject({
        id: idSchema,
        minutes: minutesSchema,
        competencies: idList(1),
        /** How much room the team gets on the poster to write its answer. */
        writingArea: writingAreaSchema,
        /** What is pre-drawn in its zone on the poster. */
        canvas: canvasSchema,
      }),
    )
    .min(7)
    .max(10),
  /** The session in order: assignments by id, and activities (welcome, break, closing) with own minutes. */
  schedule: z
    .array(
      z.strictObject({
        assignment: idSchema.optional(),
        activity: idSchema.optional(),
        kind: z.enum(['opening', 'break', 'closing']).optional(),
        minutes: minutesSchema.optional(),
      }),
    )
    .min(1),
});

/** The notes of a quadrant example, by corner: top-right is high on both axes. */
const quadrantNotes = textList(1, 3);

/**
 * One assignment of the worked example: what the fictional team wrote in the structure of its zone. Which
 * parts apply depends on the canvas kind in kit.yaml: rows (table, keyed by column id), initials (matrix:
 * per competency, per stage), core, causes and effects (tree), quadrants, headline and lines (newspaper).
 */
const exampleEntrySchema = z.strictObject({
  /** What the team did and found: the speaker notes of the example slide and the handbook. */
  intro: text(),
  rows: z.array(z.record(idSchema, text())).min(1).max(6).optional(),
  initials: z.record(idSchema, z.record(idSchema, text())).optional(),
  core: text().optional(),
  causes: textList(1, 4).optional(),
  effects: textList(1, 4).optional(),
  quadrants: z
    .strictObject({
      'top-left': quadrantNotes.optional(),
      'top-right': quadrantNotes.optional(),
      'bottom-left': quadrantNotes.optional(),
      'bottom-right': quadrantNotes.optional(),
    })
    .optional(),
  headline: text().optional(),
  lines: textList(1, 3).optional(),
  /** What else the team wrote down: gaps, questions for the data, measures, the moment for the council. */
  points: textList(1, 4).optional(),
});

/** The case that runs through the session: deck and handbook fill every structure in with it. */
const exampleCaseSchema = z.strictObject({
  /** The fictional organisation: "Gemeente Dijkveen". */
  name: text(),
  /** What it wants: "Schulden eerder in beeld". */
  title: text(),
  summary: text(),
  assignments: z.record(idSchema, exampleEntrySchema),
});

const assignmentTextSchema = z.strictObject({
  title: text(),
  /** One line on the poster. */
  summary: text(),
  goal: text(),
  materials: textList(1, 8),
  /** The team's steps; printed on the poster, so few and short. */
  steps: textList(2, 5),
  /** What the team writes in its area of the poster (deck and handbook). */
  poster: text(),
  /** The labels of the structure pre-drawn in its zone, by the keys its kind in kit.yaml needs. */
  canvas: z.record(idSchema, text()).optional(),
  facilitator: z.strictObject({
    introduction: text(),
    watchFor: textList(2, 6),
    debrief: textList(2, 6),
  }),
});

export const dtsTextSchema = z.strictObject({
  ...textFileHeader,
  kit: z.strictObject({
    title: text(),
    subtitle: text(),
    /** Who publishes the kit, for the title slide: "Universiteit Utrecht" (without it, no such line). */
    publisher: text().optional(),
    /** The licence's short name, for the title slide: "CC BY-NC-SA 4.0". */
    licenceName: text().optional(),
    licence: text(),
    credits: text(),
  }),
  introduction: z.strictObject({
    /** For the team: what the session is and what it brings. */
    team: text(),
    /** For the facilitators: what the session is for and when to use it. */
    facilitators: text(),
    whenToUse: textList(2, 6),
    outcomes: z.strictObject({
      reflection: text(),
      agreements: text(),
      analyses: text(),
    }),
    /** "How to use this poster": printed on the poster. */
    posterHowTo: textList(2, 4),
  }),
  competencies: z.record(
    idSchema,
    z.strictObject({
      name: text(),
      description: text(),
      indicators: textList(2, 8),
    }),
  ),
  stages: z.record(idSchema, z.strictObject({ name: text(), description: text() })),
  matrix: z.strictObject({
    title: text(),
    intro: text(),
    everyone: text(),
    someone: text(),
    /** How the team marks the matrix on the poster. */
    instruction: text(),
  }),
  assignments: z.record(idSchema, assignmentTextSchema),
  schedule: z.record(idSchema, z.strictObject({ title: text(), description: text() })),
  preparation: z.strictObject({
    intro: text(),
    roles: z.array(z.strictObject({ name: text(), description: text() })).min(1).max(4),
    room: textList(2, 8),
    materials: textList(3, 16),
    beforeSession: textList(2, 8),
  }),
  afterSession: z.strictObject({
    intro: text(),
    agreements: text(),
    followUp: textList(2, 8),
  }),
  exampleCase: exampleCaseSchema,
  /** How the Checklist Samen Data Delen complements the session. */
  checklistLink: text(),
  /** Short interface words the renderers print around the content. */
  labels: z.strictObject({
    minutes: text(),
    goal: text(),
    steps: text(),
    materials: text(),
    onThePoster: text(),
    competencies: text(),
    schedule: text(),
    howToUse: text(),
    version: text(),
    publishedBy: text(),
    licence: text(),
    break: text(),
    /** On each tiled sheet: its name ({row}-{column}, which no paper size is called) and how to use it. */
    tiles: z.strictObject({ sheet: template(['row', 'column']), instructions: text() }),
    /** The session record block on the poster. */
    session: z.strictObject({
      team: text(),
      project: text(),
      date: text(),
      facilitator: text(),
    }),
    /** The deck's own words: slide titles, table headers and the headings of the speaker notes. */
    deck: z.strictObject({
      /** Added to the title of a slide that continues the previous one: "Stappen (vervolg)". */
      continued: text(),
      /** "Opdracht 3": the divider before an assignment. */
      assignment: text(),
      /** Title of the slide with the session's three outcomes. */
      outcomes: text(),
      /** Column headers of the agenda. */
      time: text(),
      activity: text(),
      /** Headings in the speaker notes. */
      introduce: text(),
      watchFor: text(),
      debrief: text(),
      timing: text(),
      forFacilitators: text(),
      afterSession: text(),
      /** "Voorbeeld": the title of each assignment's example slide, before the assignment's title. */
      example: text(),
      /** The notes heading of the example slides. */
      exampleNotes: text(),
    }),
    /** The facilitator handbook's own words: chapter and section headings, table headers, printing advice. */
    handbook: z.strictObject({
      title: text(),
      contents: text(),
      colophon: text(),
      licence: text(),
      credits: text(),
      date: text(),
      about: text(),
      forTheTeam: text(),
      whenToUse: text(),
      outcomes: text(),
      reflection: text(),
      agreements: text(),
      analyses: text(),
      preparation: text(),
      roles: text(),
      room: text(),
      materials: text(),
      beforeSession: text(),
      printing: text(),
      printingIntro: text(),
      printWhat: text(),
      printWhere: text(),
      printHow: text(),
      /** Each file of the download: what it is, where to print it, how. */
      printFiles: z
        .array(z.strictObject({ what: text(), where: text(), how: text() }))
        .min(2)
        .max(8),
      printActualSize: text(),
      printTiled: text(),
      printTiledAssembly: textList(2, 6),
      printOther: text(),
      startsAt: text(),
      time: text(),
      activity: text(),
      duration: text(),
      assignment: text(),
      teamSteps: text(),
      introduce: text(),
      watchFor: text(),
      debrief: text(),
      competenciesTrained: text(),
      afterSession: text(),
      securing: text(),
      followUp: text(),
      framework: text(),
      frameworkIntro: text(),
      indicators: text(),
      trainedIn: text(),
      competency: text(),
      checklist: text(),
      exampleCase: text(),
      example: text(),
    }),
  }),
  /** The download page and the read-me in each zip. */
  download: dtsDownloadSchema,
});

export type DtsStructure = z.infer<typeof dtsStructureSchema>;
export type DtsTexts = z.infer<typeof dtsTextSchema>;
export type WritingArea = z.infer<typeof writingAreaSchema>;
export type Canvas = z.infer<typeof canvasSchema>;
export type ExampleEntry = z.infer<typeof exampleEntrySchema>;
export type ExampleCase = z.infer<typeof exampleCaseSchema>;
