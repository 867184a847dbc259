import { type DetectionStrings } from '../../detect';
import { number, plural } from '../helpers/fr';

/*
 * French texts of the credential detection, in the terms of fr.ts: formal
 * "vous", "secret", "renouveler" for rotating a credential, "identifiants" for
 * credentials, "jeton" for token, "clé" for key. Product names stay as they are.
 */

const others = (n: number) => plural(n, 'autre', 'autres');

/** French texts of the credential detection. */
export const DETECTION_STRINGS_FR: DetectionStrings = {
  labels: {
    'stripe-live-secret-key': 'Clé secrète Stripe de production',
    'stripe-live-restricted-key': 'Clé restreinte Stripe de production',
    'stripe-test-secret-key': 'Clé secrète Stripe de test',
    'stripe-test-restricted-key': 'Clé restreinte Stripe de test',
    'stripe-webhook-secret': 'Secret de signature de webhook Stripe',
    'stripe-publishable-key': 'Clé publiable Stripe (non secrète)',
    'aws-secret-access-key': 'Clé d’accès secrète AWS',
    'aws-access-key-id': 'ID de clé d’accès AWS',
    'aws-temporary-access-key-id': 'ID de clé d’accès temporaire AWS',
    'github-classic-pat': 'Jeton d’accès personnel GitHub (classique)',
    'github-oauth-token': 'Jeton OAuth GitHub',
    'github-fine-grained-pat': 'Jeton d’accès personnel GitHub à granularité fine',
    'github-app-token': 'Jeton d’application GitHub',
    'github-refresh-token': 'Jeton d’actualisation GitHub',
    'gitlab-access-token': 'Jeton d’accès GitLab',
    'gitlab-deploy-token': 'Jeton de déploiement GitLab',
    'gitlab-runner-token': 'Jeton de runner GitLab',
    'gitlab-token': 'Jeton GitLab',
    'slack-user-token': 'Jeton utilisateur Slack',
    'slack-bot-token': 'Jeton de bot Slack',
    'slack-app-token': 'Jeton d’application Slack',
    'slack-refresh-token': 'Jeton d’actualisation Slack',
    'slack-webhook-url': 'URL de webhook entrant Slack',
    'twilio-auth-token': 'Jeton d’authentification Twilio',
    'twilio-api-key-secret': 'Secret de clé API Twilio',
    'twilio-account-sid': 'SID de compte Twilio (non secret)',
    'twilio-api-key-sid': 'SID de clé API Twilio (non secret)',
    'sendgrid-api-key': 'Clé API SendGrid',
    'openai-admin-key': 'Clé d’administration OpenAI',
    'openai-user-key': 'Clé API utilisateur OpenAI',
    'openai-project-key': 'Clé API de projet OpenAI',
    'openai-service-account-key': 'Clé de compte de service OpenAI',
    'anthropic-admin-key': 'Clé API d’administration Anthropic',
    'anthropic-api-key': 'Clé API Anthropic',
    'google-service-account-key': 'Clé de compte de service Google Cloud',
    'private-key': 'Clé privée',
    'encrypted-private-key': 'Clé privée chiffrée',
    'ssh-private-key': 'Clé privée SSH',
    'pgp-private-key': 'Clé privée PGP',
    'postgres-url': 'URL PostgreSQL avec mot de passe',
    'mysql-url': 'URL MySQL avec mot de passe',
    'mongodb-url': 'URL MongoDB avec mot de passe',
    'redis-url': 'URL Redis avec mot de passe',
    'amqp-url': 'URL AMQP (RabbitMQ) avec mot de passe',
    jwt: 'JSON Web Token (JWT)',
    dotenv: 'Fichier .env',
  },
  advice: {
    'stripe-live-secret':
      'Une clé secrète de production (sk_live_) donne un accès complet à votre compte Stripe. Préférez une clé restreinte (rk_live_) limitée aux autorisations dont le prestataire a besoin, ou une clé de test (sk_test_) si le mode test suffit.',
    'stripe-restricted':
      'Bien : une clé restreinte limite ce qu’elle permet de faire. Vérifiez qu’elle n’a que les autorisations nécessaires, et utilisez une clé de test si le mode test suffit.',
    'stripe-test':
      'Une clé du mode test ne peut pas déplacer d’argent réel. Renouvelez-la tout de même dans le tableau de bord Stripe à la fin du travail.',
    publishable:
      'Une clé publiable est faite pour être publique (elle est intégrée aux pages web et aux applications) : elle n’a pas besoin d’un lien secret.',
    'webhook-secret':
      'Un secret de signature de webhook permet à qui le détient de forger des événements vers votre point de terminaison. Renouvelez-le dans le tableau de bord à la fin du travail.',
    'aws-key-id':
      'Un ID de clé d’accès n’est pas secret en lui-même, mais il identifie la paire de clés. Les clés temporaires (ASIA) expirent d’elles-mêmes.',
    'aws-secret':
      'Préférez, pour cette personne, un utilisateur ou un rôle IAM doté d’une stratégie au moindre privilège, ou des identifiants temporaires qui expirent. Ne partagez jamais les clés du compte root ; désactivez puis supprimez la clé à la fin du travail.',
    'github-classic':
      'Un jeton classique accède à tous les dépôts auxquels vous avez accès. Préférez un jeton à granularité fine, limité aux dépôts et autorisations nécessaires, avec une date d’expiration.',
    'github-fine-grained':
      'Bien : un jeton à granularité fine a une portée limitée. Vérifiez ses dépôts, ses autorisations et sa date d’expiration, et révoquez-le à la fin du travail.',
    'github-app':
      'Les jetons d’application GitHub ont une courte durée de vie, mais pas l’installation de l’application qui les émet : vérifiez ses accès.',
    'gitlab-pat':
      'Plutôt qu’un jeton personnel, préférez un jeton d’accès de projet ou de groupe avec les portées et le rôle les plus restreints possible, et une date d’expiration.',
    'gitlab-scoped':
      'Ce jeton est lié à un seul projet ou à un seul runner. Révoquez-le ou réinitialisez-le à la fin du travail.',
    'slack-user':
      'Un jeton utilisateur agit en votre nom, dans tous les canaux que vous voyez. Préférez un jeton de bot limité aux portées dont l’application a besoin.',
    'slack-token':
      'Vérifiez que l’application n’a que les portées dont elle a besoin, et révoquez le jeton à la fin du travail.',
    'slack-webhook':
      'Quiconque possède l’URL d’un webhook peut publier dans son canal. Régénérez-la (ou supprimez le webhook) à la fin du travail.',
    identifier: 'Un ID de ce type n’est pas secret en lui-même ; c’est le secret qui l’accompagne qu’il faut protéger.',
    'twilio-auth-token':
      'Le jeton d’authentification est l’identifiant maître du compte Twilio. Préférez une clé API (SK…) et son secret, révocables séparément, ou un sous-compte.',
    'twilio-api-key': 'Bien : une clé API peut être révoquée séparément. Supprimez-la à la fin du travail.',
    sendgrid:
      'Préférez une clé API à accès restreint, limitée aux autorisations nécessaires (souvent Mail Send seulement).',
    openai:
      'Vérifiez que la clé appartient à un projet doté uniquement des autorisations et du budget nécessaires, et supprimez-la une fois le travail terminé.',
    'openai-broad':
      'Cette clé n’est pas limitée à un projet. Préférez une clé de projet aux autorisations restreintes, avec une limite de budget.',
    anthropic:
      'Préférez une clé dans un espace de travail dédié à cette personne, avec une limite de dépenses, et supprimez-la à la fin du travail.',
    'anthropic-admin':
      'Une clé d’administration gère toute votre organisation. Partagez plutôt une clé API ordinaire d’un espace de travail dédié.',
    'google-service-account':
      'N’accordez au compte de service que les rôles nécessaires, préférez des identifiants de courte durée ou l’emprunt d’identité à un fichier de clé, et supprimez la clé à la fin du travail.',
    'private-key':
      'Si possible, demandez plutôt la clé publique de l’autre personne et accordez-lui l’accès, au lieu d’envoyer une clé privée. Si vous devez l’envoyer, remplacez la paire de clés à la fin du travail.',
    'ssh-private-key':
      'Demandez plutôt la clé SSH publique de l’autre personne et ajoutez-la (dans authorized_keys, ou comme clé de déploiement) ; retirez-la à la fin du travail.',
    jwt: 'Un JWT est un jeton porteur : quiconque le détient peut l’utiliser jusqu’à son expiration. Préférez un jeton de courte durée.',
    'database-url':
      'Préférez un utilisateur de base de données distinct pour cette personne, avec uniquement les privilèges nécessaires (en lecture seule si cela suffit) ; supprimez-le ou changez son mot de passe à la fin du travail.',
    'broker-url':
      'Préférez un utilisateur distinct (un utilisateur ACL Redis, un utilisateur RabbitMQ sur un seul vhost) avec uniquement les autorisations nécessaires ; supprimez-le à la fin du travail.',
    dotenv:
      'Ne partagez que les variables dont le destinataire a besoin, et renouvelez chacun des secrets qu’elles contiennent à la fin du travail.',
  },
  text: {
    heading: 'Détecté dans votre secret',
    rotate:
      'Renouvelez tous les identifiants que vous partagez à la fin de la mission. Une date « À renouveler avant le » dans la note privée ci-dessous vous le rappellera.',
    local: 'Détecté dans ce navigateur ; rien n’est envoyé nulle part pour cela.',
    variables: 'Variables',
    /** "×2" after a label when the same kind was found more than once. */
    times: (count: number) => `×${number(count)}`,
    /** "et 12 autres" after a truncated list of names. */
    more: (count: number) => `et ${others(count)}`,
    /** "+2 autres" in a suggested history label. */
    moreShort: (count: number) => `+${others(count)}`,
  },
};
