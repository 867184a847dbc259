import { type DetectionStrings } from '../../detect';
import { number } from '../helpers/ja';

/*
 * Japanese texts of the credential detection, in the terms of ja.ts: polite
 * です/ます, シークレット for secret, ローテーション for rotating a credential,
 * 認証情報 for credentials, 鍵 for cryptographic keys and キー for API keys.
 */

/** Japanese texts of the credential detection. */
export const DETECTION_STRINGS_JA: DetectionStrings = {
  labels: {
    'stripe-live-secret-key': 'Stripe本番シークレットキー',
    'stripe-live-restricted-key': 'Stripe本番制限付きキー',
    'stripe-test-secret-key': 'Stripeテストシークレットキー',
    'stripe-test-restricted-key': 'Stripeテスト制限付きキー',
    'stripe-webhook-secret': 'Stripe Webhook署名シークレット',
    'stripe-publishable-key': 'Stripe公開可能キー（秘密ではありません）',
    'aws-secret-access-key': 'AWSシークレットアクセスキー',
    'aws-access-key-id': 'AWSアクセスキーID',
    'aws-temporary-access-key-id': 'AWS一時アクセスキーID',
    'github-classic-pat': 'GitHub個人用アクセストークン（クラシック）',
    'github-oauth-token': 'GitHub OAuthトークン',
    'github-fine-grained-pat': 'GitHub個人用アクセストークン（fine-grained）',
    'github-app-token': 'GitHub Appトークン',
    'github-refresh-token': 'GitHubリフレッシュトークン',
    'gitlab-access-token': 'GitLabアクセストークン',
    'gitlab-deploy-token': 'GitLabデプロイトークン',
    'gitlab-runner-token': 'GitLab Runnerトークン',
    'gitlab-token': 'GitLabトークン',
    'slack-user-token': 'Slackユーザートークン',
    'slack-bot-token': 'Slackボットトークン',
    'slack-app-token': 'Slackアプリトークン',
    'slack-refresh-token': 'Slackリフレッシュトークン',
    'slack-webhook-url': 'Slack着信Webhook URL',
    'twilio-auth-token': 'Twilio認証トークン',
    'twilio-api-key-secret': 'Twilio APIキーのシークレット',
    'twilio-account-sid': 'TwilioアカウントSID（秘密ではありません）',
    'twilio-api-key-sid': 'Twilio APIキーSID（秘密ではありません）',
    'sendgrid-api-key': 'SendGrid APIキー',
    'openai-admin-key': 'OpenAI管理者キー',
    'openai-user-key': 'OpenAIユーザーAPIキー',
    'openai-project-key': 'OpenAIプロジェクトAPIキー',
    'openai-service-account-key': 'OpenAIサービスアカウントキー',
    'anthropic-admin-key': 'Anthropic管理者APIキー',
    'anthropic-api-key': 'Anthropic APIキー',
    'google-service-account-key': 'Google Cloudサービスアカウントキー',
    'private-key': '秘密鍵',
    'encrypted-private-key': '暗号化された秘密鍵',
    'ssh-private-key': 'SSH秘密鍵',
    'pgp-private-key': 'PGP秘密鍵',
    'postgres-url': 'パスワード付きPostgreSQL URL',
    'mysql-url': 'パスワード付きMySQL URL',
    'mongodb-url': 'パスワード付きMongoDB URL',
    'redis-url': 'パスワード付きRedis URL',
    'amqp-url': 'パスワード付きAMQP（RabbitMQ）URL',
    jwt: 'JSON Web Token（JWT）',
    dotenv: '.envファイル',
  },
  advice: {
    'stripe-live-secret':
      '本番シークレットキー（sk_live_）があれば、Stripeアカウントを完全に操作できます。委託先に必要な権限だけを持つ制限付きキー（rk_live_）か、テストモードで足りる場合はテストキー（sk_test_）をおすすめします。',
    'stripe-restricted':
      '良い選択です。制限付きキーでできることは限られています。必要な権限だけが付いているか確認し、テストモードで足りる場合はテストキーを使ってください。',
    'stripe-test':
      'テストモードのキーでは実際のお金は動かせません。それでも作業が終わったら、Stripeダッシュボードでキーをロール（再生成）してください。',
    publishable:
      '公開可能キーは公開を前提としたもの（Webページやアプリに埋め込まれます）なので、シークレットリンクで送る必要はありません。',
    'webhook-secret':
      'Webhook署名シークレットを持つ人は、お使いのエンドポイントに偽のイベントを送れます。作業が終わったら、ダッシュボードでロール（再生成）してください。',
    'aws-key-id':
      'アクセスキーIDはそれだけでは秘密ではありませんが、キーペアを特定できます。一時キー（ASIA）は自動的に失効します。',
    'aws-secret':
      'この相手には、最小権限のポリシーを付けたIAMユーザーまたはIAMロールか、期限付きの一時的な認証情報をおすすめします。ルートアカウントのキーは決して共有せず、作業が終わったらキーを無効化して削除してください。',
    'github-classic':
      'クラシックトークンは、ご自身がアクセスできるすべてのリポジトリに届きます。必要なリポジトリと権限に限定し、有効期限を設定したfine-grainedトークンをおすすめします。',
    'github-fine-grained':
      '良い選択です。fine-grainedトークンは範囲が限定されています。対象のリポジトリ、権限、有効期限を確認し、作業が終わったら取り消してください。',
    'github-app':
      'GitHub Appのトークンは短命ですが、その背後にあるアプリのインストールはそうではありません。アクセス範囲を見直してください。',
    'gitlab-pat':
      '個人用トークンより、スコープとロールを最小限にし、有効期限を設定したプロジェクトまたはグループのアクセストークンをおすすめします。',
    'gitlab-scoped':
      'このトークンは1つのプロジェクトまたはRunnerに紐付いています。作業が終わったら取り消すか、リセットしてください。',
    'slack-user':
      'ユーザートークンは、ご自身が見られるすべてのチャンネルで、ご本人として動作します。アプリに必要なスコープだけを持つボットトークンをおすすめします。',
    'slack-token': 'アプリに必要なスコープだけが付いているか確認し、作業が終わったらトークンを取り消してください。',
    'slack-webhook':
      'Webhook URLを知っている人は誰でも、そのチャンネルに投稿できます。作業が終わったら再生成（またはWebhookを削除）してください。',
    identifier: '識別子はそれだけでは秘密ではありません。守るべきなのは、それと対になるシークレットです。',
    'twilio-auth-token':
      '認証トークンはTwilioアカウントのマスター認証情報です。単独で取り消せるAPIキー（SK…）とそのシークレット、またはサブアカウントをおすすめします。',
    'twilio-api-key': '良い選択です。APIキーは単独で取り消せます。作業が終わったら削除してください。',
    sendgrid: '必要な権限だけ（多くの場合はMail Sendのみ）を持つ、制限付きアクセスのAPIキーをおすすめします。',
    openai: 'キーが、必要な権限と予算だけを持つプロジェクトに属しているか確認し、作業が終わったら削除してください。',
    'openai-broad':
      'このキーは1つのプロジェクトに限定されていません。権限を制限し、予算上限を設定したプロジェクトキーをおすすめします。',
    anthropic:
      'この相手専用のワークスペースで、利用上限を設定したキーをおすすめします。作業が終わったら削除してください。',
    'anthropic-admin':
      '管理者キーでは組織全体を管理できます。代わりに、専用ワークスペースの通常のAPIキーを共有してください。',
    'google-service-account':
      'サービスアカウントには必要なロールだけを付与し、キーファイルより短期間の認証情報か権限借用を選び、作業が終わったらキーを削除してください。',
    'private-key':
      '可能であれば、秘密鍵を送る代わりに相手の公開鍵を受け取り、その鍵にアクセス権を与えてください。どうしても送る場合は、作業が終わったら鍵ペアを入れ替えてください。',
    'ssh-private-key':
      '代わりに相手のSSH公開鍵を受け取り、（authorized_keysに、またはデプロイキーとして）追加してください。作業が終わったら削除してください。',
    jwt: 'JWTはベアラートークンです。持っている人なら誰でも、期限が切れるまで使えます。短命なトークンをおすすめします。',
    'database-url':
      'この相手専用に、必要な権限だけ（足りるなら読み取り専用）を持つデータベースユーザーを作ることをおすすめします。作業が終わったら、そのユーザーを削除するかパスワードを変更してください。',
    'broker-url':
      '必要な権限だけを持つ専用ユーザー（RedisのACLユーザー、1つのvhostに限ったRabbitMQユーザー）をおすすめします。作業が終わったら削除してください。',
    dotenv:
      '受信者に必要な変数だけを共有し、作業が終わったら、その中のすべてのシークレットをローテーションしてください。',
  },
  text: {
    heading: 'シークレット内で検出されたもの',
    rotate:
      '共有した認証情報は、契約や業務が終わったらすべてローテーションしてください。下の非公開メモに「ローテーション期限」を設定しておくと、忘れずに済みます。',
    local: 'このブラウザ内で検出しました。検出のためにどこにも何も送信されません。',
    variables: '変数',
    /** "×2" after a label when the same kind was found more than once. */
    times: (count: number) => `×${number(count)}`,
    /** "ほか12件" after a truncated list of names. */
    more: (count: number) => `ほか${number(count)}件`,
    /** "ほか2件" in a suggested history label. */
    moreShort: (count: number) => `ほか${number(count)}件`,
  },
};
