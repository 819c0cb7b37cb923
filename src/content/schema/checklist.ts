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
import { checklistDownloadSchema } from './download.js';

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
  /**
   * Tip cards, each belonging to one question area, with the questions of that area it helps answer. A
   * card's id on print (`2B`) comes from this order: the area's number and the card's letter within it.
   */
  tips: z
    .array(z.strictObject({ id: idSchema, area: idSchema, questions: idList(1).optional() }))
    .min(1),
  /** The workshop's steps in order, with their minutes and the question areas a round goes through. */
  workshop: z
    .array(z.strictObject({ id: idSchema, minutes: minutesSchema, areas: idList(1).optional() }))
    .min(2),
  /** The project plan's sections in order, each filled with the answers of the areas it names. */
  plan: z.array(z.strictObject({ id: idSchema, areas: idList(1) })).min(1),
});

export const checklistTextSchema = z.strictObject({
  ...textFileHeader,
  kit: z.strictObject({
    title: text(),
    subtitle: text(),
    licence: text(),
    credits: text(),
  }),
  introduction: z.strictObject({
    purpose: text(),
    whoTakesPart: text(),
    howToUse: textList(2, 6),
    result: text(),
  }),
  areas: z.record(idSchema, z.strictObject({ title: text(), intro: text() })),
  questions: z.record(idSchema, z.strictObject({ text: text(), help: text() })),
  /** Printed on a card: keep them short. */
  tips: z.record(idSchema, z.strictObject({ title: text(), text: text() })),
  workshop: z.strictObject({
    title: text(),
    goal: text(),
    audience: text(),
    preparation: textList(2, 10),
    materials: textList(2, 12),
    steps: z.record(
      idSchema,
      z.strictObject({ title: text(), description: text(), facilitation: text() }),
    ),
    usingTheCards: text(),
    capturingAnswers: text(),
    result: text(),
  }),
  plan: z.strictObject({
    title: text(),
    intro: text(),
    sections: z.record(idSchema, z.strictObject({ title: text(), description: text() })),
    openPointsTitle: text(),
    openPointsIntro: text(),
    /** The cover's title when the checklist's cover names no project. */
    untitled: text(),
    /** The plan's own details (colophon page): labels of the rows. */
    details: z.strictObject({
      title: text(),
      project: text(),
      parties: text(),
      date: text(),
      participants: text(),
      version: text(),
      organisation: text(),
    }),
    /** The one line that names the checklist: "Opgesteld met de Checklist Samen Data Delen". */
    draftedWith: text(),
    /** "versie" as it reads mid-sentence, before the checklist's version number. */
    checklistVersion: text(),
    /** Where the checklist can be downloaded: printed after the "drafted with" line. */
    // Optional until the checklist has a permanent address; without one the line names no link.
    link: text()
      .regex(/^https:\/\/\S+$/, { error: 'expected a web address starting with https://' })
      .optional(),
    /** The columns of the tasks and open points table. */
    columns: z.strictObject({ question: text(), what: text(), who: text(), due: text() }),
    /** The table's row for nothing open: no tasks and every question answered. */
    nothingOpen: text(),
    /** Under a chapter none of whose questions is answered yet. */
    noAnswers: text(),
  }),
  labels: z.strictObject({
    question: text(),
    answer: text(),
    tip: text(),
    minutes: text(),
    version: text(),
    area: text(),
    /** The checklist's cover block: the project this copy is filled in for. Each is a form field. */
    cover: z.strictObject({
      title: text(),
      project: text(),
      parties: text(),
      date: text(),
      participants: text(),
    }),
    /** The checklist's task page, the guide's task list template and the deck's task slide: the same columns. */
    tasks: z.strictObject({
      title: text(),
      intro: text(),
      what: text(),
      who: text(),
      due: text(),
      question: text(),
      agreements: text(),
      agreementsHint: text(),
    }),
    /** The workshop deck's own words: slide titles, table headers and the headings of the speaker notes. */
    deck: z.strictObject({
      /** Added to the title of a slide that continues the previous one: "Vragen (vervolg)". */
      continued: text(),
      /** Header of the question numbers' column. */
      number: text(),
      goal: text(),
      agenda: text(),
      /** Column headers of the agenda. */
      time: text(),
      activity: text(),
      cards: text(),
      capturing: text(),
      /** Title of the overview of the question areas. */
      areas: text(),
      result: text(),
      /** Headings in the speaker notes. */
      facilitation: text(),
      timing: text(),
      audience: text(),
      preparation: text(),
      materials: text(),
    }),
    /** The workshop guide's own words (DOCX): chapter headings, table headers, colophon. */
    guide: z.strictObject({
      title: text(),
      contents: text(),
      colophon: text(),
      licence: text(),
      credits: text(),
      date: text(),
      goal: text(),
      audience: text(),
      aboutChecklist: text(),
      preparation: text(),
      materials: text(),
      schedule: text(),
      startsAt: text(),
      time: text(),
      activity: text(),
      duration: text(),
      steps: text(),
      facilitation: text(),
      areas: text(),
      questions: text(),
      cards: text(),
      capturing: text(),
      result: text(),
      /** The chapter with the task list to print. */
      taskTemplate: text(),
    }),
    /** The checklist's title page: the headings over its introduction. */
    introduction: z.strictObject({
      whoTakesPart: text(),
      howToUse: text(),
      areas: text(),
    }),
  }),
  /** The download page and the read-me in each zip. */
  download: checklistDownloadSchema,
});

export type ChecklistStructure = z.infer<typeof checklistStructureSchema>;
export type ChecklistTexts = z.infer<typeof checklistTextSchema>;
