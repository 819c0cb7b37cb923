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
}

/** A structure that passed its schema: what the loader needs, with the kind's types closed over. */
export interface ParsedStructure {
  readonly id: string;
  readonly version: string;
  readonly released: string;
  readonly sourceLanguage: string;
  readonly textRecords: readonly TextRecord[];
  readonly textSchema: z.ZodType;
  /** Joins texts that passed the text schema with this structure. */
  localise(texts: unknown, identity: KitIdentity): LocalisedKit;
}

export interface KitType {
  readonly kind: string;
  readonly structureSchema: z.ZodType;
  readonly textSchema: z.ZodType;
  /** Cross-checks a structure that passed the schema and prepares it for localising. */
  prepare(structure: unknown, reporter: Reporter): ParsedStructure;
}

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
    textSchema: def.textSchema,
    prepare(data, reporter) {
      const structure = def.structureSchema.parse(data);
      def.check(structure, reporter);
      return {
        id: structure.id,
        version: structure.version,
        released: structure.released,
        sourceLanguage: structure.sourceLanguage,
        textRecords: def.textRecords(structure),
        textSchema: def.textSchema,
        localise: (texts, identity) => def.localise(structure, def.textSchema.parse(texts), identity),
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
