'use server';

import type { FormState } from '@/app/_components/form/form-state';
import { declareSplit, linkPullRequest } from '@/lib/adoption/team';
import { runAdoptionAction } from '../../../admin/events/[slug]/adoption/run-action';

const awardPath = (locale: string, slug: string) => `/${locale}/events/${slug}/award`;

export async function linkPullRequestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAdoptionAction(formData, { path: awardPath, fields: ['pullRequestUrl', 'version'], done: 'linked', run: (actor, input, { awardId }) => linkPullRequest(actor, awardId, input) });
}

export async function declareSplitAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAdoptionAction(formData, { path: awardPath, fields: [], done: 'splitSaved', run: (actor, input, { awardId }) => declareSplit(actor, awardId, input) });
}
