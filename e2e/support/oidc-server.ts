/*
 * A stand-in for the city's SSO during e2e runs: `npx tsx e2e/support/oidc-server.ts`.
 * oidc-provider's built-in development login page accepts any login name (and any password); the account
 * it signs in is `<login>@sso.example.test`, so each spec can use a fresh identity. Consent is granted
 * automatically for our one client, as a city SSO does for its own first-party apps.
 */
// @ts-expect-error oidc-provider ships no type declarations, and this script is its only user.
import Provider from 'oidc-provider';

const PORT = 4401;
const ISSUER = `http://127.0.0.1:${PORT}`;

type Ctx = {
  oidc: {
    client: { clientId: string };
    session: { accountId: string; grantIdFor(clientId: string): string | undefined };
    result?: { consent?: { grantId?: string } };
    provider: { Grant: GrantClass };
  };
};
type Grant = { addOIDCScope(scope: string): void; save(): Promise<string> };
type GrantClass = { new (init: { clientId: string; accountId: string }): Grant; find(id: string): Promise<Grant | undefined> };

const provider = new Provider(ISSUER, {
  clients: [
    {
      client_id: 'codefest-e2e',
      client_secret: 'codefest-e2e-secret',
      redirect_uris: ['http://localhost:3100/api/auth/callback/oidc'],
      post_logout_redirect_uris: ['http://localhost:3100/'],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  features: { devInteractions: { enabled: true } },
  // Put the e-mail and name in the ID token itself, as city IdPs commonly do: Auth.js reads an OIDC
  // provider's profile from the ID token's claims.
  conformIdTokenClaims: false,
  async findAccount(_ctx: unknown, id: string) {
    const login = id.trim();
    return {
      accountId: login,
      async claims() {
        return { sub: login, email: `${login}@sso.example.test`, email_verified: true, name: `SSO ${login}` };
      },
    };
  },
  async loadExistingGrant(ctx: Ctx) {
    const { client, session, result, provider: p } = ctx.oidc;
    const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
    if (grantId) return p.Grant.find(grantId);
    const grant = new p.Grant({ clientId: client.clientId, accountId: session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
});

const server = provider.listen(PORT, '127.0.0.1', () => {
  console.log(`[oidc] test identity provider at ${ISSUER}`);
});

function shutDown() {
  server.close(() => process.exit(0));
  // Browsers keep connections alive; do not let them hold the process open.
  server.closeAllConnections?.();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', shutDown);
process.on('SIGINT', shutDown);
