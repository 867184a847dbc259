import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DETECTION_KINDS, detect, KIND_LABELS, type DetectionKind } from '@/lib/detect';

/*
 * A corpus of FAKE credentials with the documented prefixes, lengths and
 * alphabets. Every token is assembled at run time from parts and random
 * characters, so no literal credential sits in this file for a secret
 * scanner to flag, and none of them was ever valid anywhere.
 */

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const ALNUM = `${UPPER}abcdefghijklmnopqrstuvwxyz${DIGITS}`;
const HEX = '0123456789abcdef';
const BASE36 = 'abcdefghijklmnopqrstuvwxyz0123456789';
const B64URL = `${ALNUM}-_`;
const B64 = `${ALNUM}+/`;

const chars = (alphabet: string, min: number, max = min) =>
  fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max });

/** A fake sample: the text to paste, and its random secret part, which must never appear in a result. */
type Sample = { text: string; secret: string };
const token = (prefix: fc.Arbitrary<string> | string, body: fc.Arbitrary<string>): fc.Arbitrary<Sample> =>
  fc
    .tuple(typeof prefix === 'string' ? fc.constant(prefix) : prefix, body)
    .map(([p, b]) => ({ text: p + b, secret: b }));

const awsId = (prefix: string) => chars(UPPER + DIGITS, 16).map((b) => prefix + b);
const awsSecret = chars(B64, 40).filter((s) => /[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9/+]/.test(s));
const b64url = (json: object) => Buffer.from(JSON.stringify(json)).toString('base64url');

