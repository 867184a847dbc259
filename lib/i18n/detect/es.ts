import { type DetectionStrings } from '../../detect';
import { number } from '../helpers/es';

/*
 * Spanish texts of the credential detection, in the terms of es.ts: informal
 * "tú", "secreto" for secret, "rotar" for rotating a credential,
 * "credenciales" for credentials, "clave" for key. Product names stay as they are.
 */

/** Spanish texts of the credential detection. */
export const DETECTION_STRINGS_ES: DetectionStrings = {
  labels: {
    'stripe-live-secret-key': 'Clave secreta de producción de Stripe',
    'stripe-live-restricted-key': 'Clave restringida de producción de Stripe',
    'stripe-test-secret-key': 'Clave secreta de prueba de Stripe',
    'stripe-test-restricted-key': 'Clave restringida de prueba de Stripe',
    'stripe-webhook-secret': 'Secreto de firma de webhooks de Stripe',
    'stripe-publishable-key': 'Clave publicable de Stripe (no es secreta)',
    'aws-secret-access-key': 'Clave de acceso secreta de AWS',
    'aws-access-key-id': 'ID de clave de acceso de AWS',
    'aws-temporary-access-key-id': 'ID de clave de acceso temporal de AWS',
    'github-classic-pat': 'Token de acceso personal de GitHub (clásico)',
    'github-oauth-token': 'Token OAuth de GitHub',
    'github-fine-grained-pat': 'Token de acceso personal de GitHub con permisos detallados',
    'github-app-token': 'Token de GitHub App',
    'github-refresh-token': 'Token de actualización de GitHub',
    'gitlab-access-token': 'Token de acceso de GitLab',
    'gitlab-deploy-token': 'Token de despliegue de GitLab',
    'gitlab-runner-token': 'Token de runner de GitLab',
    'gitlab-token': 'Token de GitLab',
    'slack-user-token': 'Token de usuario de Slack',
    'slack-bot-token': 'Token de bot de Slack',
    'slack-app-token': 'Token de aplicación de Slack',
    'slack-refresh-token': 'Token de actualización de Slack',
    'slack-webhook-url': 'URL de webhook entrante de Slack',
    'twilio-auth-token': 'Token de autenticación de Twilio',
    'twilio-api-key-secret': 'Secreto de una clave de API de Twilio',
    'twilio-account-sid': 'SID de cuenta de Twilio (no es secreto)',
    'twilio-api-key-sid': 'SID de clave de API de Twilio (no es secreto)',
    'sendgrid-api-key': 'Clave de API de SendGrid',
    'openai-admin-key': 'Clave de administrador de OpenAI',
    'openai-user-key': 'Clave de API de usuario de OpenAI',
    'openai-project-key': 'Clave de API de proyecto de OpenAI',
    'openai-service-account-key': 'Clave de cuenta de servicio de OpenAI',
    'anthropic-admin-key': 'Clave de API de administrador de Anthropic',
    'anthropic-api-key': 'Clave de API de Anthropic',
    'google-service-account-key': 'Clave de cuenta de servicio de Google Cloud',
    'private-key': 'Clave privada',
    'encrypted-private-key': 'Clave privada cifrada',
    'ssh-private-key': 'Clave privada SSH',
    'pgp-private-key': 'Clave privada PGP',
    'postgres-url': 'URL de PostgreSQL con contraseña',
    'mysql-url': 'URL de MySQL con contraseña',
    'mongodb-url': 'URL de MongoDB con contraseña',
    'redis-url': 'URL de Redis con contraseña',
    'amqp-url': 'URL de AMQP (RabbitMQ) con contraseña',
    jwt: 'JSON Web Token (JWT)',
    dotenv: 'Archivo .env',
  },
  advice: {
    'stripe-live-secret':
      'Una clave secreta de producción (sk_live_) da acceso total a tu cuenta de Stripe. Es preferible una clave restringida (rk_live_) con solo los permisos que necesita la persona contratada, o una clave de prueba (sk_test_) si basta con el modo de prueba.',
    'stripe-restricted':
      'Bien: una clave restringida limita lo que se puede hacer con ella. Comprueba que tenga solo los permisos necesarios y usa una clave de prueba si basta con el modo de prueba.',
    'stripe-test':
      'Una clave del modo de prueba no puede mover dinero real. Aun así, rótala en el panel de Stripe cuando termine el trabajo.',
    publishable:
      'Una clave publicable está pensada para ser pública (va incrustada en páginas web y apps), así que no necesita un enlace secreto.',
    'webhook-secret':
      'Quien tenga un secreto de firma de webhooks puede falsificar eventos dirigidos a tu endpoint. Rótalo en el panel cuando termine el trabajo.',
    'aws-key-id':
      'Un ID de clave de acceso no es secreto por sí solo, pero identifica el par de claves. Las claves temporales (ASIA) expiran por sí solas.',
    'aws-secret':
      'Es preferible crear para esta persona un usuario o un rol de IAM con una política de privilegio mínimo, o usar credenciales temporales que expiren. Nunca compartas claves de la cuenta raíz; desactiva y elimina la clave cuando termine el trabajo.',
    'github-classic':
      'Un token clásico llega a todos los repositorios a los que tienes acceso. Es preferible un token con permisos detallados, limitado a los repositorios y permisos necesarios y con fecha de vencimiento.',
    'github-fine-grained':
      'Bien: un token con permisos detallados tiene un alcance limitado. Revisa sus repositorios, permisos y vencimiento, y revócalo cuando termine el trabajo.',
    'github-app':
      'Los tokens de una GitHub App duran poco, pero la instalación de la app que hay detrás no: revisa su acceso.',
    'gitlab-pat':
      'En lugar de un token personal, es preferible un token de acceso de proyecto o de grupo con los ámbitos y el rol más limitados posibles, y con fecha de vencimiento.',
    'gitlab-scoped':
      'Este token está ligado a un solo proyecto o runner. Revócalo o restablécelo cuando termine el trabajo.',
    'slack-user':
      'Un token de usuario actúa en tu nombre, en todos los canales que puedes ver. Es preferible un token de bot con solo los ámbitos que necesita la app.',
    'slack-token':
      'Comprueba que la app tenga solo los ámbitos que necesita y revoca el token cuando termine el trabajo.',
    'slack-webhook':
      'Cualquiera que tenga la URL de un webhook puede publicar en su canal. Regenérala (o elimina el webhook) cuando termine el trabajo.',
    identifier: 'Un identificador no es secreto por sí solo; lo que hay que proteger es el secreto que lo acompaña.',
    'twilio-auth-token':
      'El token de autenticación es la credencial maestra de la cuenta de Twilio. Es preferible una clave de API (SK…) con su secreto, que se puede revocar por separado, o una subcuenta.',
    'twilio-api-key': 'Bien: una clave de API se puede revocar por separado. Elimínala cuando termine el trabajo.',
    sendgrid:
      'Es preferible una clave de API de acceso restringido con solo los permisos necesarios (a menudo basta con Mail Send).',
    openai:
      'Comprueba que la clave pertenezca a un proyecto con solo los permisos y el presupuesto necesarios, y elimínala cuando termines.',
    'openai-broad':
      'Esta clave no está limitada a un proyecto. Es preferible una clave de proyecto con permisos restringidos y un límite de presupuesto.',
    anthropic:
      'Es preferible una clave en un espacio de trabajo dedicado, con un límite de gasto para esta persona; elimínala cuando termine el trabajo.',
    'anthropic-admin':
      'Una clave de administrador gestiona toda tu organización. En su lugar, comparte una clave de API normal de un espacio de trabajo dedicado.',
    'google-service-account':
      'Concede a la cuenta de servicio solo los roles necesarios, prefiere credenciales de corta duración o la suplantación de identidad a un archivo de clave, y elimina la clave cuando termine el trabajo.',
    'private-key':
      'Siempre que puedas, pide a la otra persona su clave pública y dale acceso a esa clave en lugar de enviar una clave privada. Si tienes que enviarla, sustituye el par de claves cuando termine el trabajo.',
    'ssh-private-key':
      'En su lugar, pide a la otra persona su clave SSH pública y agrégala (a authorized_keys o como clave de despliegue); quítala cuando termine el trabajo.',
    jwt: 'Un JWT es un token de portador: quien lo tenga puede usarlo hasta que expire. Es preferible un token de corta duración.',
    'database-url':
      'Es preferible crear para esta persona un usuario de base de datos propio con solo los privilegios necesarios (solo lectura, si basta); elimínalo o cambia su contraseña cuando termine el trabajo.',
    'broker-url':
      'Es preferible un usuario propio (un usuario de ACL de Redis, un usuario de RabbitMQ en un solo vhost) con solo los permisos necesarios; elimínalo cuando termine el trabajo.',
    dotenv:
      'Comparte solo las variables que necesita el destinatario y rota cada secreto que haya entre ellas cuando termine el trabajo.',
  },
  text: {
    heading: 'Detectado en tu secreto',
    rotate:
      'Rota todas las credenciales que compartas cuando termine la colaboración. Una “Fecha límite de rotación” en la nota privada de abajo te lo recordará.',
    local: 'Detectado en este navegador; para esto no se envía nada a ningún sitio.',
    variables: 'Variables de entorno',
    /** "×2" after a label when the same kind was found more than once. */
    times: (count: number) => `×${number(count)}`,
    /** "y 12 más" after a truncated list of names. */
    more: (count: number) => `y ${number(count)} más`,
    /** "+2 más" in a suggested history label. */
    moreShort: (count: number) => `+${number(count)} más`,
  },
};
