import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changePasswordSchema,
  fieldErrorsOf,
  passwordResetRequestSchema,
  passwordResetSchema,
  profileSchema,
  signInSchema,
  signUpSchema,
} from '@/lib/validation/auth';

const good = { name: 'Lin Mei', email: 'Mei.Lin@Example.TW', password: 'correct horse battery', preferredLocale: 'en' };

function errorsOf(result: ReturnType<typeof signUpSchema.safeParse>) {
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe('signUpSchema', () => {
  it('normalises the e-mail to trimmed lower case and keeps the password as typed', () => {
    const result = signUpSchema.parse({ ...good, email: '  Mei.Lin@Example.TW ', password: ' spaced passphrase ' });
    expect(result.email).toBe('mei.lin@example.tw');
    expect(result.password).toBe(' spaced passphrase ');
  });

  it.each([
    ['missing e-mail', { email: undefined }, 'email', 'auth.errors.emailRequired'],
    ['blank e-mail', { email: '   ' }, 'email', 'auth.errors.emailRequired'],
    ['e-mail without @', { email: 'mei.example.tw' }, 'email', 'auth.errors.emailInvalid'],
    ['e-mail without domain', { email: 'mei@' }, 'email', 'auth.errors.emailInvalid'],
    ['over-long e-mail', { email: `${'a'.repeat(250)}@example.tw` }, 'email', 'auth.errors.emailInvalid'],
    ['missing password', { password: undefined }, 'password', 'auth.errors.passwordRequired'],
    ['9-character password', { password: '123456789' }, 'password', 'auth.errors.passwordTooShort'],
    ['201-character password', { password: 'x'.repeat(201) }, 'password', 'auth.errors.passwordTooLong'],
    ['blank name', { name: '  ' }, 'name', 'auth.errors.nameRequired'],
    ['101-character name', { name: 'n'.repeat(101) }, 'name', 'auth.errors.nameTooLong'],
    ['unknown locale', { preferredLocale: 'fr' }, 'preferredLocale', 'auth.errors.localeInvalid'],
  ])('refuses %s with a message key on that field', (_case, change, field, key) => {
    const errors = errorsOf(signUpSchema.safeParse({ ...good, ...change }));
    expect(errors[field]).toEqual([key]);
  });

  it('accepts passwords of exactly 10 and 200 characters (argon2 has no 72-byte limit)', () => {
    expect(signUpSchema.safeParse({ ...good, password: 'x'.repeat(10) }).success).toBe(true);
    expect(signUpSchema.safeParse({ ...good, password: '密'.repeat(200) }).success).toBe(true);
  });

  it('reports every invalid field at once, not just the first', () => {
    const errors = errorsOf(signUpSchema.safeParse({ name: '', email: 'x', password: 'short' }));
    expect(Object.keys(errors).sort()).toEqual(['email', 'name', 'password']);
  });

  it('defaults the language to zh-TW', () => {
    const { preferredLocale: _ignored, ...rest } = good;
    expect(signUpSchema.parse(rest).preferredLocale).toBe('zh-TW');
  });
});

describe('the other auth schemas', () => {
  it.each([
    ['sign in with any non-empty password', signInSchema, { email: 'a@b.tw', password: 'x' }, true],
    ['sign in without password', signInSchema, { email: 'a@b.tw', password: '' }, false],
    ['reset request', passwordResetRequestSchema, { email: 'A@B.tw' }, true],
    ['reset request, bad e-mail', passwordResetRequestSchema, { email: 'nope' }, false],
    ['reset', passwordResetSchema, { token: 'abc', password: 'long enough pw' }, true],
    ['reset without token', passwordResetSchema, { token: '', password: 'long enough pw' }, false],
    ['reset with short password', passwordResetSchema, { token: 'abc', password: 'short' }, false],
    ['profile', profileSchema, { name: 'Mei', preferredLocale: 'zh-TW' }, true],
    ['profile without locale', profileSchema, { name: 'Mei' }, false],
    ['change password', changePasswordSchema, { currentPassword: 'old', newPassword: 'new and long' }, true],
    ['change to a short password', changePasswordSchema, { currentPassword: 'old', newPassword: 'short' }, false],
  ] as const)('%s', (_case, schema, input, valid) => {
    expect(schema.safeParse(input).success).toBe(valid);
  });
});

describe('properties', () => {
  const schemas = [signUpSchema, signInSchema, passwordResetRequestSchema, passwordResetSchema, profileSchema, changePasswordSchema];

  it('never throw, whatever arrives from a form or a forged request', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        for (const schema of schemas) expect(() => schema.safeParse(input)).not.toThrow();
      }),
    );
  });

  it('refuse any e-mail without an @', () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !s.includes('@')), (email) => {
        expect(signInSchema.safeParse({ email, password: 'x' }).success).toBe(false);
      }),
    );
  });

  it('refuse every new password shorter than 10 characters and accept every one of 10 to 200', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 9 }), (password) => {
        expect(signUpSchema.safeParse({ ...good, password }).success).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.string({ minLength: 10, maxLength: 200 }), (password) => {
        expect(signUpSchema.safeParse({ ...good, password }).success).toBe(true);
      }),
    );
  });

  it('always store e-mails in lower case', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const parsed = passwordResetRequestSchema.safeParse({ email: email.toUpperCase() });
        if (parsed.success) expect(parsed.data.email).toBe(parsed.data.email.toLowerCase());
      }),
    );
  });
});
