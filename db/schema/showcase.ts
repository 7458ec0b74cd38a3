import { boolean, pgTable, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { createdAt, updatedAt } from './columns';
import { submissions } from './submissions';

/*
 * Public showcase choices. A person's name appears on public project pages only when they said so (no row,
 * or false, keeps it private: the default that is safe for minors and for people who simply did not
 * think about it). A team's captain may withdraw a project from the public gallery; awarded projects stay
 * on the winners page and in the open data, since results are a public record.
 */
export const showcaseNameChoices = pgTable('showcase_name_choices', {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  isNamePublic: boolean().notNull().default(false),
  updatedAt: updatedAt(),
});

export const showcaseOptOuts = pgTable('showcase_opt_outs', {
  submissionId: uuid()
    .primaryKey()
    .references(() => submissions.id, { onDelete: 'cascade' }),
  optedOutBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});
