'use client';

import { useTranslations } from 'next-intl';
import { useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * The invite link and code, with a copy button. The link is built from the page's own origin in the
 * browser, so it is right behind any proxy; the status line announces the copy to screen readers.
 */
export function InvitePanel({ path, code }: { path: string; code: string }) {
  const t = useTranslations('teams.invite');
  // The server renders the path alone; the browser fills in its origin after hydration.
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => '');
  const [copied, setCopied] = useState(false);
  const link = `${origin}${path}`;
  async function copy() {
    await navigator.clipboard.writeText(link);
    setCopied(true);
  }
  return (
    <div className="invite-panel">
      <dl className="facts">
        <dt>{t('code')}</dt>
        <dd>
          <code data-testid="invite-code">{code}</code>
        </dd>
        <dt>{t('link')}</dt>
        <dd>
          <a href={path}>{link}</a>
        </dd>
      </dl>
      <p>
        <button type="button" className="button secondary" onClick={copy}>
          {t('copyLink')}
        </button>{' '}
        <span role="status">{copied ? t('copied') : ''}</span>
      </p>
      <p className="field-hint">{t('hint')}</p>
    </div>
  );
}
