import { describe, expect, it } from 'vitest';
import { DomainFailure, runDomain } from '@/lib/result';

describe('runDomain', () => {
  it('wraps a value', async () => {
    expect(await runDomain(async () => 42)).toEqual({ ok: true, data: 42 });
  });

  it('turns an expected failure into a result with its field errors', async () => {
    const result = await runDomain(async () => {
      throw new DomainFailure('validation', { email: ['auth.errors.emailInvalid'] });
    });
    expect(result).toEqual({ ok: false, error: { code: 'validation', fieldErrors: { email: ['auth.errors.emailInvalid'] } } });
  });

  it('lets unexpected errors (and Next redirects) propagate', async () => {
    await expect(runDomain(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});
