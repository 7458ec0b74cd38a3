import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, eventRoles, events, submissionFiles } from '@/db/schema';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { deleteSubmissionFile, getFileForViewer, uploadSubmissionFile } from '@/lib/submissions/files';
import { saveSubmission } from '@/lib/submissions/save';
import { submitProject } from '@/lib/submissions/status';
import { MAX_FILE_BYTES } from '@/lib/validation/submissions';
import { insertHackingTeam, insertUser } from './helpers/domain-rows';

const actorOf = async (user: { id: string }) => (await loadActor(user.id)) as Actor;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
const blob = (bytes: Buffer, type = 'image/png') => new Blob([new Uint8Array(bytes)], { type });
const upload = (actor: Actor | null, submissionId: string, kind: string, file: Blob | null, altText = '首頁截圖') =>
  uploadSubmissionFile(actor, submissionId, { kind, altText, file });

async function projectOfNewTeam() {
  const fixture = await insertHackingTeam();
  const member = await actorOf(fixture.members[0]!);
  const saved = await saveSubmission(member, fixture.event.id, { fields: { title: '路燈報修' }, answers: {}, compliance: [], version: 0 });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  return { ...fixture, member, submissionId: saved.data.submissionId };
}

describe('project images', () => {
  it('stores a cover typed by its bytes (not the declared type), with an audit row', async () => {
    const { member, submissionId } = await projectOfNewTeam();
    // Declared as PNG, really a JPEG: the bytes decide.
    const result = await upload(member, submissionId, 'cover', blob(JPEG, 'image/png'));
    expect(result.ok).toBe(true);
    const [row] = await db.select().from(submissionFiles).where(eq(submissionFiles.submissionId, submissionId));
    expect(row).toMatchObject({ kind: 'cover', contentType: 'image/jpeg', byteSize: JPEG.length, altText: '首頁截圖' });
    expect(Buffer.from(row!.data).equals(JPEG)).toBe(true);
    const audits = await db.select().from(auditLog).where(eq(auditLog.action, 'submission.file_upload'));
    expect(audits).toHaveLength(1);
  });

  it('refuses a file that is not an image by content, one too big, a missing alt text, and a second cover', async () => {
    const { member, submissionId } = await projectOfNewTeam();
    const script = Buffer.from('<script>alert(1)</script>');
    expect(await upload(member, submissionId, 'cover', blob(script, 'image/png'))).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { file: ['submissions.errors.fileTypeInvalid'] } },
    });
    const huge = Buffer.concat([PNG, Buffer.alloc(MAX_FILE_BYTES + 1 - PNG.length)]);
    expect(await upload(member, submissionId, 'cover', blob(huge))).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { file: ['submissions.errors.fileTooLarge'] } },
    });
    expect(await upload(member, submissionId, 'cover', blob(PNG), ' ')).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { altText: ['submissions.errors.altTextRequired'] } },
    });
    expect((await upload(member, submissionId, 'cover', blob(PNG))).ok).toBe(true);
    expect(await upload(member, submissionId, 'cover', blob(PNG))).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { file: ['submissions.errors.coverExists'] } },
    });
    expect(await db.$count(submissionFiles, eq(submissionFiles.submissionId, submissionId))).toBe(1);
  });

  it('takes five screenshots and refuses the sixth, even when the sixth and seventh race', async () => {
    const { member, submissionId } = await projectOfNewTeam();
    for (let i = 0; i < 4; i++) expect((await upload(member, submissionId, 'screenshot', blob(PNG))).ok).toBe(true);
    const [fifth, sixth] = await Promise.all([upload(member, submissionId, 'screenshot', blob(PNG)), upload(member, submissionId, 'screenshot', blob(PNG))]);
    expect([fifth.ok, sixth.ok].sort()).toEqual([false, true]);
    expect([fifth, sixth].find((r) => !r.ok)).toEqual({
      ok: false,
      error: { code: 'validation', fieldErrors: { file: ['submissions.errors.tooManyScreenshots'] } },
    });
    expect(await db.$count(submissionFiles, eq(submissionFiles.submissionId, submissionId))).toBe(5);
  });

  it('answers not_found to an outsider uploading or deleting, and refuses both after the deadline', async () => {
    const { event, member, submissionId } = await projectOfNewTeam();
    const outsider = await actorOf(await insertUser());
    expect(await upload(outsider, submissionId, 'cover', blob(PNG))).toEqual({ ok: false, error: { code: 'not_found' } });
    const uploaded = await upload(member, submissionId, 'cover', blob(PNG));
    if (!uploaded.ok) throw new Error('upload refused');
    expect(await deleteSubmissionFile(outsider, uploaded.data.fileId)).toEqual({ ok: false, error: { code: 'not_found' } });

    await db.update(events).set({ submissionDeadline: sql`statement_timestamp() - interval '1 second'` }).where(eq(events.id, event.id));
    expect(await upload(member, submissionId, 'screenshot', blob(PNG))).toEqual({ ok: false, error: { code: 'deadline_passed' } });
    expect(await deleteSubmissionFile(member, uploaded.data.fileId)).toEqual({ ok: false, error: { code: 'deadline_passed' } });
    expect(await db.$count(submissionFiles, eq(submissionFiles.submissionId, submissionId))).toBe(1);
  });

  it('a member deletes an image (audited)', async () => {
    const { member, submissionId } = await projectOfNewTeam();
    const uploaded = await upload(member, submissionId, 'screenshot', blob(PNG));
    if (!uploaded.ok) throw new Error('upload refused');
    expect(await deleteSubmissionFile(member, uploaded.data.fileId)).toEqual({ ok: true, data: { fileId: uploaded.data.fileId } });
    expect(await db.$count(submissionFiles, eq(submissionFiles.submissionId, submissionId))).toBe(0);
    expect(await db.$count(auditLog, eq(auditLog.action, 'submission.file_delete'))).toBe(1);
  });

  it('serves a private image to the team, the organizers and nobody else; publicly once results are out', async () => {
    const { event, members, member, submissionId } = await projectOfNewTeam();
    const uploaded = await upload(member, submissionId, 'cover', blob(PNG));
    if (!uploaded.ok) throw new Error('upload refused');
    const fileId = uploaded.data.fileId;
    const organizerUser = await insertUser();
    await db.insert(eventRoles).values({ eventId: event.id, userId: organizerUser.id, role: 'organizer' });

    expect(await getFileForViewer(await actorOf(members[1]!), fileId)).toMatchObject({ contentType: 'image/png', isPublic: false });
    expect(await getFileForViewer(await actorOf(organizerUser), fileId)).toMatchObject({ isPublic: false });
    expect(await getFileForViewer(await actorOf(await insertUser()), fileId)).toBeNull();
    expect(await getFileForViewer(null, fileId)).toBeNull();
    expect(await getFileForViewer(null, 'not-a-uuid')).toBeNull();

    const submitted = await submitProject(member, submissionId, 1);
    expect(submitted.ok).toBe(true);
    await db
      .update(events)
      .set({ isPublished: true, resultsPublishedAt: sql`statement_timestamp()`, judgingEndsAt: sql`statement_timestamp() + interval '8 days'` })
      .where(eq(events.id, event.id));
    expect(await getFileForViewer(null, fileId)).toMatchObject({ isPublic: true });
  });
});
