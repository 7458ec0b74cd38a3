// Stands in for `next/cache` in integration tests: there is no Next request to revalidate, but the
// calls are recorded so a test can assert that a mutation revalidated what it changed.
export const revalidated: string[] = [];
export function revalidatePath(path: string) {
  revalidated.push(`path:${path}`);
}
export function revalidateTag(tag: string) {
  revalidated.push(`tag:${tag}`);
}
export function updateTag(tag: string) {
  revalidated.push(`tag:${tag}`);
}
export function unstable_cache<T extends (...args: never[]) => unknown>(fn: T): T {
  return fn;
}
