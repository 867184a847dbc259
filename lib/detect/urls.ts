import type { DetectionKind } from './kinds';
import type { Recogniser } from './tally';

/*
 * Database and broker URLs whose userinfo (RFC 3986 §3.2.1) carries a password:
 * scheme://user:password@host. The user may be empty (redis://:password@host).
 * Template placeholders (${DB_PASSWORD}, $PGPASSWORD, <password>, {{ pw }}, %(pw)s, %PW%, ****) are not
 * passwords; a percent-encoded password (%C3%A9…) is.
 */

const URL_WITH_PASSWORD =
  /\b(postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?):\/\/[^\s:/?#@]{0,256}:([^\s/?#@]{1,512})@(?=[0-9A-Za-z[])/gi;

const PLACEHOLDER =
  /^(?:\*+|x+|\.{3}|…|<[^>]*>|\[[^\]]*\]|\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\{\{[^}]*\}\}|%\([A-Za-z_]+\)s|%[A-Za-z_][A-Za-z0-9_]*%)$/i;

const SCHEME_KINDS: Record<string, DetectionKind> = {
  postgres: 'postgres-url',
  postgresql: 'postgres-url',
  mysql: 'mysql-url',
  mariadb: 'mysql-url',
  mongodb: 'mongodb-url',
  'mongodb+srv': 'mongodb-url',
  redis: 'redis-url',
  rediss: 'redis-url',
  amqp: 'amqp-url',
  amqps: 'amqp-url',
};

export const recogniseConnectionUrls: Recogniser = (text, tally) => {
  for (const match of text.matchAll(URL_WITH_PASSWORD)) {
    const kind = SCHEME_KINDS[(match[1] ?? '').toLowerCase()];
    const password = match[2] ?? '';
    if (kind && !PLACEHOLDER.test(password)) tally.add(kind, match[0]);
  }
};