function pem(label: string, body: string, headers = ''): string {
  const lines = body.match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${label}-----`, ...(headers ? [headers] : []), ...lines, `-----END ${label}-----`].join('\n');
}
const pemOf = (labels: string[], headers = '') =>
  fc.tuple(fc.constantFrom(...labels), chars(B64, 200, 1200)).map(([label, body]) => ({
    text: pem(label, body, headers),
    secret: body.slice(0, 64),
  }));

const password = fc
  .tuple(chars(ALNUM, 1), chars(`${ALNUM}-._~!$&()*+,;=`, 7, 31))
  .map(([first, rest]) => first + rest)
  .filter((p) => !/^x+$/i.test(p));
const connectionUrl = (schemes: string[], emptyUser = false) =>
  fc
    .tuple(fc.constantFrom(...schemes), emptyUser ? fc.constantFrom('', 'app') : fc.constant('app_user'), password)
    .map(([scheme, user, pw]) => ({ text: `${scheme}://${user}:${pw}@db-1.internal.example:5432/app`, secret: pw }));

const jwt = fc
  .tuple(
    fc.constantFrom('HS256', 'RS256', 'ES256', 'EdDSA'),
    chars(ALNUM, 8),
    fc.integer({ min: 1_600_000_000, max: 2_000_000_000 }),
    chars(B64URL, 43, 342),
  )
  .map(([alg, kid, iat, signature]) => ({
    text: `${b64url({ alg, typ: 'JWT', kid })}.${b64url({ sub: 'user-123', iat })}.${signature}`,
    secret: signature,
  }));

const serviceAccount = fc.tuple(chars(HEX, 40), chars(B64, 400, 1200)).map(([keyId, body]) => ({
  text: JSON.stringify(
    {
      type: 'service_account',
      project_id: 'example-project',
      private_key_id: keyId,
      private_key: `${pem('PRIVATE KEY', body)}\n`,
      client_email: 'handoff-test@example-project.iam.gserviceaccount.com',
      client_id: '100000000000000000000',
      token_uri: 'https://oauth2.googleapis.com/token',
    },
    null,
    2,
  ),
  secret: body.slice(0, 64),
}));

/** One or more generators of fake samples for every kind detection knows (but .env, tested on its own). */
const CORPUS: Record<Exclude<DetectionKind, 'dotenv'>, fc.Arbitrary<Sample>> = {
  'stripe-live-secret-key': token('sk_' + 'live_', chars(ALNUM, 24, 99)),
  'stripe-test-secret-key': token('sk_' + 'test_', chars(ALNUM, 24, 99)),
  'stripe-live-restricted-key': token('rk_' + 'live_', chars(ALNUM, 24, 99)),
  'stripe-test-restricted-key': token('rk_' + 'test_', chars(ALNUM, 24, 99)),
  'stripe-publishable-key': token(fc.constantFrom('pk_' + 'live_', 'pk_' + 'test_'), chars(ALNUM, 24, 99)),
  'stripe-webhook-secret': token('whsec_', chars(ALNUM, 32)),
  'aws-access-key-id': awsId('AKIA').map((id) => ({ text: id, secret: id })),
  'aws-temporary-access-key-id': awsId('ASIA').map((id) => ({ text: id, secret: id })),
  'aws-secret-access-key': fc.tuple(awsId('AKIA'), awsSecret, fc.boolean()).map(([id, secret, csv]) => ({
    text: csv
      ? `User name,Access key ID,Secret access key\ncontractor,${id},${secret}\n`
      : `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\nregion = eu-west-1\n`,
    secret,
  })),
  'github-classic-pat': token('gh' + 'p_', chars(ALNUM, 36)),
  'github-oauth-token': token('gh' + 'o_', chars(ALNUM, 36)),
  'github-app-token': token(fc.constantFrom('gh' + 'u_', 'gh' + 's_'), chars(ALNUM, 36)),
  'github-refresh-token': token('gh' + 'r_', chars(ALNUM, 36)),
  'github-fine-grained-pat': fc
    .tuple(chars(ALNUM, 22), chars(ALNUM, 59))
    .map(([a, b]) => ({ text: `github_${'pat'}_${a}_${b}`, secret: b })),
  'gitlab-access-token': fc.oneof(
    token('gl' + 'pat-', chars(B64URL, 20)),
    fc
      .tuple(chars(B64URL, 27, 120), chars(BASE36, 9))
      .map(([payload, crc]) => ({ text: `gl${'pat'}-${payload}.01.${crc}`, secret: payload })),
  ),
  'gitlab-deploy-token': token('gl' + 'dt-', chars(B64URL, 20, 40)),
  'gitlab-runner-token': token(fc.constantFrom('gl' + 'rt-', 'gl' + 'rtr-'), chars(B64URL, 20, 40)),
  'gitlab-token': token(
    fc.constantFrom('gl' + 'ptt-', 'gl' + 'oas-', 'gl' + 'ft-', 'gl' + 'agent-'),
    chars(B64URL, 20, 64),
  ),
  'slack-bot-token': fc
    .tuple(chars(DIGITS, 10, 13), chars(DIGITS, 10, 13), chars(ALNUM, 24))
    .map(([team, bot, s]) => ({ text: `xox${'b'}-${team}-${bot}-${s}`, secret: s })),
  'slack-user-token': fc
    .tuple(chars(DIGITS, 10, 13), chars(DIGITS, 10, 13), chars(DIGITS, 10, 13), chars(HEX, 32))
    .map(([team, user, id, s]) => ({ text: `xox${'p'}-${team}-${user}-${id}-${s}`, secret: s })),
  'slack-app-token': fc
    .tuple(chars(DIGITS, 10, 13), chars(ALNUM, 40))
    .map(([id, s]) => ({ text: `xox${'a'}-2-${id}-${s}`, secret: s })),
  'slack-refresh-token': fc
    .tuple(fc.constantFrom('r', 'e'), chars(ALNUM, 100, 150))
    .map(([t, s]) => ({ text: `xox${t}-1-${s}`, secret: s })),
  'slack-webhook-url': fc
    .tuple(chars(UPPER + DIGITS, 10), chars(UPPER + DIGITS, 10), chars(ALNUM, 24))
    .map(([t, b, s]) => ({ text: `https://hooks.slack.com/services/T${t}/B${b}/${s}`, secret: s })),
  'twilio-account-sid': token('AC', chars(HEX, 32)),
  'twilio-api-key-sid': token('SK', chars(HEX, 32)),
  'twilio-auth-token': fc
    .tuple(chars(HEX, 32), chars(HEX, 32))
    .map(([sid, s]) => ({ text: `TWILIO_ACCOUNT_SID=AC${sid}\nTWILIO_AUTH_TOKEN=${s}\n`, secret: s })),
  'twilio-api-key-secret': fc
    .tuple(chars(HEX, 32), chars(ALNUM, 32))
    .map(([sid, s]) => ({ text: `API key SID: SK${sid}\nSecret: ${s}\n`, secret: s })),
  'sendgrid-api-key': fc
    .tuple(chars(B64URL, 22), chars(B64URL, 43))
    .map(([id, s]) => ({ text: `SG.${id}.${s}`, secret: s })),
  'openai-project-key': token('sk-' + 'proj-', chars(B64URL, 40, 160)),
  'openai-service-account-key': token('sk-' + 'svcacct-', chars(B64URL, 40, 160)),
  'openai-admin-key': token('sk-' + 'admin-', chars(B64URL, 40, 160)),
  'openai-user-key': token('sk-', chars(ALNUM, 48)),
  'anthropic-api-key': token('sk-' + 'ant-' + 'api03-', chars(B64URL, 93)),
  'anthropic-admin-key': token('sk-' + 'ant-' + 'admin01-', chars(B64URL, 93)),
  'google-service-account-key': serviceAccount,
  'private-key': pemOf(['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'DSA PRIVATE KEY']),
  'encrypted-private-key': fc.oneof(
    pemOf(['ENCRYPTED PRIVATE KEY']),
    pemOf(['RSA PRIVATE KEY'], 'Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00112233445566778899AABBCCDDEEFF\n'),
  ),
  'ssh-private-key': fc.oneof(
    pemOf(['OPENSSH PRIVATE KEY']),
    chars(B64, 64).map((body) => ({
      text: `\nPuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: test\nPrivate-Lines: 1\n${body}\n`,
      secret: body,
    })),
  ),
  'pgp-private-key': pemOf(['PGP PRIVATE KEY BLOCK']),
  'postgres-url': connectionUrl(['postgres', 'postgresql']),
  'mysql-url': connectionUrl(['mysql', 'mariadb']),
  'mongodb-url': connectionUrl(['mongodb', 'mongodb+srv']),
  'redis-url': connectionUrl(['redis', 'rediss'], true),
  'amqp-url': connectionUrl(['amqp', 'amqps']),
  jwt,
};

const BEFORE = fc.constantFrom('', ' ', '\n', 'token: ', 'KEY=', '"', "Here it is: '");
const AFTER = fc.constantFrom('', ' ', '\n', '"', "'", ',', '. Thanks!');
const kindsIn = (text: string) => detect(text).map((f) => f.kind);

describe('the fake corpus', () => {
  it('covers every kind detection knows', () => {
    expect(Object.keys(CORPUS).sort()).toEqual(DETECTION_KINDS.filter((k) => k !== 'dotenv').sort());
  });
});

describe.each(Object.entries(CORPUS) as [DetectionKind, fc.Arbitrary<Sample>][])('a fake %s', (kind, sample) => {
  it('is recognised as that kind, wherever it sits in the text', () => {
    fc.assert(
      fc.property(sample, BEFORE, AFTER, ({ text }, before, after) => {
        expect(kindsIn(before + text + after)).toContain(kind);
      }),
      { numRuns: 60 },
    );
  });

  it('never appears in the result', () => {
    fc.assert(
      fc.property(sample, ({ text, secret }) => {
        expect(JSON.stringify(detect(text))).not.toContain(secret);
      }),
      { numRuns: 30 },
    );
  });
});

/** Kinds whose sample starts with the token's own prefix. */
const PREFIXED: DetectionKind[] = [
  'stripe-live-secret-key',
  'stripe-publishable-key',
  'stripe-webhook-secret',
  'aws-access-key-id',
  'github-classic-pat',
  'github-fine-grained-pat',
  'gitlab-access-token',
  'gitlab-token',
  'slack-bot-token',
  'twilio-account-sid',
  'sendgrid-api-key',
  'openai-project-key',
  'openai-user-key',
  'anthropic-api-key',
  'jwt',
];

describe.each(PREFIXED)('a fake %s glued to a preceding word', (kind) => {
  it('is not recognised: a token starts at a word boundary', () => {
    fc.assert(
      fc.property(
        CORPUS[kind as Exclude<DetectionKind, 'dotenv'>],
        fc.constantFrom('x', 'Q', '7', '_'),
        ({ text }, glue) => {
          expect(kindsIn(glue + text)).not.toContain(kind);
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe('counting', () => {
  const key = (body: string) => 'sk_' + 'live_' + body;

  it('counts a key pasted twice once, and two different keys twice', () => {
    const a = key('A'.repeat(12) + 'b'.repeat(12));
    const b = key('C'.repeat(12) + 'd'.repeat(12));
    expect(detect(`${a}\n${a}`)).toEqual([expect.objectContaining({ kind: 'stripe-live-secret-key', count: 1 })]);
    expect(detect(`${a}\n${b}`)).toEqual([expect.objectContaining({ kind: 'stripe-live-secret-key', count: 2 })]);
  });

  it('reports one service account key file, not also the private key inside it', () => {
    const [{ text }] = fc.sample(serviceAccount, { numRuns: 1, seed: 7 }) as [Sample];
    expect(kindsIn(text)).toEqual(['google-service-account-key']);
  });

  it('tells a Twilio auth token from an API key secret when both sit near both SIDs', () => {
    const hex = (c: string) => c.repeat(32);
    const text = [
      `TWILIO_ACCOUNT_SID=AC${hex('a')}`,
      `TWILIO_AUTH_TOKEN=${hex('b')}`,
      `TWILIO_API_KEY=SK${hex('c')}`,
      `TWILIO_API_SECRET=${'Zz9'.repeat(10)}Zz`,
    ].join('\n');
    expect(detect(text)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'twilio-auth-token', count: 1 }),
        expect.objectContaining({ kind: 'twilio-api-key-secret', count: 1 }),
      ]),
    );
  });

  it('lists the most severe findings first', () => {
    const text = ['pk_' + 'test_' + 'a'.repeat(24), 'sk_' + 'test_' + 'b'.repeat(24), 'sk_' + 'live_' + 'c'.repeat(24)];
    expect(kindsIn(text.join('\n'))).toEqual([
      'stripe-live-secret-key',
      'stripe-test-secret-key',
      'stripe-publishable-key',
    ]);
  });

  it('labels a publishable key as not secret, with low severity', () => {
    const [finding] = detect('pk_' + 'live_' + 'Z'.repeat(24));
    expect(finding).toMatchObject({ severity: 'low', advice: 'publishable' });
    expect(KIND_LABELS[finding!.kind]).toMatch(/not secret/);
  });

  it('recognises the AWS documentation example pair', () => {
    const id = 'AKIA' + 'IOSFODNN7' + 'EXAMPLE';
    const secret = 'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCYEXAMPLEKEY';
    const kinds = kindsIn(`${id} ${secret}`);
    expect(kinds).toEqual(['aws-secret-access-key', 'aws-access-key-id']);
  });
});
