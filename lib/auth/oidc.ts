/** The city SSO is optional: it is offered only when all three settings are present. */
export type OidcSettings = { issuer: string; clientId: string; clientSecret: string; name: string };

export function oidcSettings(env: Record<string, string | undefined> = process.env): OidcSettings | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = env;
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer, clientId, clientSecret, name: env.OIDC_NAME?.trim() || 'City SSO' };
}

/** For pages: the button label, without exposing the secret to anything that renders. */
export function oidcDisplayName(): string | null {
  return oidcSettings()?.name ?? null;
}
