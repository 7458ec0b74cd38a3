'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { CheckboxField } from '@/app/_components/form/checkbox-field';
import { FormMessage, useFieldErrors } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { SelectField } from '@/app/_components/form/select-field';
import { TextField } from '@/app/_components/form/text-field';
import { TextareaField } from '@/app/_components/form/textarea-field';
import { updateTeamAction } from './actions';

type Props = {
  locale: string;
  slug: string;
  tracks: { id: string; name: string }[];
  team: { id: string; name: string; trackId: string | null; pitch: string; isLookingForMembers: boolean; rolesNeeded: string; version: number };
};

/** The captain's form. It carries the version it was loaded with: a save over someone else's is refused. */
export function TeamDetailsForm({ locale, slug, tracks, team }: Props) {
  const t = useTranslations('teams');
  const [state, formAction, isPending] = useActionState(updateTeamAction, initialFormState);
  const errorsOf = useFieldErrors(state);
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  // Keyed by version so a save (or someone else's, after a reload) resets the fields to what was stored.
  return (
    <form key={team.version} action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="teamId" value={team.id} />
      <input type="hidden" name="version" value={value('version', String(team.version))} />
      <TextField name="name" label={t('create.name')} hint={t('create.nameHint')} required maxLength={80} defaultValue={value('name', team.name)} errors={errorsOf('name')} />
      {tracks.length > 0 && (
        <SelectField
          name="trackId"
          label={t('create.track')}
          defaultValue={value('trackId', team.trackId ?? '')}
          options={[{ value: '', label: t('create.noTrack') }, ...tracks.map((track) => ({ value: track.id, label: track.name }))]}
          errors={errorsOf('trackId')}
        />
      )}
      <TextareaField name="pitch" label={t('create.pitch')} rows={3} maxLength={2000} defaultValue={value('pitch', team.pitch)} errors={errorsOf('pitch')} />
      <CheckboxField
        name="isLookingForMembers"
        label={t('details.lookingForMembers')}
        defaultChecked={state.values ? state.values.isLookingForMembers === 'on' : team.isLookingForMembers}
        errors={errorsOf('isLookingForMembers')}
      />
      <TextField name="rolesNeeded" label={t('details.rolesNeeded')} hint={t('details.rolesNeededHint')} maxLength={300} defaultValue={value('rolesNeeded', team.rolesNeeded)} errors={errorsOf('rolesNeeded')} />
      <div>
        <button type="submit" className="button" disabled={isPending}>
          {t('details.submit')}
        </button>
      </div>
    </form>
  );
}
