// Building blocks shared by every content schema. Limits are in characters: a first guard for print
// layouts; the renderers' fitting with real font metrics has the final word.
import { z } from 'zod';

/** Ids are kebab-case English: stable keys that link structure and texts; never translated. */
export const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, { error: 'expected a kebab-case id such as "problem-tree"' });

export const languageCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: 'expected a language code such as "nl", "en" or "pt-BR"' });

export const versionSchema = z
  .string()
  .regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$/, { error: 'expected a version such as "1.0.0"' });

export const minutesSchema = z.number().int().positive();

/** A printed or spoken text: not empty, not only spaces, at most `max` characters. */
export function text(max: number) {
  return z.string().regex(/\S/, { error: 'is empty' }).max(max);
}

/** A list of texts, each at most `max` characters, with `min`..`maxItems` items. */
export function textList(max: number, min: number, maxItems: number) {
  return z.array(text(max)).min(min).max(maxItems);
}

export function idList(min = 0) {
  return z.array(idSchema).min(min);
}

/** Every text file starts by naming its language, and may name the language whose texts fill its gaps. */
export const textFileHeader = {
  language: languageCodeSchema,
  fallback: languageCodeSchema.optional(),
};

/** A calendar date, `YYYY-MM-DD`: the release date printed in the kit and stamped into its files. */
export const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date such as "2026-11-25"' })
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), { error: 'expected an existing date' });
