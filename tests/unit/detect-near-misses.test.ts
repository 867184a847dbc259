import { describe, expect, it } from 'vitest';
import { detect, type DetectionKind } from '@/lib/detect';

/*
 * Strings that look like credentials but are not: wrong length, wrong prefix,
 * wrong alphabet, prose, placeholders. Tokens are assembled from parts so no
 * literal credential sits in this file.
 */

const kindsIn = (text: string) => detect(text).map((f) => f.kind);
const a = (n: number) => 'aB3'.repeat(Math.ceil(n / 3)).slice(0, n); // n alphanumerics
const hex = (n: number) => '0a1b2c3d4e5f6789'.repeat(Math.ceil(n / 16)).slice(0, n);
const b64 = (json: string) => Buffer.from(json).toString('base64url');

type Case = [description: string, text: string, absent: DetectionKind];

const NEAR_MISSES: Case[] = [
  ['a Stripe key one character too short', 'sk_' + 'live_' + a(23), 'stripe-live-secret-key'],
  ['a Stripe key longer than Stripe allows', 'sk_' + 'live_' + a(248), 'stripe-live-secret-key'],
  ['a misspelt Stripe prefix', 'sk_' + 'lvie_' + a(30), 'stripe-live-secret-key'],
  ['a Stripe prefix glued to a word', 'mask_' + 'live_' + a(30), 'stripe-live-secret-key'],
  ['a Stripe body with a dash', 'sk_' + 'live_' + a(20) + '-' + a(20), 'stripe-live-secret-key'],
  ['a Stripe body with an underscore after it', 'sk_' + 'live_' + a(30) + '_x', 'stripe-live-secret-key'],
  ['a webhook secret too short', 'whsec_' + a(20), 'stripe-webhook-secret'],
  ['an AWS key ID one character short', 'AKIA' + 'ABCDEFGHIJKLMNO', 'aws-access-key-id'],
  ['an AWS key ID one character long', 'AKIA' + 'ABCDEFGHIJKLMNOPQ', 'aws-access-key-id'],
  ['an AWS key ID in lower case', 'AKIA' + 'abcdefghijklmnop', 'aws-access-key-id'],
  ['an AWS key ID with a wrong prefix', 'AKIB' + 'ABCDEFGHIJKLMNOP', 'aws-access-key-id'],
  ['a SHA-1 digest next to an AWS key ID', 'AKIA' + 'ABCDEFGHIJKLMNOP ' + hex(40), 'aws-secret-access-key'],
  ['a 40-character secret with no key ID near it', 'token ' + a(39) + '/', 'aws-secret-access-key'],
  [
    'a 40-character secret far from the key ID',
    'AKIA' + 'ABCDEFGHIJKLMNOP' + ' '.repeat(300) + a(39) + '/',
    'aws-secret-access-key',
  ],
  ['a 41-character run next to an AWS key ID', 'AKIA' + 'ABCDEFGHIJKLMNOP ' + a(40) + '/', 'aws-secret-access-key'],
  ['an 80-character run next to an AWS key ID', 'AKIA' + 'ABCDEFGHIJKLMNOP ' + a(79) + '/', 'aws-secret-access-key'],
  ['a mixed-case 32-character run next to a Twilio account SID', 'AC' + hex(32) + ' ' + a(32), 'twilio-auth-token'],
  ['a 64-character run next to a Twilio API key SID', 'SK' + hex(32) + ' ' + a(64), 'twilio-api-key-secret'],
  ['a classic GitHub token one character short', 'gh' + 'p_' + a(35), 'github-classic-pat'],
  ['a classic GitHub token one character long', 'gh' + 'p_' + a(37), 'github-classic-pat'],
  ['an unknown GitHub-like prefix', 'gh' + 'x_' + a(36), 'github-classic-pat'],
  ['a classic GitHub token with a dash', 'gh' + 'p_' + a(18) + '-' + a(17), 'github-classic-pat'],
  [
    'a fine-grained GitHub token with a short first part',
    'github_' + 'pat_' + a(21) + '_' + a(59),
    'github-fine-grained-pat',
  ],
  [
    'a fine-grained GitHub token with a short second part',
    'github_' + 'pat_' + a(22) + '_' + a(58),
    'github-fine-grained-pat',
  ],
  ['a GitLab token one character short', 'gl' + 'pat-' + a(19), 'gitlab-access-token'],
  ['a GitLab token of 25 characters without the routable suffix', 'gl' + 'pat-' + a(25), 'gitlab-access-token'],
  ['a GitLab deploy token too short', 'gl' + 'dt-' + a(12), 'gitlab-deploy-token'],
  ['a bare Slack prefix', 'xox' + 'b-', 'slack-bot-token'],
  ['a Slack bot token too short', 'xox' + 'b-123-abc', 'slack-bot-token'],
  ['an unknown Slack token letter', 'xox' + 'z-1234567890-' + a(24), 'slack-bot-token'],
  ['a Slack token of dashes', 'xox' + 'b-1-' + '-'.repeat(40), 'slack-bot-token'],
  [
    'a Slack webhook with a short secret',
    'https://hooks.slack.com/services/T0000000000/B0000000000/' + a(10),
    'slack-webhook-url',
  ],
  [
    'a Slack webhook with a lower-case team id',
    'https://hooks.slack.com/services/t0000000000/B0000000000/' + a(24),
    'slack-webhook-url',
  ],
  ['a Twilio account SID one hex digit short', 'AC' + hex(31), 'twilio-account-sid'],
  ['a Twilio account SID with a non-hex letter', 'AC' + hex(31) + 'g', 'twilio-account-sid'],
  ['a 32-hex token with no Twilio SID near it', 'TWILIO_AUTH_TOKEN=' + hex(32), 'twilio-auth-token'],
  ['a SendGrid key with a short middle part', 'SG.' + a(21) + '.' + a(43), 'sendgrid-api-key'],
  ['a SendGrid key with a short last part', 'SG.' + a(22) + '.' + a(42), 'sendgrid-api-key'],
  ['a SendGrid key with a comma', 'SG,' + a(22) + '.' + a(43), 'sendgrid-api-key'],
  ['a legacy OpenAI key one character short', 'sk-' + a(47), 'openai-user-key'],
  ['a legacy OpenAI key with an underscore', 'sk-' + a(24) + '_' + a(23), 'openai-user-key'],
  ['an OpenAI project key too short', 'sk-' + 'proj-' + a(10), 'openai-project-key'],
  ['an Anthropic key too short', 'sk-' + 'ant-' + 'api03-' + a(10), 'anthropic-api-key'],
  ['a PEM header without its END line', '-----BEGIN ' + 'PRIVATE KEY-----\n' + a(64), 'private-key'],
  ['a public key', '-----BEGIN PUBLIC KEY-----\n' + a(64) + '\n-----END PUBLIC KEY-----', 'private-key'],
  ['a certificate', '-----BEGIN CERTIFICATE-----\n' + a(64) + '\n-----END CERTIFICATE-----', 'private-key'],
  [
    'an END line of another label',
    '-----BEGIN ' + 'RSA PRIVATE KEY-----\n' + a(64) + '\n-----END EC PRIVATE KEY-----',
    'private-key',
  ],
  [
    'an END line before the BEGIN line',
    '-----END ' + 'PRIVATE KEY-----\n' + a(64) + '\n-----BEGIN ' + 'PRIVATE KEY-----',
    'private-key',
  ],
  ['a JWT whose header is not JSON', `${b64('{"alg":"HS256"')}.${b64('{"sub":"1"}')}.${a(43)}`, 'jwt'],
  ['a JWT whose header has no alg', `${b64('{"typ":"JWT"}')}.${b64('{"sub":"1"}')}.${a(43)}`, 'jwt'],
  ['a JWT whose alg is not a string', `${b64('{"alg":256}')}.${b64('{"sub":"1"}')}.${a(43)}`, 'jwt'],
  ['a JWT-looking string in two parts', `${b64('{"alg":"HS256","typ":"JWT"}')}.${b64('{"sub":"1"}')}`, 'jwt'],
  [
    'a JWT whose header is not UTF-8',
    `${Buffer.from([0x7b, 0x22, 0x61, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]).toString('base64url')}.${a(20)}.${a(20)}`,
    'jwt',
  ],
  ['a database URL without a password', 'postgres://app_user@db.example.com:5432/app', 'postgres-url'],
  ['a database URL without credentials', 'postgres://db.example.com:5432/app', 'postgres-url'],
  ['a database URL with an empty password', 'postgres://app_user:@db.example.com/app', 'postgres-url'],
  ['a database URL with a ${} placeholder', 'postgres://app_user:${DB_PASSWORD}@db.example.com/app', 'postgres-url'],
  ['a database URL with a $NAME placeholder', 'mysql://root:$MYSQL_PWD@db/app', 'mysql-url'],
  ['a database URL with a <password> placeholder', 'mongodb+srv://app:<password>@cluster0.example.net/', 'mongodb-url'],
  ['a database URL with a masked password', 'redis://default:********@cache.example.com:6379', 'redis-url'],
  ['a database URL with a {{ }} placeholder', 'amqp://app:{{rabbit_password}}@mq.example.com/vhost', 'amqp-url'],
  ['an unknown scheme glued to a known one', 'xpostgres://app:' + a(12) + '@db.example.com/app', 'postgres-url'],
  [
    'a service account file without a private key',
    '{"type": "service_account", "client_email": "a@example.iam.gserviceaccount.com"}',
    'google-service-account-key',
  ],
  [
    'an authorized-user credentials file',
    '{"type": "authorized_user", "private_key": "x", "client_email": "a@example.com"}',
    'google-service-account-key',
  ],
];

