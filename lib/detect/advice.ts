import type { AdviceKey, DetectionKind } from './kinds';

/*
 * Every human string of key detection, in English, in one place so that a
 * translation catalogue can take them over. The advice follows the guide our
 * users work from: prefer a restricted or scoped key over a master key, use
 * test keys where they will do, and rotate every shared credential when the
 * engagement ends. No string here may ever contain a detected value.
 */

/** What each kind is called. */
export const KIND_LABELS: Record<DetectionKind, string> = {
  'stripe-live-secret-key': 'Stripe live secret key',
  'stripe-live-restricted-key': 'Stripe live restricted key',
  'stripe-test-secret-key': 'Stripe test secret key',
  'stripe-test-restricted-key': 'Stripe test restricted key',
  'stripe-webhook-secret': 'Stripe webhook signing secret',
  'stripe-publishable-key': 'Stripe publishable key (not secret)',
  'aws-secret-access-key': 'AWS secret access key',
  'aws-access-key-id': 'AWS access key ID',
  'aws-temporary-access-key-id': 'AWS temporary access key ID',
  'github-classic-pat': 'GitHub personal access token (classic)',
  'github-oauth-token': 'GitHub OAuth token',
  'github-fine-grained-pat': 'GitHub fine-grained personal access token',
  'github-app-token': 'GitHub App token',
  'github-refresh-token': 'GitHub refresh token',
  'gitlab-access-token': 'GitLab access token',
  'gitlab-deploy-token': 'GitLab deploy token',
  'gitlab-runner-token': 'GitLab runner token',
  'gitlab-token': 'GitLab token',
  'slack-user-token': 'Slack user token',
  'slack-bot-token': 'Slack bot token',
  'slack-app-token': 'Slack app token',
  'slack-refresh-token': 'Slack refresh token',
  'slack-webhook-url': 'Slack incoming webhook URL',
  'twilio-auth-token': 'Twilio auth token',
  'twilio-api-key-secret': 'Twilio API key secret',
  'twilio-account-sid': 'Twilio account SID (not secret)',
  'twilio-api-key-sid': 'Twilio API key SID (not secret)',
  'sendgrid-api-key': 'SendGrid API key',
  'openai-admin-key': 'OpenAI admin key',
  'openai-user-key': 'OpenAI user API key',
  'openai-project-key': 'OpenAI project API key',
  'openai-service-account-key': 'OpenAI service account key',
  'anthropic-admin-key': 'Anthropic admin API key',
  'anthropic-api-key': 'Anthropic API key',
  'google-service-account-key': 'Google Cloud service account key',
  'private-key': 'Private key',
  'encrypted-private-key': 'Encrypted private key',
  'ssh-private-key': 'SSH private key',
  'pgp-private-key': 'PGP private key',
  'postgres-url': 'PostgreSQL URL with password',
  'mysql-url': 'MySQL URL with password',
  'mongodb-url': 'MongoDB URL with password',
  'redis-url': 'Redis URL with password',
  'amqp-url': 'AMQP (RabbitMQ) URL with password',
  jwt: 'JSON Web Token (JWT)',
  dotenv: '.env file',
};

