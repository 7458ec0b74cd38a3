import type { FormContent, QuestionView, ChecklistItemView } from './form-fields';

export type ContentRow = { key: string; label: string; value: string };
type Labels = {
  field: (name: string) => string;
  answers: string;
  compliance: string;
  trackName: (id: string) => string;
};

/*
 * A version of the project as labelled plain-text rows, so two versions can be compared side by side field
 * by field (the conflict panel). Plain text on purpose: a Markdown description is compared as written.
 */
export function contentRows(content: FormContent, questions: QuestionView[], checklist: ChecklistItemView[], labels: Labels): ContentRow[] {
  const { text } = content;
  const rows: ContentRow[] = (['title', 'tagline', 'description', 'repositoryUrl', 'demoUrl', 'videoUrl', 'slidesUrl', 'technologies'] as const).map(
    (name) => ({ key: name, label: labels.field(name), value: text[name] }),
  );
  rows.splice(3, 0, { key: 'trackId', label: labels.field('track'), value: text.trackId ? labels.trackName(text.trackId) : '' });
  for (const q of questions) {
    const values = content.answers[q.id] ?? [];
    const shown = q.kind === 'checkbox' ? (values.includes('on') ? '✓' : '') : values.map((v) => q.options.find((o) => o.value === v)?.label ?? v).join(', ');
    rows.push({ key: `answer.${q.id}`, label: `${labels.answers}: ${q.label}`, value: shown });
  }
  rows.push({
    key: 'compliance',
    label: labels.compliance,
    value: checklist
      .filter((item) => content.compliance.includes(item.id))
      .map((item) => `✓ ${item.label}`)
      .join('\n'),
  });
  return rows;
}
