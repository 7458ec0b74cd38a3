import { DoneNotice } from '@/app/_components/done-notice';

const KNOWN = ['linked', 'splitSaved', 'saved', 'paid', 'followupAdded', 'settingsSaved'] as const;

/** The adoption and payout pages' outcome after a save. */
export function AdoptionDoneNotice({ done }: { done?: string }) {
  return <DoneNotice done={done} messages="adoption.done" known={KNOWN} />;
}
