import type { SenderMessages } from './en';
import { DETECTION_STRINGS_PL } from '../detect/pl';

/*
 * The Polish catalogue. Informal second person, "Ty"/"Twój" capitalised, and no gendered past forms
 * addressed to the reader; "sekret", "odsłonić" for reveal, "link do zarządzania", "Moje linki",
 * "prośba"/"odpowiedź", "unieważnić" for revoke, "wymienić" for rotate, "nadawca"/"odbiorca", "hasło".
 */

const number = (n: number) => n.toLocaleString('pl');
const percent = (n: number) => `${number(n)}%`;

/** Picks Polish's one/few/many form: 1 plik, 2 pliki, 5 plików, 22 pliki (integers never fall in `other`). */
function plural(n: number, one: string, few: string, many: string): string {
  const category = new Intl.PluralRules('pl').select(n);
  return category === 'one' ? one : category === 'few' ? few : many;
}

/** A formatted count with its noun in the form Polish needs: "5 plików". */
const counted = (n: number, one: string, few: string, many: string) => `${number(n)} ${plural(n, one, few, many)}`;
const times = (n: number) => counted(n, 'raz', 'razy', 'razy');

export const sender: SenderMessages = {
  detect: DETECTION_STRINGS_PL,
  home: {
    title: 'Udostępnij sekret jednorazowo',
    intro:
      'Twoja przeglądarka szyfruje go, zanim cokolwiek zostanie wysłane. Link otwiera go określoną liczbę razy, a potem sekret znika na zawsze.',
  },
  create: {
    secretLabel: 'Sekret',
    secretPlaceholder: 'sk_live_…, URL bazy danych albo cały plik .env',
    secretHint: 'Szyfrowany w tej przeglądarce przed wysłaniem. Nigdy nie jest przechowywany bez szyfrowania.',
    tooLarge: (bytes: number, limit: number) =>
      `Za duży: ${counted(bytes, 'bajt', 'bajty', 'bajtów')}; limit to ${number(limit)}.`,
    expiresLabel: 'Wygasa po',
    ttl: {
      300: '5 minutach',
      3600: '1 godzinie',
      86400: '1 dniu',
      604800: '7 dniach',
      2592000: '30 dniach',
    },
    viewsLabel: 'Można otworzyć',
    views: (n: number) => (n === 1 ? '1 raz (zalecane)' : times(n)),
    submit: 'Utwórz link do sekretu',
    encrypting: 'Szyfrowanie…',
    protecting: (p: number) => `Zabezpieczanie Twoim hasłem… ${percent(p)}`,
    errors: {
      network: 'Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie.',
      rateLimited: 'Z tego miejsca utworzono przed chwilą zbyt wiele sekretów. Odczekaj minutę i spróbuj ponownie.',
      tooLarge: 'Ten sekret jest za duży, by go udostępnić.',
      unavailable: 'Usługa jest chwilowo niedostępna. Spróbuj ponownie za chwilę.',
      failed: 'Nie udało się utworzyć sekretu. Spróbuj ponownie.',
      encryptionFailed: 'Twoja przeglądarka nie mogła zaszyfrować tego sekretu. Nic nie zostało wysłane.',
    },
  },
  password: {
    label: 'Hasło',
    optional: '(opcjonalnie)',
    show: 'Pokaż',
    hide: 'Ukryj',
    generate: 'Wygeneruj',
    weak: 'Słabe: łatwe do odgadnięcia, jeśli link wycieknie.',
    fair: 'Średnie.',
    strong: 'Silne.',
    advice:
      'Wyślij hasło innym kanałem niż link: telefonicznie, SMS-em lub przez Signal. Błędne hasło nigdy nie zużywa linku.',
  },
  record: {
    summary: 'Zachowaj prywatną notatkę w tej przeglądarce (opcjonalnie)',
    intro: <T>(myLinks: T) => [
      'Zapisywana tylko w sekcji ',
      myLinks,
      ' w tej przeglądarce i nigdy niewysyłana na serwer, dzięki czemu możesz śledzić, co zostało udostępnione, i wymienić to, gdy praca się skończy.',
    ],
    myLinks: 'Moje linki',
    label: 'Etykieta',
    labelPlaceholder: 'Ograniczony klucz Stripe dla Acme',
    recipient: 'Odbiorca',
    recipientPlaceholder: 'Dana (wykonawczyni)',
    rotateBy: 'Wymień do',
  },
  result: {
    title: 'Link do sekretu jest gotowy',
    link: 'Link',
    copyLink: 'Kopiuj link',
    showQr: 'Pokaż kod QR',
    hideQr: 'Ukryj kod QR',
    qrLabel: 'Kod QR linku do sekretu',
    qrHint: 'Narysowany w tej przeglądarce. Zeskanuj go telefonem, na którym ma zostać otwarty sekret.',
    opensAndExpires: (views: number, date: string) =>
      `Otwiera się ${views === 1 ? 'jeden raz' : times(views)} i wygasa ${date}.`,
    sendWithPassword:
      'Wyślij link jednym kanałem (czat, e-mail), a hasło innym (telefon, SMS lub Signal). Nigdy nie umieszczaj obu w tej samej wiadomości.',
    sendWithoutPassword:
      'Wyślij ten link jednym kanałem (czat, e-mail). Nic więcej nie trzeba: klucz jest w linku, więc każdy, kto ma link, może otworzyć sekret, a po otwarciu sekret znika.',
    manageLink: 'Link do zarządzania (zachowaj go dla siebie)',
    copyManageLink: 'Kopiuj',
    manageHint:
      'Link do zarządzania pokazuje, czy i kiedy sekret został otwarty, i pozwala go unieważnić. Nie pozwala odczytać sekretu.',
    savedIn: <T>(myLinks: T) => [' Jest też zapisany w sekcji ', myLinks, ' w tej przeglądarce.'],
    myLinks: 'Moje linki',
    shareAnother: 'Udostępnij kolejny sekret',
  },
  manage: {
    loading: 'Wczytywanie potwierdzenia…',
    invalidTitle: 'Ten link do zarządzania jest niekompletny',
    invalidBody: 'Skopiuj cały link do zarządzania zachowany podczas udostępniania.',
    missingTitle: 'Brak potwierdzenia dla tego linku',
    missingBody:
      'Potwierdzenia są przechowywane jeszcze przez jakiś czas po zakończeniu sekretu, a potem usuwane. To już zostało usunięte albo link jest błędny.',
    unavailable: 'Usługa jest chwilowo niedostępna. Ta strona sama ponowi próbę.',
    title: 'Twój udostępniony sekret',
    opened: 'Otwarto',
    viewsUsed: (used: number, max: number) => `${number(used)} z ${counted(max, 'razu', 'razy', 'razy')}`,
    view: (n: number) => `Wyświetlenie ${number(n)}`,
    created: 'Utworzono',
    expires: 'Wygasa',
    wouldHaveExpired: 'Wygasłby',
    ended: 'Zakończono',
    wrongPasswords: 'Błędne hasła',
    refreshes: 'Ta strona odświeża się sama. Link do zarządzania nie pozwala odczytać sekretu.',
    revoke: 'Unieważnij teraz',
    revokeFailed: 'Nie udało się unieważnić. Spróbuj ponownie.',
    confirmGroup: 'Potwierdź unieważnienie',
    confirmQuestion: 'Zniszczyć ten sekret teraz? Link przestanie działać dla wszystkich.',
    confirm: 'Tak, zniszcz go',
    cancel: 'Anuluj',
  },
  states: {
    active: 'Oczekuje',
    viewed: 'Otwarty',
    expired: 'Wygasł',
    revoked: 'Unieważniony',
    locked: 'Zniszczony po błędnych hasłach',
  },
  history: {
    title: 'Moje udostępnione linki',
    localOnly:
      'Ta lista istnieje tylko w tej przeglądarce i nigdy nie jest wysyłana na serwer. Wyczyszczenie danych przeglądarki ją usunie: wyeksportuj ją, aby zachować zapis. Zawiera linki do zarządzania (stan i unieważnianie), nigdy sekret ani jego klucz.',
    filter: 'Filtruj według etykiety lub odbiorcy',
    exportCsv: 'Eksportuj CSV',
    exportJson: 'Eksportuj JSON',
    empty: 'Na razie nic tu nie ma.',
    list: 'Udostępnione linki',
    untitled: 'Sekret bez nazwy',
    forRecipient: (recipient: string) => `odbiorca: ${recipient}`,
    shared: (date: string) => `udostępniono ${date}`,
    opened: (used: number, max: number) => `otwarto ${number(used)} z ${number(max)}`,
    rotateBy: (date: string) => `wymień do ${date}`,
    checking: 'sprawdzanie…',
    receiptDeleted: 'potwierdzenie usunięte',
    unavailable: 'niedostępne',
    manage: 'Zarządzaj',
    manageEntry: (label: string) => `Zarządzaj: ${label || 'sekret bez nazwy'}`,
    forget: 'Zapomnij',
  },
  offboarding: {
    title: 'Zakończenie współpracy',
    intro: 'Gdy współpraca się kończy, wymień wszystkie dane dostępowe udostępnione tej osobie.',
    recipient: 'Odbiorca',
    choose: 'Wybierz…',
    checklist: 'Lista kontrolna',
    rotate: <T>(credential: T, status: string, rotateBy: string | null) => [
      '☐ Wymień ',
      credential,
      ` (${status})${rotateBy ? `, do ${rotateBy}` : ''}`,
    ],
    status: {
      opened: 'otwarty',
      active: 'aktywny',
      viewed: 'wyświetlony',
      expired: 'wygasły',
      revoked: 'unieważniony',
      locked: 'zablokowany',
      unknown: 'nieznany',
    },
    exportRecord: 'Eksportuj zapis (Markdown)',
  },
  myLinks: {
    untitled: (date: string) => `Sekret udostępniony ${date}`,
    forgetEntry: (title: string) => `Zapomnij: ${title}`,
    forgotten: (title: string) =>
      `Zapomniano „${title}”. Jego link do zarządzania, jedyny sposób, by sprawdzić, czy sekret został otwarty, i by go unieważnić, zniknął z tej przeglądarki.`,
    undo: 'Cofnij',
    undoFor: (seconds: number) => `Cofnij (${number(seconds)} s)`,
    restored: (title: string) => `„${title}” jest znów na liście.`,
    edit: 'Edytuj',
    editEntry: (title: string) => `Edytuj notatki: ${title}`,
    editHeading: (title: string) => `Notatki: ${title}`,
    save: 'Zapisz',
    cancel: 'Anuluj',
    saved: (title: string) => `Zapisano notatki: ${title}.`,
    saveFailed: 'Ta przeglądarka odmówiła zapisania zmiany.',
    rotateBy: (date: string) => `wymień do ${date}`,
    overdue: 'po terminie',
    noRecipient: 'Nie podano odbiorcy',
    rotated: (title: string) => `Wymieniono: ${title}`,
    rotateItem: 'Wymień',
    rotateByItem: (date: string) => `do ${date}`,
    progress: (done: number, total: number) => `Wymieniono ${number(done)} z ${number(total)}`,
    revokeAll: (n: number) => `Unieważnij wszystkie oczekujące (${number(n)})`,
    revokeAllQuestion: (n: number, recipient: string) =>
      n === 1
        ? `Unieważnić 1 link, który nadal czeka (odbiorca: ${recipient})? Od razu przestanie działać dla wszystkich.`
        : `Unieważnić wszystkie ${counted(n, 'link', 'linki', 'linków')}, które nadal czekają (odbiorca: ${recipient})? Od razu przestaną działać dla wszystkich.`,
    revokeAllConfirm: (n: number) => `Tak, unieważnij ${number(n)}`,
    revokeAllDone: (n: number) => `Unieważniono ${counted(n, 'link', 'linki', 'linków')}.`,
    revokeAllFailed: (n: number) =>
      `Nie udało się unieważnić ${counted(n, 'linku', 'linków', 'linków')}. Spróbuj ponownie.`,
    revokeAllGroup: 'Potwierdź unieważnienie',
  },
  manageGuard: {
    subtitle: 'Twój udostępniony sekret',
    unnamed: 'Udostępniony sekret',
    notInListTitle: 'To prywatny link nadawcy do zarządzania',
    notInListBody:
      'Nie ma go na liście udostępnionych linków w tej przeglądarce. Jeśli ktoś Ci go przesłał, to jest to niewłaściwy link: poproś o link do sekretu (zawiera /s#). Ta strona nie może pokazać sekretu, może go tylko zniszczyć dla wszystkich.',
    iAmSender: 'Ten sekret pochodzi ode mnie: chcę go unieważnić',
    receipt: 'Potwierdzenie',
    actions: 'Działania',
    revoked: 'Unieważniono. Link nie otwiera się już dla nikogo.',
    aboutTitle: 'O tej stronie',
    about:
      'Ten link do zarządzania powinien być tylko u Ciebie. Pokazuje, czy sekret został otwarty, i pozwala go zniszczyć; nie pozwala odczytać sekretu.',
  },
  cli: {
    title: 'Wiersz poleceń',
    intro:
      'Otwórz link w terminalu zamiast w przeglądarce. Narzędzie wiersza poleceń Handoff to jeden plik dla Node.js 20 lub nowszego: niczego nie trzeba instalować, a odszyfrowuje na Twoim komputerze, tak samo jak przeglądarka.',
    openHeading: 'Pobierz je i otwórz link',
    openHelp: 'Uruchom to w terminalu, w wybranym folderze, wstawiając otrzymany link w miejsce LINK:',
    command: 'Polecenie',
    copyCommand: 'Kopiuj polecenie',
    historyHint: <T>(dash: T) => [
      'Powłoka zapisuje polecenia w historii. Aby link się w niej nie znalazł, wpisz w jego miejsce ',
      dash,
      ', a potem wklej link, naciśnij Enter, a następnie Ctrl-D.',
    ],
    moreHelp: <T>(help: T) => [
      'Narzędzie potrafi też wysyłać sekrety i sprawdzać ich stan: ',
      help,
      ' wyświetla wszystkie polecenia.',
    ],
    checkHeading: 'Sprawdź plik',
    checkHelp: 'SHA-256 pliku udostępnianego przez ten serwer:',
    hashLabel: 'SHA-256 pliku handoff.mjs',
    checkHow:
      'Niech komputer porówna go z plikiem (pierwszy wiersz w Linuksie, drugi w macOS); gdy się zgadzają, wyświetli „handoff.mjs: OK”:',
    checkWindows: <T>(command: T) => ['W systemie Windows (PowerShell) ', command, ' wyświetla go wielkimi literami.'],
    honest:
      'Ta kontrola wykrywa uszkodzone lub niepełne pobranie. Nie wykryje nieuczciwego serwera: serwer, który zmienił plik, mógłby zmienić także tę stronę. Jeśli Twoja organizacja publikuje skrót także gdzie indziej, porównaj z tamtą kopią.',
    notBuilt: 'Narzędzie wiersza poleceń nie jest dostępne na tym serwerze.',
  },
  policy: {
    required: '(wymagane w tej usłudze)',
    passwordRequired: 'Ta usługa wymaga hasła dla każdego sekretu.',
    tooShort: (min: number) => `Hasło w tej usłudze musi mieć co najmniej ${counted(min, 'znak', 'znaki', 'znaków')}.`,
    minLength: (min: number) => `Co najmniej ${counted(min, 'znak', 'znaki', 'znaków')}.`,
    violation: 'Zasady tej usługi nie pozwalają na ten wybór. Odśwież stronę, aby zobaczyć, co jest dozwolone.',
  },
  sender: {
    textTooLarge: (size: string, limit: string) => `Za duży: ${size}; limit to ${limit}.`,
    resultAnnouncement: (views: number, date: string) =>
      `Link do sekretu jest gotowy. Otwiera się ${views === 1 ? 'jeden raz' : times(views)} i wygasa ${date}.`,
    shareLinkHint: 'Wyślij ten link odbiorcy.',
    share: 'Udostępnij',
    shareFailed: 'Nie udało się udostępnić: skopiuj link',
    passwordTitle: 'Hasło',
    passwordLabel: 'Hasło do tego linku',
    showPassword: 'Pokaż',
    hidePassword: 'Ukryj',
    copyPassword: 'Kopiuj hasło',
    passwordReminder:
      'Wyślij hasło innym kanałem niż link (telefon, SMS lub Signal). Jest widoczne tylko tutaj, dopóki nie opuścisz tej strony: nie ma go w linku ani w sekcji Moje linki i nigdy nie zostało wysłane na serwer.',
    forYouOnly: 'Tylko dla Ciebie',
    copyManageLink: 'Kopiuj link do zarządzania',
    manageTitle: 'Twój link do zarządzania',
    showDetails: 'Pokaż szczegóły',
    hideDetails: 'Ukryj szczegóły',
  },
  notify: {
    toggle: 'Powiadom mnie, gdy zostanie otwarty',
    destinationLabel: 'Adres e-mail lub URL webhooka',
    hint: 'Wysyłamy tylko krótki kod referencyjny, zdarzenie i czas: nigdy link ani treść. Ten serwer akceptuje tylko adresy i hosty webhooków dopuszczone przez jego operatora.',
    reference: (ref: string) => `Kod referencyjny: ${ref}`,
    referenceHint: 'Powiadomienia o tym linku zawierają ten kod referencyjny.',
    alertsOn: 'Powiadamiaj mnie tutaj',
    alertsEnabled: 'Powiadomienia włączone: ta strona poinformuje Cię o zmianie stanu linku, dopóki pozostaje otwarta.',
    alertsBlocked: 'Ta przeglądarka nie pozwala tej witrynie wyświetlać powiadomień.',
    refused: 'Ten serwer nie wysyła powiadomień na ten adres ani do tego hosta. Sprawdź go albo odznacz pole.',
    alertTitle: 'Handoff',
    alertBody: (label: string, state: string) => `${label || 'Twój link'}: ${state}`,
    toggleAnswered: 'Powiadom mnie, gdy nadejdzie odpowiedź lub prośba wygaśnie bez niej',
    historyAlertsOn: 'Powiadamiaj mnie tutaj o zmianach linków',
    historyAlertsEnabled:
      'Powiadomienia włączone: ta strona poinformuje Cię, gdy zmieni się stan któregoś z tych linków, dopóki pozostaje otwarta.',
  },
  request: {
    title: 'Poproś o sekret',
    intro:
      'Poproś kogoś o hasło, klucz API lub plik. Ta osoba odpowie przez link; jej przeglądarka zaszyfruje odpowiedź tak, że otworzyć ją możesz tylko Ty, a nie serwer.',
    noteLabel: 'Notatka dla osoby, którą prosisz',
    notePlaceholder: 'Proszę o hasło do bazy danych staging w projekcie Falcon.',
    noteHint: 'Szyfrowana w tej przeglądarce; przeczytać ją może tylko ktoś, kto ma link do prośby.',
    noteTooLong: (bytes: number, limit: number) =>
      `Za długa: ${counted(bytes, 'bajt', 'bajty', 'bajtów')}; limit to ${number(limit)}.`,
    openLabel: 'Prośba pozostaje otwarta przez',
    keepLabel: 'Przechowuj odpowiedź przez',
    viewsLabel: 'Odpowiedź można otworzyć',
    duration: {
      300: '5 minut',
      3600: '1 godzinę',
      86400: '1 dzień',
      604800: '7 dni',
      2592000: '30 dni',
    },
    keepSummary: 'Zachowaj prywatną notatkę w tej przeglądarce (opcjonalnie)',
    keepIntro:
      'Zapisywana tylko w sekcji Moje linki w tej przeglądarce, razem ze stanem prośby; nigdy link właściciela.',
    labelLabel: 'Etykieta',
    labelPlaceholder: 'Hasło do bazy staging, projekt Falcon',
    fromLabel: 'Od kogo',
    fromPlaceholder: 'Dana (wykonawczyni)',
    submit: 'Utwórz prośbę',
    creating: 'Tworzenie…',
    errors: {
      network: 'Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie.',
      rateLimited: 'Z tego miejsca utworzono przed chwilą zbyt wiele próśb. Odczekaj minutę i spróbuj ponownie.',
      unavailable: 'Usługa jest chwilowo niedostępna. Spróbuj ponownie za chwilę.',
      failed: 'Nie udało się utworzyć prośby. Spróbuj ponownie.',
      encryptionFailed: 'Twoja przeglądarka nie mogła zaszyfrować notatki. Nic nie zostało wysłane.',
    },
    createdTitle: 'Prośba jest gotowa',
    requestLink: 'Link do prośby: wyślij go osobie, którą prosisz',
    copyRequestLink: 'Kopiuj link do prośby',
    openUntil: (date: string) => `Prośba przyjmie jedną odpowiedź do ${date}.`,
    ownerLink: 'Link właściciela: zachowaj go dla siebie',
    copyOwnerLink: 'Kopiuj link właściciela',
    saveOwnerLink: 'Zapisz jako plik',
    ownerWarning:
      'Tylko link właściciela otwiera odpowiedź. Nie jest nigdzie zapisywany, nawet w tej przeglądarce: skopiuj go teraz do menedżera haseł albo zapisz jako plik. Bez niego odpowiedzi nie da się odczytać.',
    ownerFile: (link: string, date: string) =>
      `Link właściciela Handoff: otwiera odpowiedź na Twoją prośbę. Zachowaj go w tajemnicy.\n\n${link}\n\nProśba przyjmuje odpowiedź do ${date}.\n`,
    savedInMyLinks: <T>(myLinks: T) => [
      'Stan prośby (bez linku właściciela) jest też zapisany w sekcji ',
      myLinks,
      '.',
    ],
    myLinks: 'Moje linki',
    another: 'Poproś o kolejny sekret',
    checking: 'Sprawdzanie prośby…',
    askedTitle: 'Ktoś prosi Cię o sekret',
    noteFrom: 'Notatka od tej osoby',
    noNote: 'Nie dodano notatki.',
    origin: (origin: string) =>
      `Twoja odpowiedź trafi do ${origin}, zaszyfrowana w tej przeglądarce tak, by odczytać ją mogła tylko osoba, która prosi.`,
    openUntilResponder: (date: string) => `Prośba przyjmie jedną odpowiedź do ${date}.`,
    answerLabel: 'Twoja odpowiedź',
    answerPlaceholder: 'Hasło, klucz lub plik .env, o które proszono',
    answerSubmit: 'Zaszyfruj i wyślij',
    sending: 'Szyfrowanie i wysyłanie…',
    answeredTitle: 'Odpowiedź została wysłana',
    answeredAt: (time: string) =>
      `Wysłano ${time}. Otworzyć ją może tylko osoba, która prosiła; Ty nie możesz jej już odczytać.`,
    confirmationLabel: 'Kod potwierdzenia',
    confirmationHint:
      'Osoba, która prosiła, zobaczy ten sam kod, gdy otworzy odpowiedź. Porównajcie go telefonicznie, jeśli chcesz mieć pewność, że czyta właśnie Twoją odpowiedź.',
    closedTitle: 'Ta prośba nie przyjmuje już odpowiedzi',
    closedBody:
      'Udzielono już na nią odpowiedzi albo została unieważniona. W razie potrzeby poproś o nowy link do prośby.',
    goneTitle: 'Ta prośba wygasła lub nie istnieje',
    goneBody: 'Poproś osobę, która prosi o sekret, o nowy link do prośby.',
    tamperedTitle: 'Nie udało się zweryfikować tej prośby',
    tamperedBody:
      'To, co przysłał serwer, nie pasuje do tego linku, więc niczego nie zaszyfrowano ani nie wysłano. Poproś osobę, która prosi o sekret, o nowy link do prośby.',
    invalidTitle: 'Ten link do prośby jest niekompletny',
    invalidAdvice:
      'Skopiuj cały link z otrzymanej wiadomości albo poproś osobę, która prosi o sekret, by wysłała go ponownie.',
    unavailable: 'Usługa jest chwilowo niedostępna. Twój link nadal działa: za chwilę odśwież tę stronę.',
    answerErrors: {
      network: 'Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie.',
      rateLimited: 'Z tego miejsca wysłano przed chwilą zbyt wiele odpowiedzi. Odczekaj minutę i spróbuj ponownie.',
      unavailable: 'Usługa jest chwilowo niedostępna. Spróbuj ponownie za chwilę.',
      failed: 'Nie udało się wysłać odpowiedzi. Spróbuj ponownie.',
      encryptionFailed: 'Twoja przeglądarka nie mogła zaszyfrować odpowiedzi. Nic nie zostało wysłane.',
      uploadFailed:
        'Nie udało się przesłać plików, więc odpowiedź nie została dostarczona. Spróbuj ponownie: prośba otworzy się znowu, gdy nieudane przesyłanie wygaśnie.',
      closed: 'Ktoś odpowiedział pierwszy albo prośba została unieważniona. Twoja odpowiedź nie została przyjęta.',
    },
    ownerTitle: 'Twoja prośba',
    loadingOwner: 'Sprawdzanie Twojej prośby…',
    stateLabel: 'Stan',
    waitingBody: 'Jeszcze nie ma odpowiedzi. Ta strona sama sprawdza ponownie.',
    uploadingBody: 'Nadchodzi odpowiedź z plikami. Ta strona sama sprawdza ponownie.',
    answeredBody: (time: string) => `Odpowiedziano ${time}.`,
    revokedBody: 'Ta prośba została unieważniona. Odpowiedź, jeśli była, została usunięta.',
    created: 'Utworzono',
    openUntilLabel: 'Przyjmuje odpowiedź do',
    reveal: 'Odsłoń odpowiedź',
    revealing: 'Odsłanianie…',
    revealHint: 'Odsłonięcie zużywa jedno wyświetlenie odpowiedzi; po ostatnim odpowiedź jest usuwana z serwera.',
    confirmationSeen: (code: string) => `Kod potwierdzenia: ${code}. Osoba, która odpowiedziała, widziała ten sam kod.`,
    ownerGoneTitle: 'Ta odpowiedź została już odczytana lub wygasła',
    ownerGoneBody:
      'Prośba i odpowiedź zniknęły z serwera: odczytane do ostatniego wyświetlenia, unieważnione lub wygasłe. Jeśli odpowiedź nie została odczytana przez Ciebie, mógł to zrobić ktoś inny, kto ma link właściciela.',
    ownerInvalidTitle: 'Ten link właściciela jest niekompletny',
    ownerInvalidBody: 'Użyj całego linku właściciela zachowanego przy tworzeniu prośby (albo zapisanego wtedy pliku).',
    undecryptable:
      'Nie udało się odszyfrować odpowiedzi: nie została zaszyfrowana dla tej prośby. Jej wyświetlenie zostało zużyte; poproś o sekret ponownie.',
    revealFailed: 'Nie udało się odsłonić odpowiedzi. Spróbuj ponownie.',
    revoke: 'Unieważnij prośbę',
    revokeQuestion:
      'Zamknąć tę prośbę i usunąć odpowiedź, jeśli jest? Potem nikt nie będzie mógł na nią odpowiedzieć ani jej odczytać.',
    revokeConfirm: 'Tak, unieważnij',
    revokeCancel: 'Anuluj',
    revokeGroup: 'Potwierdź unieważnienie prośby',
    revokeFailed: 'Nie udało się unieważnić. Spróbuj ponownie.',
    states: {
      open: 'Czeka na odpowiedź',
      uploading: 'Odpowiedź nadchodzi',
      answered: 'Odpowiedziano',
      revoked: 'Unieważniona',
    },
    answerRead: 'Odpowiedź odczytana',
    ended: 'Zakończona',
    listTitle: 'Prośby',
    listHint:
      'Prośby utworzone w tej przeglądarce. Przechowywany jest tu tylko ich stan, a nie link właściciela, który odczytuje odpowiedź.',
    untitled: 'Prośba bez nazwy',
    from: (who: string) => `od: ${who}`,
    asked: (date: string) => `poproszono ${date}`,
    revokeEntry: (label: string) => `Unieważnij prośbę: ${label || 'prośba bez nazwy'}`,
    received: 'Otrzymano',
    receivedLine: <T>(credential: T, status: string) => ['☐ Wymień ', credential, `, otrzymano (${status})`],
  },
  auth: {
    signIn: 'Zaloguj się',
    signOut: 'Wyloguj się',
    signedInAs: (user: string) => `Zalogowano jako ${user}`,
    settings: 'Tokeny API',
    checking: 'Sprawdzanie tożsamości…',
    requiredTitle: 'Zaloguj się, aby udostępniać',
    requiredOidc:
      'Na tym serwerze linki mogą tworzyć tylko zalogowani pracownicy. Otwarcie linku nigdy nie wymaga konta.',
    requiredProxy:
      'Na tym serwerze linki mogą tworzyć tylko zalogowani pracownicy. Otwórz tę stronę przez stronę logowania ' +
      'swojej firmy. Otwarcie linku nigdy nie wymaga konta.',
    unavailable: 'Nie udało się sprawdzić stanu logowania. Odśwież stronę, aby spróbować ponownie.',
    pageTitle: 'Logowanie',
    errors: {
      provider:
        'Usługa logowania jest w tej chwili nieosiągalna. Nic nie zostało utracone: spróbuj ponownie za kilka minut.',
      denied: 'To konto nie może tworzyć tu linków. Poproś administratora o dostęp.',
      failed: 'Logowanie nie zostało ukończone (mogło trwać zbyt długo). Spróbuj ponownie.',
    },
    tryAgain: 'Spróbuj ponownie',
    tokensTitle: 'Osobiste tokeny API',
    tokensIntro:
      'Tokeny pozwalają wierszowi poleceń handoff i Twojej automatyzacji tworzyć linki w Twoim imieniu. Token jest pokazywany tylko raz; ' +
      'serwer przechowuje jedynie jego skrót. Unieważnij token, gdy tylko przestanie być potrzebny.',
    tokenName: 'Nazwa tokenu',
    tokenNamePlaceholder: 'potok wdrożeniowy',
    createToken: 'Utwórz token',
    newTokenTitle: 'Twój nowy token',
    newTokenHint: 'Skopiuj go teraz: nie zostanie pokazany ponownie. Użyj go jako HANDOFF_TOKEN lub z --token-file.',
    noTokens: 'Na razie brak tokenów.',
    created: (when: string) => `Utworzono ${when}`,
    lastUsed: (when: string | null) => (when ? `Ostatnio użyty ${when}` : 'Nigdy nieużywany'),
    revoke: 'Unieważnij',
    revoked: 'Token unieważniony.',
    failed: 'Nie udało się. Spróbuj ponownie.',
    signInForTokens: 'Zaloguj się, aby zarządzać tokenami API.',
  },
  pages: {
    noscriptTitle: 'Handoff wymaga JavaScriptu',
    noscriptBody:
      'Sekrety są szyfrowane i odszyfrowywane w Twojej przeglądarce, więc serwer nigdy ich nie widzi. Bez JavaScriptu nie da się niczego zaszyfrować ani odsłonić, a otwarcie linku niczego nie zużywa. Włącz JavaScript dla tej witryny i odśwież stronę.',
    notFoundTitle: 'Nie znaleziono strony',
    notFoundBody:
      'Pod tym adresem nic nie ma. Link do sekretu wygląda jak …/s#…, a link do zarządzania jak …/m#…: sprawdź, czy skopiowano cały link.',
    notFoundHome: 'Udostępnij sekret',
    notFoundHistory: 'Moje linki',
  },
  upload: {
    label: 'Pliki',
    optional: '(opcjonalnie)',
    choose: 'Dodaj pliki',
    drop: 'lub upuść je tutaj',
    limit: (limit: string, count: number) =>
      `Maksymalnie ${counted(count, 'plik', 'pliki', 'plików')}, łącznie ${limit}. Szyfrowane w tej przeglądarce.`,
    remove: (name: string) => `Usuń ${name}`,
    total: (size: string) => `Łącznie: ${size}`,
    tooLarge: (size: string, limit: string) =>
      `Te pliki mają łącznie ${size}, więcej niż limit ${limit}. Usuń część z nich; nic nie zostało przesłane.`,
    tooMany: (count: number) =>
      `Najwyżej ${counted(count, 'plik', 'pliki', 'plików')} na sekret. Nic nie zostało przesłane.`,
    uploading: (p: number) => `Szyfrowanie i przesyłanie… ${percent(p)}`,
    cancel: 'Anuluj przesyłanie',
    cancelled: 'Przesyłanie anulowane. Nic nie zostało udostępnione, a to, co zdążyło się przesłać, jest usuwane.',
    uploadsPaused:
      'Miejsce na serwerze prawie się skończyło, więc przesyłanie plików jest na razie wstrzymane. Sekrety tekstowe nadal działają.',
    incomplete: 'Przesyłanie nie zostało ukończone. Spróbuj ponownie.',
    changed:
      'Plik zmienił się lub stał się nieczytelny w trakcie przesyłania. Nic nie zostało udostępnione. Spróbuj ponownie.',
  },
};
