import 'server-only';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import NextAuth, { CredentialsSignin } from 'next-auth';
import type { Adapter, AdapterAccount } from 'next-auth/adapters';
import Credentials from 'next-auth/providers/credentials';
import type { Provider } from 'next-auth/providers';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { accounts, sessions, users, verificationTokens } from '@/db/schema';
import { verifyCredentials } from '@/lib/accounts/credentials';
import { createSsoUser, isSsoSignInAllowed, linkSsoAccount } from '@/lib/accounts/sso-users';
import { defaultLocale } from '@/lib/i18n/routing';
import { clientIp } from './client-ip';
import { oidcSettings } from './oidc';

/** Lets the sign-in form tell "too many attempts" apart from "wrong e-mail or password". */
class RateLimitedSignIn extends CredentialsSignin {
  code = 'rate_limited';
}

const baseAdapter = DrizzleAdapter(db, {
  usersTable: users,
  accountsTable: accounts,
  sessionsTable: sessions,
  verificationTokensTable: verificationTokens,
});

// Our own user creation and linking: lower-cased e-mail and an audit row in the same transaction.
const adapter: Adapter = {
  ...baseAdapter,
  createUser: (data) => createSsoUser(data),
  linkAccount: async (account: AdapterAccount) => {
    await linkSsoAccount({ ...account, userId: account.userId });
  },
};

const providers: Provider[] = [
  Credentials({
    credentials: { email: {}, password: {} },
    async authorize(credentials, request) {
      const result = await verifyCredentials(credentials, { ip: clientIp(request.headers) });
      if (result.ok) return result.data;
      if (result.error.code === 'rate_limited') throw new RateLimitedSignIn();
      return null;
    },
  }),
];

const oidc = oidcSettings();
if (oidc) {
  providers.push({
    id: 'oidc',
    name: oidc.name,
    type: 'oidc',
    issuer: oidc.issuer,
    clientId: oidc.clientId,
    clientSecret: oidc.clientSecret,
    // Never allowDangerousEmailAccountLinking: an SSO login whose e-mail matches a password account is
    // refused (OAuthAccountNotLinked) rather than silently taking that account over.
    profile(profile) {
      return {
        id: String(profile.sub),
        name: (profile.name ?? profile.preferred_username ?? null) as string | null,
        email: typeof profile.email === 'string' ? profile.email.trim().toLowerCase() : null,
        image: (profile.picture ?? null) as string | null,
      };
    },
  });
}

const signInPage = `/${defaultLocale}/sign-in`;

async function currentSessionVersion(userId: string): Promise<number> {
  const [row] = await db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.v ?? 0;
}

declare module 'next-auth' {
  interface Session {
    sessionVersion: number;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter,
  // Credentials sign-in only works with JWT sessions. A JWT cannot be revoked early, which is why
  // getActor() re-reads the account (disabled flag, admin flag) from the database on every request.
  session: { strategy: 'jwt' },
  providers,
  // The app runs behind the city's load balancer, which terminates TLS and forwards the original
  // Host / X-Forwarded-Proto; Auth.js must trust those to build its callback URLs. Deployments should
  // still set AUTH_URL (and APP_URL for e-mailed links) so nothing depends on a client-supplied Host.
  trustHost: true,
  // AUTH_SECRET comes from the environment (scripts/start.ts generates and stores one under .data/).
  secret: process.env.AUTH_SECRET,
  pages: { signIn: signInPage, error: signInPage },
  callbacks: {
    async signIn({ user, account, profile }) {
      if (!account || account.provider === 'credentials') return true; // verifyCredentials decided
      if (!user.email) return false;
      if (profile?.email_verified === false) return false;
      return isSsoSignInAllowed(account.provider, account.providerAccountId, user.email);
    },
    async jwt({ token, user }) {
      // At sign-in, remember which password generation this session belongs to (see getActor).
      if (user?.id) {
        token.sub = user.id;
        token.sessionVersion = await currentSessionVersion(user.id);
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = typeof token.sessionVersion === 'number' ? token.sessionVersion : 0;
      return session;
    },
  },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace in the logs.
    error(error) {
      if (error.name === 'CredentialsSignin' || error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
});
