import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Markdown } from '@/app/_components/markdown';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import { cachedProject } from '@/lib/showcase/cached';
import { AwardBadges } from '../../award-badges';
import styles from '../../showcase.module.css';

type Props = { params: Promise<{ locale: string; event: string; project: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { event, project: slug } = await params;
  const project = await cachedProject(event, slug);
  if (!project) return {};
  return { title: project.title, description: project.tagline };
}

export default async function ProjectPage({ params }: Props) {
  const { locale, event, project: slug } = await params;
  setRequestLocale(locale);
  const project = await cachedProject(event, slug);
  if (!project) notFound();
  const [t, format] = await Promise.all([getTranslations('showcase'), getFormatter()]);
  const cover = project.files.find((f) => f.kind === 'cover');
  const screenshots = project.files.filter((f) => f.kind === 'screenshot');
  const links = (['repositoryUrl', 'demoUrl', 'videoUrl', 'slidesUrl'] as const).filter((k) => project[k]);
  const adopted = project.adoption?.status === 'merged';

  return (
    <article>
      <p>
        <Link href={{ pathname: '/projects', query: { event: project.event.slug } }}>{localized(locale, project.event.titleZh, project.event.titleEn)}</Link>
        {project.track && <> · {localized(locale, project.track.nameZh, project.track.nameEn)}</>}
      </p>
      <h1>{project.title}</h1>
      <p>{project.tagline}</p>
      <AwardBadges awards={project.awards} isAdopted={adopted} locale={locale} />
      {cover && (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={`/api/files/${cover.id}`} alt={cover.altText} className={styles.cover} />
      )}

      {project.adoption && (
        <section aria-labelledby="adoption">
          <h2 id="adoption">{t('project.adoptionTitle')}</h2>
          <p>
            {adopted
              ? t('project.adopted', { date: project.adoption.mergedAt ? format.dateTime(new Date(project.adoption.mergedAt), { dateStyle: 'long' }) : '—' })
              : t(`project.adoptionStatus.${project.adoption.status}` as 'project.adoptionStatus.pending')}
          </p>
          {project.adoption.targetRepositoryUrl && (
            <p>
              <a href={project.adoption.targetRepositoryUrl} rel="noopener noreferrer">
                {t('project.cityRepository')}
              </a>
            </p>
          )}
        </section>
      )}

      <section aria-labelledby="team">
        <h2 id="team">{t('project.team')}</h2>
        <p>{project.teamName}</p>
        {project.publicMembers.length > 0 && (
          <ul>
            {project.publicMembers.map((name, i) => (
              <li key={i}>{name}</li>
            ))}
          </ul>
        )}
        {project.privateMemberCount > 0 && <p className="muted">{t('project.privateMembers', { count: project.privateMemberCount })}</p>}
      </section>

      {links.length > 0 && (
        <section aria-labelledby="links">
          <h2 id="links">{t('project.links')}</h2>
          <ul>
            {links.map((k) => (
              <li key={k}>
                <a href={project[k]!} rel="noopener noreferrer nofollow">
                  {t(`project.link.${k}`)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      {project.technologies.length > 0 && (
        <section aria-labelledby="technologies">
          <h2 id="technologies">{t('project.technologies')}</h2>
          <ul className={styles.badges}>
            {project.technologies.map((tech) => (
              <li key={tech}>
                <Link href={{ pathname: '/projects', query: { tech } }}>{tech}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {project.description && (
        <section aria-labelledby="about">
          <h2 id="about">{t('project.about')}</h2>
          <Markdown source={project.description} />
        </section>
      )}

      {screenshots.length > 0 && (
        <section aria-labelledby="screenshots">
          <h2 id="screenshots">{t('project.screenshots')}</h2>
          <ul className={styles.media}>
            {screenshots.map((s) => (
              <li key={s.id}>
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={`/api/files/${s.id}`} alt={s.altText} loading="lazy" />
              </li>
            ))}
          </ul>
        </section>
      )}

      <p>
        <Link href={`/events/${project.event.slug}/winners`}>{t('project.seeWinners')}</Link> · <Link href="/projects">{t('project.backToGallery')}</Link>
      </p>
    </article>
  );
}
