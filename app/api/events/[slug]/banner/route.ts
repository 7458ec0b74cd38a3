import { getActor } from '@/lib/auth/session';
import { getBannerForViewer } from '@/lib/events/banner';

/*
 * An event's banner image. Who may see it is decided in lib/events/banner.ts; anyone else gets 404. The URL
 * stays the same when the banner is replaced, so only a request naming the content (?v=<sha256>, as the
 * event page links it) is cached as immutable; the bare URL is revalidated with the ETag every time. A
 * draft's banner never sits in a shared cache.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const banner = await getBannerForViewer(await getActor(), slug);
  if (!banner) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'private, no-store' } });

  const etag = `"${banner.sha256}"`;
  const pinned = new URL(request.url).searchParams.get('v') === banner.sha256;
  const headers = {
    ETag: etag,
    'Cache-Control': !banner.isPublic ? 'private, no-store' : pinned ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
    // The type was read from the bytes at upload; never let a browser sniff something else or run anything.
    'Content-Type': banner.contentType,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Content-Disposition': 'inline',
  };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(banner.data), { status: 200, headers: { ...headers, 'Content-Length': String(banner.data.length) } });
}
