'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { CheckboxField } from '@/app/_components/form/checkbox-field';
import { FormMessage } from '@/app/_components/form/form-message';
import { initialFormState } from '@/app/_components/form/form-state';
import { SelectField } from '@/app/_components/form/select-field';
import { TextField } from '@/app/_components/form/text-field';
import { TextareaField } from '@/app/_components/form/textarea-field';
import { saveRubricAction } from '../actions';

export type RubricRowState = {
  key: string;
  parentKey: string;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  guidanceZh: string;
  guidanceEn: string;
  weight: string;
  scaleMax: string;
  isBonus: boolean;
};

type Props = { hidden: Record<string, string>; rows: RubricRowState[]; maxBonus: number; readOnly: boolean };

const blank = (n: number): RubricRowState => ({ key: `new-${n}`, parentKey: '', nameZh: '', nameEn: '', descriptionZh: '', descriptionEn: '', guidanceZh: '', guidanceEn: '', weight: '', scaleMax: '10', isBonus: false });
const TEXTS = ['nameZh', 'nameEn'] as const;
const AREAS = ['descriptionZh', 'descriptionEn', 'guidanceZh', 'guidanceEn'] as const;

/**
 * The rubric editor: rows in client state (add, remove, edit), the running total beside the save button.
 * The server re-checks everything; its messages land beside the row and field they name. A message with
 * values comes as `key?name=value` (see lib/judging/setup-rubric-rules.ts) and is translated with them.
 */
export function RubricForm({ hidden, rows: initialRows, maxBonus, readOnly }: Props) {
  const t = useTranslations('judgingSetup.rubric');
  const tAll = useTranslations();
  const [rows, setRows] = useState(initialRows.length ? initialRows : [blank(1)]);
  const [next, setNext] = useState(initialRows.length + 2);
  const [state, formAction, isPending] = useActionState(saveRubricAction, initialFormState);
  const errorsOf = (name: string) =>
    state.fieldErrors?.[name]?.map((message) => {
      const [key, query] = message.split('?');
      return tAll(key!, Object.fromEntries(new URLSearchParams(query ?? '')));
    });
  const update = (i: number, patch: Partial<RubricRowState>) => setRows((all) => all.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  const total = rows.filter((r) => !r.parentKey && !r.isBonus).reduce((sum, r) => sum + (Number(r.weight) || 0), 0);
  const nameOf = (row: RubricRowState, i: number) => row.nameZh || row.nameEn || t('row', { number: i + 1 });
  const totalErrors = errorsOf('total');

  return (
    <form action={formAction} className="form rubric-form" noValidate>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      {rows.map((row, i) => {
        const field = (name: string) => `criteria.${i}.${name}`;
        const parents = rows.filter((r, j) => j !== i && !r.parentKey).map((r) => ({ value: r.key, label: nameOf(r, rows.indexOf(r)) }));
        return (
          <fieldset key={row.key} disabled={readOnly}>
            <legend>{t('row', { number: i + 1 })}</legend>
            <input type="hidden" name={field('key')} value={row.key} />
            {TEXTS.map((name) => (
              <TextField key={name} name={field(name)} label={t(name)} lang={name.endsWith('Zh') ? 'zh-TW' : 'en'} maxLength={120} value={row[name]} onChange={(e) => update(i, { [name]: e.target.value })} errors={errorsOf(field(name))} />
            ))}
            <TextField name={field('weight')} type="number" inputMode="decimal" step="0.01" label={t('weight')} value={row.weight} onChange={(e) => update(i, { weight: e.target.value })} errors={errorsOf(field('weight'))} />
            <TextField name={field('scaleMax')} type="number" inputMode="numeric" label={t('scale')} value={row.scaleMax} onChange={(e) => update(i, { scaleMax: e.target.value })} errors={errorsOf(field('scaleMax'))} />
            <SelectField name={field('parentKey')} label={t('parent')} value={row.parentKey} onChange={(e) => update(i, { parentKey: e.target.value })} options={[{ value: '', label: t('noParent') }, ...parents]} errors={errorsOf(field('parentKey'))} />
            <CheckboxField name={field('isBonus')} label={t('isBonus')} checked={row.isBonus} onChange={(e) => update(i, { isBonus: e.target.checked })} errors={errorsOf(field('isBonus'))} />
            {AREAS.map((name) => (
              <TextareaField key={name} name={field(name)} label={t(name)} lang={name.endsWith('Zh') ? 'zh-TW' : 'en'} rows={2} maxLength={2000} value={row[name]} onChange={(e) => update(i, { [name]: e.target.value })} errors={errorsOf(field(name))} />
            ))}
            {!readOnly && (
              <button type="button" className="button secondary" onClick={() => setRows((all) => all.filter((_, j) => j !== i).map((r) => (r.parentKey === row.key ? { ...r, parentKey: '' } : r)))}>
                {t('remove')} <span className="visually-hidden">({nameOf(row, i)})</span>
              </button>
            )}
          </fieldset>
        );
      })}
      {!readOnly && (
        <div>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              setRows((all) => [...all, blank(next)]);
              setNext((n) => n + 1);
            }}
          >
            {t('add')}
          </button>
        </div>
      )}
      <div className="field">
        <p id="field-total">
          <strong>{t('total')}:</strong> <output aria-live="polite">{t('totalValue', { points: Math.round(total * 100) / 100 })}</output>
        </p>
        {totalErrors && (
          <p id="field-total-error" className="field-error">
            {totalErrors.join(' ')}
          </p>
        )}
        <p className="muted">{t('intro', { max: maxBonus })}</p>
      </div>
      {!readOnly && (
        <div>
          <button type="submit" className="button" disabled={isPending}>
            {t('save')}
          </button>
        </div>
      )}
    </form>
  );
}
