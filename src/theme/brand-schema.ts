// The brand file an organisation writes: name, logo, colours, contact line, default paper size.
import { z } from 'zod';

const colour = z.string().regex(/^#[0-9A-Fa-f]{6}$/, {
  error: 'expected a colour such as "#0A5C8A" (in quotes: an unquoted # starts a comment)',
});

export const brandSchema = z.strictObject({
  /** The organisation's name, printed on the poster and the other artefacts. */
  organisation: z.string().regex(/\S/, { error: 'is empty' }).max(60),
  /** Path to the logo (PNG, JPEG, WebP or SVG), relative to the brand file. */
  logo: z.string().regex(/\S/, { error: 'is empty' }).optional(),
  /** A short description of the logo for screen readers; the organisation's name when absent. */
  logoAlt: z.string().max(120).optional(),
  contact: z.string().max(120).optional(),
  colours: z
    .strictObject({
      primary: colour.optional(),
      accent: colour.optional(),
      ink: colour.optional(),
    })
    .optional(),
  paper: z.enum(['A3', 'A2', 'A1', 'A0']).optional(),
});

export type Brand = z.infer<typeof brandSchema>;
