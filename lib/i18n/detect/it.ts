import { type DetectionStrings } from '../../detect';
import { number } from '../helpers/it';

/*
 * Italian texts of the credential detection, in the terms of it.ts: informal
 * "tu", "segreto", "ruotare" for rotating a credential, "credenziali" for
 * credentials, "chiave" and "token". Product names stay as they are.
 */

/** Italian texts of the credential detection. */
export const DETECTION_STRINGS_IT: DetectionStrings = {
  labels: {
    'stripe-live-secret-key': 'Chiave segreta Stripe di produzione',
    'stripe-live-restricted-key': 'Chiave Stripe di produzione con restrizioni',
    'stripe-test-secret-key': 'Chiave segreta Stripe di test',
    'stripe-test-restricted-key': 'Chiave Stripe di test con restrizioni',
    'stripe-webhook-secret': 'Segreto di firma del webhook Stripe',
    'stripe-publishable-key': 'Chiave pubblicabile Stripe (non segreta)',
    'aws-secret-access-key': 'Chiave di accesso segreta AWS',
    'aws-access-key-id': 'ID della chiave di accesso AWS',
    'aws-temporary-access-key-id': 'ID della chiave di accesso temporanea AWS',
    'github-classic-pat': 'Token di accesso personale GitHub (classico)',
    'github-oauth-token': 'Token OAuth GitHub',
    'github-fine-grained-pat': 'Token di accesso personale GitHub a granularità fine',
    'github-app-token': 'Token di GitHub App',
    'github-refresh-token': 'Token di aggiornamento GitHub',
    'gitlab-access-token': 'Token di accesso GitLab',
    'gitlab-deploy-token': 'Token di deploy GitLab',
    'gitlab-runner-token': 'Token del runner GitLab',
    'gitlab-token': 'Token GitLab',
    'slack-user-token': 'Token utente Slack',
    'slack-bot-token': 'Token del bot Slack',
    'slack-app-token': 'Token dell’app Slack',
    'slack-refresh-token': 'Token di aggiornamento Slack',
    'slack-webhook-url': 'URL del webhook in entrata Slack',
    'twilio-auth-token': 'Token di autenticazione Twilio',
    'twilio-api-key-secret': 'Segreto della chiave API Twilio',
    'twilio-account-sid': 'SID dell’account Twilio (non segreto)',
    'twilio-api-key-sid': 'SID della chiave API Twilio (non segreto)',
    'sendgrid-api-key': 'Chiave API SendGrid',
    'openai-admin-key': 'Chiave di amministrazione OpenAI',
    'openai-user-key': 'Chiave API utente OpenAI',
    'openai-project-key': 'Chiave API di progetto OpenAI',
    'openai-service-account-key': 'Chiave dell’account di servizio OpenAI',
    'anthropic-admin-key': 'Chiave API di amministrazione Anthropic',
    'anthropic-api-key': 'Chiave API Anthropic',
    'google-service-account-key': 'Chiave dell’account di servizio Google Cloud',
    'private-key': 'Chiave privata',
    'encrypted-private-key': 'Chiave privata cifrata',
    'ssh-private-key': 'Chiave privata SSH',
    'pgp-private-key': 'Chiave privata PGP',
    'postgres-url': 'URL PostgreSQL con password',
    'mysql-url': 'URL MySQL con password',
    'mongodb-url': 'URL MongoDB con password',
    'redis-url': 'URL Redis con password',
    'amqp-url': 'URL AMQP (RabbitMQ) con password',
    jwt: 'JSON Web Token (JWT)',
    dotenv: 'File .env',
  },
  advice: {
    'stripe-live-secret':
      'Una chiave segreta di produzione (sk_live_) dà accesso completo al tuo account Stripe. Preferisci una chiave con restrizioni (rk_live_) con i soli permessi che servono al collaboratore, oppure una chiave di test (sk_test_) se basta la modalità di test.',
    'stripe-restricted':
      'Bene: una chiave con restrizioni limita ciò che permette di fare. Verifica che abbia solo i permessi necessari e usa una chiave di test se basta la modalità di test.',
    'stripe-test':
      'Una chiave in modalità di test non può muovere denaro reale. Ruotala comunque nella dashboard di Stripe quando il lavoro finisce.',
    publishable:
      'Una chiave pubblicabile è fatta per essere pubblica (è incorporata in pagine web e app), quindi non ha bisogno di un link segreto.',
    'webhook-secret':
      'Un segreto di firma del webhook permette a chi lo possiede di falsificare eventi verso il tuo endpoint. Ruotalo nella dashboard quando il lavoro finisce.',
    'aws-key-id':
      'Un ID della chiave di accesso non è segreto di per sé, ma identifica la coppia di chiavi. Le chiavi temporanee (ASIA) scadono da sole.',
    'aws-secret':
      'Preferisci, per questa persona, un utente o un ruolo IAM con una policy a privilegio minimo, oppure credenziali temporanee che scadono. Non condividere mai le chiavi dell’account root; disattiva ed elimina la chiave quando il lavoro finisce.',
    'github-classic':
      'Un token classico raggiunge tutti i repository a cui hai accesso. Preferisci un token a granularità fine, limitato ai repository e ai permessi necessari, con una data di scadenza.',
    'github-fine-grained':
      'Bene: un token a granularità fine ha un ambito limitato. Controlla i suoi repository, i permessi e la scadenza, e revocalo quando il lavoro finisce.',
    'github-app':
      'I token delle GitHub App hanno vita breve, ma l’installazione dell’app da cui provengono no: verificane gli accessi.',
    'gitlab-pat':
      'Invece di un token personale, preferisci un token di accesso di progetto o di gruppo con gli scope e il ruolo più ristretti possibile e una data di scadenza.',
    'gitlab-scoped':
      'Questo token è legato a un solo progetto o runner. Revocalo o reimpostalo quando il lavoro finisce.',
    'slack-user':
      'Un token utente agisce a tuo nome, in tutti i canali che puoi vedere. Preferisci un token del bot con i soli scope di cui l’app ha bisogno.',
    'slack-token':
      'Verifica che l’app abbia solo gli scope di cui ha bisogno e revoca il token quando il lavoro finisce.',
    'slack-webhook':
      'Chiunque abbia l’URL di un webhook può pubblicare nel suo canale. Rigeneralo (o rimuovi il webhook) quando il lavoro finisce.',
    identifier: 'Un identificativo non è segreto di per sé: va protetto il segreto che lo accompagna.',
    'twilio-auth-token':
      'Il token di autenticazione è la credenziale principale dell’account Twilio. Preferisci una chiave API (SK…) con il suo segreto, revocabile singolarmente, oppure un subaccount.',
    'twilio-api-key': 'Bene: una chiave API si può revocare singolarmente. Eliminala quando il lavoro finisce.',
    sendgrid: 'Preferisci una chiave API ad accesso limitato, con i soli permessi necessari (spesso basta Mail Send).',
    openai:
      'Verifica che la chiave appartenga a un progetto con i soli permessi e il solo budget necessari, ed eliminala quando hai finito.',
    'openai-broad':
      'Questa chiave non è limitata a un progetto. Preferisci una chiave di progetto con permessi ridotti e un limite di budget.',
    anthropic:
      'Preferisci una chiave in un workspace dedicato a questa persona, con un limite di spesa, ed eliminala quando il lavoro finisce.',
    'anthropic-admin':
      'Una chiave di amministrazione gestisce tutta la tua organizzazione. Condividi invece una normale chiave API di un workspace dedicato.',
    'google-service-account':
      'Concedi all’account di servizio solo i ruoli necessari, preferisci credenziali di breve durata o la rappresentazione dell’account di servizio a un file di chiave, ed elimina la chiave quando il lavoro finisce.',
    'private-key':
      'Se puoi, chiedi all’altra persona la sua chiave pubblica e concedi l’accesso a quella, invece di inviare una chiave privata. Se devi inviarla, sostituisci la coppia di chiavi quando il lavoro finisce.',
    'ssh-private-key':
      'Chiedi invece all’altra persona la sua chiave SSH pubblica e aggiungila (in authorized_keys o come deploy key); rimuovila quando il lavoro finisce.',
    jwt: 'Un JWT è un token bearer: chi lo possiede può usarlo finché non scade. Preferisci un token di breve durata.',
    'database-url':
      'Preferisci un utente del database separato per questa persona, con i soli privilegi necessari (in sola lettura, se basta); eliminalo o cambiane la password quando il lavoro finisce.',
    'broker-url':
      'Preferisci un utente separato (un utente ACL di Redis, un utente RabbitMQ su un solo vhost) con i soli permessi necessari; rimuovilo quando il lavoro finisce.',
    dotenv:
      'Condividi solo le variabili che servono al destinatario e ruota ogni segreto che contengono quando il lavoro finisce.',
  },
  text: {
    heading: 'Riconosciuto nel tuo segreto',
    rotate:
      'Ruota tutte le credenziali che condividi quando l’incarico finisce. Una data “Da ruotare entro” nella nota privata qui sotto te lo ricorderà.',
    local: 'Riconosciuto in questo browser; per questo non viene inviato nulla da nessuna parte.',
    variables: 'Variabili',
    /** "×2" after a label when the same kind was found more than once. */
    times: (count: number) => `×${number(count)}`,
    /** "e altri 12" after a truncated list of names. */
    more: (count: number) => `e ${count === 1 ? 'un altro' : `altri ${number(count)}`}`,
    /** "+2 altri" in a suggested history label. */
    moreShort: (count: number) => `+${number(count)} ${count === 1 ? 'altro' : 'altri'}`,
  },
};
