import { type DetectionStrings } from '../../detect';
import { number, plural } from '../helpers/pl';

/*
 * Polish texts of the credential detection, in the terms of pl.ts: informal
 * second person ("Ty", capitalised), "sekret" for secret, "wymienić" for
 * rotating a credential, "dane dostępowe" for credentials. Product names stay.
 */

/** Polish texts of the credential detection. */
export const DETECTION_STRINGS_PL: DetectionStrings = {
  labels: {
    'stripe-live-secret-key': 'Tajny klucz produkcyjny Stripe',
    'stripe-live-restricted-key': 'Ograniczony klucz produkcyjny Stripe',
    'stripe-test-secret-key': 'Tajny klucz testowy Stripe',
    'stripe-test-restricted-key': 'Ograniczony klucz testowy Stripe',
    'stripe-webhook-secret': 'Sekret podpisywania webhooka Stripe',
    'stripe-publishable-key': 'Klucz publiczny Stripe (nie jest tajny)',
    'aws-secret-access-key': 'Tajny klucz dostępu AWS',
    'aws-access-key-id': 'Identyfikator klucza dostępu AWS',
    'aws-temporary-access-key-id': 'Identyfikator tymczasowego klucza dostępu AWS',
    'github-classic-pat': 'Osobisty token dostępu GitHub (klasyczny)',
    'github-oauth-token': 'Token OAuth GitHub',
    'github-fine-grained-pat': 'Szczegółowy osobisty token dostępu GitHub',
    'github-app-token': 'Token aplikacji GitHub',
    'github-refresh-token': 'Token odświeżania GitHub',
    'gitlab-access-token': 'Token dostępu GitLab',
    'gitlab-deploy-token': 'Token wdrożeniowy GitLab',
    'gitlab-runner-token': 'Token runnera GitLab',
    'gitlab-token': 'Token GitLab',
    'slack-user-token': 'Token użytkownika Slack',
    'slack-bot-token': 'Token bota Slack',
    'slack-app-token': 'Token aplikacji Slack',
    'slack-refresh-token': 'Token odświeżania Slack',
    'slack-webhook-url': 'URL przychodzącego webhooka Slack',
    'twilio-auth-token': 'Token uwierzytelniający Twilio',
    'twilio-api-key-secret': 'Sekret klucza API Twilio',
    'twilio-account-sid': 'SID konta Twilio (nie jest tajny)',
    'twilio-api-key-sid': 'SID klucza API Twilio (nie jest tajny)',
    'sendgrid-api-key': 'Klucz API SendGrid',
    'openai-admin-key': 'Klucz administratora OpenAI',
    'openai-user-key': 'Klucz API użytkownika OpenAI',
    'openai-project-key': 'Klucz API projektu OpenAI',
    'openai-service-account-key': 'Klucz konta usługi OpenAI',
    'anthropic-admin-key': 'Klucz API administratora Anthropic',
    'anthropic-api-key': 'Klucz API Anthropic',
    'google-service-account-key': 'Klucz konta usługi Google Cloud',
    'private-key': 'Klucz prywatny',
    'encrypted-private-key': 'Zaszyfrowany klucz prywatny',
    'ssh-private-key': 'Prywatny klucz SSH',
    'pgp-private-key': 'Prywatny klucz PGP',
    'postgres-url': 'URL PostgreSQL z hasłem',
    'mysql-url': 'URL MySQL z hasłem',
    'mongodb-url': 'URL MongoDB z hasłem',
    'redis-url': 'URL Redis z hasłem',
    'amqp-url': 'URL AMQP (RabbitMQ) z hasłem',
    jwt: 'Token JSON Web Token (JWT)',
    dotenv: 'Plik .env',
  },
  advice: {
    'stripe-live-secret':
      'Tajny klucz produkcyjny (sk_live_) daje pełny dostęp do Twojego konta Stripe. Lepiej użyj klucza ograniczonego (rk_live_) z tylko tymi uprawnieniami, których potrzebuje wykonawca, albo klucza testowego (sk_test_), jeśli wystarczy tryb testowy.',
    'stripe-restricted':
      'Dobrze: klucz ograniczony zawęża to, co można nim zrobić. Sprawdź, czy ma tylko potrzebne uprawnienia, i użyj klucza testowego, jeśli wystarczy tryb testowy.',
    'stripe-test':
      'Klucz w trybie testowym nie przeniesie prawdziwych pieniędzy. Mimo to wymień go w panelu Stripe, gdy praca się skończy.',
    publishable:
      'Klucz publiczny z założenia jest jawny (jest osadzany na stronach i w aplikacjach), więc nie potrzebuje tajnego linku.',
    'webhook-secret':
      'Kto ma sekret podpisywania webhooka, może podrabiać zdarzenia wysyłane do Twojego endpointu. Wymień go w panelu, gdy praca się skończy.',
    'aws-key-id':
      'Identyfikator klucza dostępu sam w sobie nie jest tajny, ale wskazuje parę kluczy. Klucze tymczasowe (ASIA) wygasają same.',
    'aws-secret':
      'Lepiej utwórz dla tej osoby użytkownika lub rolę IAM z zasadami najmniejszych uprawnień albo użyj tymczasowych danych dostępowych, które wygasają. Nigdy nie udostępniaj kluczy konta root; dezaktywuj i usuń klucz, gdy praca się skończy.',
    'github-classic':
      'Klasyczny token sięga do każdego repozytorium, do którego masz dostęp. Lepiej użyj szczegółowego tokenu ograniczonego do potrzebnych repozytoriów i uprawnień, z datą wygaśnięcia.',
    'github-fine-grained':
      'Dobrze: szczegółowy token ma ograniczony zakres. Sprawdź jego repozytoria, uprawnienia i datę wygaśnięcia, a gdy praca się skończy, unieważnij go.',
    'github-app':
      'Tokeny aplikacji GitHub są krótkotrwałe, ale instalacja aplikacji, która za nimi stoi, już nie: sprawdź jej dostęp.',
    'gitlab-pat':
      'Zamiast tokenu osobistego lepiej użyj tokenu dostępu projektu lub grupy z możliwie najwęższymi zakresami i rolą oraz z datą wygaśnięcia.',
    'gitlab-scoped':
      'Ten token jest powiązany z jednym projektem lub runnerem. Unieważnij go lub zresetuj, gdy praca się skończy.',
    'slack-user':
      'Token użytkownika działa w Twoim imieniu, na każdym kanale, który widzisz. Lepiej użyj tokenu bota z tylko tymi zakresami, których potrzebuje aplikacja.',
    'slack-token': 'Sprawdź, czy aplikacja ma tylko potrzebne zakresy, i unieważnij token, gdy praca się skończy.',
    'slack-webhook':
      'Każdy, kto ma URL webhooka, może publikować na jego kanale. Wygeneruj go ponownie (albo usuń webhook), gdy praca się skończy.',
    identifier: 'Identyfikator sam w sobie nie jest tajny; chronić trzeba sekret, który do niego należy.',
    'twilio-auth-token':
      'Token uwierzytelniający to główne dane dostępowe konta Twilio. Lepiej użyj klucza API (SK…) z jego sekretem, który można unieważnić osobno, albo subkonta.',
    'twilio-api-key': 'Dobrze: klucz API można unieważnić osobno. Usuń go, gdy praca się skończy.',
    sendgrid:
      'Lepiej użyj klucza API z ograniczonym dostępem i tylko potrzebnymi uprawnieniami (często wystarczy Mail Send).',
    openai:
      'Sprawdź, czy klucz należy do projektu z tylko potrzebnymi uprawnieniami i budżetem, i usuń go po zakończeniu pracy.',
    'openai-broad':
      'Ten klucz nie jest ograniczony do jednego projektu. Lepiej użyj klucza projektu z ograniczonymi uprawnieniami i limitem budżetu.',
    anthropic:
      'Lepiej użyj klucza w osobnym obszarze roboczym z limitem wydatków dla tej osoby i usuń go, gdy praca się skończy.',
    'anthropic-admin':
      'Klucz administratora zarządza całą Twoją organizacją. Zamiast niego udostępnij zwykły klucz API z osobnego obszaru roboczego.',
    'google-service-account':
      'Nadaj kontu usługi tylko potrzebne role, zamiast pliku z kluczem wybierz krótkotrwałe dane dostępowe lub podszywanie się pod konto usługi, a gdy praca się skończy, usuń klucz.',
    'private-key':
      'Jeśli to możliwe, poproś drugą osobę o jej klucz publiczny i nadaj mu dostęp, zamiast wysyłać klucz prywatny. Jeśli musisz go wysłać, wymień parę kluczy, gdy praca się skończy.',
    'ssh-private-key':
      'Zamiast tego poproś drugą osobę o jej publiczny klucz SSH i dodaj go (do authorized_keys albo jako klucz wdrożeniowy); usuń go, gdy praca się skończy.',
    jwt: 'JWT to token okaziciela: kto go ma, może go używać, dopóki nie wygaśnie. Lepiej użyj krótkotrwałego tokenu.',
    'database-url':
      'Lepiej utwórz dla tej osoby osobnego użytkownika bazy danych z tylko potrzebnymi uprawnieniami (tylko do odczytu, jeśli to wystarczy); usuń go lub zmień jego hasło, gdy praca się skończy.',
    'broker-url':
      'Lepiej utwórz osobnego użytkownika (użytkownika ACL w Redis, użytkownika RabbitMQ na jednym vhoście) z tylko potrzebnymi uprawnieniami; usuń go, gdy praca się skończy.',
    dotenv:
      'Udostępnij tylko zmienne, których potrzebuje odbiorca, i wymień każdy zawarty w nich sekret, gdy praca się skończy.',
  },
  text: {
    heading: 'Rozpoznano w Twoim sekrecie',
    rotate:
      'Gdy współpraca się skończy, wymień wszystkie udostępnione dane dostępowe. Przypomni Ci o tym data „Wymień do” w prywatnej notatce poniżej.',
    local: 'Rozpoznano w tej przeglądarce; nic nie jest w tym celu nigdzie wysyłane.',
    variables: 'Zmienne',
    times: (count: number) => `×${number(count)}`,
    more: (count: number) => `i jeszcze ${number(count)}`,
    moreShort: (count: number) => `+${number(count)} ${plural(count, 'inny', 'inne', 'innych')}`,
  },
};
