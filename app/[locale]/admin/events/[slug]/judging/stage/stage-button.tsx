'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { stageCommandAction } from './actions';

type Props = { roundId: string; command: string; label: string; submissionId?: string; phase?: string; version?: number; secondary?: boolean };

/** One console button: its own small form, so each command reports its own outcome beside it. */
export function StageButton({ roundId, command, label, submissionId, phase, version, secondary }: Props) {
  const [state, formAction, isPending] = useActionState(stageCommandAction, initialFormState);
  return (
    <form action={formAction} style={{ display: 'inline-block', marginInlineEnd: '0.5rem' }}>
      {state.status === 'error' && <FormMessage state={state} />}
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="command" value={command} />
      {submissionId && <input type="hidden" name="submissionId" value={submissionId} />}
      {phase && <input type="hidden" name="phase" value={phase} />}
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      <button type="submit" className={secondary ? 'button secondary' : 'button'} disabled={isPending}>
        {label}
      </button>
    </form>
  );
}
