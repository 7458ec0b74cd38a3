import { z } from 'zod';

/** Same ceiling as the submission images and the event_banners_size check. */
export const MAX_BANNER_BYTES = 5 * 1024 * 1024;
export const BANNER_FIELDS = ['altZh', 'altEn', 'decorative'] as const;

const alt = () => z.string().trim().max(300, { error: 'eventSetup.banner.errors.altTooLong' }).default('');

/*
 * A banner needs words for people who cannot see it, in both languages, unless the organizer says it is
 * only decoration (then alt="" and screen readers skip it). Both-or-neither is also a DB check.
 */
export const bannerAltSchema = z
  .object({ altZh: alt(), altEn: alt(), decorative: z.string().optional() })
  .transform((v) => ({ altZh: v.altZh, altEn: v.altEn, isDecorative: v.decorative === 'on' || v.decorative === 'true' }))
  .superRefine((v, ctx) => {
    if (v.isDecorative) return;
    if (!v.altZh) ctx.addIssue({ code: 'custom', path: ['altZh'], message: 'eventSetup.banner.errors.altRequired' });
    if (!v.altEn) ctx.addIssue({ code: 'custom', path: ['altEn'], message: 'eventSetup.banner.errors.altRequired' });
  })
  .transform((v) => (v.isDecorative ? { altZh: '', altEn: '' } : { altZh: v.altZh, altEn: v.altEn }));
