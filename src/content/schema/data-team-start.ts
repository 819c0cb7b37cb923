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
const quadrantNotes = textList(60, 1, 3);

/**
 * One assignment of the worked example: what the fictional team wrote in the structure of its zone. Which
 * parts apply depends on the canvas kind in kit.yaml: rows (table, keyed by column id), initials (matrix:
 * per competency, per stage), core, causes and effects (tree), quadrants, headline and lines (newspaper).
 */
const exampleEntrySchema = z.strictObject({
  /** What the team did and found: the speaker notes of the example slide and the handbook. */
  intro: text(400),
  rows: z.array(z.record(idSchema, text(90))).min(1).max(6).optional(),
  initials: z.record(idSchema, z.record(idSchema, text(16))).optional(),
  core: text(110).optional(),
  causes: textList(70, 1, 4).optional(),
  effects: textList(70, 1, 4).optional(),
  quadrants: z
    .strictObject({
      'top-left': quadrantNotes.optional(),
      'top-right': quadrantNotes.optional(),
      'bottom-left': quadrantNotes.optional(),
      'bottom-right': quadrantNotes.optional(),
    })
    .optional(),
  headline: text(70).optional(),
  lines: textList(200, 1, 3).optional(),
  /** What else the team wrote down: gaps, questions for the data, measures, the moment for the council. */
  points: textList(200, 1, 4).optional(),
});

/** The case that runs through the session: deck and handbook fill every structure in with it. */
const exampleCaseSchema = z.strictObject({
  /** The fictional organisation: "Gemeente Dijkveen". */
  name: text(40),
  /** What it wants: "Schulden eerder in beeld". */
  title: text(60),
  summary: text(700),
  assignments: z.record(idSchema, exampleEntrySchema),
});

const assignmentTextSchema = z.strictObject({
  title: text(44),
  /** One line on the poster. */
  summary: text(100),
  goal: text(320),
  materials: textList(90, 1, 8),
  /** The team's steps; printed on the poster, so few and short. */
  steps: textList(150, 2, 5),
  /** What the team writes in its area of the poster (deck and handbook). */
  poster: text(120),
  /** The labels of the structure pre-drawn in its zone, by the keys its kind in kit.yaml needs. */
  canvas: z.record(idSchema, text(40)).optional(),
  facilitator: z.strictObject({
    introduction: text(900),
    watchFor: textList(320, 2, 6),
    debrief: textList(220, 2, 6),
  }),
});

