import path from 'node:path';

export type Role = 'admin' | 'organizer' | 'judge' | 'participant';
export const ROLES: Role[] = ['admin', 'organizer', 'judge', 'participant'];

/** Where the setup project leaves each role's signed-in browser state for the specs to reuse. */
export const storageStateFor = (role: Role) => path.join(import.meta.dirname, '..', '.auth', `${role}.json`);
