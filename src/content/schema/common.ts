// Building blocks shared by every content schema. Texts have no length limit in characters: whether a text
// fits is measured with the font in every box it is printed in (src/render/text-fitter.ts), in every
// language alike, so a longer translation that fits is fine and one that does not is named with the
// characters to cut. What stays here is structure: not empty, no control characters, list lengths.
import { z } from 'zod';

/** Ids are kebab-case English: stable keys that link structure and texts; never translated. */
export const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, { error: 'expected a kebab-case id such as "problem-tree"' });

/** A language and optional region (pt-BR), or the pseudo language qps-ploc (src/translation/pseudo.ts). */
export const languageCodeSchema = z
  .string()
  .regex(/^([a-z]{2,3}(-[A-Z]{2})?|qps-ploc)$/, { error: 'expected a language code such as "nl", "en" or "pt-BR"' });

export const versionSchema = z
  .string()
  .regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$/, { error: 'expected a version such as "1.0.0"' });

export const minutesSchema = z.number().int().positive();

/** What zod says when a text holds a control character; zod-issues.ts names the character. */
export const CONTROL_CHARACTER = 'contains a control character';

// Schemas are immutable, so one serves every text field: building ~190 text schemas (three zod objects
// each) was a tenth of `dts check`.
const textSchema = makeText();
const textLists = new Map<string, ReturnType<typeof makeTextList>>();

function makeText() {
  return (
    z
      .string()
      .regex(/\S/, { error: 'is empty' })
      // Tab and line feed are layout; ESC, BEL, NUL, DEL and the rest would act on a terminal or a reader.
      // eslint-disable-next-line no-control-regex -- refusing control characters is the point
      .regex(/^[^\x00-\x08\x0b-\x1f\x7f-\x9f]*$/, { error: CONTROL_CHARACTER })
  );
}

function makeTextList(min: number, maxItems: number) {
  return z.array(textSchema).min(min).max(maxItems);
}

/** A printed or spoken text: not empty, not only spaces, no control characters; any length. */
export function text() {
  return textSchema;
}

/** A list of texts with `min`..`maxItems` items. */
export function textList(min: number, maxItems: number) {
  const key = `${min}/${maxItems}`;
  let schema = textLists.get(key);
  if (!schema) textLists.set(key, (schema = makeTextList(min, maxItems)));
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