describe('near misses', () => {
  it.each(NEAR_MISSES)('do not count %s', (_description, text, absent) => {
    expect(kindsIn(text)).not.toContain(absent);
    expect(kindsIn(`prefix ${text} suffix`)).not.toContain(absent);
  });

  it('find nothing at all in prose that names key formats', () => {
    const prose = [
      'Never paste your sk_live key into Slack, and rotate the sk_test_ ones too.',
      'An AKIA access key ID is not secret on its own; ASIA ones are temporary.',
      'Keys start with -----BEGIN PRIVATE KEY----- and tokens with eyJ, ghp_ or glpat-.',
      'Connect with postgres://localhost/app or redis://cache:6379 and ask for the password.',
      'Slack bot tokens look like xoxb-…, SendGrid keys like SG.…, OpenAI keys like sk-proj-…',
    ].join('\n');
    expect(detect(prose)).toEqual([]);
  });

  it('find nothing in ordinary code, JSON and empty text', () => {
    expect(detect('')).toEqual([]);
    expect(detect('function add(a, b) {\n  return a + b;\n}\nconsole.log(add(1, 2));\n')).toEqual([]);
    expect(detect(JSON.stringify({ name: 'handoff', version: '0.1.0', private: true }, null, 2))).toEqual([]);
    expect(detect('https://example.com/path?query=1#fragment')).toEqual([]);
  });
});
