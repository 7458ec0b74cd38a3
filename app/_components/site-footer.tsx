import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('common');
  return (
    <footer className="site-footer" aria-label={t('footer.label')}>
      <div className="container">
        <p>{t('footer.text')}</p>
      </div>
    </footer>
  );
}
