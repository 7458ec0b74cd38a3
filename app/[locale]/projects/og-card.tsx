import { ImageResponse } from 'next/og';

export { latinOnly } from '@/lib/showcase/latin-text';

export const OG_SIZE = { width: 1200, height: 630 };

/*
 * Share images. next/og ships one Latin font; Han characters would come out as empty boxes, and a Noto
 * Sans TC subset covering arbitrary project titles is several megabytes per deployment. So the card is
 * drawn in English only: CJK characters are dropped from titles (an all-Chinese title falls back to the
 * English event title), and the page's own <title> keeps the full bilingual text.
 */
export function ogCard({ kicker, title, subtitle }: { kicker: string; title: string; subtitle: string }) {
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 64, background: '#0f3d6e', color: '#ffffff' }}>
        {/* Satori (next/og) wants one text child per div unless it is display: flex, hence template strings. */}
        <div style={{ fontSize: 32, opacity: 0.9 }}>{`CodeFest · ${kicker}`}</div>
        <div style={{ fontSize: 72, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
        <div style={{ fontSize: 34 }}>{subtitle}</div>
      </div>
    ),
    OG_SIZE,
  );
}
