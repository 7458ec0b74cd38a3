// Stands in for `server-only` in Vitest: the real package throws outside React Server Components.
export {};
