import { type DetectionStrings } from '../../detect';
import { number } from '../helpers/nl';

/*
 * Dutch texts of the credential detection, in the terms of nl.ts: informal
 * "je", "geheim" for secret, "vervangen" for rotating a credential,
 * "toegangsgegevens" for credentials. Product names stay as they are.
 */

/** Dutch texts of the credential detection. */
export const DETECTION_STRINGS_NL: DetectionStrings = {
  labels: {
    'stripe-live-secret-key': 'Geheime Stripe-livesleutel',
    'stripe-live-restricted-key': 'Beperkte Stripe-livesleutel',
    'stripe-test-secret-key': 'Geheime Stripe-testsleutel',
    'stripe-test-restricted-key': 'Beperkte Stripe-testsleutel',
    'stripe-webhook-secret': 'Ondertekeningsgeheim van een Stripe-webhook',
    'stripe-publishable-key': 'Publiceerbare Stripe-sleutel (niet geheim)',
    'aws-secret-access-key': 'Geheime AWS-toegangssleutel',
    'aws-access-key-id': 'AWS-toegangssleutel-ID',
    'aws-temporary-access-key-id': 'Tijdelijke AWS-toegangssleutel-ID',
    'github-classic-pat': 'Persoonlijk GitHub-toegangstoken (klassiek)',
    'github-oauth-token': 'GitHub-OAuth-token',
    'github-fine-grained-pat': 'Fijnmazig persoonlijk GitHub-toegangstoken',
    'github-app-token': 'GitHub-app-token',
    'github-refresh-token': 'GitHub-vernieuwingstoken',
    'gitlab-access-token': 'GitLab-toegangstoken',
    'gitlab-deploy-token': 'GitLab-deploytoken',
    'gitlab-runner-token': 'GitLab-runnertoken',
    'gitlab-token': 'GitLab-token',
    'slack-user-token': 'Slack-gebruikerstoken',
    'slack-bot-token': 'Slack-bottoken',
    'slack-app-token': 'Slack-apptoken',
    'slack-refresh-token': 'Slack-vernieuwingstoken',
    'slack-webhook-url': 'URL van een inkomende Slack-webhook',
    'twilio-auth-token': 'Twilio-authenticatietoken',
    'twilio-api-key-secret': 'Geheim van een Twilio-API-sleutel',
    'twilio-account-sid': 'Twilio-account-SID (niet geheim)',
    'twilio-api-key-sid': 'SID van een Twilio-API-sleutel (niet geheim)',
    'sendgrid-api-key': 'SendGrid-API-sleutel',
    'openai-admin-key': 'OpenAI-beheerderssleutel',
    'openai-user-key': 'OpenAI-API-sleutel van een gebruiker',
    'openai-project-key': 'OpenAI-API-sleutel van een project',
    'openai-service-account-key': 'Sleutel van een OpenAI-serviceaccount',
    'anthropic-admin-key': 'Anthropic-API-beheerderssleutel',
    'anthropic-api-key': 'Anthropic-API-sleutel',
    'google-service-account-key': 'Sleutel van een Google Cloud-serviceaccount',
    'private-key': 'Privésleutel',
    'encrypted-private-key': 'Versleutelde privésleutel',
    'ssh-private-key': 'Privé-SSH-sleutel',
    'pgp-private-key': 'Privé-PGP-sleutel',
    'postgres-url': 'PostgreSQL-URL met wachtwoord',
    'mysql-url': 'MySQL-URL met wachtwoord',
    'mongodb-url': 'MongoDB-URL met wachtwoord',
    'redis-url': 'Redis-URL met wachtwoord',
    'amqp-url': 'AMQP-URL (RabbitMQ) met wachtwoord',
    jwt: 'JSON Web Token (JWT)',
    dotenv: '.env-bestand',
  },
  advice: {
    'stripe-live-secret':
      'Een geheime livesleutel (sk_live_) geeft volledige toegang tot je Stripe-account. Gebruik liever een beperkte sleutel (rk_live_) met alleen de rechten die de opdrachtnemer nodig heeft, of een testsleutel (sk_test_) als de testmodus volstaat.',
    'stripe-restricted':
      'Goed: een beperkte sleutel begrenst wat je ermee kunt doen. Controleer of hij alleen de nodige rechten heeft, en gebruik een testsleutel als de testmodus volstaat.',
    'stripe-test':
      'Met een sleutel in de testmodus kan geen echt geld worden verplaatst. Vervang hem toch in het Stripe-dashboard als het werk klaar is.',
    publishable:
      'Een publiceerbare sleutel is bedoeld om openbaar te zijn (hij staat in webpagina’s en apps), dus er is geen geheime link voor nodig.',
    'webhook-secret':
      'Wie een ondertekeningsgeheim van een webhook heeft, kan gebeurtenissen naar je endpoint vervalsen. Vervang het in het dashboard als het werk klaar is.',
    'aws-key-id':
      'Een toegangssleutel-ID is op zichzelf niet geheim, maar wijst wel het sleutelpaar aan. Tijdelijke sleutels (ASIA) verlopen vanzelf.',
    'aws-secret':
      'Gebruik voor deze persoon liever een IAM-gebruiker of -rol met een beleid volgens het principe van minimale rechten, of tijdelijke toegangsgegevens die verlopen. Deel nooit sleutels van het root-account; deactiveer en verwijder de sleutel als het werk klaar is.',
    'github-classic':
      'Een klassiek token heeft toegang tot elke repository waar jij bij kunt. Gebruik liever een fijnmazig token dat beperkt is tot de nodige repository’s en rechten, met een vervaldatum.',
    'github-fine-grained':
      'Goed: een fijnmazig token is afgebakend. Controleer de repository’s, rechten en vervaldatum, en trek het in als het werk klaar is.',
    'github-app':
      'Tokens van een GitHub-app zijn kortlevend, maar de app-installatie erachter niet: controleer welke toegang die heeft.',
    'gitlab-pat':
      'Gebruik liever een toegangstoken voor een project of groep, met zo beperkt mogelijke scopes en rol en een vervaldatum, dan een persoonlijk token.',
    'gitlab-scoped':
      'Dit token is gebonden aan één project of runner. Trek het in of stel het opnieuw in als het werk klaar is.',
    'slack-user':
      'Een gebruikerstoken handelt namens jou, in elk kanaal dat jij kunt zien. Gebruik liever een bottoken met alleen de scopes die de app nodig heeft.',
    'slack-token':
      'Controleer of de app alleen de scopes heeft die hij nodig heeft, en trek het token in als het werk klaar is.',
    'slack-webhook':
      'Iedereen met een webhook-URL kan berichten in het bijbehorende kanaal plaatsen. Genereer de URL opnieuw (of verwijder de webhook) als het werk klaar is.',
    identifier:
      'Een identificatiecode is op zichzelf niet geheim; het geheim dat erbij hoort, is wat je moet beschermen.',
    'twilio-auth-token':
      'Het authenticatietoken is de hoofdsleutel van het Twilio-account. Gebruik liever een API-sleutel (SK…) met het bijbehorende geheim, die je los kunt intrekken, of een subaccount.',
    'twilio-api-key': 'Goed: een API-sleutel kun je los intrekken. Verwijder hem als het werk klaar is.',
    sendgrid:
      'Gebruik liever een API-sleutel met beperkte toegang en alleen de nodige rechten (vaak is Mail Send genoeg).',
    openai:
      'Controleer of de sleutel bij een project hoort met alleen de nodige rechten en het nodige budget, en verwijder hem als je klaar bent.',
    'openai-broad':
      'Deze sleutel is niet beperkt tot één project. Gebruik liever een projectsleutel met beperkte rechten en een budgetlimiet.',
    anthropic:
      'Gebruik liever een sleutel in een aparte werkruimte met een bestedingslimiet voor deze persoon, en verwijder hem als het werk klaar is.',
    'anthropic-admin':
      'Met een beheerderssleutel beheer je je hele organisatie. Deel in plaats daarvan een gewone API-sleutel uit een aparte werkruimte.',
    'google-service-account':
      'Geef het serviceaccount alleen de nodige rollen, gebruik liever kortlevende toegangsgegevens of impersonatie dan een sleutelbestand, en verwijder de sleutel als het werk klaar is.',
    'private-key':
      'Vraag waar mogelijk de ander om diens openbare sleutel en geef die toegang, in plaats van een privésleutel te versturen. Moet je hem toch versturen, vervang het sleutelpaar dan als het werk klaar is.',
    'ssh-private-key':
      'Vraag de ander liever om diens openbare SSH-sleutel en voeg die toe (aan authorized_keys, of als deploysleutel); verwijder hem als het werk klaar is.',
    jwt: 'Een JWT is een bearer-token: wie het heeft, kan het gebruiken tot het verloopt. Gebruik liever een kortlevend token.',
    'database-url':
      'Maak voor deze persoon liever een aparte databasegebruiker met alleen de nodige rechten (alleen-lezen als dat volstaat); verwijder die of wijzig het wachtwoord als het werk klaar is.',
    'broker-url':
      'Maak liever een aparte gebruiker aan (een Redis-ACL-gebruiker, een RabbitMQ-gebruiker op één vhost) met alleen de nodige rechten; verwijder die als het werk klaar is.',
    dotenv:
      'Deel alleen de variabelen die de ontvanger nodig heeft, en vervang elk geheim daarin als het werk klaar is.',
  },
  text: {
    heading: 'Herkend in je geheim',
    rotate:
      'Vervang alle toegangsgegevens die je deelt als de samenwerking afloopt. Een datum bij ‘Vervangen vóór’ in de privénotitie hieronder herinnert je eraan.',
    local: 'Herkend in deze browser; hiervoor wordt niets verstuurd.',
    variables: 'Variabelen',
    times: (count: number) => `×${number(count)}`,
    more: (count: number) => `en nog ${number(count)}`,
    moreShort: (count: number) => `+${number(count)} meer`,
  },
};
