'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { TextField } from '@/app/_components/form/text-field';
import { linkPullRequestAction } from './actions';

type Props = { locale: string; slug: string; awardId: string; version: number; current: string };

/** A team member links (or corrects) the pull request into the city repository; a bad address is said beside the field. */
export function LinkForm({ locale, slug, awardId, version, current }: Props) {
  const t = useTranslations('adoption.award');
  const [state, formAction, isPending] = useActionState(linkPullRequestAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="awardId" value={awardId} />
      <input type="hidden" name="version" value={state.values?.version ?? String(version)} />
      <TextField name="pullRequestUrl" type="url" label={t('pullRequestUrl')} hint={t('pullRequestHint')} maxLength={500} defaultValue={state.values?.pullRequestUrl ?? current} errors={errorsOf('pullRequestUrl')} />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t('link')}
        </button>
      </div>
    </form>
  );
}