export const dtsTextSchema = z.strictObject({
  ...textFileHeader,
  kit: z.strictObject({
    title: text(40),
    subtitle: text(110),
    /** Who publishes the kit, for the title slide: "Universiteit Utrecht" (without it, no such line). */
    publisher: text(80).optional(),
    /** The licence's short name, for the title slide: "CC BY-NC-SA 4.0". */
    licenceName: text(60).optional(),
    licence: text(400),
    credits: text(400),
  }),
  introduction: z.strictObject({
    /** For the team: what the session is and what it brings. */
    team: text(700),
    /** For the facilitators: what the session is for and when to use it. */
    facilitators: text(1400),
    whenToUse: textList(260, 2, 6),
    outcomes: z.strictObject({
      reflection: text(240),
      agreements: text(240),
      analyses: text(240),
    }),
    /** "How to use this poster": printed on the poster. */
    posterHowTo: textList(120, 2, 4),
  }),
  competencies: z.record(
    idSchema,
    z.strictObject({
      name: text(32),
      description: text(420),
      indicators: textList(220, 2, 8),
    }),
  ),
  stages: z.record(idSchema, z.strictObject({ name: text(16), description: text(200) })),
  matrix: z.strictObject({
    title: text(60),
    intro: text(400),
    everyone: text(40),
    someone: text(40),
    /** How the team marks the matrix on the poster. */
    instruction: text(160),
  }),
  assignments: z.record(idSchema, assignmentTextSchema),
  schedule: z.record(idSchema, z.strictObject({ title: text(40), description: text(320) })),
  preparation: z.strictObject({
    intro: text(700),
    roles: z.array(z.strictObject({ name: text(40), description: text(500) })).min(1).max(4),
    room: textList(260, 2, 8),
    materials: textList(120, 3, 16),
    beforeSession: textList(300, 2, 8),
  }),
  afterSession: z.strictObject({
    intro: text(500),
    agreements: text(700),
    followUp: textList(320, 2, 8),
  }),
  exampleCase: exampleCaseSchema,
  /** How the Checklist Samen Data Delen complements the session. */
  checklistLink: text(900),
  /** Short interface words the renderers print around the content. */
  labels: z.strictObject({
    minutes: text(12),
    goal: text(24),
    steps: text(24),
    materials: text(24),
    onThePoster: text(32),
    competencies: text(32),
    schedule: text(32),
    howToUse: text(40),
    version: text(16),
    publishedBy: text(32),
    licence: text(24),
    break: text(24),
    /** The session record block on the poster. */
    session: z.strictObject({
      team: text(24),
      project: text(24),
      date: text(24),
      facilitator: text(24),
    }),
    /** The deck's own words: slide titles, table headers and the headings of the speaker notes. */
    deck: z.strictObject({
      /** Added to the title of a slide that continues the previous one: "Stappen (vervolg)". */
      continued: text(16),
      /** "Opdracht 3": the divider before an assignment. */
      assignment: text(24),
      /** Title of the slide with the session's three outcomes. */
      outcomes: text(48),
      /** Column headers of the agenda. */
      time: text(16),
      activity: text(24),
      /** Headings in the speaker notes. */
      introduce: text(40),
      watchFor: text(40),
      debrief: text(40),
      timing: text(24),
      forFacilitators: text(40),
      afterSession: text(40),
      /** "Voorbeeld": the title of each assignment's example slide, before the assignment's title. */
      example: text(24),
      /** The notes heading of the example slides. */
      exampleNotes: text(40),
    }),
    /** The facilitator handbook's own words: chapter and section headings, table headers, printing advice. */
    handbook: z.strictObject({
      title: text(48),
      contents: text(48),
      colophon: text(48),
      licence: text(48),
      credits: text(48),
      date: text(48),
      about: text(48),
      forTheTeam: text(48),
      whenToUse: text(48),
      outcomes: text(48),
      reflection: text(48),
      agreements: text(48),
      analyses: text(48),
      preparation: text(48),
      roles: text(48),
      room: text(48),
      materials: text(48),
      beforeSession: text(48),
      printing: text(48),
      printingIntro: text(400),
      printWhat: text(24),
      printWhere: text(24),
      printHow: text(32),
      /** Each file of the download: what it is, where to print it, how. */
      printFiles: z
        .array(z.strictObject({ what: text(48), where: text(48), how: text(200) }))
        .min(2)
        .max(8),
      printActualSize: text(300),
      printTiled: text(48),
      printTiledAssembly: textList(200, 2, 6),
      printOther: text(300),
      startsAt: text(48),
      time: text(48),
      activity: text(48),
      duration: text(48),
      assignment: text(48),
      teamSteps: text(48),
      introduce: text(48),
      watchFor: text(48),
      debrief: text(48),
      competenciesTrained: text(48),
      afterSession: text(48),
      securing: text(48),
      followUp: text(48),
      framework: text(48),
      frameworkIntro: text(400),
      indicators: text(48),
      trainedIn: text(48),
      competency: text(48),
      checklist: text(48),
      exampleCase: text(48),
      example: text(48),
    }),
  }),
});

export type DtsStructure = z.infer<typeof dtsStructureSchema>;
export type DtsTexts = z.infer<typeof dtsTextSchema>;
export type WritingArea = z.infer<typeof writingAreaSchema>;
export type Canvas = z.infer<typeof canvasSchema>;
export type ExampleEntry = z.infer<typeof exampleEntrySchema>;
export type ExampleCase = z.infer<typeof exampleCaseSchema>;
