import { type DetectionStrings } from '../../detect';
import { number } from '../helpers/zh-hans';

/*
 * Simplified Chinese texts of the credential detection, in the terms of
 * zh-hans.ts: formal 您, 机密 for secret, 轮换 for rotating a credential,
 * 凭据 for credentials, 密钥 for keys, 令牌 for tokens.
 */

/** Simplified Chinese texts of the credential detection. */
export const DETECTION_STRINGS_ZH_HANS: DetectionStrings = {
  labels: {
    'stripe-live-secret-key': 'Stripe 真实模式密钥',
    'stripe-live-restricted-key': 'Stripe 真实模式受限密钥',
    'stripe-test-secret-key': 'Stripe 测试模式密钥',
    'stripe-test-restricted-key': 'Stripe 测试模式受限密钥',
    'stripe-webhook-secret': 'Stripe Webhook 签名密钥',
    'stripe-publishable-key': 'Stripe 可公开密钥（非机密）',
    'aws-secret-access-key': 'AWS 秘密访问密钥',
    'aws-access-key-id': 'AWS 访问密钥 ID',
    'aws-temporary-access-key-id': 'AWS 临时访问密钥 ID',
    'github-classic-pat': 'GitHub 个人访问令牌（经典）',
    'github-oauth-token': 'GitHub OAuth 令牌',
    'github-fine-grained-pat': 'GitHub 细粒度个人访问令牌',
    'github-app-token': 'GitHub App 令牌',
    'github-refresh-token': 'GitHub 刷新令牌',
    'gitlab-access-token': 'GitLab 访问令牌',
    'gitlab-deploy-token': 'GitLab 部署令牌',
    'gitlab-runner-token': 'GitLab Runner 令牌',
    'gitlab-token': 'GitLab 令牌',
    'slack-user-token': 'Slack 用户令牌',
    'slack-bot-token': 'Slack 机器人令牌',
    'slack-app-token': 'Slack 应用令牌',
    'slack-refresh-token': 'Slack 刷新令牌',
    'slack-webhook-url': 'Slack 传入 Webhook URL',
    'twilio-auth-token': 'Twilio 身份验证令牌',
    'twilio-api-key-secret': 'Twilio API 密钥的机密值',
    'twilio-account-sid': 'Twilio 账户 SID（非机密）',
    'twilio-api-key-sid': 'Twilio API 密钥 SID（非机密）',
    'sendgrid-api-key': 'SendGrid API 密钥',
    'openai-admin-key': 'OpenAI 管理员密钥',
    'openai-user-key': 'OpenAI 用户 API 密钥',
    'openai-project-key': 'OpenAI 项目 API 密钥',
    'openai-service-account-key': 'OpenAI 服务账号密钥',
    'anthropic-admin-key': 'Anthropic 管理员 API 密钥',
    'anthropic-api-key': 'Anthropic API 密钥',
    'google-service-account-key': 'Google Cloud 服务账号密钥',
    'private-key': '私钥',
    'encrypted-private-key': '加密的私钥',
    'ssh-private-key': 'SSH 私钥',
    'pgp-private-key': 'PGP 私钥',
    'postgres-url': '含密码的 PostgreSQL URL',
    'mysql-url': '含密码的 MySQL URL',
    'mongodb-url': '含密码的 MongoDB URL',
    'redis-url': '含密码的 Redis URL',
    'amqp-url': '含密码的 AMQP（RabbitMQ）URL',
    jwt: 'JSON Web Token（JWT）',
    dotenv: '.env 文件',
  },
  advice: {
    'stripe-live-secret':
      '真实模式密钥（sk_live_）拥有您 Stripe 账户的完全访问权限。建议改用只含外包人员所需权限的受限密钥（rk_live_）；如果测试模式够用，也可以使用测试密钥（sk_test_）。',
    'stripe-restricted': '很好：受限密钥能做的事情有限。请确认它只有必要的权限；如果测试模式够用，请使用测试密钥。',
    'stripe-test': '测试模式密钥无法动用真实资金。但工作结束后，仍请在 Stripe 控制台中轮换它。',
    publishable: '可公开密钥本就是公开的（会嵌入网页和应用中），因此无需通过机密链接发送。',
    'webhook-secret': '持有 Webhook 签名密钥的人可以向您的端点伪造事件。工作结束后，请在控制台中轮换它。',
    'aws-key-id': '访问密钥 ID 本身并不机密，但它标识了对应的密钥对。临时密钥（ASIA）会自行过期。',
    'aws-secret':
      '建议为此人创建遵循最小权限策略的 IAM 用户或角色，或使用会自动过期的临时凭据。切勿共享根账户的密钥；工作结束后，请停用并删除该密钥。',
    'github-classic': '经典令牌可以访问您能访问的所有仓库。建议改用仅限所需仓库和权限、并设有过期日期的细粒度令牌。',
    'github-fine-grained': '很好：细粒度令牌的范围是受限的。请检查它的仓库、权限和过期日期，并在工作结束后撤销它。',
    'github-app': 'GitHub App 令牌的有效期很短，但其背后的应用安装并非如此：请审查它的访问权限。',
    'gitlab-pat': '与个人令牌相比，建议使用权限范围和角色尽可能小、并设有过期日期的项目或群组访问令牌。',
    'gitlab-scoped': '此令牌绑定到一个项目或 Runner。工作结束后，请撤销或重置它。',
    'slack-user': '用户令牌以您的身份行事，可以进入您能看到的每个频道。建议改用只含应用所需权限范围的机器人令牌。',
    'slack-token': '请确认应用只有所需的权限范围，并在工作结束后撤销该令牌。',
    'slack-webhook': '任何拥有 Webhook URL 的人都能向对应频道发消息。工作结束后，请重新生成它（或删除该 Webhook）。',
    identifier: '标识符本身并不机密；需要保护的是与之配套的机密。',
    'twilio-auth-token':
      '身份验证令牌是 Twilio 账户的主凭据。建议改用可单独撤销的 API 密钥（SK…）及其机密值，或使用子账户。',
    'twilio-api-key': '很好：API 密钥可以单独撤销。工作结束后请删除它。',
    sendgrid: '建议使用只含所需权限（通常只需 Mail Send）的受限访问 API 密钥。',
    openai: '请确认该密钥属于一个只有所需权限和预算的项目，并在用完后删除它。',
    'openai-broad': '此密钥不限于某一个项目。建议改用权限受限并设有预算上限的项目密钥。',
    anthropic: '建议为此人在专用工作区中使用设有支出上限的密钥，并在工作结束后删除它。',
    'anthropic-admin': '管理员密钥可以管理您的整个组织。请改为共享专用工作区中的普通 API 密钥。',
    'google-service-account':
      '只为服务账号授予所需的角色；与密钥文件相比，优先使用短期凭据或服务账号模拟；工作结束后删除该密钥。',
    'private-key':
      '如有可能，请向对方索取其公钥并为其授予访问权限，而不是发送私钥。如果必须发送，请在工作结束后更换密钥对。',
    'ssh-private-key':
      '请改为向对方索取其 SSH 公钥并添加它（添加到 authorized_keys，或作为部署密钥）；工作结束后将其移除。',
    jwt: 'JWT 是一种持有者令牌：任何持有它的人都能使用它，直到它过期。建议使用短期令牌。',
    'database-url':
      '建议为此人单独创建一个只有所需权限的数据库用户（够用的话设为只读）；工作结束后删除该用户或更改其密码。',
    'broker-url':
      '建议单独创建一个只有所需权限的用户（Redis ACL 用户，或仅限一个 vhost 的 RabbitMQ 用户）；工作结束后将其删除。',
    dotenv: '只共享接收者需要的变量，并在工作结束后轮换其中的每一项机密。',
  },
  text: {
    heading: '在您的机密中识别到',
    rotate: '合作结束时，请轮换您共享的每一项凭据。在下方的私人备注中填写“轮换期限”，届时可以提醒您。',
    local: '在此浏览器中识别；不会为此向任何地方发送任何内容。',
    variables: '变量',
    /** "×2" after a label when the same kind was found more than once. */
    times: (count: number) => `×${number(count)}`,
    /** "及另外 12 项" after a truncated list of names. */
    more: (count: number) => `及另外 ${number(count)} 项`,
    /** "+2 项" in a suggested history label. */
    moreShort: (count: number) => `+${number(count)} 项`,
  },
};
