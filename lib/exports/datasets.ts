import 'server-only';
import { db } from '@/db/client';
import type { Actor } from '@/lib/auth/actor';
import { csvDocument } from '@/lib/csv';
import { requireManagedEvent } from '@/lib/events/setup-access';
import { selectRegistrationRows } from '@/lib/people/registration-rows';
import { selectTeamMembers, selectTeamRows } from '@/lib/people/team-rows';
import { DomainFailure, runDomain, type Result } from '@/lib/result';
import { exportRequestSchema, type ExportDataset } from '@/lib/validation/people';

/*
 * The organizer's exports of registrations, teams and submissions. CSV and JSON hold the same rows with
 * the same keys and the same text, so a script can switch format without surprises. Times are written as
 * wall-clock time in the EVENT's zone, and the zone is named in the column's header ("registered_at
 * (Asia/Taipei)"), so a spreadsheet opened abroad is not misread. The organizer check comes first.
 */
type Cells = Record<string, string>;
const track = (zh: string | null, en: string | null) => [zh, en].filter((n) => n).join(' / ');

/** "YYYY-MM-DD HH:mm" in the event's zone; one formatter per export (building one per cell dominated the time). */
function timeIn(timeZone: string) {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  return (value: Date | null) => {
    if (!value) return '';
    const parts = Object.fromEntries(format.formatToParts(value).map((p) => [p.type, p.value]));
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
  };
}

async function buildRows(dataset: ExportDataset, eventId: string, timeZone: string): Promise<{ header: string[]; rows: Cells[] }> {
  const at = timeIn(timeZone);
  const zoned = (name: string) => `${name} (${timeZone})`;
  if (dataset === 'registrations') {
    const header = ['name', 'email', 'affiliation', 'status', 'waitlist_position', 'minor', 'team', 'track', zoned('registered_at')];
    const rows = (await selectRegistrationRows(db, eventId, { sort: 'registered', dir: 'asc' })).map((r) => ({
      name: r.displayName,
      email: r.email,
      affiliation: r.affiliation,
      status: r.status,
      waitlist_position: r.waitlistPosition === null ? '' : String(r.waitlistPosition),
      minor: r.isMinor ? 'yes' : 'no',
      team: r.teamName ?? '',
      track: track(r.trackZh, r.trackEn),
      [zoned('registered_at')]: at(r.registeredAt),
    }));
    return { header, rows };
  }
  const teams = await selectTeamRows(db, eventId, {});
  if (dataset === 'teams') {
    const members = await selectTeamMembers(db, teams.map((t) => t.id));
    const header = ['team', 'status', 'status_reason', 'track', 'captain', 'captain_email', 'second_contact', 'second_contact_email', 'members', 'member_count', 'submission', zoned('last_saved_at'), zoned('deadline_extended_until')];
    const rows = teams.map((t) => {
      const names = members.filter((m) => m.teamId === t.id).map((m) => m.displayName);
      return {
        team: t.name,
        status: t.status,
        status_reason: t.statusReason ?? '',
        track: track(t.trackZh, t.trackEn),
        captain: t.captainName,
        captain_email: t.captainEmail,
        second_contact: t.secondName ?? '',
        second_contact_email: t.secondEmail ?? '',
        members: names.join('; '),
        member_count: String(names.length),
        submission: t.submissionStatus ?? 'none',
        [zoned('last_saved_at')]: at(t.lastSavedAt),
        [zoned('deadline_extended_until')]: at(t.deadlineExtendedUntil),
      };
    });
    return { header, rows };
  }
  const header = ['team', 'title', 'tagline', 'status', 'track', 'repository_url', 'demo_url', 'video_url', zoned('submitted_at'), zoned('last_saved_at')];
  const rows = teams
    .filter((t) => t.submissionId)
    .map((t) => ({
      team: t.name,
      title: t.submissionTitle ?? '',
      tagline: t.submissionTagline ?? '',
      status: t.submissionStatus ?? '',
      track: track(t.trackZh, t.trackEn),
      repository_url: t.repositoryUrl ?? '',
      demo_url: t.demoUrl ?? '',
      video_url: t.videoUrl ?? '',
      [zoned('submitted_at')]: at(t.submittedAt),
      [zoned('last_saved_at')]: at(t.lastSavedAt),
    }));
  return { header, rows };
}

export type ExportFile = { filename: string; contentType: string; body: string };

/** Organizers of the event and site admins only; anyone else (and an unknown dataset) is not found. */
export async function exportDataset(actor: Actor | null, slug: string, raw: { dataset: unknown; format: unknown }): Promise<Result<ExportFile>> {
  return runDomain(async () => {
    const event = await requireManagedEvent(actor, { slug });
    const request = exportRequestSchema.safeParse(raw);
    if (!request.success) throw new DomainFailure('not_found');
    const { dataset, format } = request.data;
    const { header, rows } = await buildRows(dataset, event.id, event.timeZone);
    const filename = `${event.slug}-${dataset}.${format}`;
    if (format === 'json') {
      return { filename, contentType: 'application/json; charset=utf-8', body: `${JSON.stringify({ event: event.slug, dataset, timeZone: event.timeZone, columns: header, rows }, null, 2)}\n` };
    }
    return { filename, contentType: 'text/csv; charset=utf-8', body: csvDocument(header, rows) };
  });
}
