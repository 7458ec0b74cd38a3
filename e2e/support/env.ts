import path from 'node:path';

export const E2E_PORT = 3100;
export const OIDC_PORT = 4401;
// localhost, not 127.0.0.1: Next reports 127.0.0.1 as localhost, and Auth.js builds the OIDC redirect_uri from that.
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
const root = path.resolve(import.meta.dirname, '../..');

/** Where the e2e server writes the URL of this run's database, for fixtures. */
export const E2E_DB_URL_FILE = path.join(root, '.data', 'e2e-database-url');

/** The app's environment during e2e runs; specs read MAIL_DIR to follow e-mailed links. */
export const E2E_ENV = {
  AUTH_SECRET: 'e2e-only-secret-not-for-production-0123456789',
  MAIL_DIR: path.join(root, '.data', 'e2e-mail'),
  OIDC_ISSUER: `http://127.0.0.1:${OIDC_PORT}`,
  OIDC_CLIENT_ID: 'codefest-e2e',
  OIDC_CLIENT_SECRET: 'codefest-e2e-secret',
  OIDC_NAME: 'TaipeiPASS (test)',
  APP_URL: E2E_BASE_URL,
  NEXT_TELEMETRY_DISABLED: '1',
} as const;
