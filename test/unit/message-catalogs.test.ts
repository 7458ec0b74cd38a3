import { describe, expect, it } from 'vitest';
import { loadMessages, namespaces } from '@/lib/i18n/messages';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('message catalogs', () => {
  it('zh-TW and en have exactly the same keys in every namespace', async () => {
    const [zh, en] = await Promise.all([loadMessages('zh-TW'), loadMessages('en')]);
    for (const ns of namespaces) {
      expect(keys(en[ns]).sort(), ns).toEqual(keys(zh[ns]).sort());
    }
  });

  it('has no empty message', async () => {
    for (const locale of ['zh-TW', 'en'] as const) {
      const messages = await loadMessages(locale);
      for (const ns of namespaces) {
        const flat = keys(messages[ns]).map((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages[ns]));
        expect(flat.filter((v) => typeof v === 'string' && v.trim() === ''), `${locale}/${ns}`).toEqual([]);
      }
    }
  });
});
