import { getActor } from '@/lib/auth/session';
import { getFileForViewer } from '@/lib/submissions/files';

/*
 * A project image. Who may see it is decided in lib/submissions/files.ts; anyone else gets 404, so a
 * private project's existence does not leak. The ETag is the content's SHA-256: a file id never changes
 * its bytes (a new upload is a new id), so a public image is cached for a year as immutable, while a
 * private one must never sit in a shared cache (private, no-store).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const file = await getFileForViewer(await getActor(), id);
  if (!file) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'private, no-store' } });

  const etag = `"${file.sha256}"`;
  const headers = {
    ETag: etag,
    'Cache-Control': file.isPublic ? 'public, max-age=31536000, immutable' : 'private, no-store',
    // The type was read from the bytes at upload; never let a browser sniff something else or run anything.
    'Content-Type': file.contentType,
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Content-Disposition': 'inline',
  };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(file.data), { status: 200, headers: { ...headers, 'Content-Length': String(file.data.length) } });
}
