import { getTranslations } from 'next-intl/server';
import { MAX_SCREENSHOTS } from '@/lib/validation/submissions';
import { DeleteFileButton } from './delete-file-button';
import styles from './submission.module.css';

export type FileView = { id: string; kind: string; altText: string };

/** The project's cover and screenshots, with previews; with delete buttons while the team may still edit. */
export async function FileGallery({ files, editable }: { files: FileView[]; editable?: { locale: string; slug: string } }) {
  const t = await getTranslations('submissions.files');
  const cover = files.filter((f) => f.kind === 'cover');
  const screenshots = files.filter((f) => f.kind === 'screenshot');
  const list = (items: FileView[]) =>
    items.length === 0 ? (
      <p>{t('none')}</p>
    ) : (
      <ul className={styles.gallery}>
        {items.map((file) => (
          <li key={file.id}>
            <figure>
              {/* Served from Postgres by /api/files/[id] with its own cache headers; next/image would re-encode it. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={`/api/files/${file.id}`} alt={file.altText} loading="lazy" />
              <figcaption>{file.altText}</figcaption>
            </figure>
            {editable && <DeleteFileButton locale={editable.locale} slug={editable.slug} fileId={file.id} altText={file.altText} />}
          </li>
        ))}
      </ul>
    );
  return (
    <>
      <h3>{t('cover')}</h3>
      {list(cover)}
      <h3>{t('screenshots', { count: screenshots.length, max: MAX_SCREENSHOTS })}</h3>
      {list(screenshots)}
    </>
  );
}
