// The Checklist Samen Data Delen: structure (kit.yaml) and texts (texts/<lang>.yaml).
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

export const checklistStructureSchema = z.strictObject({
  id: idSchema,
  kind: z.literal('checklist'),
  version: versionSchema,
  /** Release date of this version: printed in the kit, and the date inside its files. */
  released: dateSchema,
  sourceLanguage: languageCodeSchema,
  workshopMinutes: minutesSchema,
  /** Question areas in order, each with its questions in order. Question ids name the form fields. */
  areas: z
    .array(z.strictObject({ id: idSchema, questions: idList(2) }))
    .min(4)
    .max(12),
  /** Tip cards, each belonging to one question area. */
  tips: z.array(z.strictObject({ id: idSchema, area: idSchema })).min(1),
  /** The workshop's steps in order, with their minutes. */
  workshop: z.array(z.strictObject({ id: idSchema, minutes: minutesSchema })).min(2),
  /** The project plan's sections in order, each filled with the answers of the areas it names. */
  plan: z.array(z.strictObject({ id: idSchema, areas: idList(1) })).min(1),
});

export const checklistTextSchema = z.strictObject({
  ...textFileHeader,
  kit: z.strictObject({
    title: text(40),
    subtitle: text(110),
    licence: text(400),
    credits: text(400),
  }),
  introduction: z.strictObject({
    purpose: text(700),
    whoTakesPart: text(500),
    howToUse: textList(220, 2, 6),
    result: text(400),
  }),
  areas: z.record(idSchema, z.strictObject({ title: text(40), intro: text(320) })),
  questions: z.record(idSchema, z.strictObject({ text: text(170), help: text(320) })),
  /** Printed on a card: keep them short. */
  tips: z.record(idSchema, z.strictObject({ title: text(50), text: text(360) })),
  workshop: z.strictObject({
    title: text(60),
    goal: text(500),
    audience: text(400),
    preparation: textList(260, 2, 10),
    materials: textList(120, 2, 12),
    steps: z.record(
      idSchema,
      z.strictObject({ title: text(50), description: text(500), facilitation: text(700) }),
    ),
    usingTheCards: text(600),
    capturingAnswers: text(600),
    result: text(400),
  }),
  plan: z.strictObject({
    title: text(60),
    intro: text(600),
    sections: z.record(idSchema, z.strictObject({ title: text(60), description: text(320) })),
    openPointsTitle: text(40),
    openPointsIntro: text(300),
    /** The cover's title when the checklist's cover names no project. */
    untitled: text(60),
    /** The plan's own details (colophon page): labels of the rows. */
    details: z.strictObject({
      title: text(40),
      project: text(24),
      parties: text(24),
      date: text(24),
      participants: text(24),
      version: text(24),
      organisation: text(24),
    }),
    /** The one line that names the checklist: "Opgesteld met de Checklist Samen Data Delen". */
    draftedWith: text(120),
    /** "versie" as it reads mid-sentence, before the checklist's version number. */
    checklistVersion: text(16),
    /** Where the checklist can be downloaded: printed after the "drafted with" line. */
    // Where the checklist can be downloaded, once it has a permanent address; without one the line names no link.
    link: text(200).regex(/^https:\/\/\S+$/, { error: 'expected a web address starting with https://' }).optional(),
    /** The columns of the tasks and open points table. */
    columns: z.strictObject({ question: text(16), what: text(24), who: text(16), due: text(16) }),
    /** The table's row for nothing open: no tasks and every question answered. */
    nothingOpen: text(120),
    /** Under a chapter none of whose questions is answered yet. */
    noAnswers: text(160),
  }),
  labels: z.strictObject({
    question: text(24),
    answer: text(24),
    tip: text(16),
    minutes: text(12),
    version: text(16),
    area: text(24),
    /** The workshop deck's own words: slide titles, table headers and the headings of the speaker notes. */
    deck: z.strictObject({
      /** Added to the title of a slide that continues the previous one: "Vragen (vervolg)". */
      continued: text(16),
      goal: text(48),
      agenda: text(32),
      /** Column headers of the agenda. */
      time: text(16),
      activity: text(24),
      cards: text(48),
      capturing: text(48),
      /** Title of the overview of the question areas. */
      areas: text(48),
      result: text(48),
      /** Headings in the speaker notes. */
      facilitation: text(40),
      timing: text(24),
      audience: text(40),
      preparation: text(40),
      materials: text(40),
    }),
    /** The workshop guide's own words (DOCX): chapter headings, table headers, colophon. */
    guide: z.strictObject({
      title: text(48),
      contents: text(48),
      colophon: text(48),
      licence: text(48),
      credits: text(48),
      date: text(48),
      goal: text(48),
      audience: text(48),
      aboutChecklist: text(48),
      preparation: text(48),
      materials: text(48),
      schedule: text(48),
      startsAt: text(48),
      time: text(48),
      activity: text(48),
      duration: text(48),
      steps: text(48),
      facilitation: text(48),
      areas: text(48),
      questions: text(48),
      cards: text(48),
      capturing: text(48),
      result: text(48),
    }),
    /** The checklist's title page: the headings over its introduction. */
    introduction: z.strictObject({
      whoTakesPart: text(40),
      howToUse: text(40),
      areas: text(40),
    }),
  }),
});

export type ChecklistStructure = z.infer<typeof checklistStructureSchema>;
export type ChecklistTexts = z.infer<typeof checklistTextSchema>;
