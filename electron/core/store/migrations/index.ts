import { migration001 } from './001_initial';
import { migration002 } from './002_label_checks';
import { migration003 } from './003_first_reads';
import { migration004 } from './004_disagreement_loss';

/**
 * Numbered migrations. `user_version` holds the number of the last one applied; each runs in
 * one transaction with the version bump, so a database is always at exactly one version.
 * Append only: never edit a migration that has shipped.
 */
export const MIGRATIONS: readonly string[] = [migration001, migration002, migration003, migration004];

export const SCHEMA_VERSION = MIGRATIONS.length;
