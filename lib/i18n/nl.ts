import type { Messages } from './en';
import { DETECTION_STRINGS_NL } from './nl-detect';

/*
 * The Dutch catalogue. Informal "je" throughout, as Dutch security apps use it; "geheim" for secret,
 * "onthullen" for reveal, "beheerlink", "Mijn links", "verzoek"/"antwoord", "intrekken" for revoke,
 * "vervangen" for rotating a credential, "afzender"/"ontvanger", "wachtwoord".
 */

const number = (n: number) => n.toLocaleString('nl');
const percent = (n: number) => `${number(n)}%`;
const times = (n: number) => (n === 1 ? '1 keer' : `${number(n)} keer`);
const UNCERTAIN =
  'dus we kunnen niet zeggen of deze weergave is verbruikt. Probeer het opnieuw; staat er dan dat de link al is geopend, vraag de afzender dan om een nieuwe.';

export const nl: Messages = {
  detect: DETECTION_STRINGS_NL,
  header: {
    navigation: 'Hoofdmenu',
    share: 'Delen',
    myLinks: 'Mijn links',
  },
  footer: {
    keyStaysInLink:
      'De sleutel van elk geheim staat in de link na het #-teken, en dat deel sturen browsers nooit naar een server. De server bewaart alleen versleutelde tekst en verwijdert die na de laatste toegestane weergave.',
  },
  language: {
    label: 'Taal',
  },
  copy: {
    copy: 'Kopiëren',
    copied: 'Gekopieerd',
    failed: 'Kopiëren mislukt: selecteer en kopieer zelf',
  },
  home: {
    title: 'Een geheim eenmalig delen',
    intro:
      'Je browser versleutelt het voordat er iets wordt verstuurd. De link opent het een vast aantal keer; daarna is het voorgoed weg.',
  },
  create: {
    secretLabel: 'Geheim',
    secretPlaceholder: 'sk_live_…, een database-URL of een heel .env-bestand',
    secretHint: 'Wordt in deze browser versleuteld voordat het wordt verstuurd. Nooit onversleuteld opgeslagen.',
    tooLarge: (bytes: number, limit: number) => `Te groot: ${number(bytes)} bytes; de limiet is ${number(limit)}.`,
    expiresLabel: 'Verloopt na',
    ttl: {
      300: '5 minuten',
      3600: '1 uur',
      86400: '1 dag',
      604800: '7 dagen',
      2592000: '30 dagen',
    },
    viewsLabel: 'Kan worden geopend',
    views: (n: number) => (n === 1 ? '1 keer (aanbevolen)' : times(n)),
    submit: 'Geheime link maken',
    encrypting: 'Versleutelen…',
    protecting: (p: number) => `Beveiligen met je wachtwoord… ${percent(p)}`,
    errors: {
      network: 'De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
      rateLimited: 'Er zijn hiervandaan net te veel geheimen gemaakt. Wacht een minuut en probeer het opnieuw.',
      tooLarge: 'Dit geheim is te groot om te delen.',
      unavailable: 'De dienst is tijdelijk niet beschikbaar. Probeer het zo opnieuw.',
      failed: 'Het geheim kon niet worden gemaakt. Probeer het opnieuw.',
      encryptionFailed: 'Je browser kon dit geheim niet versleutelen. Er is niets verstuurd.',
    },
  },
  files: {
    label: 'Bestanden',
    optional: '(optioneel)',
    choose: 'Bestanden toevoegen',
    drop: 'of sleep ze hierheen',
    limit: (limit: string, count: number) =>
      `Maximaal ${number(count)} bestanden, samen ${limit}. Versleuteld in deze browser.`,
    remove: (name: string) => `${name} verwijderen`,
    total: (size: string) => `Totaal: ${size}`,
    tooLarge: (size: string, limit: string) =>
      `Deze bestanden zijn samen ${size}, meer dan de limiet van ${limit}. Verwijder er een paar; er is niets geüpload.`,
    tooMany: (count: number) => `Maximaal ${number(count)} bestanden per geheim. Er is niets geüpload.`,
    uploading: (p: number) => `Versleutelen en uploaden… ${percent(p)}`,
    cancel: 'Upload annuleren',
    cancelled: 'Upload geannuleerd. Er is niets gedeeld, en wat al was geüpload, wordt verwijderd.',
    uploadsPaused:
      'De opslag is bijna vol, dus het uploaden van bestanden is tijdelijk gepauzeerd. Geheimen met alleen tekst werken nog wel.',
    incomplete: 'De upload is niet voltooid. Probeer het opnieuw.',
    changed:
      'Een bestand is tijdens het uploaden gewijzigd of onleesbaar geworden. Er is niets gedeeld. Probeer het opnieuw.',
    contains: (size: string) => `Het bevat bestanden: ${size} na versleuteling.`,
    downloading: (p: number) => `Bestanden downloaden en ontsleutelen… ${percent(p)}`,
    listTitle: 'Bestanden',
    download: (name: string) => `${name} downloaden`,
    downloadShort: 'Downloaden',
    preview: 'Voorbeeld als tekst',
    hidePreview: 'Voorbeeld verbergen',
    previewLabel: (name: string) => `Inhoud van ${name}`,
    noPreview: 'Dit bestand is geen platte tekst, dus er is geen voorbeeld. Download het in plaats daarvan.',
    typeUnknown: 'onbekend type',
    downloadFailed:
      'De bestanden konden niet worden gedownload. Probeer het opnieuw: je download blijft na het onthullen nog een paar minuten beschikbaar.',
    retry: 'Opnieuw downloaden',
    damaged:
      'De bestanden zijn niet door de integriteitscontrole gekomen en zijn niet opgeslagen. Vraag de afzender ze opnieuw te delen.',
    keepNote:
      'De bestanden staan nu alleen nog op deze pagina. Download wat je nodig hebt voordat je weggaat: ze zijn van de server verwijderd, of worden dat zodra de downloadperiode afloopt.',
  },
  password: {
    label: 'Wachtwoord',
    optional: '(optioneel)',
    show: 'Tonen',
    hide: 'Verbergen',
    generate: 'Genereren',
    weak: 'Zwak: makkelijk te raden als de link uitlekt.',
    fair: 'Redelijk.',
    strong: 'Sterk.',
    advice:
      'Stuur het wachtwoord via een ander kanaal dan de link: een telefoontje, sms of Signal. Een verkeerd wachtwoord verbruikt de link nooit.',
  },
  record: {
    summary: 'Een privénotitie bewaren in deze browser (optioneel)',
    intro: <T>(myLinks: T) => [
      'Alleen opgeslagen in ',
      myLinks,
      ' in deze browser en nooit naar de server gestuurd, zodat je kunt bijhouden wat je hebt gedeeld en het kunt vervangen als het werk klaar is.',
    ],
    myLinks: 'Mijn links',
    label: 'Label',
    labelPlaceholder: 'Beperkte Stripe-sleutel voor Acme',
    recipient: 'Ontvanger',
    recipientPlaceholder: 'Dana (freelancer)',
    rotateBy: 'Vervangen vóór',
  },
  result: {
    title: 'Je geheime link is klaar',
    link: 'Link',
    copyLink: 'Link kopiëren',
    showQr: 'QR-code tonen',
    hideQr: 'QR-code verbergen',
    qrLabel: 'QR-code van de geheime link',
    qrHint: 'Getekend in deze browser. Scan hem met de telefoon waarop het geheim moet worden geopend.',
    opensAndExpires: (views: number, date: string) =>
      `Opent ${views === 1 ? 'één keer' : `${number(views)} keer`} en verloopt op ${date}.`,
    sendWithPassword:
      'Stuur de link via één kanaal (chat, e-mail) en het wachtwoord via een ander (een telefoontje, sms of Signal). Zet ze nooit samen in hetzelfde bericht.',
    sendWithoutPassword:
      'Stuur deze link via één kanaal (chat, e-mail). Meer is niet nodig: de sleutel zit in de link, dus iedereen met de link kan het geheim openen, en na het openen is het weg.',
    manageLink: 'Beheerlink (houd deze voor jezelf)',
    copyManageLink: 'Kopiëren',
    manageHint:
      'De beheerlink laat zien of en wanneer het geheim is geopend, en je kunt het ermee intrekken. Het geheim zelf kan hij niet lezen.',
    savedIn: <T>(myLinks: T) => [' Hij is ook opgeslagen in ', myLinks, ' in deze browser.'],
    myLinks: 'Mijn links',
    shareAnother: 'Nog een geheim delen',
  },
  reveal: {
    checking: 'Link controleren…',
    title: 'Iemand heeft een geheim met je gedeeld',
    viewsLeft: (n: number) =>
      n === 1
        ? 'Dit geheim kan nog 1 keer worden bekeken. Het wordt vernietigd nadat je het hebt onthuld.'
        : `Dit geheim kan nog ${number(n)} keer worden bekeken. Het wordt vernietigd na de laatste weergave.`,
    expires: (date: string) => `Het verloopt op ${date}.`,
    password: 'Wachtwoord',
    passwordHint:
      'De afzender hoort je het wachtwoord op een andere manier te hebben gegeven. Een verkeerd wachtwoord verbruikt de link niet.',
    wrongPassword: (attemptsLeft: number) =>
      `Verkeerd wachtwoord. Nog ${attemptsLeft === 1 ? '1 poging' : `${number(attemptsLeft)} pogingen`} voordat het geheim wordt vernietigd.`,
    submit: 'Geheim onthullen',
    checkingPassword: (p: number) => `Wachtwoord controleren… ${percent(p)}`,
    revealing: 'Onthullen…',
    destroyedTitle: 'Dit geheim is vernietigd',
    destroyedBody:
      'Er zijn te veel verkeerde wachtwoorden geprobeerd, dus het geheim is voorgoed verwijderd. Vraag de afzender het opnieuw te delen.',
    unavailable: 'De dienst is tijdelijk niet beschikbaar. Je link werkt nog steeds: laad deze pagina zo opnieuw.',
    goneTitle: 'Deze link is al geopend of verlopen',
    goneBody:
      'Vraag de afzender om een nieuwe. Geheimen die via Handoff zijn gedeeld, kunnen maar een vast aantal keer worden geopend.',
    invalidTitle: 'Deze link is niet compleet',
    invalidAdvice:
      'Kopieer de hele link uit het bericht dat je hebt ontvangen, of vraag de afzender hem opnieuw te sturen.',
    linkProblems: {
      empty: 'De link mist zijn sleutel, het deel na het #-teken.',
      tooShort: 'De link is afgekapt: een deel van de sleutel ontbreekt.',
      tooLong: 'De sleutel in de link is langer dan hij hoort te zijn.',
      badCharacters: 'De sleutel in de link bevat tekens die daar niet thuishoren.',
    },
    errors: {
      unavailable: 'De dienst is tijdelijk niet beschikbaar. Je link werkt nog steeds: probeer het zo opnieuw.',
      rateLimited:
        'Er kwamen net te veel pogingen vanaf je netwerk. Wacht een minuut en probeer het opnieuw. Je link werkt nog steeds.',
      outcomeUnknown: `De dienst verloor tijdens het onthullen het contact met zijn opslag, ${UNCERTAIN}`,
      network: `Je browser kon de dienst niet bereiken, ${UNCERTAIN}`,
      failed: 'Het geheim kon niet worden onthuld. Probeer het opnieuw, of vraag de afzender om een nieuwe link.',
      undecryptable:
        'Dit geheim kon niet worden ontsleuteld. De link is misschien beschadigd; vraag de afzender om een nieuwe.',
    },
  },
  revealed: {
    title: 'Hier is je geheim',
    characters: (n: number) => `${number(n)} ${n === 1 ? 'teken' : 'tekens'}`,
    secret: 'Geheim',
    secretHidden: 'Geheim, verborgen',
    show: 'Tonen',
    hide: 'Verbergen',
    copy: 'Geheim kopiëren',
    clearLater: (seconds: number) => `Klembord na ${number(seconds)} seconden wissen`,
    copyFailed: 'Kopiëren mislukt: toon het geheim en selecteer het zelf.',
    copied: 'Gekopieerd.',
    copiedWillClear: (seconds: number) => `Gekopieerd. Het klembord wordt over ${number(seconds)} seconden gewist.`,
    cleared: 'Klembord gewist.',
    clearFailed: 'Het klembord kon niet worden gewist (dit tabblad was niet actief); wis het zelf.',
    deleted:
      'Dit geheim is nu van de server verwijderd. Bewaar het op een veilige plek voordat je deze pagina verlaat.',
    stillOpens: (n: number) => `Deze link kan nog ${n === 1 ? '1 keer' : `${number(n)} keer`} worden geopend.`,
  },
  manage: {
    loading: 'Leesbevestiging laden…',
    invalidTitle: 'Deze beheerlink is niet compleet',
    invalidBody: 'Kopieer de hele beheerlink die je bij het delen hebt bewaard.',
    missingTitle: 'Geen leesbevestiging voor deze link',
    missingBody:
      'Leesbevestigingen worden na het einde van een geheim nog een tijd bewaard en daarna verwijderd. Deze is weg, of de link klopt niet.',
    unavailable: 'De dienst is tijdelijk niet beschikbaar. Deze pagina probeert het vanzelf opnieuw.',
    title: 'Je gedeelde geheim',
    opened: 'Geopend',
    viewsUsed: (used: number, max: number) => `${number(used)} van ${number(max)} keer`,
    view: (n: number) => `Weergave ${number(n)}`,
    created: 'Gemaakt',
    expires: 'Verloopt',
    wouldHaveExpired: 'Zou zijn verlopen',
    ended: 'Beëindigd',
    wrongPasswords: 'Verkeerde wachtwoorden',
    refreshes: 'Deze pagina ververst zichzelf. De beheerlink kan het geheim niet lezen.',
    revoke: 'Nu intrekken',
    revokeFailed: 'Intrekken mislukt. Probeer het opnieuw.',
    confirmGroup: 'Intrekken bevestigen',
    confirmQuestion: 'Dit geheim nu vernietigen? De link werkt dan voor niemand meer.',
    confirm: 'Ja, vernietigen',
    cancel: 'Annuleren',
  },
  states: {
    active: 'Wacht',
    viewed: 'Geopend',
    expired: 'Verlopen',
    revoked: 'Ingetrokken',
    locked: 'Vernietigd na verkeerde wachtwoorden',
  },
  history: {
    title: 'Mijn gedeelde links',
    localOnly:
      'Deze lijst staat alleen in deze browser en wordt nooit naar de server gestuurd. Als je je browsergegevens wist, ben je hem kwijt: exporteer hem om een overzicht te bewaren. Hij bevat beheerlinks (status en intrekken), nooit een geheim of de sleutel ervan.',
    filter: 'Filteren op label of ontvanger',
    exportCsv: 'CSV exporteren',
    exportJson: 'JSON exporteren',
    empty: 'Nog niets hier.',
    list: 'Gedeelde links',
    untitled: 'Naamloos geheim',
    forRecipient: (recipient: string) => `voor ${recipient}`,
    shared: (date: string) => `gedeeld op ${date}`,
    opened: (used: number, max: number) => `${number(used)} van ${number(max)} keer geopend`,
    rotateBy: (date: string) => `vervangen vóór ${date}`,
    checking: 'controleren…',
    receiptDeleted: 'leesbevestiging verwijderd',
    unavailable: 'niet beschikbaar',
    manage: 'Beheren',
    manageEntry: (label: string) => `${label || 'Naamloos geheim'} beheren`,
    forget: 'Vergeten',
  },
  offboarding: {
    title: 'Offboarding',
    intro: 'Loopt een samenwerking af, vervang dan alle toegangsgegevens die je met die persoon hebt gedeeld.',
    recipient: 'Ontvanger',
    choose: 'Kiezen…',
    checklist: 'Checklist',
    rotate: <T>(credential: T, status: string, rotateBy: string | null) => [
      '☐ ',
      credential,
      ` vervangen (${status})${rotateBy ? `, vóór ${rotateBy}` : ''}`,
    ],
    status: {
      opened: 'geopend',
      active: 'actief',
      viewed: 'bekeken',
      expired: 'verlopen',
      revoked: 'ingetrokken',
      locked: 'geblokkeerd',
      unknown: 'onbekend',
    },
    exportRecord: 'Overzicht exporteren (Markdown)',
  },
  myLinks: {
    untitled: (date: string) => `Geheim gedeeld op ${date}`,
    forgetEntry: (title: string) => `${title} vergeten`,
    forgotten: (title: string) =>
      `‘${title}’ vergeten. De beheerlink, de enige manier om te zien of het is geopend en om het in te trekken, is uit deze browser verdwenen.`,
    undo: 'Ongedaan maken',
    undoFor: (seconds: number) => `Ongedaan maken (${number(seconds)} s)`,
    restored: (title: string) => `‘${title}’ staat weer in je lijst.`,
    edit: 'Bewerken',
    editEntry: (title: string) => `Notities bij ${title} bewerken`,
    editHeading: (title: string) => `Notities bij ${title}`,
    save: 'Opslaan',
    cancel: 'Annuleren',
    saved: (title: string) => `Notities bij ${title} opgeslagen.`,
    saveFailed: 'Deze browser weigerde de wijziging op te slaan.',
    rotateBy: (date: string) => `vervangen vóór ${date}`,
    overdue: 'te laat',
    noRecipient: 'Geen ontvanger genoemd',
    rotated: (title: string) => `Vervangen: ${title}`,
    rotateItem: 'Vervangen',
    rotateByItem: (date: string) => `vóór ${date}`,
    progress: (done: number, total: number) => `${number(done)} van ${number(total)} vervangen`,
    revokeAll: (n: number) => `Alle nog wachtende intrekken (${number(n)})`,
    revokeAllQuestion: (n: number, recipient: string) =>
      `${n === 1 ? 'De ene link' : `Alle ${number(n)} links`} die nog op ${recipient} ${n === 1 ? 'wacht' : 'wachten'}, intrekken? ${n === 1 ? 'Hij werkt' : 'Ze werken'} dan meteen voor niemand meer.`,
    revokeAllConfirm: (n: number) => `Ja, ${number(n)} intrekken`,
    revokeAllDone: (n: number) => `${n === 1 ? '1 link' : `${number(n)} links`} ingetrokken.`,
    revokeAllFailed: (n: number) =>
      `${n === 1 ? '1 link kon' : `${number(n)} links konden`} niet worden ingetrokken. Probeer het opnieuw.`,
    revokeAllGroup: 'Intrekken bevestigen',
  },
  manageGuard: {
    subtitle: 'Je gedeelde geheim',
    unnamed: 'Een gedeeld geheim',
    notInListTitle: 'Dit is de privébeheerlink van de afzender',
    notInListBody:
      'Hij staat niet in de lijst met gedeelde links van deze browser. Heeft iemand hem naar jou gestuurd, dan is het de verkeerde link: vraag om de geheime link (die bevat /s#). Deze pagina kan het geheim niet tonen, alleen voor iedereen vernietigen.',
    iAmSender: 'Ik heb dit geheim gedeeld: laat me het intrekken',
    receipt: 'Leesbevestiging',
    actions: 'Acties',
    revoked: 'Ingetrokken. De link opent voor niemand meer.',
    aboutTitle: 'Over deze pagina',
    about:
      'Alleen jij hoort deze beheerlink te hebben. Hij laat zien of het geheim is geopend en laat je het vernietigen; het geheim lezen kan hij niet.',
  },
  site: {
    httpsTitle: 'Deze pagina heeft HTTPS nodig',
    httpsBody: (host: string) =>
      `Je hebt Handoff geopend via onversleuteld http op ${host}. Browsers staan versleuteling en kopiëren naar het klembord alleen toe via https:// (of op deze computer zelf), dus geheimen maken of openen en de kopieerknoppen mislukken hier, en iedereen op het netwerk kan deze pagina wijzigen. Open hem via https://, of vraag de beheerder van deze server om HTTPS in te stellen.`,
    noscriptTitle: 'Handoff heeft JavaScript nodig',
    noscriptBody:
      'Geheimen worden in je browser versleuteld en ontsleuteld, zodat de server ze nooit ziet. Zonder JavaScript kan niets worden versleuteld of onthuld, en het openen van een link verbruikt niets. Zet JavaScript aan voor deze site en laad de pagina opnieuw.',
    notFoundTitle: 'Pagina niet gevonden',
    notFoundBody:
      'Op dit adres staat niets. Een geheime link ziet eruit als …/s#… en een beheerlink als …/m#…: controleer of je de hele link hebt gekopieerd.',
    notFoundHome: 'Een geheim delen',
    notFoundHistory: 'Mijn links',
  },
  cli: {
    footerLink: 'Opdrachtregel',
    title: 'Opdrachtregel',
    intro:
      'Open een link in een terminal in plaats van een browser. De opdrachtregeltool van Handoff is één bestand voor Node.js 20 of nieuwer: er hoeft niets te worden geïnstalleerd, en hij ontsleutelt op je eigen computer, net als de browser.',
    openHeading: 'Downloaden en een link openen',
    openHelp:
      'Voer dit uit in een terminal, in een map naar keuze, met de link die je hebt ontvangen in plaats van LINK:',
    command: 'Opdracht',
    copyCommand: 'Opdracht kopiëren',
    historyHint: <T>(dash: T) => [
      'Je shell bewaart opdrachten in zijn geschiedenis. Om de link daarbuiten te houden, schrijf je ',
      dash,
      ' op de plaats van de link; plak daarna de link, druk op Enter en dan op Ctrl-D.',
    ],
    moreHelp: <T>(help: T) => [
      'Hij kan ook geheimen versturen en hun status controleren: ',
      help,
      ' toont alle opdrachten.',
    ],
    checkHeading: 'Het bestand controleren',
    checkHelp: 'De SHA-256 van het bestand dat deze server aanbiedt:',
    hashLabel: 'SHA-256 van handoff.mjs',
    checkHow:
      'Laat je computer hem vergelijken met het bestand (de eerste regel op Linux, de tweede op macOS); bij een overeenkomst toont hij ‘handoff.mjs: OK’:',
    checkWindows: <T>(command: T) => ['Op Windows (PowerShell) toont ', command, ' hem in hoofdletters.'],
    honest:
      'Deze controle vindt een beschadigde of onvolledige download. Een oneerlijke server vindt hij niet: een server die het bestand heeft gewijzigd, kan ook deze pagina wijzigen. Publiceert je organisatie de hash ook ergens anders, vergelijk dan met die kopie.',
    notBuilt: 'De opdrachtregeltool is niet beschikbaar op deze server.',
  },
  policy: {
    required: '(verplicht bij deze dienst)',
    passwordRequired: 'Deze dienst vereist een wachtwoord voor elk geheim.',
    tooShort: (min: number) => `Het wachtwoord moet bij deze dienst minstens ${number(min)} tekens lang zijn.`,
    minLength: (min: number) => `Minstens ${number(min)} tekens.`,
    violation: 'Het beleid van deze dienst staat die keuze niet toe. Laad de pagina opnieuw om te zien wat wel mag.',
  },
  brand: {
    imprint: 'Colofon',
    privacy: 'Privacy',
    support: 'Ondersteuning',
  },
  sender: {
    textTooLarge: (size: string, limit: string) => `Te groot: ${size}; de limiet is ${limit}.`,
    resultAnnouncement: (views: number, date: string) =>
      `Je geheime link is klaar. Hij opent ${views === 1 ? 'één keer' : `${number(views)} keer`} en verloopt op ${date}.`,
    shareLinkHint: 'Stuur deze link naar de ontvanger.',
    share: 'Delen',
    shareFailed: 'Delen mislukt: kopieer de link in plaats daarvan',
    passwordTitle: 'Wachtwoord',
    passwordLabel: 'Wachtwoord voor deze link',
    showPassword: 'Tonen',
    hidePassword: 'Verbergen',
    copyPassword: 'Wachtwoord kopiëren',
    passwordReminder:
      'Stuur het wachtwoord via een ander kanaal dan de link (een telefoontje, sms of Signal). Het wordt alleen hier getoond, tot je deze pagina verlaat: het staat niet in de link, niet in Mijn links, en is nooit naar de server gestuurd.',
    forYouOnly: 'Alleen voor jou',
    copyManageLink: 'Beheerlink kopiëren',
    manageTitle: 'Je beheerlink',
    showDetails: 'Details tonen',
    hideDetails: 'Details verbergen',
  },
  notify: {
    toggle: 'Laat me weten wanneer het is geopend',
    destinationLabel: 'E-mailadres of webhook-URL',
    hint: 'We sturen alleen een korte referentie, de gebeurtenis en het tijdstip: nooit de link of de inhoud. Deze server accepteert alleen de adressen en webhookhosts die de beheerder toestaat.',
    reference: (ref: string) => `Referentie: ${ref}`,
    referenceHint: 'Meldingen over deze link bevatten deze referentie.',
    alertsOn: 'Meld het me hier',
    alertsEnabled: 'Meldingen aan: deze pagina laat je weten wanneer de link verandert, zolang die open blijft.',
    alertsBlocked: 'Deze browser staat geen meldingen toe voor deze site.',
    refused: 'Deze server stuurt geen meldingen naar dat adres of die host. Controleer het, of vink het vakje uit.',
    alertTitle: 'Handoff',
    alertBody: (label: string, state: string) => `${label || 'Je link'}: ${state}`,
    toggleAnswered: 'Laat me weten wanneer het is beantwoord',
    historyAlertsOn: 'Meld het me hier wanneer een link verandert',
    historyAlertsEnabled:
      'Meldingen aan: deze pagina laat je weten wanneer een van deze links verandert, zolang die open blijft.',
  },
  request: {
    nav: 'Aanvragen',
    title: 'Een geheim aanvragen',
    intro:
      'Vraag iemand om een wachtwoord, een API-sleutel of een bestand. Die persoon antwoordt via een link; de browser versleutelt het antwoord zo dat alleen jij het kunt openen, niet de server.',
    noteLabel: 'Notitie voor degene aan wie je het vraagt',
    notePlaceholder: 'Stuur alsjeblieft het wachtwoord van de staging-database voor project Falcon.',
    noteHint: 'Versleuteld in deze browser; alleen iemand met de verzoeklink kan het lezen.',
    noteTooLong: (bytes: number, limit: number) => `Te lang: ${number(bytes)} bytes; de limiet is ${number(limit)}.`,
    openLabel: 'Het verzoek blijft open gedurende',
    keepLabel: 'Het antwoord bewaren gedurende',
    viewsLabel: 'Het antwoord kan worden geopend',
    duration: {
      300: '5 minuten',
      3600: '1 uur',
      86400: '1 dag',
      604800: '7 dagen',
      2592000: '30 dagen',
    },
    keepSummary: 'Een privénotitie bewaren in deze browser (optioneel)',
    keepIntro:
      'Alleen opgeslagen in Mijn links in deze browser, met de status van het verzoek; nooit de eigenaarslink.',
    labelLabel: 'Label',
    labelPlaceholder: 'Wachtwoord staging-database, project Falcon',
    fromLabel: 'Gevraagd aan',
    fromPlaceholder: 'Dana (freelancer)',
    submit: 'Verzoek maken',
    creating: 'Maken…',
    errors: {
      network: 'De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
      rateLimited: 'Er zijn hiervandaan net te veel verzoeken gemaakt. Wacht een minuut en probeer het opnieuw.',
      unavailable: 'De dienst is tijdelijk niet beschikbaar. Probeer het zo opnieuw.',
      failed: 'Het verzoek kon niet worden gemaakt. Probeer het opnieuw.',
      encryptionFailed: 'Je browser kon de notitie niet versleutelen. Er is niets verstuurd.',
    },
    createdTitle: 'Je verzoek is klaar',
    requestLink: 'Verzoeklink: stuur deze naar degene aan wie je het vraagt',
    copyRequestLink: 'Verzoeklink kopiëren',
    openUntil: (date: string) => `Het verzoek neemt tot ${date} één antwoord aan.`,
    ownerLink: 'Eigenaarslink: houd deze voor jezelf',
    copyOwnerLink: 'Eigenaarslink kopiëren',
    saveOwnerLink: 'Opslaan als bestand',
    ownerWarning:
      'Alleen de eigenaarslink opent het antwoord. Hij wordt nergens opgeslagen, ook niet in deze browser: kopieer hem nu naar je wachtwoordbeheerder of sla hem op als bestand. Zonder deze link kan het antwoord niet worden gelezen.',
    ownerFile: (link: string, date: string) =>
      `Eigenaarslink van Handoff: deze opent het antwoord op je verzoek. Houd hem privé.\n\n${link}\n\nHet verzoek neemt tot ${date} een antwoord aan.\n`,
    savedInMyLinks: <T>(myLinks: T) => [
      'De status van het verzoek (niet de eigenaarslink) wordt ook bewaard in ',
      myLinks,
      '.',
    ],
    myLinks: 'Mijn links',
    another: 'Nog een geheim aanvragen',
    checking: 'Verzoek controleren…',
    askedTitle: 'Iemand vraagt je om een geheim',
    noteFrom: 'Hun notitie',
    noNote: 'Er is geen notitie geschreven.',
    origin: (origin: string) =>
      `Je antwoord gaat naar ${origin}, versleuteld in deze browser, zodat alleen de aanvrager het kan lezen.`,
    openUntilResponder: (date: string) => `Het verzoek neemt tot ${date} één antwoord aan.`,
    answerLabel: 'Je antwoord',
    answerPlaceholder: 'Het wachtwoord, de sleutel of het .env-bestand waarom is gevraagd',
    answerSubmit: 'Versleutelen en versturen',
    sending: 'Versleutelen en versturen…',
    answeredTitle: 'Je antwoord is verstuurd',
    answeredAt: (time: string) =>
      `Verstuurd op ${time}. Alleen de aanvrager kan het openen; jij kunt het niet meer teruglezen.`,
    confirmationLabel: 'Bevestigingscode',
    confirmationHint:
      'De aanvrager ziet dezelfde code bij het openen van het antwoord. Vergelijk hem telefonisch als je zeker wilt weten dat het antwoord dat die persoon leest van jou is.',
    closedTitle: 'Dit verzoek neemt geen antwoord meer aan',
    closedBody: 'Het is al beantwoord of ingetrokken. Vraag de aanvrager zo nodig om een nieuwe verzoeklink.',
    goneTitle: 'Dit verzoek is verlopen of bestaat niet',
    goneBody: 'Vraag de aanvrager om een nieuwe verzoeklink.',
    tamperedTitle: 'Dit verzoek kon niet worden geverifieerd',
    tamperedBody:
      'Wat de server stuurde, past niet bij deze link, dus er is niets versleuteld of verstuurd. Vraag de aanvrager om een nieuwe verzoeklink.',
    invalidTitle: 'Deze verzoeklink is niet compleet',
    invalidAdvice:
      'Kopieer de hele link uit het bericht dat je hebt ontvangen, of vraag de aanvrager hem opnieuw te sturen.',
    unavailable: 'De dienst is tijdelijk niet beschikbaar. Je link werkt nog steeds: laad deze pagina zo opnieuw.',
    answerErrors: {
      network: 'De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
      rateLimited: 'Er zijn hiervandaan net te veel antwoorden verstuurd. Wacht een minuut en probeer het opnieuw.',
      unavailable: 'De dienst is tijdelijk niet beschikbaar. Probeer het zo opnieuw.',
      failed: 'Het antwoord kon niet worden verstuurd. Probeer het opnieuw.',
      encryptionFailed: 'Je browser kon het antwoord niet versleutelen. Er is niets verstuurd.',
      uploadFailed:
        'De bestanden konden niet worden geüpload, dus het antwoord is niet afgeleverd. Probeer het opnieuw: het verzoek gaat weer open zodra de mislukte upload verloopt.',
      closed: 'Iemand anders antwoordde eerder, of het verzoek is ingetrokken. Je antwoord is niet aangenomen.',
    },
    ownerTitle: 'Je verzoek',
    loadingOwner: 'Je verzoek controleren…',
    stateLabel: 'Status',
    waitingBody: 'Nog geen antwoord. Deze pagina controleert het vanzelf opnieuw.',
    uploadingBody: 'Er komt een antwoord met bestanden binnen. Deze pagina controleert het vanzelf opnieuw.',
    answeredBody: (time: string) => `Beantwoord op ${time}.`,
    revokedBody: 'Je hebt dit verzoek ingetrokken. Het antwoord, als dat er was, is verwijderd.',
    created: 'Gemaakt',
    openUntilLabel: 'Neemt een antwoord aan tot',
    reveal: 'Antwoord onthullen',
    revealing: 'Onthullen…',
    revealHint: 'Onthullen verbruikt één weergave van het antwoord; na de laatste wordt het van de server verwijderd.',
    confirmationSeen: (code: string) => `Bevestigingscode: ${code}. Degene die antwoordde, zag dezelfde code.`,
    ownerGoneTitle: 'Dit antwoord is al gelezen of verlopen',
    ownerGoneBody:
      'Het verzoek en het antwoord zijn van de server verdwenen: gelezen tot de laatste weergave, ingetrokken of verlopen. Heb je het niet zelf gelezen, dan heeft iemand anders met de eigenaarslink dat misschien gedaan.',
    ownerInvalidTitle: 'Deze eigenaarslink is niet compleet',
    ownerInvalidBody:
      'Gebruik de hele eigenaarslink die je bij het maken van het verzoek hebt bewaard (of het bestand dat je hebt opgeslagen).',
    undecryptable:
      'Het antwoord kon niet worden ontsleuteld: het is niet voor dit verzoek versleuteld. De weergave is verbruikt; vraag opnieuw om het geheim.',
    revealFailed: 'Het antwoord kon niet worden onthuld. Probeer het opnieuw.',
    revoke: 'Verzoek intrekken',
    revokeQuestion:
      'Dit verzoek sluiten en het antwoord, als dat er is, verwijderen? Daarna kan niemand het nog beantwoorden of lezen.',
    revokeConfirm: 'Ja, intrekken',
    revokeCancel: 'Annuleren',
    revokeGroup: 'Intrekken van het verzoek bevestigen',
    revokeFailed: 'Intrekken mislukt. Probeer het opnieuw.',
    states: {
      open: 'Wacht op antwoord',
      uploading: 'Antwoord komt binnen',
      answered: 'Beantwoord',
      revoked: 'Ingetrokken',
    },
    answerRead: 'Antwoord gelezen',
    ended: 'Beëindigd',
    listTitle: 'Verzoeken',
    listHint:
      'Verzoeken die je in deze browser hebt gemaakt. Alleen de status wordt hier bewaard, niet de eigenaarslink waarmee je het antwoord leest.',
    untitled: 'Naamloos verzoek',
    from: (who: string) => `van ${who}`,
    asked: (date: string) => `gevraagd op ${date}`,
    revokeEntry: (label: string) => `Verzoek intrekken: ${label || 'naamloos verzoek'}`,
    received: 'Ontvangen',
    receivedLine: <T>(credential: T, status: string) => ['☐ ', credential, ` vervangen, ontvangen (${status})`],
  },
  ending: {
    badge: {
      ready: 'Klaar om te openen',
      ended: 'Beëindigd',
      revealed: 'Geopend',
    },
    viewedTitle: 'Dit geheim is al geopend',
    viewedBody: (date: string) =>
      `Alle toegestane weergaven zijn gebruikt; de laatste op ${date}. Het geheim is van de server verwijderd.`,
    expiredTitle: 'Deze link is verlopen',
    expiredBody: (date: string) =>
      `Niemand heeft hem op tijd geopend: hij is op ${date} verlopen en ongelezen verwijderd.`,
    revokedTitle: 'De afzender heeft dit geheim ingetrokken',
    revokedBody: (date: string) =>
      `De afzender heeft het op ${date} verwijderd, voordat het voor de laatste keer werd geopend.`,
    lockedTitle: 'Dit geheim is vernietigd na verkeerde wachtwoorden',
    lockedBody: (date: string) => `Er zijn te veel verkeerde wachtwoorden geprobeerd; het is op ${date} verwijderd.`,
    unknownTitle: 'Deze link opent niet meer',
    unknownBody:
      'Hij is al geopend, verlopen of door de afzender ingetrokken, of de link klopt niet. De server zegt voor deze link niet welke van deze het is.',
    tellSender:
      'Heb je het niet zelf geopend, laat het de afzender dan weten: iemand anders heeft het geheim misschien gezien, en het moet worden gewijzigd.',
    nextTitle: 'Wat nu',
    nextAsk: 'Vraag de afzender het opnieuw te delen met een nieuwe link.',
    nextNoReply: 'Antwoord niet met het geheim of een deel ervan.',
    revisitedTitle: 'Je hebt dit geheim al onthuld in dit tabblad',
    revisitedBody: (n: number) =>
      `De sleutel is bij het onthullen uit de adresbalk gehaald, dus deze pagina kan het niet nog eens tonen. De link kan nog ${n === 1 ? '1 keer' : `${number(n)} keer`} worden geopend: open de link die je hebt gekregen opnieuw, in zijn geheel, om het geheim te zien.`,
    tooLongTitle: 'Deze link heeft extra tekens aan het eind',
    tooLongBody:
      'Iets, vaak een chatapp, heeft tekens achter de sleutel gezet, en zonder die tekens past geen enkel geheim bij de link. Kopieer precies de link die je hebt gekregen, of vraag de afzender hem opnieuw te sturen.',
    trimmed: 'De tekens die een chatapp achter de sleutel had gezet, zijn verwijderd.',
    ownLink:
      'Dit is een link die je vanuit deze browser hebt gedeeld (hij staat in Mijn links). Als je hem hier onthult, verbruik je een van de weergaven: de ontvanger vindt hem dan misschien niet meer.',
    files: (count: number, size: string) =>
      `${count === 1 ? '1 bestand' : `${number(count)} bestanden`}, samen ${size}`,
    filesBefore: (size: string) => `Het bevat bestanden, maximaal ${size}.`,
  },
  auth: {
    signIn: 'Inloggen',
    signOut: 'Uitloggen',
    signedInAs: (user: string) => `Ingelogd als ${user}`,
    settings: 'API-tokens',
    checking: 'Controleren wie je bent…',
    requiredTitle: 'Log in om te delen',
    requiredOidc:
      'Op deze server kunnen alleen ingelogde medewerkers links maken. Voor het openen van een link is nooit een account nodig.',
    requiredProxy:
      'Op deze server kunnen alleen ingelogde medewerkers links maken. Open deze pagina via de inlogpagina van je ' +
      'organisatie. Voor het openen van een link is nooit een account nodig.',
    unavailable: 'Kon niet controleren of je bent ingelogd. Laad de pagina opnieuw om het nog eens te proberen.',
    pageTitle: 'Inloggen',
    errors: {
      provider:
        'De inlogdienst is nu niet bereikbaar. Er is niets verloren gegaan: probeer het over een paar minuten opnieuw.',
      denied: 'Dit account mag hier geen links maken. Vraag je beheerder om toegang.',
      failed: 'Het inloggen is niet voltooid (het duurde misschien te lang). Probeer het opnieuw.',
    },
    tryAgain: 'Opnieuw proberen',
    tokensTitle: 'Persoonlijke API-tokens',
    tokensIntro:
      'Met tokens kunnen de handoff-opdrachtregel en je automatisering links maken namens jou. Een token wordt één keer getoond; ' +
      'de server bewaart alleen een hash ervan. Trek een token in zodra je het niet meer nodig hebt.',
    tokenName: 'Naam van het token',
    tokenNamePlaceholder: 'deploy-pipeline',
    createToken: 'Token maken',
    newTokenTitle: 'Je nieuwe token',
    newTokenHint: 'Kopieer het nu: het wordt niet nog eens getoond. Gebruik het als HANDOFF_TOKEN of met --token-file.',
    noTokens: 'Nog geen tokens.',
    created: (when: string) => `Gemaakt op ${when}`,
    lastUsed: (when: string | null) => (when ? `Laatst gebruikt op ${when}` : 'Nooit gebruikt'),
    revoke: 'Intrekken',
    revoked: 'Token ingetrokken.',
    failed: 'Dat is niet gelukt. Probeer het opnieuw.',
    signInForTokens: 'Log in om je API-tokens te beheren.',
  },
};