/** One calm paragraph per advice key. */
export const ADVICE: Record<AdviceKey, string> = {
  'stripe-live-secret':
    'A live secret key (sk_live_) is full access to your Stripe account. Prefer a restricted key (rk_live_) with only the permissions the contractor needs, or a test key (sk_test_) if test mode will do.',
  'stripe-restricted':
    'Good: a restricted key limits what it can do. Check it has only the permissions needed, and use a test key if test mode will do.',
  'stripe-test': 'A test-mode key cannot move real money. Still roll it in the Stripe dashboard when the work ends.',
  publishable:
    'A publishable key is meant to be public (it is embedded in web pages and apps), so it needs no secret link.',
  'webhook-secret':
    'A webhook signing secret lets its holder forge events to your endpoint. Roll it in the dashboard when the work ends.',
  'aws-key-id':
    'An access key ID is not secret on its own, but it identifies the key pair. Temporary (ASIA) keys expire by themselves.',
  'aws-secret':
    'Prefer an IAM user or role with a least-privilege policy for this person, or temporary credentials that expire. Never share root account keys; deactivate and delete the key when the work ends.',
  'github-classic':
    'A classic token reaches every repository you can. Prefer a fine-grained token limited to the repositories and permissions needed, with an expiry date.',
  'github-fine-grained':
    'Good: a fine-grained token is scoped. Check its repositories, permissions and expiry, and revoke it when the work ends.',
  'github-app': 'GitHub App tokens are short-lived, but the app installation behind them is not: review its access.',
  'gitlab-pat':
    'Prefer a project or group access token with the narrowest scopes and role, and an expiry date, over a personal token.',
  'gitlab-scoped': 'This token is tied to one project or runner. Revoke or reset it when the work ends.',
  'slack-user':
    'A user token acts as you, in every channel you can see. Prefer a bot token with only the scopes the app needs.',
  'slack-token': 'Check the app has only the scopes it needs, and revoke the token when the work ends.',
  'slack-webhook':
    'Anyone with a webhook URL can post to its channel. Regenerate it (or remove the webhook) when the work ends.',
  identifier: 'An identifier is not secret on its own; the secret that goes with it is what needs protecting.',
  'twilio-auth-token':
    'The auth token is the master credential of the Twilio account. Prefer an API key (SK…) and its secret, which can be revoked on its own, or a subaccount.',
  'twilio-api-key': 'Good: an API key can be revoked on its own. Delete it when the work ends.',
  sendgrid: 'Prefer a restricted-access API key with only the permissions needed (often just Mail Send).',
  openai: 'Check the key belongs to a project with only the permissions and budget needed, and delete it when done.',
  'openai-broad':
    'This key is not limited to one project. Prefer a project key with restricted permissions and a budget limit.',
  anthropic:
    'Prefer a key in a dedicated workspace with a spend limit for this person, and delete it when the work ends.',
  'anthropic-admin':
    'An admin key manages your whole organisation. Share an ordinary API key in a dedicated workspace instead.',
  'google-service-account':
    'Grant the service account only the roles needed, prefer short-lived credentials or impersonation over a key file, and delete the key when the work ends.',
  'private-key':
    'Where you can, ask for the other person’s public key and grant it access instead of sending a private key. If you must send it, replace the key pair when the work ends.',
  'ssh-private-key':
    'Ask for the other person’s public SSH key and add it (to authorized_keys, or as a deploy key) instead; remove it when the work ends.',
  jwt: 'A JWT is a bearer token: whoever holds it can use it until it expires. Prefer a short-lived token.',
  'database-url':
    'Prefer a separate database user for this person with only the privileges needed (read-only if that will do); drop it or change its password when the work ends.',
  'broker-url':
    'Prefer a separate user (a Redis ACL user, a RabbitMQ user on one vhost) with only the permissions needed; remove it when the work ends.',
  dotenv: 'Share only the variables the recipient needs, and rotate every secret among them when the work ends.',
};

/** The rest of the notice's text. */
export type DetectionText = {
  heading: string;
  rotate: string;
  local: string;
  variables: string;
  times: (count: number) => string;
  more: (count: number) => string;
  moreShort: (count: number) => string;
};

export const DETECTION_TEXT: DetectionText = {
  heading: 'Recognised in your secret',
  rotate:
    'Rotate every credential you share when the engagement ends. A “Rotate by” date in the private note below will remind you.',
  local: 'Recognised in this browser; nothing is sent anywhere for this.',
  variables: 'Variables',
  /** "×2" after a label when the same kind was found more than once. */
  times: (count: number) => `×${count}`,
  /** "and 12 more" after a truncated list of names. */
  more: (count: number) => `and ${count} more`,
  /** "+2 more" in a suggested history label. */
  moreShort: (count: number) => `+${count} more`,
};

/** Everything detection shows, as one bundle a translated catalogue can replace. */
export type DetectionStrings = {
  labels: Record<DetectionKind, string>;
  advice: Record<AdviceKey, string>;
  text: DetectionText;
};

export const DETECTION_STRINGS_EN: DetectionStrings = { labels: KIND_LABELS, advice: ADVICE, text: DETECTION_TEXT };
