import { DoneNotice as Notice } from '@/app/_components/done-notice';

const KNOWN = ['created', 'updated', 'deleted'] as const;

/** The event set-up pages' outcome after an edit or a deletion. */
export function DoneNotice({ done }: { done?: string }) {
  return <Notice done={done} messages="eventSetup.common" known={KNOWN} />;
}
