import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { adoptions, awards, prizes, submissionFiles, submissions } from '@/db/schema';

/*
 * Correlated sub-selects on the outer `submissions` row, shared by the gallery, the project page, the
 * hall of fame and the open data, so a badge or an adoption means the same thing everywhere.
 */
export type AwardBadge = { titleZh: string; titleEn: string; placement: number | null; prizeNameZh: string | null; prizeNameEn: string | null };

/** The project's awards, in the order of the event's prizes. Only called inside the public scope. */
export function awardBadgesSql(): SQL<AwardBadge[]> {
  return sql<AwardBadge[]>`coalesce((select jsonb_agg(jsonb_build_object(
      'titleZh', ${awards.titleZh}, 'titleEn', ${awards.titleEn}, 'placement', ${awards.placement},
      'prizeNameZh', ${prizes.nameZh}, 'prizeNameEn', ${prizes.nameEn})
      order by ${prizes.position} nulls last, ${awards.placement} nulls last)
    from ${awards} left join ${prizes} on ${prizes.id} = ${awards.prizeId}
    where ${awards.submissionId} = ${submissions.id}), '[]'::jsonb)`;
}

/** Cheaper than counting badges: for filtering and ordering over the whole archive. */
export function hasAwardSql(): SQL<boolean> {
  return sql<boolean>`exists (select 1 from ${awards} where ${awards.submissionId} = ${submissions.id})`;
}

/** "Became a city service": an award of the project was adopted and merged into the city's repository. */
export function adoptedSql(): SQL<boolean> {
  return sql<boolean>`exists (select 1 from ${adoptions} join ${awards} on ${awards.id} = ${adoptions.awardId}
    where ${awards.submissionId} = ${submissions.id} and ${adoptions.status} = 'merged')`;
}

export function coverFileSql(): SQL<string | null> {
  return sql<string | null>`(select ${submissionFiles.id} from ${submissionFiles}
    where ${submissionFiles.submissionId} = ${submissions.id} and ${submissionFiles.kind} = 'cover'
    order by ${submissionFiles.position} limit 1)`;
}
