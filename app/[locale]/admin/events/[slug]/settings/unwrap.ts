import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import type { Result } from '@/lib/result';

/**
 * For the event-setup pages: the data, or the right refusal page. lib/events already answered "not found"
 * where the event's existence must not leak (a draft), and "forbidden" only for a public event.
 */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.data;
  if (result.error.code === 'forbidden') forbidden();
  notFound();
}
