import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DateTime } from '@/app/_components/date-time';
import { Markdown } from '@/app/_components/markdown';
import { requireArea } from '@/app/_components/require-area';
import { localeOf } from '@/lib/auth/callback-url';
import { Link } from '@/lib/i18n/navigation';
import { localized, pick } from '@/lib/i18n/localized';
import { getSheetPage } from '@/lib/judging/sheet-page';
import { SheetForm, type FormCriterion } from './sheet-form';

type Props = { params: Promise<{ locale: string; slug: string; submissionId: string }>; searchParams: Promise<{ round?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'judgingSheets' }))('sheet.rubric') };
}

/** The scoring page: the project as submitted at the deadline beside the judge's own sheet. */
export default async function ScoreProjectPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug, submissionId } = await params;
  const locale = localeOf(rawLocale);
  setRequestLocale(locale);
  const actor = await requireArea('judge');
  const { round } = await searchParams;
  const result = await getSheetPage(actor, slug, submissionId, typeof round === 'string' ? round : undefined);
  if (!result.ok) notFound();
  const page = result.data;
  const t = await getTranslations('judgingSheets.sheet');
  const { project, sheet } = page;

  const top = page.criteria.filter((c) => c.parentId === null);
  const shape = (c: (typeof page.criteria)[number]) => ({
    id: c.id,
    name: pick(c, 'name', locale),
    guidance: pick(c, 'guidance', locale),
    weight: c.weight,
    scaleMax: c.scaleMax,
    isBonus: c.isBonus,
  });
  const criteria: FormCriterion[] = top.map((c) => ({ ...shape(c), children: page.criteria.filter((k) => k.parentId === c.id).map(shape) }));
  const editable = page.isOpen && sheet?.status !== 'submitted';

  return (
    <>
      <p>
        <Link href={`/judge/events/${slug}`}>{t('back')}</Link>
      </p>
      <h1>{t('title', { project: project.title })}</h1>
      <p>
        {pick(page.event, 'title', locale)} · {localized(locale, page.round.nameZh, page.round.nameEn)}
      </p>
      {sheet?.isAbsent && <p className="notice">{t('absent')}</p>}
      {/* Project and rubric side by side on a tablet in landscape or wider; stacked on a phone. */}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 22rem), 1fr))', gap: '2rem', alignItems: 'start' }}>
        <section aria-labelledby="project-heading">
          <h2 id="project-heading">{t('project')}</h2>
          <p className="muted">
            {t('team', { team: project.teamName })}
            {project.revisionVersion !== null && ` · ${t('revision', { version: project.revisionVersion })}`}
          </p>
          {project.tagline && <p>{project.tagline}</p>}
          <Markdown source={project.description} />
          {project.links.length > 0 && (
            <>
              <h3>{t('links')}</h3>
              <ul>
                {project.links.map((link) => (
                  <li key={link.kind}>
                    <a href={link.url} rel="noopener noreferrer nofollow">
                      {t(`linkKinds.${link.kind}`)}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
          {project.technologies.length > 0 && (
            <p>
              {t('technologies')}: {project.technologies.join(', ')}
            </p>
          )}
          {project.images.length > 0 && (
            <>
              <h3>{t('images')}</h3>
              {project.images.map((image) => (
                // eslint-disable-next-line @next/next/no-img-element -- served by /api/files with its own caching
                <img key={image.id} src={`/api/files/${image.id}`} alt={image.altText} loading="lazy" style={{ maxWidth: '100%' }} />
              ))}
            </>
          )}
        </section>
        <section aria-labelledby="sheet-heading">
          <h2 id="sheet-heading">{t('rubric')}</h2>
          {editable ? (
            <SheetForm
              roundId={page.round.id}
              submissionId={submissionId}
              criteria={criteria}
              timeZone={page.event.timeZone}
              initial={{
                version: sheet?.version ?? 0,
                privateNote: sheet?.privateNote ?? '',
                feedback: sheet?.feedback ?? '',
                scores: Object.fromEntries(Object.entries(page.values).map(([id, value]) => [id, String(value)])),
                savedAt: sheet ? sheet.updatedAt.toISOString() : null,
                total: page.total,
              }}
            />
          ) : (
            <ReadOnlySheet criteria={criteria} values={page.values} total={page.total} submittedAt={sheet?.submittedAt ?? null} timeZone={page.event.timeZone} />
          )}
        </section>
      </div>
    </>
  );
}

async function ReadOnlySheet(props: { criteria: FormCriterion[]; values: Record<string, number>; total: number; submittedAt: Date | null; timeZone: string }) {
  const t = await getTranslations('judgingSheets');
  const leaves = props.criteria.flatMap((c) => (c.children.length > 0 ? c.children : [c]));
  return (
    <>
      <p className="notice">{props.submittedAt ? t('sheet.submitted') : t('queue.roundClosed')}</p>
      {props.submittedAt && (
        <p>
          {t('sheet.submittedAt', { time: '' })}
          <DateTime value={props.submittedAt} timeZone={props.timeZone} />
        </p>
      )}
      <dl>
        {leaves.map((c) => (
          <div key={c.id}>
            <dt>{t('sheet.scoreLabel', { criterion: c.name, max: c.scaleMax })}</dt>
            <dd>{props.values[c.id] ?? '—'}</dd>
          </div>
        ))}
      </dl>
      <p>
        <strong>{t('sheet.total', { total: props.total })}</strong>
      </p>
    </>
  );
}
