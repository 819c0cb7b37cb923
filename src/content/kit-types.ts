// The registry of kit kinds. A kind pairs a structure schema with a text schema, its cross-checks and how
// the two are joined into a localised kit. Adding a product is one entry here, not a change to the loader.
import type { z } from 'zod';
import { checkChecklistStructure, checklistTextRecords } from './cross-check/checklist.js';
import { checkDtsStructure, dtsTextRecords } from './cross-check/data-team-start.js';
import type { Reporter } from './cross-check/reporter.js';
import { localiseChecklist } from './localise/checklist.js';
import { localiseDts } from './localise/data-team-start.js';
import type { KitIdentity, LocalisedKit } from './model.js';
import { checklistStructureSchema, checklistTextSchema } from './schema/checklist.js';
import { dtsStructureSchema, dtsTextSchema } from './schema/data-team-start.js';

export interface TextRecord {
  readonly path: readonly string[];
  readonly ids: readonly string[];
  readonly what: string;
  /** The record itself must be there when it needs ids (the schema lets it be left out otherwise). */
  readonly required?: boolean;
}

/** The result of a schema: the parsed value, or zod's issues (turned into diagnostics by the loader). */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly z.core.$ZodIssue[] };

/** Texts that passed the text schema, ready to be joined with their structure. */
export interface CheckedTexts {
  /** The parsed texts (zod's output). */
  readonly texts: unknown;
  localise(identity: KitIdentity): LocalisedKit;
}

/** A structure that passed its schema: what the loader needs, with the kind's types closed over. */
export interface ParsedStructure {
  readonly id: string;
  readonly version: string;
  readonly released: string;
  readonly sourceLanguage: string;
  readonly textRecords: readonly TextRecord[];
  readonly textSchema: z.ZodType;
  /** Runs the text schema over a language's texts (once: the parsed value is what gets localised). */
  checkTexts(texts: unknown): Checked<CheckedTexts>;
}

export interface KitType {
  readonly kind: string;
  readonly structureSchema: z.ZodType;
  /** Runs the structure schema; when it passes, cross-checks the structure and prepares it for localising. */
  prepare(data: unknown, reporter: Reporter): Checked<ParsedStructure>;
}

/**
 * Each schema runs a few times per process: zod's compiled fast path (generated with `new Function` on
 * the first parse) costs more to build than it saves, so validation takes the plain path.
 */
const ONCE = { jitless: true } as const;

function defineKitType<S extends { id: string; version: string; released: string; sourceLanguage: string }, T>(def: {
  kind: string;
  structureSchema: z.ZodType<S>;
  textSchema: z.ZodType<T>;
  check(structure: S, reporter: Reporter): void;
  textRecords(structure: S): TextRecord[];
  localise(structure: S, texts: T, identity: KitIdentity): LocalisedKit;
}): KitType {
  return {
    kind: def.kind,
    structureSchema: def.structureSchema,
    prepare(data, reporter) {
      const parsed = def.structureSchema.safeParse(data, ONCE);
      if (!parsed.success) return { ok: false, issues: parsed.error.issues };
      const structure = parsed.data;
      def.check(structure, reporter);
      return {
        ok: true,
        value: {
          id: structure.id,
          version: structure.version,
          released: structure.released,
          sourceLanguage: structure.sourceLanguage,
          textRecords: def.textRecords(structure),
          textSchema: def.textSchema,
          checkTexts(input) {
            const result = def.textSchema.safeParse(input, ONCE);
            if (!result.success) return { ok: false, issues: result.error.issues };
            const texts = result.data;
            return { ok: true, value: { texts, localise: (identity) => def.localise(structure, texts, identity) } };
          },
        },
      };
    },
  };
}

export const kitTypes: readonly KitType[] = [
  defineKitType({
    kind: 'data-team-start',
    structureSchema: dtsStructureSchema,
    textSchema: dtsTextSchema,
    check: checkDtsStructure,
    textRecords: dtsTextRecords,
    localise: localiseDts,
  }),
  defineKitType({
    kind: 'checklist',
    structureSchema: checklistStructureSchema,
    textSchema: checklistTextSchema,
    check: checkChecklistStructure,
    textRecords: checklistTextRecords,
    localise: localiseChecklist,
  }),
];
