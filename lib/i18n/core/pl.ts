import type { CoreMessages } from './en';
import { percent, plural, counted, times } from '../helpers/pl';

/*
 * The Polish catalogue. Informal second person, "Ty"/"Twój" capitalised, and no gendered past forms
 * addressed to the reader; "sekret", "odsłonić" for reveal, "link do zarządzania", "Moje linki",
 * "prośba"/"odpowiedź", "unieważnić" for revoke, "wymienić" for rotate, "nadawca"/"odbiorca", "hasło".
 */

const UNCERTAIN =
  'więc nie wiemy, czy to wyświetlenie zostało zużyte. Spróbuj ponownie; jeśli link pokaże wtedy, że został już otwarty, poproś nadawcę o nowy.';

export const core: CoreMessages = {
  header: {
    navigation: 'Menu główne',
    share: 'Udostępnij',
    myLinks: 'Moje linki',
    request: 'Poproś',
  },
  footer: {
    keyStaysInLink:
      'Klucz do każdego sekretu zostaje w linku po znaku #, a tej części przeglądarki nigdy nie wysyłają do serwera. Serwer przechowuje tylko szyfrogram i usuwa go po ostatnim dozwolonym wyświetleniu.',
    cli: 'Wiersz poleceń',
  },
  language: {
    label: 'Język',
  },
  copy: {
    copy: 'Kopiuj',
    copied: 'Skopiowano',
    failed: 'Nie udało się skopiować: zaznacz i skopiuj ręcznie',
  },
  files: {
    contains: (size: string) => `Zawiera pliki: ${size} po zaszyfrowaniu.`,
    downloading: (p: number) => `Pobieranie i odszyfrowywanie plików… ${percent(p)}`,
    listTitle: 'Pliki',
    download: (name: string) => `Pobierz ${name}`,
    downloadShort: 'Pobierz',
    preview: 'Podgląd jako tekst',
    hidePreview: 'Ukryj podgląd',
    previewLabel: (name: string) => `Zawartość pliku ${name}`,
    noPreview: 'Ten plik nie jest zwykłym tekstem, więc nie ma podglądu. Pobierz go zamiast tego.',
    typeUnknown: 'nieznany typ',
    downloadFailed:
      'Nie udało się pobrać plików. Spróbuj ponownie: pobieranie pozostaje dostępne jeszcze przez kilka minut po odsłonięciu.',
    retry: 'Ponów pobieranie',
    damaged:
      'Pliki nie przeszły kontroli integralności i nie zostały zapisane. Poproś nadawcę, by udostępnił je ponownie.',
    keepNote:
      'Pliki są teraz tylko na tej stronie. Pobierz to, czego potrzebujesz, zanim ją opuścisz: zostały już usunięte z serwera albo zostaną usunięte, gdy minie czas na pobranie.',
  },
  reveal: {
    checking: 'Sprawdzanie linku…',
    title: 'Ktoś udostępnił Ci sekret',
    viewsLeft: (n: number) =>
      n === 1
        ? 'Ten sekret można wyświetlić jeszcze 1 raz. Zostanie zniszczony, gdy go odsłonisz.'
        : `Ten sekret można wyświetlić jeszcze ${times(n)}. Zostanie zniszczony po ostatnim wyświetleniu.`,
    expires: (date: string) => `Wygasa ${date}.`,
    password: 'Hasło',
    passwordHint: 'Nadawca powinien przekazać Ci hasło w inny sposób. Błędne hasło nie zużywa linku.',
    wrongPassword: (attemptsLeft: number) =>
      `Błędne hasło. ${plural(attemptsLeft, 'Pozostała', 'Pozostały', 'Pozostało')} ${counted(attemptsLeft, 'próba', 'próby', 'prób')}, zanim sekret zostanie zniszczony.`,
    submit: 'Odsłoń sekret',
    checkingPassword: (p: number) => `Sprawdzanie hasła… ${percent(p)}`,
    revealing: 'Odsłanianie…',
    destroyedTitle: 'Ten sekret został zniszczony',
    destroyedBody:
      'Wypróbowano zbyt wiele błędnych haseł, więc sekret został trwale usunięty. Poproś nadawcę, by udostępnił go ponownie.',
    unavailable: 'Usługa jest chwilowo niedostępna. Twój link nadal działa: za chwilę odśwież tę stronę.',
    goneTitle: 'Ten link został już otwarty lub wygasł',
    goneBody: 'Poproś nadawcę o nowy. Sekrety udostępnione przez Handoff można otworzyć tylko określoną liczbę razy.',
    invalidTitle: 'Ten link jest niekompletny',
    invalidAdvice: 'Skopiuj cały link z otrzymanej wiadomości albo poproś nadawcę, by wysłał go ponownie.',
    linkProblems: {
      empty: 'W linku brakuje klucza, czyli części po znaku #.',
      tooShort: 'Link jest ucięty: brakuje części klucza.',
      tooLong: 'Klucz w linku jest dłuższy, niż powinien.',
      badCharacters: 'Klucz w linku zawiera znaki, które nie powinny się w nim znaleźć.',
    },
    errors: {
      unavailable: 'Usługa jest chwilowo niedostępna. Twój link nadal działa: spróbuj ponownie za chwilę.',
      rateLimited:
        'Z Twojej sieci było przed chwilą zbyt wiele prób. Odczekaj minutę i spróbuj ponownie. Twój link nadal działa.',
      outcomeUnknown: `Podczas odsłaniania usługa straciła połączenie ze swoim magazynem danych, ${UNCERTAIN}`,
      network: `Twoja przeglądarka nie mogła połączyć się z usługą, ${UNCERTAIN}`,
      failed: 'Nie udało się odsłonić sekretu. Spróbuj ponownie albo poproś nadawcę o nowy link.',
      undecryptable: 'Nie udało się odszyfrować tego sekretu. Link może być uszkodzony; poproś nadawcę o nowy.',
    },
  },
  revealed: {
    title: 'Oto Twój sekret',
    characters: (n: number) => counted(n, 'znak', 'znaki', 'znaków'),
    secret: 'Sekret',
    secretHidden: 'Sekret, ukryty',
    show: 'Pokaż',
    hide: 'Ukryj',
    copy: 'Kopiuj sekret',
    clearLater: (seconds: number) => `Wyczyść schowek po ${counted(seconds, 'sekundzie', 'sekundach', 'sekundach')}`,
    copyFailed: 'Nie udało się skopiować: pokaż sekret i zaznacz go ręcznie.',
    copied: 'Skopiowano.',
    copiedWillClear: (seconds: number) =>
      `Skopiowano. Schowek zostanie wyczyszczony za ${counted(seconds, 'sekundę', 'sekundy', 'sekund')}.`,
    cleared: 'Schowek wyczyszczony.',
    clearFailed: 'Nie udało się wyczyścić schowka (ta karta nie była aktywna); wyczyść go samodzielnie.',
    deleted: 'Ten sekret został właśnie usunięty z serwera. Zapisz go w bezpiecznym miejscu, zanim opuścisz tę stronę.',
    stillOpens: (n: number) => `Ten link można otworzyć jeszcze ${times(n)}.`,
  },
  site: {
    httpsTitle: 'Ta strona wymaga HTTPS',
    httpsBody: (host: string) =>
      `Handoff został otwarty przez nieszyfrowane http pod adresem ${host}. Przeglądarki pozwalają na szyfrowanie i kopiowanie do schowka tylko przez https:// (albo na tym samym komputerze), więc tworzenie i otwieranie sekretów oraz przyciski kopiowania tutaj nie działają, a każdy w sieci mógłby zmienić tę stronę. Otwórz ją przez https:// albo poproś administratora tego serwera o udostępnienie go przez HTTPS.`,
  },
  brand: {
    imprint: 'Nota prawna',
    privacy: 'Prywatność',
    support: 'Pomoc',
  },
  ending: {
    badge: {
      ready: 'Gotowy do otwarcia',
      ended: 'Zakończony',
      revealed: 'Otwarty',
    },
    viewedTitle: 'Ten sekret został już otwarty',
    viewedBody: (date: string) =>
      `Wykorzystano wszystkie dozwolone wyświetlenia; ostatnie ${date}. Sekret został usunięty z serwera.`,
    expiredTitle: 'Ten link wygasł',
    expiredBody: (date: string) => `Nikt go nie otworzył na czas: wygasł ${date} i został usunięty bez odczytania.`,
    revokedTitle: 'Nadawca wycofał ten sekret',
    revokedBody: (date: string) => `Nadawca usunął go ${date}, zanim został otwarty po raz ostatni.`,
    lockedTitle: 'Ten sekret został zniszczony po błędnych hasłach',
    lockedBody: (date: string) => `Wypróbowano zbyt wiele błędnych haseł; sekret został usunięty ${date}.`,
    unknownTitle: 'Ten link już się nie otwiera',
    unknownBody:
      'Został już otwarty, wygasł lub został wycofany przez nadawcę albo link jest błędny. Serwer nie podaje, który z tych przypadków dotyczy tego linku.',
    tellSender:
      'Jeśli sekret nie został otwarty przez Ciebie, powiadom nadawcę: ktoś inny mógł go zobaczyć i trzeba go zmienić.',
    nextTitle: 'Co dalej',
    nextAsk: 'Poproś nadawcę, by udostępnił go ponownie, z nowym linkiem.',
    nextNoReply: 'W odpowiedzi nie podawaj sekretu ani żadnej jego części.',
    revisitedTitle: 'Ten sekret został już odsłonięty w tej karcie',
    revisitedBody: (n: number) =>
      `Klucz został usunięty z paska adresu podczas odsłaniania, więc ta strona nie może ponownie pokazać sekretu. Link można otworzyć jeszcze ${times(n)}: aby zobaczyć sekret, otwórz ponownie otrzymany link, w całości.`,
    tooLongTitle: 'Ten link ma na końcu dodatkowe znaki',
    tooLongBody:
      'Coś, często komunikator, dopisało znaki po kluczu, a bez nich żaden sekret nie pasuje do linku. Skopiuj dokładnie otrzymany link albo poproś nadawcę, by wysłał go ponownie.',
    trimmed: 'Znaki dopisane przez komunikator po kluczu zostały usunięte.',
    ownLink:
      'To link udostępniony z tej przeglądarki (jest w sekcji Moje linki). Odsłonięcie go tutaj zużyje jedno z jego wyświetleń: odbiorca może potem zastać go już nieaktywnym.',
    files: (count: number, size: string) => `${counted(count, 'plik', 'pliki', 'plików')}, łącznie ${size}`,
    filesBefore: (size: string) => `Zawiera pliki, najwyżej ${size}.`,
  },
};
