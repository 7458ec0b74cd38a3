'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
import { TextareaField } from '@/app/_components/form/textarea-field';
import { TextField } from '@/app/_components/form/text-field';
import { saveSheetAction, submitSheetAction, type SheetActionResult, type SheetPayload } from './actions';

export type FormCriterion = {
  id: string;
  name: string;
  guidance: string;
  weight: number;
  scaleMax: number;
  isBonus: boolean;
  children: Omit<FormCriterion, 'children'>[];
};

type Props = {
  roundId: string;
  submissionId: string;
  criteria: FormCriterion[];
  initial: SheetPayload & { savedAt: string | null; total: number };
  timeZone: string;
};

const AUTOSAVE_MS = 1000;

/**
 * The judge's score sheet. Every change schedules one save a second after the last keystroke (debounced),
 * sent with the version the form holds; the reply's version is kept for the next save. A stale reply stops
 * autosaving and says so: what the judge typed stays in the form, nothing is overwritten on either side.
 * "Saved at" is a polite status that changes once per save, not per keystroke.
 */
export function SheetForm({ roundId, submissionId, criteria, initial, timeZone }: Props) {
  const t = useTranslations();
  const format = useFormatter();
  const [scores, setScores] = useState(initial.scores);
  const [privateNote, setPrivateNote] = useState(initial.privateNote);
  const [feedback, setFeedback] = useState(initial.feedback);
  const [total, setTotal] = useState(initial.total);
  const [savedAt, setSavedAt] = useState(initial.savedAt);
  const [error, setError] = useState<Extract<SheetActionResult, { ok: false }> | null>(null);
  const [saving, setSaving] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [pending, startTransition] = useTransition();
  const version = useRef(initial.version);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const dirty = useRef(false);
  // Saves go one after another: each is sent with the version the previous one returned.
  const inflight = useRef<Promise<void>>(Promise.resolve());
  const stopped = error?.code === 'stale_version' || error?.code === 'conflict' || error?.code === 'closed';

  const payload = (): SheetPayload => ({ version: version.current, privateNote, feedback, scores });

  const apply = (result: SheetActionResult) => {
    if (result.ok) {
      version.current = result.version;
      setSavedAt(result.savedAt);
      setTotal(result.total);
      setError(null);
      if (result.status === 'submitted') setSubmitted(true);
    } else setError(result);
  };

  useEffect(() => {
    if (!dirty.current || stopped) return;
    if (timer.current) clearTimeout(timer.current);
    const next = payload();
    timer.current = setTimeout(() => {
      inflight.current = inflight.current.then(async () => {
        setSaving(true);
        try {
          apply(await saveSheetAction(roundId, submissionId, { ...next, version: version.current }));
        } catch {
          setError({ ok: false, code: 'validation', message: 'judgingSheets.errors.unexpected' });
        } finally {
          setSaving(false);
        }
      });
    }, AUTOSAVE_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
    // The payload is these three; the timer restarts on each change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scores, privateNote, feedback]);

  const change = <T,>(setter: (value: T) => void) => (value: T) => {
    dirty.current = true;
    setter(value);
  };
  const setScore = change((entry: [string, string]) => setScores((previous) => ({ ...previous, [entry[0]]: entry[1] })));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (timer.current) clearTimeout(timer.current);
    const content = payload();
    startTransition(async () => {
      await inflight.current;
      apply(await submitSheetAction(roundId, submissionId, { ...content, version: version.current }));
    });
  };

  const fieldErrors = (name: string) => error?.fieldErrors?.[name]?.map((key) => t(key));
  const time = (iso: string) => format.dateTime(new Date(iso), { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

  if (submitted) {
    return (
      <p role="status" className="notice">
        {t('judgingSheets.sheet.submitted')} {t('judgingSheets.sheet.total', { total })}
      </p>
    );
  }

  const scoreInput = (c: Omit<FormCriterion, 'children'>) => (
    <div key={c.id}>
      <TextField
        name={`score.${c.id}`}
        label={t('judgingSheets.sheet.scoreLabel', { criterion: c.name, max: c.scaleMax })}
        hint={[c.isBonus ? t('judgingSheets.sheet.bonusPoints', { points: c.weight }) : t('judgingSheets.sheet.points', { points: c.weight }), c.guidance].filter(Boolean).join(' · ')}
        inputMode="decimal"
        autoComplete="off"
        value={scores[c.id] ?? ''}
        onChange={(e) => setScore([c.id, e.target.value])}
        errors={fieldErrors(`score.${c.id}`)}
        readOnly={stopped}
      />
    </div>
  );

  return (
    <form onSubmit={submit} noValidate>
      {criteria.map((c) =>
        c.children.length > 0 ? (
          <fieldset key={c.id}>
            <legend>{t('judgingSheets.sheet.subCriteria', { criterion: c.name, points: c.weight })}</legend>
            {c.guidance && <p className="field-hint">{c.guidance}</p>}
            {c.children.map(scoreInput)}
          </fieldset>
        ) : (
          scoreInput(c)
        ),
      )}
      <TextareaField
        name="privateNote"
        label={t('judgingSheets.sheet.privateNote')}
        hint={t('judgingSheets.sheet.privateNoteHint')}
        rows={3}
        value={privateNote}
        onChange={(e) => change(setPrivateNote)(e.target.value)}
        errors={fieldErrors('privateNote')}
        readOnly={stopped}
      />
      <TextareaField
        name="feedback"
        label={t('judgingSheets.sheet.feedback')}
        rows={3}
        value={feedback}
        onChange={(e) => change(setFeedback)(e.target.value)}
        errors={fieldErrors('feedback')}
        readOnly={stopped}
      />
      <p>
        <strong>{t('judgingSheets.sheet.total', { total })}</strong>
      </p>
      <p className="muted">
        <span role="status">{savedAt ? t('judgingSheets.sheet.savedAt', { time: time(savedAt) }) : t('judgingSheets.sheet.notSaved')}</span>
        {saving && <span aria-hidden="true"> · {t('judgingSheets.sheet.saving')}</span>}
      </p>
      {error && (
        <div role="alert" className="alert">
          <p>{t(error.message)}</p>
          {error.code === 'stale_version' && (
            <p>
              <a href="">{t('judgingSheets.sheet.reload')}</a>
            </p>
          )}
        </div>
      )}
      <p className="field-hint">{t('judgingSheets.sheet.submitHint')}</p>
      <button type="submit" disabled={pending || stopped}>
        {t('judgingSheets.sheet.submit')}
      </button>
    </form>
  );
}
