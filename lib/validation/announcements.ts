import { z } from 'zod';

/*
 * The announcement form: both languages' title and Markdown text, the audience, and "publish now".
 * Messages are full catalog keys. A title in at least one language is required (the database says the
 * same: announcements_title_present); the other language falls back to it on the page.
 */
const E = (key: string) => `announcements.errors.${key}`;

export const AUDIENCES = ['public', 'participants', 'no_submission', 'judges'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const ANNOUNCEMENT_FIELDS = ['titleZh', 'titleEn', 'bodyZh', 'bodyEn', 'audience', 'publish', 'version'] as const;

const title = z.string().trim().max(200, { error: E('titleTooLong') });
const body = z.string().trim().max(20000, { error: E('bodyTooLong') });

export const announcementSchema = z
  .object({
    titleZh: title.default(''),
    titleEn: title.default(''),
    bodyZh: body.default(''),
    bodyEn: body.default(''),
    audience: z.enum(AUDIENCES, { error: E('audienceInvalid') }),
    // A checkbox: present ("on") when ticked, absent otherwise.
    publish: z.string().optional().transform((value) => value === 'on' || value === 'true'),
  })
  // Typed checks: with `when`, this runs even when a title failed its own check (a crafted form may post a file or a number).
  .refine((input) => [input.titleZh, input.titleEn].some((t) => typeof t === 'string' && t.trim() !== ''), {
    path: ['titleZh'],
    error: E('titleRequired'),
    // Also when other fields failed, so every problem is reported at once (zod skips object checks otherwise).
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  });

export type AnnouncementInput = z.infer<typeof announcementSchema>;

/** Editing also carries the version the organizer opened, checked in the UPDATE itself. */
export const announcementVersionSchema = z.object({ version: z.coerce.number().int().min(1) });
