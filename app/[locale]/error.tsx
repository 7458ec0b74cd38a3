'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';

// Never shows the error's message or stack: only a translated apology and a retry.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('areas.error');
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      {error.digest && <p className="muted">{t('reference', { digest: error.digest })}</p>}
      <button type="button" className="button" onClick={reset}>
        {t('retry')}
      </button>
    </>
  );
}
