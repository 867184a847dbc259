import type { DetectionKind } from './kinds';
import type { Recogniser } from './tally';

/*
 * Tokens recognised by a literal, documented prefix and a bounded body.
 * Every pattern starts with `\b` and a literal (so the engine only tries where
 * the prefix occurs, and never in the middle of a longer token), uses bounded
 * repetition only, and ends with a negative lookahead so that a longer run of
 * the same alphabet is not a match: linear time, no catastrophic backtracking.
 */

type Rule = { pattern: RegExp; kindOf: (match: RegExpMatchArray) => DetectionKind | null };

const STRIPE_KEY_KINDS: Record<string, DetectionKind> = {
  sk_live: 'stripe-live-secret-key',
  sk_test: 'stripe-test-secret-key',
  rk_live: 'stripe-live-restricted-key',
  rk_test: 'stripe-test-restricted-key',
  pk_live: 'stripe-publishable-key',
  pk_test: 'stripe-publishable-key',
};

const GITHUB_KINDS: Record<string, DetectionKind> = {
  p: 'github-classic-pat',
  o: 'github-oauth-token',
  u: 'github-app-token', // user-to-server
  s: 'github-app-token', // server-to-server (installation)
  r: 'github-refresh-token',
};

const GITLAB_KINDS: Record<string, DetectionKind> = {
  gldt: 'gitlab-deploy-token',
  glrt: 'gitlab-runner-token',
  glrtr: 'gitlab-runner-token',
};

const SLACK_KINDS: Record<string, DetectionKind> = {
  b: 'slack-bot-token',
  p: 'slack-user-token',
  a: 'slack-app-token',
  r: 'slack-refresh-token',
  e: 'slack-refresh-token',
};

const OPENAI_KINDS: Record<string, DetectionKind> = {
  proj: 'openai-project-key',
  svcacct: 'openai-service-account-key',
  admin: 'openai-admin-key',
};

const RULES: readonly Rule[] = [
  // Stripe API keys: sk_/rk_/pk_ + live_/test_ + alphanumerics; Stripe documents keys up to 255 characters.
  {
    pattern: /\b([spr]k_(?:live|test))_[0-9A-Za-z]{24,247}(?![0-9A-Za-z_-])/g,
    kindOf: (m) => STRIPE_KEY_KINDS[m[1] ?? ''] ?? null,
  },
  // Stripe webhook signing secrets: whsec_ + base64.
  {
    pattern: /\bwhsec_[0-9A-Za-z+/]{24,100}={0,2}(?![0-9A-Za-z+/=_-])/g,
    kindOf: () => 'stripe-webhook-secret',
  },
  // GitHub classic tokens: gh[pousr]_ + 36 alphanumerics.
  {
    pattern: /\bgh([pousr])_[0-9A-Za-z]{36}(?![0-9A-Za-z_-])/g,
    kindOf: (m) => GITHUB_KINDS[m[1] ?? ''] ?? null,
  },
  // GitHub fine-grained personal access tokens: github_pat_ + 22 + _ + 59 alphanumerics.
  {
    pattern: /\bgithub_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59}(?![0-9A-Za-z_-])/g,
    kindOf: () => 'github-fine-grained-pat',
  },
  // GitLab personal, project and group access tokens: glpat- + 20 characters, or a longer
  // "routable" token: glpat- + base64url payload + "." + 2-character version + "." + base-36 CRC.
  {
    pattern: /\bglpat-[0-9A-Za-z_-]{20}(?:[0-9A-Za-z_-]{0,290}\.[0-9a-z]{2}\.[0-9a-z]{5,12})?(?![0-9A-Za-z_-])/g,
    kindOf: () => 'gitlab-access-token',
  },
  // Other documented GitLab token prefixes (deploy, runner, trigger, job, OAuth, feed, mail, agent, SCIM, feature flags).
  {
    pattern:
      /\b(gldt|glrtr|glrt|glptt|glcbt|gloas|glft|glimt|glagent|glsoat|glffct)-[0-9A-Za-z_-]{20,300}(?:\.[0-9a-z]{2}\.[0-9a-z]{5,12})?(?![0-9A-Za-z_-])/g,
    kindOf: (m) => GITLAB_KINDS[m[1] ?? ''] ?? 'gitlab-token',
  },
  // Slack tokens: xoxb- (bot), xoxp- (user), xoxa- (app), xoxr-/xoxe- (refresh) + a number + dash-separated
  // alphanumeric parts (xoxb-<team>-<bot>-<24 characters>, xoxp-<team>-<user>-<id>-<32 hex>).
  {
    pattern: /\bxox([bpare])-[0-9]{1,16}-[0-9A-Za-z]{8,200}(?:-[0-9A-Za-z]{1,200}){0,4}(?![0-9A-Za-z_-])/g,
    kindOf: (m) => SLACK_KINDS[m[1] ?? ''] ?? null,
  },
  // Slack incoming webhooks: hooks.slack.com/services/T…/B…/secret.
  {
    pattern: /\bhooks\.slack\.com\/services\/T[0-9A-Z]{8,12}\/B[0-9A-Z]{8,12}\/[0-9A-Za-z]{20,32}(?![0-9A-Za-z])/g,
    kindOf: () => 'slack-webhook-url',
  },
  // SendGrid API keys: SG. + 22 + . + 43 base64url characters.
  {
    pattern: /\bSG\.[0-9A-Za-z_-]{22}\.[0-9A-Za-z_-]{43}(?![0-9A-Za-z_-])/g,
    kindOf: () => 'sendgrid-api-key',
  },
  // OpenAI project, service account and admin keys: sk-proj- / sk-svcacct- / sk-admin- + base64url.
  {
    pattern: /\bsk-(proj|svcacct|admin)-[0-9A-Za-z_-]{20,300}(?![0-9A-Za-z_-])/g,
    kindOf: (m) => OPENAI_KINDS[m[1] ?? ''] ?? null,
  },
  // OpenAI legacy user keys: sk- + 48 alphanumerics.
  {
    pattern: /\bsk-[0-9A-Za-z]{48}(?![0-9A-Za-z_-])/g,
    kindOf: () => 'openai-user-key',
  },
  // Anthropic keys: sk-ant- + type and 2-digit version (api03, admin01) + - + base64url.
  {
    pattern: /\bsk-ant-([a-z]{2,8})[0-9]{2}-[0-9A-Za-z_-]{32,300}(?![0-9A-Za-z_-])/g,
    kindOf: (m) => (m[1] === 'admin' ? 'anthropic-admin-key' : 'anthropic-api-key'),
  },
];

/** Stripe, GitHub, GitLab, Slack, SendGrid, OpenAI and Anthropic tokens. */
export const recognisePrefixed: Recogniser = (text, tally) => {
  for (const { pattern, kindOf } of RULES) {
    for (const match of text.matchAll(pattern)) {
      const kind = kindOf(match);
      if (kind) tally.add(kind, match[0]);
    }
  }
};
