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

// Schemas are immutable, so one per limit serves every field with that limit: building ~190 text
// schemas (three zod objects each) was a tenth of `dts check`.
const texts = new Map<number, ReturnType<typeof makeText>>();
const textLists = new Map<string, ReturnType<typeof makeTextList>>();

/** What zod says when a text holds a control character; zod-issues.ts names the character. */
export const CONTROL_CHARACTER = 'contains a control character';

function makeText(max: number) {
  return (
    z
      .string()
      .regex(/\S/, { error: 'is empty' })
      .max(max)
      // Tab and line feed are layout; ESC, BEL, NUL, DEL and the rest would act on a terminal or a reader.
      // eslint-disable-next-line no-control-regex -- refusing control characters is the point
      .regex(/^[^\x00-\x08\x0b-\x1f\x7f-\x9f]*$/, { error: CONTROL_CHARACTER })
  );
}

function makeTextList(max: number, min: number, maxItems: number) {
  return z.array(text(max)).min(min).max(maxItems);
}

/** A printed or spoken text: not empty, not only spaces, at most `max` characters. */
export function text(max: number) {
  let schema = texts.get(max);
  if (!schema) texts.set(max, (schema = makeText(max)));
  return schema;
}

/** A list of texts, each at most `max` characters, with `min`..`maxItems` items. */
export function textList(max: number, min: number, maxItems: number) {
  const key = `${max}/${min}/${maxItems}`;
  let schema = textLists.get(key);
  if (!schema) textLists.set(key, (schema = makeTextList(max, min, maxItems)));
  return schema;
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
