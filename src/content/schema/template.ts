// Texts with placeholders such as `{paper}`: the schema that checks them and the function that fills them.
import { text } from './common.js';

/** `{name}` placeholders replaced by their values; `template` has made sure each one is known. */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{([a-z]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * A text with placeholders such as `{paper}`: each one `required` must be there (a label that drops one
 * would not say which size it is), and no `{…}` but those `allowed` may be (a typo would be printed as it
 * is).
 */
export function template(required: readonly string[], allowed: readonly string[] = required) {
  return text().superRefine((value, context) => {
    const found = [...value.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '');
    for (const name of required)
      if (!found.includes(name)) context.addIssue({ code: 'custom', message: `needs the placeholder {${name}}` });
    for (const name of found)
      if (!allowed.includes(name))
        context.addIssue({
          code: 'custom',
          message: `has an unknown placeholder {${name}} (expected ${allowed.length ? allowed.map((p) => `{${p}}`).join(', ') : 'none'})`,
        });
  });
}

