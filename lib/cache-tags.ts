/*
 * The cache tags public pages and open-data routes are cached under, in one place so the code that changes
 * results (publish, unpublish, awards, adoption, project edits) revalidates exactly what readers see.
 * Readers: tag cached loaders with these; writers: call revalidateTag after their transaction commits.
 */
export const cacheTags = {
  /** Everything across events: gallery, hall of fame, open-data indexes. */
  showcase: 'showcase',
  /** One event's public results: winners, transparency, its projects' award badges. */
  eventResults: (eventId: string) => `event-results:${eventId}`,
  /** One public project page. */
  project: (submissionId: string) => `project:${submissionId}`,
} as const;
