import { pgEnum } from 'drizzle-orm/pg-core';

export const eventRole = pgEnum('event_role', ['organizer', 'judge', 'topic_owner']);
export const admissionMode = pgEnum('admission_mode', ['automatic', 'reviewed']);
export const registrationStatus = pgEnum('registration_status', [
  'pending',
  'admitted',
  'reserve',
  'waitlisted',
  'rejected',
  'withdrawn',
]);
export const teamStatus = pgEnum('team_status', [
  'forming',
  'applied',
  'document_passed',
  'admitted',
  'reserve',
  'rejected',
  'withdrawn',
  'disqualified',
]);
export const teamMemberRole = pgEnum('team_member_role', ['captain', 'member']);
export const questionScope = pgEnum('question_scope', ['registration', 'submission']);
export const questionKind = pgEnum('question_kind', ['short_text', 'long_text', 'single_choice', 'multi_choice', 'checkbox']);
export const submissionStatus = pgEnum('submission_status', ['draft', 'submitted']);
export const fileKind = pgEnum('file_kind', ['cover', 'screenshot', 'banner']);
export const roundKind = pgEnum('round_kind', ['preliminary', 'final']);
export const roundStatus = pgEnum('round_status', ['draft', 'open', 'closed']);
export const assignmentMode = pgEnum('assignment_mode', ['all', 'k_judges']);
export const rankingMethod = pgEnum('ranking_method', ['raw_mean', 'z_score', 'rank_sum']);
export const sheetStatus = pgEnum('sheet_status', ['draft', 'submitted']);
export const conflictSource = pgEnum('conflict_source', ['declared', 'automatic', 'organizer']);
export const announcementAudience = pgEnum('announcement_audience', ['public', 'participants', 'no_submission', 'judges']);
export const adoptionStatus = pgEnum('adoption_status', ['pending', 'pr_opened', 'in_review', 'merged', 'overdue', 'waived']);
