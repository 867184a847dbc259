import { type DetectionStrings } from '../../detect';
import { number } from '../helpers/de';

/*
 * German texts of the credential detection, in the terms of the German catalogues: formal
 * "Sie", "Geheimnis" for secret, "erneuern" for rotating a credential,
 * "Zugangsdaten" for credentials. Product names stay as they are.
 */

/** German texts of the credential detection. */
export const DETECTION_STRINGS_DE: DetectionStrings = {
  labels: {
    'stripe-live-secret-key': 'Stripe-Live-Geheimschlüssel',
    'stripe-live-restricted-key': 'Eingeschränkter Stripe-Live-Schlüssel',
    'stripe-test-secret-key': 'Stripe-Test-Geheimschlüssel',
    'stripe-test-restricted-key': 'Eingeschränkter Stripe-Test-Schlüssel',
    'stripe-webhook-secret': 'Stripe-Webhook-Signaturgeheimnis',
    'stripe-publishable-key': 'Veröffentlichbarer Stripe-Schlüssel (nicht geheim)',
    'aws-secret-access-key': 'Geheimer AWS-Zugriffsschlüssel',
    'aws-access-key-id': 'AWS-Zugriffsschlüssel-ID',
    'aws-temporary-access-key-id': 'Temporäre AWS-Zugriffsschlüssel-ID',
    'github-classic-pat': 'Persönliches GitHub-Zugriffstoken (klassisch)',
    'github-oauth-token': 'GitHub-OAuth-Token',
    'github-fine-grained-pat': 'Feingranulares persönliches GitHub-Zugriffstoken',
    'github-app-token': 'GitHub-App-Token',
    'github-refresh-token': 'GitHub-Refresh-Token',
    'gitlab-access-token': 'GitLab-Zugriffstoken',
    'gitlab-deploy-token': 'GitLab-Deploy-Token',
    'gitlab-runner-token': 'GitLab-Runner-Token',
    'gitlab-token': 'GitLab-Token',
    'slack-user-token': 'Slack-Benutzertoken',
    'slack-bot-token': 'Slack-Bot-Token',
    'slack-app-token': 'Slack-App-Token',
    'slack-refresh-token': 'Slack-Refresh-Token',
    'slack-webhook-url': 'URL eines eingehenden Slack-Webhooks',
    'twilio-auth-token': 'Twilio-Authentifizierungstoken',
    'twilio-api-key-secret': 'Secret eines Twilio-API-Schlüssels',
    'twilio-account-sid': 'Twilio-Konto-SID (nicht geheim)',
    'twilio-api-key-sid': 'Twilio-API-Schlüssel-SID (nicht geheim)',
    'sendgrid-api-key': 'SendGrid-API-Schlüssel',
    'openai-admin-key': 'OpenAI-Admin-Schlüssel',
    'openai-user-key': 'OpenAI-Benutzer-API-Schlüssel',
    'openai-project-key': 'OpenAI-Projekt-API-Schlüssel',
    'openai-service-account-key': 'OpenAI-Dienstkontoschlüssel',
    'anthropic-admin-key': 'Anthropic-Admin-API-Schlüssel',
    'anthropic-api-key': 'Anthropic-API-Schlüssel',
    'google-service-account-key': 'Google-Cloud-Dienstkontoschlüssel',
    'private-key': 'Privater Schlüssel',
    'encrypted-private-key': 'Verschlüsselter privater Schlüssel',
    'ssh-private-key': 'Privater SSH-Schlüssel',
    'pgp-private-key': 'Privater PGP-Schlüssel',
    'postgres-url': 'PostgreSQL-URL mit Passwort',
    'mysql-url': 'MySQL-URL mit Passwort',
    'mongodb-url': 'MongoDB-URL mit Passwort',
    'redis-url': 'Redis-URL mit Passwort',
    'amqp-url': 'AMQP-URL (RabbitMQ) mit Passwort',
    jwt: 'JSON Web Token (JWT)',
    dotenv: '.env-Datei',
  },
  advice: {
    'stripe-live-secret':
      'Ein Live-Geheimschlüssel (sk_live_) gewährt vollen Zugriff auf Ihr Stripe-Konto. Verwenden Sie lieber einen eingeschränkten Schlüssel (rk_live_) mit nur den Berechtigungen, die die beauftragte Person braucht, oder einen Testschlüssel (sk_test_), wenn der Testmodus genügt.',
    'stripe-restricted':
      'Gut: Ein eingeschränkter Schlüssel begrenzt, was sich damit tun lässt. Prüfen Sie, ob er nur die nötigen Berechtigungen hat, und verwenden Sie einen Testschlüssel, wenn der Testmodus genügt.',
    'stripe-test':
      'Ein Schlüssel im Testmodus kann kein echtes Geld bewegen. Erneuern Sie ihn trotzdem im Stripe-Dashboard, wenn die Arbeit endet.',
    publishable:
      'Ein veröffentlichbarer Schlüssel ist dafür gedacht, öffentlich zu sein (er steckt in Webseiten und Apps), daher braucht er keinen Geheimnis-Link.',
    'webhook-secret':
      'Wer ein Webhook-Signaturgeheimnis besitzt, kann Ereignisse an Ihren Endpunkt fälschen. Erneuern Sie es im Dashboard, wenn die Arbeit endet.',
    'aws-key-id':
      'Eine Zugriffsschlüssel-ID ist für sich allein nicht geheim, bezeichnet aber das Schlüsselpaar. Temporäre Schlüssel (ASIA) laufen von selbst ab.',
    'aws-secret':
      'Richten Sie für diese Person lieber einen IAM-Benutzer oder eine IAM-Rolle mit einer Richtlinie nach dem Prinzip der geringsten Rechte ein, oder verwenden Sie temporäre Zugangsdaten, die ablaufen. Geben Sie nie Schlüssel des Root-Kontos weiter; deaktivieren und löschen Sie den Schlüssel, wenn die Arbeit endet.',
    'github-classic':
      'Ein klassisches Token reicht in jedes Repository, auf das Sie zugreifen können. Verwenden Sie lieber ein feingranulares Token, das auf die nötigen Repositorys und Berechtigungen beschränkt ist und ein Ablaufdatum hat.',
    'github-fine-grained':
      'Gut: Ein feingranulares Token ist eingeschränkt. Prüfen Sie seine Repositorys, Berechtigungen und sein Ablaufdatum, und widerrufen Sie es, wenn die Arbeit endet.',
    'github-app':
      'GitHub-App-Tokens sind kurzlebig, die App-Installation dahinter aber nicht: Prüfen Sie deren Zugriff.',
    'gitlab-pat':
      'Verwenden Sie statt eines persönlichen Tokens lieber ein Projekt- oder Gruppen-Zugriffstoken mit möglichst engen Scopes, möglichst geringer Rolle und einem Ablaufdatum.',
    'gitlab-scoped':
      'Dieses Token ist an ein einzelnes Projekt oder einen Runner gebunden. Widerrufen Sie es oder setzen Sie es zurück, wenn die Arbeit endet.',
    'slack-user':
      'Ein Benutzertoken handelt in Ihrem Namen, in jedem Kanal, den Sie sehen können. Verwenden Sie lieber ein Bot-Token mit nur den Scopes, die die App braucht.',
    'slack-token':
      'Prüfen Sie, ob die App nur die Scopes hat, die sie braucht, und widerrufen Sie das Token, wenn die Arbeit endet.',
    'slack-webhook':
      'Wer eine Webhook-URL hat, kann in den zugehörigen Kanal posten. Erzeugen Sie sie neu (oder entfernen Sie den Webhook), wenn die Arbeit endet.',
    identifier: 'Eine Kennung ist für sich allein nicht geheim; schützen müssen Sie das Geheimnis, das zu ihr gehört.',
    'twilio-auth-token':
      'Das Authentifizierungstoken ist der Hauptzugang zum Twilio-Konto. Verwenden Sie lieber einen API-Schlüssel (SK…) mit seinem Secret, der sich einzeln widerrufen lässt, oder ein Unterkonto.',
    'twilio-api-key': 'Gut: Ein API-Schlüssel lässt sich einzeln widerrufen. Löschen Sie ihn, wenn die Arbeit endet.',
    sendgrid:
      'Verwenden Sie lieber einen API-Schlüssel mit eingeschränktem Zugriff und nur den nötigen Berechtigungen (oft genügt Mail Send).',
    openai:
      'Prüfen Sie, ob der Schlüssel zu einem Projekt gehört, das nur die nötigen Berechtigungen und das nötige Budget hat, und löschen Sie ihn, wenn Sie fertig sind.',
    'openai-broad':
      'Dieser Schlüssel ist nicht auf ein Projekt beschränkt. Verwenden Sie lieber einen Projektschlüssel mit eingeschränkten Berechtigungen und einem Budgetlimit.',
    anthropic:
      'Verwenden Sie lieber einen Schlüssel in einem eigenen Arbeitsbereich mit Ausgabenlimit für diese Person, und löschen Sie ihn, wenn die Arbeit endet.',
    'anthropic-admin':
      'Mit einem Admin-Schlüssel lässt sich Ihre gesamte Organisation verwalten. Geben Sie stattdessen einen gewöhnlichen API-Schlüssel aus einem eigenen Arbeitsbereich weiter.',
    'google-service-account':
      'Gewähren Sie dem Dienstkonto nur die nötigen Rollen, verwenden Sie statt einer Schlüsseldatei lieber kurzlebige Zugangsdaten oder Identitätswechsel, und löschen Sie den Schlüssel, wenn die Arbeit endet.',
    'private-key':
      'Bitten Sie, wo möglich, die andere Person um ihren öffentlichen Schlüssel und gewähren Sie diesem Zugriff, statt einen privaten Schlüssel zu senden. Müssen Sie ihn doch senden, ersetzen Sie das Schlüsselpaar, wenn die Arbeit endet.',
    'ssh-private-key':
      'Bitten Sie die andere Person stattdessen um ihren öffentlichen SSH-Schlüssel und tragen Sie diesen ein (in authorized_keys oder als Deploy-Key); entfernen Sie ihn, wenn die Arbeit endet.',
    jwt: 'Ein JWT ist ein Bearer-Token: Wer es besitzt, kann es nutzen, bis es abläuft. Geben Sie lieber ein kurzlebiges Token weiter.',
    'database-url':
      'Legen Sie für diese Person lieber einen eigenen Datenbankbenutzer mit nur den nötigen Rechten an (nur Lesezugriff, wenn das genügt); löschen Sie ihn oder ändern Sie sein Passwort, wenn die Arbeit endet.',
    'broker-url':
      'Legen Sie lieber einen eigenen Benutzer an (einen Redis-ACL-Benutzer, einen RabbitMQ-Benutzer auf einem einzigen vhost) mit nur den nötigen Rechten; entfernen Sie ihn, wenn die Arbeit endet.',
    dotenv:
      'Teilen Sie nur die Variablen, die der Empfänger braucht, und erneuern Sie jedes Geheimnis darunter, wenn die Arbeit endet.',
  },
  text: {
    heading: 'In Ihrem Geheimnis erkannt',
    rotate:
      'Erneuern Sie alle Zugangsdaten, die Sie teilen, wenn die Zusammenarbeit endet. Ein „Erneuern bis“-Datum in der privaten Notiz unten erinnert Sie daran.',
    local: 'In diesem Browser erkannt; dafür wird nichts irgendwohin gesendet.',
    variables: 'Variablen',
    /** "×2" after a label when the same kind was found more than once. */
    times: (count: number) => `×${number(count)}`,
    /** "und 12 weitere" after a truncated list of names. */
    more: (count: number) => `und ${number(count)} weitere`,
    /** "+2 weitere" in a suggested history label. */
    moreShort: (count: number) => `+${number(count)} weitere`,
  },
};
