/*
 * The closed catalogue of what detection can recognise. A kind id is stable:
 * the UI, tests and any saved label may rely on it, so rename never, add freely.
 * Human strings live in ./advice.ts (one place for a translation catalogue).
 */

/**
 * How much a finding can do on its own:
 * - high: broad or production access (a master key, a private key, a password);
 * - medium: a secret, but scoped, test-mode or short-lived;
 * - low: not a secret by itself (an identifier, a publishable key).
 */
export type Severity = 'high' | 'medium' | 'low';

/** Which paragraph of advice applies; several kinds share one. */
export type AdviceKey =
  | 'stripe-live-secret'
  | 'stripe-restricted'
  | 'stripe-test'
  | 'publishable'
  | 'webhook-secret'
  | 'aws-key-id'
  | 'aws-secret'
  | 'github-classic'
  | 'github-fine-grained'
  | 'github-app'
  | 'gitlab-pat'
  | 'gitlab-scoped'
  | 'slack-user'
  | 'slack-token'
  | 'slack-webhook'
  | 'identifier'
  | 'twilio-auth-token'
  | 'twilio-api-key'
  | 'sendgrid'
  | 'openai'
  | 'openai-broad'
  | 'anthropic'
  | 'anthropic-admin'
  | 'google-service-account'
  | 'private-key'
  | 'ssh-private-key'
  | 'jwt'
  | 'database-url'
  | 'broker-url'
  | 'dotenv';

type KindInfo = { readonly severity: Severity; readonly advice: AdviceKey };

const kind = (severity: Severity, advice: AdviceKey): KindInfo => ({ severity, advice });

/** Every kind, in the order findings of equal severity are listed. */
export const KINDS = {
  'stripe-live-secret-key': kind('high', 'stripe-live-secret'),
  'stripe-live-restricted-key': kind('medium', 'stripe-restricted'),
  'stripe-test-secret-key': kind('medium', 'stripe-test'),
  'stripe-test-restricted-key': kind('medium', 'stripe-test'),
  'stripe-webhook-secret': kind('medium', 'webhook-secret'),
  'stripe-publishable-key': kind('low', 'publishable'),
  'aws-secret-access-key': kind('high', 'aws-secret'),
  'aws-access-key-id': kind('low', 'aws-key-id'),
  'aws-temporary-access-key-id': kind('low', 'aws-key-id'),
  'github-classic-pat': kind('high', 'github-classic'),
  'github-oauth-token': kind('high', 'github-classic'),
  'github-fine-grained-pat': kind('medium', 'github-fine-grained'),
  'github-app-token': kind('medium', 'github-app'),
  'github-refresh-token': kind('medium', 'github-app'),
  'gitlab-access-token': kind('high', 'gitlab-pat'),
  'gitlab-deploy-token': kind('medium', 'gitlab-scoped'),
  'gitlab-runner-token': kind('medium', 'gitlab-scoped'),
  'gitlab-token': kind('medium', 'gitlab-scoped'),
  'slack-user-token': kind('high', 'slack-user'),
  'slack-bot-token': kind('medium', 'slack-token'),
  'slack-app-token': kind('medium', 'slack-token'),
  'slack-refresh-token': kind('medium', 'slack-token'),
  'slack-webhook-url': kind('medium', 'slack-webhook'),
  'twilio-auth-token': kind('high', 'twilio-auth-token'),
  'twilio-api-key-secret': kind('medium', 'twilio-api-key'),
  'twilio-account-sid': kind('low', 'identifier'),
  'twilio-api-key-sid': kind('low', 'identifier'),
  'sendgrid-api-key': kind('high', 'sendgrid'),
  'openai-admin-key': kind('high', 'openai-broad'),
  'openai-user-key': kind('high', 'openai-broad'),
  'openai-project-key': kind('medium', 'openai'),
  'openai-service-account-key': kind('medium', 'openai'),
  'anthropic-admin-key': kind('high', 'anthropic-admin'),
  'anthropic-api-key': kind('medium', 'anthropic'),
  'google-service-account-key': kind('high', 'google-service-account'),
  'private-key': kind('high', 'private-key'),
  'encrypted-private-key': kind('medium', 'private-key'),
  'ssh-private-key': kind('high', 'ssh-private-key'),
  'pgp-private-key': kind('high', 'private-key'),
  'postgres-url': kind('high', 'database-url'),
  'mysql-url': kind('high', 'database-url'),
  'mongodb-url': kind('high', 'database-url'),
  'redis-url': kind('high', 'broker-url'),
  'amqp-url': kind('high', 'broker-url'),
  jwt: kind('medium', 'jwt'),
  dotenv: kind('medium', 'dotenv'),
} as const satisfies Record<string, KindInfo>;

export type DetectionKind = keyof typeof KINDS;

/** Kinds in catalogue order. */
export const DETECTION_KINDS = Object.keys(KINDS) as DetectionKind[];

export const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
