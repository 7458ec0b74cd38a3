import { z } from 'zod';

/*
 * The gallery's URL query. It comes from shareable links people edit by hand, so nothing here is an
 * error: an unknown or malformed value is dropped (that filter is simply off) instead of failing the page.
 */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((v) => (v ? v : undefined));

export const galleryQuerySchema = z.object({
  q: optionalText(100),
  event: optionalText(100),
  track: optionalText(100),
  tech: optionalText(60),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  award: z.enum(['awarded', 'adopted']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type GalleryQuery = { q?: string; event?: string; track?: string; tech?: string; year?: number; award?: 'awarded' | 'adopted'; page?: number };

/** Search params as Next hands them to a page (a repeated key arrives as an array: keep the first). */
export function parseGalleryQuery(params: Record<string, string | string[] | undefined>): GalleryQuery {
  const first = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  // Absent keys are left out (not set to undefined), so the object doubles as a stable cache key.
  const parsed: GalleryQuery = galleryQuerySchema.parse(first);
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined)) as GalleryQuery;
}

/** The account page's showcase choice: a checkbox posts "on" when ticked and nothing when not. */
export const nameChoiceSchema = z.object({ isNamePublic: z.literal('on').optional() }).transform((v) => ({ isNamePublic: v.isNamePublic === 'on' }));

export const projectListingSchema = z.object({
  submissionId: z.uuid('showcase.errors.projectUnknown'),
  listed: z.enum(['true', 'false'], 'showcase.errors.listedInvalid').transform((v) => v === 'true'),
});
