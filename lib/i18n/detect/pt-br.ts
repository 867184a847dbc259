import { type DetectionStrings } from '../../detect';
import { number } from '../helpers/pt-br';

/*
 * Brazilian Portuguese texts of the credential detection, in the terms of
 * pt-br.ts: "você", "segredo" for secret, "rotacionar" for rotating a
 * credential, "credenciais" for credentials, "chave" for key. Product names
 * stay as they are.
 */

/** Brazilian Portuguese texts of the credential detection. */
export const DETECTION_STRINGS_PT_BR: DetectionStrings = {
  labels: {
    'stripe-live-secret-key': 'Chave secreta de produção da Stripe',
    'stripe-live-restricted-key': 'Chave restrita de produção da Stripe',
    'stripe-test-secret-key': 'Chave secreta de teste da Stripe',
    'stripe-test-restricted-key': 'Chave restrita de teste da Stripe',
    'stripe-webhook-secret': 'Segredo de assinatura de webhooks da Stripe',
    'stripe-publishable-key': 'Chave publicável da Stripe (não é secreta)',
    'aws-secret-access-key': 'Chave de acesso secreta da AWS',
    'aws-access-key-id': 'ID da chave de acesso da AWS',
    'aws-temporary-access-key-id': 'ID da chave de acesso temporária da AWS',
    'github-classic-pat': 'Token de acesso pessoal do GitHub (clássico)',
    'github-oauth-token': 'Token OAuth do GitHub',
    'github-fine-grained-pat': 'Token de acesso pessoal do GitHub com permissões granulares',
    'github-app-token': 'Token de GitHub App',
    'github-refresh-token': 'Token de atualização do GitHub',
    'gitlab-access-token': 'Token de acesso do GitLab',
    'gitlab-deploy-token': 'Token de implantação do GitLab',
    'gitlab-runner-token': 'Token de runner do GitLab',
    'gitlab-token': 'Token do GitLab',
    'slack-user-token': 'Token de usuário do Slack',
    'slack-bot-token': 'Token de bot do Slack',
    'slack-app-token': 'Token de aplicativo do Slack',
    'slack-refresh-token': 'Token de atualização do Slack',
    'slack-webhook-url': 'URL de webhook de entrada do Slack',
    'twilio-auth-token': 'Token de autenticação da Twilio',
    'twilio-api-key-secret': 'Segredo de uma chave de API da Twilio',
    'twilio-account-sid': 'SID da conta da Twilio (não é secreto)',
    'twilio-api-key-sid': 'SID de chave de API da Twilio (não é secreto)',
    'sendgrid-api-key': 'Chave de API do SendGrid',
    'openai-admin-key': 'Chave de administrador da OpenAI',
    'openai-user-key': 'Chave de API de usuário da OpenAI',
    'openai-project-key': 'Chave de API de projeto da OpenAI',
    'openai-service-account-key': 'Chave de conta de serviço da OpenAI',
    'anthropic-admin-key': 'Chave de API de administrador da Anthropic',
    'anthropic-api-key': 'Chave de API da Anthropic',
    'google-service-account-key': 'Chave de conta de serviço do Google Cloud',
    'private-key': 'Chave privada',
    'encrypted-private-key': 'Chave privada criptografada',
    'ssh-private-key': 'Chave privada SSH',
    'pgp-private-key': 'Chave privada PGP',
    'postgres-url': 'URL do PostgreSQL com senha',
    'mysql-url': 'URL do MySQL com senha',
    'mongodb-url': 'URL do MongoDB com senha',
    'redis-url': 'URL do Redis com senha',
    'amqp-url': 'URL do AMQP (RabbitMQ) com senha',
    jwt: 'JSON Web Token (JWT)',
    dotenv: 'Arquivo .env',
  },
  advice: {
    'stripe-live-secret':
      'Uma chave secreta de produção (sk_live_) dá acesso total à sua conta da Stripe. Prefira uma chave restrita (rk_live_) só com as permissões de que a pessoa contratada precisa, ou uma chave de teste (sk_test_) se o modo de teste for suficiente.',
    'stripe-restricted':
      'Ótimo: uma chave restrita limita o que se pode fazer com ela. Confira se ela tem só as permissões necessárias e use uma chave de teste se o modo de teste for suficiente.',
    'stripe-test':
      'Uma chave do modo de teste não movimenta dinheiro de verdade. Mesmo assim, rotacione-a no painel da Stripe quando o trabalho terminar.',
    publishable:
      'Uma chave publicável foi feita para ser pública (ela fica embutida em páginas web e apps), então não precisa de um link secreto.',
    'webhook-secret':
      'Quem tem um segredo de assinatura de webhooks pode forjar eventos para o seu endpoint. Rotacione-o no painel quando o trabalho terminar.',
    'aws-key-id':
      'Um ID de chave de acesso não é secreto por si só, mas identifica o par de chaves. Chaves temporárias (ASIA) expiram sozinhas.',
    'aws-secret':
      'Prefira criar para essa pessoa um usuário ou uma função do IAM com uma política de privilégio mínimo, ou usar credenciais temporárias que expiram. Nunca compartilhe chaves da conta raiz; desative e exclua a chave quando o trabalho terminar.',
    'github-classic':
      'Um token clássico alcança todos os repositórios a que você tem acesso. Prefira um token com permissões granulares, limitado aos repositórios e permissões necessários e com data de expiração.',
    'github-fine-grained':
      'Ótimo: um token com permissões granulares tem escopo limitado. Confira os repositórios, as permissões e a expiração dele, e revogue-o quando o trabalho terminar.',
    'github-app':
      'Tokens de GitHub App têm vida curta, mas a instalação do app por trás deles não: revise o acesso dela.',
    'gitlab-pat':
      'Em vez de um token pessoal, prefira um token de acesso de projeto ou de grupo com os escopos e a função mais restritos possíveis e uma data de expiração.',
    'gitlab-scoped':
      'Este token está vinculado a um único projeto ou runner. Revogue-o ou redefina-o quando o trabalho terminar.',
    'slack-user':
      'Um token de usuário age em seu nome, em todos os canais que você pode ver. Prefira um token de bot só com os escopos de que o app precisa.',
    'slack-token': 'Confira se o app tem só os escopos de que precisa e revogue o token quando o trabalho terminar.',
    'slack-webhook':
      'Qualquer pessoa com a URL de um webhook pode publicar no canal dele. Gere uma nova URL (ou remova o webhook) quando o trabalho terminar.',
    identifier: 'Um identificador não é secreto por si só; o que precisa de proteção é o segredo que o acompanha.',
    'twilio-auth-token':
      'O token de autenticação é a credencial mestra da conta da Twilio. Prefira uma chave de API (SK…) com o segredo dela, que pode ser revogada separadamente, ou uma subconta.',
    'twilio-api-key': 'Ótimo: uma chave de API pode ser revogada separadamente. Exclua-a quando o trabalho terminar.',
    sendgrid:
      'Prefira uma chave de API de acesso restrito, só com as permissões necessárias (muitas vezes basta Mail Send).',
    openai:
      'Confira se a chave pertence a um projeto só com as permissões e o orçamento necessários, e exclua-a quando terminar.',
    'openai-broad':
      'Esta chave não está limitada a um projeto. Prefira uma chave de projeto com permissões restritas e um limite de orçamento.',
    anthropic:
      'Prefira uma chave em um espaço de trabalho dedicado, com limite de gastos para essa pessoa, e exclua-a quando o trabalho terminar.',
    'anthropic-admin':
      'Uma chave de administrador gerencia toda a sua organização. Em vez disso, compartilhe uma chave de API comum de um espaço de trabalho dedicado.',
    'google-service-account':
      'Conceda à conta de serviço só os papéis necessários, prefira credenciais de curta duração ou a representação da conta de serviço a um arquivo de chave, e exclua a chave quando o trabalho terminar.',
    'private-key':
      'Sempre que possível, peça à outra pessoa a chave pública dela e dê acesso a essa chave em vez de enviar uma chave privada. Se precisar enviá-la, substitua o par de chaves quando o trabalho terminar.',
    'ssh-private-key':
      'Em vez disso, peça à outra pessoa a chave SSH pública dela e adicione-a (ao authorized_keys ou como chave de implantação); remova-a quando o trabalho terminar.',
    jwt: 'Um JWT é um token de portador: quem o tiver pode usá-lo até ele expirar. Prefira um token de curta duração.',
    'database-url':
      'Prefira criar para essa pessoa um usuário de banco de dados separado, só com os privilégios necessários (somente leitura, se bastar); exclua-o ou troque a senha dele quando o trabalho terminar.',
    'broker-url':
      'Prefira um usuário separado (um usuário de ACL do Redis, um usuário do RabbitMQ em um único vhost) só com as permissões necessárias; remova-o quando o trabalho terminar.',
    dotenv:
      'Compartilhe só as variáveis de que o destinatário precisa e rotacione cada segredo entre elas quando o trabalho terminar.',
  },
  text: {
    heading: 'Detectado no seu segredo',
    rotate:
      'Rotacione todas as credenciais que você compartilhar quando a colaboração terminar. Uma data em “Rotacionar até”, na nota particular abaixo, vai lembrar você disso.',
    local: 'Detectado neste navegador; nada é enviado a lugar nenhum para isso.',
    variables: 'Variáveis',
    /** "×2" after a label when the same kind was found more than once. */
    times: (count: number) => `×${number(count)}`,
    /** "e mais 12" after a truncated list of names. */
    more: (count: number) => `e mais ${number(count)}`,
    /** "e mais 2" in a suggested history label: as short as "+2 more", and free of the gender of what it counts. */
    moreShort: (count: number) => `e mais ${number(count)}`,
  },
};
