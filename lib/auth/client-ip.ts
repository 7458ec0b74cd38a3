/*
 * The caller's address for rate limits. Behind the city load balancer the nearest proxy appends the
 * address it saw to X-Forwarded-For, so the LAST entry is the one a client cannot forge (earlier entries
 * are whatever the client sent). Without a proxy, Next itself fills the header from the socket.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).at(-1);
  return last || headers.get('x-real-ip')?.trim() || 'unknown';
}
