/** The project form's plain text fields, in form order (custom answers and the checklist are added to them). */
export const TEXT_FIELDS = ['title', 'tagline', 'description', 'trackId', 'repositoryUrl', 'demoUrl', 'videoUrl', 'slidesUrl', 'technologies'] as const;
export type TextFieldName = (typeof TEXT_FIELDS)[number];

export type QuestionView = {
  id: string;
  kind: 'short_text' | 'long_text' | 'single_choice' | 'multi_choice' | 'checkbox';
  label: string;
  isRequired: boolean;
  options: { value: string; label: string }[];
};
export type ChecklistItemView = { id: string; label: string };

/** The form's starting content: text fields, answers as lists of strings, ticked checklist ids. */
export type FormContent = { text: Record<TextFieldName, string>; answers: Record<string, string[]>; compliance: string[] };

/** A saved project or a kept conflicting version, as the form's starting content. */
export function formContentOf(row: Record<string, unknown> | null | undefined): FormContent {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const answers: Record<string, string[]> = {};
  for (const [id, value] of Object.entries((row?.answers as Record<string, unknown>) ?? {})) {
    answers[id] = Array.isArray(value) ? value.map(String) : value === true ? ['on'] : value ? [String(value)] : [];
  }
  const compliance = Object.entries((row?.compliance as Record<string, boolean>) ?? {})
    .filter(([, ticked]) => ticked)
    .map(([id]) => id);
  return {
    text: {
      title: str(row?.title),
      tagline: str(row?.tagline),
      description: str(row?.description),
      trackId: str(row?.trackId),
      repositoryUrl: str(row?.repositoryUrl),
      demoUrl: str(row?.demoUrl),
      videoUrl: str(row?.videoUrl),
      slidesUrl: str(row?.slidesUrl),
      technologies: Array.isArray(row?.technologies) ? (row.technologies as string[]).join(', ') : '',
    },
    answers,
    compliance,
  };
}
