'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { TextareaField } from '@/app/_components/form/textarea-field';
import { Markdown } from '@/app/_components/markdown';

type Props = { name: string; label: string; defaultValue: string; errors?: string[]; rows?: number };

/*
 * A Markdown textarea with a preview rendered by the same component the public page uses, so what the
 * organizer sees is what visitors will see. The toggle is a real button with aria-expanded; the preview is
 * a labelled region after it, reached next with Tab/arrow keys.
 */
export function MarkdownField({ name, label, defaultValue, errors, rows = 8 }: Props) {
  const t = useTranslations('eventSetup');
  const [source, setSource] = useState(defaultValue);
  const [showPreview, setShowPreview] = useState(false);
  const previewId = `preview-${name}`;
  return (
    <div>
      <TextareaField
        name={name}
        label={label}
        hint={t('fields.markdownHint')}
        rows={rows}
        maxLength={20000}
        defaultValue={defaultValue}
        onChange={(e) => setSource(e.target.value)}
        errors={errors}
      />
      <button type="button" className="button secondary" aria-expanded={showPreview} aria-controls={previewId} onClick={() => setShowPreview((v) => !v)}>
        {showPreview ? t('markdown.hidePreview', { field: label }) : t('markdown.preview', { field: label })}
      </button>
      <section id={previewId} aria-label={t('markdown.preview', { field: label })} hidden={!showPreview} className="card">
        {showPreview && (source.trim() ? <Markdown source={source} /> : <p className="muted">{t('markdown.empty')}</p>)}
      </section>
    </div>
  );
}
