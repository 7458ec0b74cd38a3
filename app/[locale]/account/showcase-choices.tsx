import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/session';
import { getShowcaseChoices } from '@/lib/showcase/choices';
import { NameChoiceForm, ProjectListingForm } from './showcase-forms';

/** The account page's "Public showcase" section: one's own name, and (for captains) the team's projects. */
export async function ShowcaseChoices({ locale }: { locale: string }) {
  const actor = await getActor();
  if (!actor) return null;
  const [t, choices] = await Promise.all([getTranslations('showcase.choices'), getShowcaseChoices(actor)]);
  return (
    <section aria-labelledby="showcase-heading">
      <h2 id="showcase-heading">{t('title')}</h2>
      <NameChoiceForm locale={locale} isNamePublic={choices.isNamePublic} />
      {choices.projects.length > 0 && (
        <>
          <h3>{t('projectsTitle')}</h3>
          <p className="field-hint">{t('projectsHint')}</p>
          {choices.projects.map((p) => (
            <ProjectListingForm key={p.submissionId} locale={locale} submissionId={p.submissionId} title={p.title} isListed={p.isListed} />
          ))}
        </>
      )}
    </section>
  );
}
