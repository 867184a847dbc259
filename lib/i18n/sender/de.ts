import type { SenderMessages } from './en';
import { DETECTION_STRINGS_DE } from '../detect/de';
import { number, percent } from '../helpers/de';

/*
 * Der deutsche Katalog. Typed like English's catalogue: a key missing here, or one English
 * does not have, is a type error. Formal address (Sie) throughout; "Geheimnis"
 * for secret, "erneuern" for rotating a credential.
 */

export const sender: SenderMessages = {
  detect: DETECTION_STRINGS_DE,
  home: {
    title: 'Ein Geheimnis einmalig teilen',
    intro:
      'Ihr Browser verschlüsselt es, bevor irgendetwas gesendet wird. Der Link öffnet es eine festgelegte Anzahl von Malen, danach ist es endgültig weg.',
  },
  create: {
    secretLabel: 'Geheimnis',
    secretPlaceholder: 'sk_live_…, eine Datenbank-URL oder eine ganze .env-Datei',
    secretHint: 'Wird in diesem Browser verschlüsselt, bevor es gesendet wird. Nie unverschlüsselt gespeichert.',
    tooLarge: (bytes: number, limit: number) =>
      `Zu groß: ${number(bytes)} Bytes; erlaubt sind höchstens ${number(limit)}.`,
    expiresLabel: 'Läuft ab nach',
    ttl: {
      300: '5 Minuten',
      3600: '1 Stunde',
      86400: '1 Tag',
      604800: '7 Tagen',
      2592000: '30 Tagen',
    },
    viewsLabel: 'Kann geöffnet werden',
    views: (n: number) => (n === 1 ? '1-mal (empfohlen)' : `${n}-mal`),
    submit: 'Geheimnis-Link erstellen',
    encrypting: 'Wird verschlüsselt…',
    protecting: (p: number) => `Wird mit Ihrem Passwort geschützt… ${percent(p)}`,
    errors: {
      network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
      rateLimited:
        'Von hier aus wurden gerade zu viele Geheimnisse erstellt. Warten Sie eine Minute und versuchen Sie es erneut.',
      tooLarge: 'Dieses Geheimnis ist zu groß, um es zu teilen.',
      unavailable: 'Der Dienst ist vorübergehend nicht verfügbar. Versuchen Sie es gleich noch einmal.',
      failed: 'Das Geheimnis konnte nicht erstellt werden. Versuchen Sie es erneut.',
      encryptionFailed: 'Ihr Browser konnte dieses Geheimnis nicht verschlüsseln. Es wurde nichts gesendet.',
    },
  },
  password: {
    label: 'Passwort',
    optional: '(optional)',
    show: 'Einblenden',
    hide: 'Ausblenden',
    generate: 'Erzeugen',
    weak: 'Schwach: leicht zu erraten, falls der Link in falsche Hände gerät.',
    fair: 'Mittel.',
    strong: 'Stark.',
    advice:
      'Senden Sie das Passwort über einen anderen Kanal als den Link: per Anruf, SMS oder Signal. Ein falsches Passwort verbraucht den Link nie.',
  },
  record: {
    summary: 'Private Notiz in diesem Browser behalten (optional)',
    intro: <T>(myLinks: T) => [
      'Wird nur unter ',
      myLinks,
      ' in diesem Browser gespeichert und nie an den Server gesendet. So behalten Sie im Blick, was Sie geteilt haben, und können es erneuern, wenn die Arbeit endet.',
    ],
    myLinks: 'Meine Links',
    label: 'Bezeichnung',
    labelPlaceholder: 'Eingeschränkter Stripe-Schlüssel für Acme',
    recipient: 'Empfänger',
    recipientPlaceholder: 'Dana (Freelancerin)',
    rotateBy: 'Erneuern bis',
  },
  result: {
    title: 'Ihr Geheimnis-Link ist bereit',
    link: 'Link',
    copyLink: 'Link kopieren',
    showQr: 'QR-Code anzeigen',
    hideQr: 'QR-Code ausblenden',
    qrLabel: 'QR-Code des Geheimnis-Links',
    qrHint:
      'In diesem Browser gezeichnet. Scannen Sie ihn mit dem Telefon, auf dem das Geheimnis geöffnet werden soll.',
    opensAndExpires: (views: number, date: string) =>
      `Lässt sich ${views === 1 ? 'einmal' : `${views}-mal`} öffnen und läuft am ${date} ab.`,
    sendWithPassword:
      'Senden Sie den Link über einen Kanal (Chat, E-Mail) und das Passwort über einen anderen (Anruf, SMS oder Signal). Schicken Sie nie beides in derselben Nachricht.',
    sendWithoutPassword:
      'Senden Sie diesen Link über einen Kanal (Chat, E-Mail). Mehr braucht es nicht: Der Schlüssel steckt im Link, daher kann jeder mit dem Link das Geheimnis öffnen, und danach ist es weg.',
    manageLink: 'Verwaltungslink (nur für Sie)',
    copyManageLink: 'Kopieren',
    manageHint:
      'Der Verwaltungslink zeigt, ob und wann das Geheimnis geöffnet wurde, und damit können Sie es widerrufen. Lesen kann er das Geheimnis nicht.',
    savedIn: <T>(myLinks: T) => [' Er ist außerdem unter ', myLinks, ' in diesem Browser gespeichert.'],
    myLinks: 'Meine Links',
    shareAnother: 'Weiteres Geheimnis teilen',
  },
  manage: {
    loading: 'Lesebestätigung wird geladen…',
    invalidTitle: 'Dieser Verwaltungslink ist unvollständig',
    invalidBody: 'Kopieren Sie den ganzen Verwaltungslink, den Sie beim Teilen aufbewahrt haben.',
    missingTitle: 'Keine Lesebestätigung für diesen Link',
    missingBody:
      'Lesebestätigungen werden nach dem Ende eines Geheimnisses noch eine Weile aufbewahrt und dann gelöscht. Diese ist nicht mehr da, oder der Link ist falsch.',
    unavailable: 'Der Dienst ist vorübergehend nicht verfügbar. Diese Seite versucht es von selbst erneut.',
    title: 'Ihr geteiltes Geheimnis',
    opened: 'Geöffnet',
    viewsUsed: (used: number, max: number) => `${used} von ${max} ${max === 1 ? 'Mal' : 'Malen'}`,
    view: (n: number) => `Aufruf ${n}`,
    created: 'Erstellt',
    expires: 'Läuft ab',
    wouldHaveExpired: 'Wäre abgelaufen',
    ended: 'Beendet',
    wrongPasswords: 'Falsche Passwörter',
    refreshes: 'Diese Seite aktualisiert sich von selbst. Der Verwaltungslink kann das Geheimnis nicht lesen.',
    revoke: 'Jetzt widerrufen',
    revokeFailed: 'Widerrufen fehlgeschlagen. Versuchen Sie es erneut.',
    confirmGroup: 'Widerruf bestätigen',
    confirmQuestion: 'Dieses Geheimnis jetzt vernichten? Der Link funktioniert dann für niemanden mehr.',
    confirm: 'Ja, vernichten',
    cancel: 'Abbrechen',
  },
  states: {
    active: 'Wartet',
    viewed: 'Geöffnet',
    expired: 'Abgelaufen',
    revoked: 'Widerrufen',
    locked: 'Nach falschen Passwörtern vernichtet',
  },
  history: {
    title: 'Meine geteilten Links',
    localOnly:
      'Diese Liste liegt nur in diesem Browser und wird nie an den Server gesendet. Wenn Sie die Browserdaten löschen, ist sie weg: Exportieren Sie sie, um einen Nachweis zu behalten. Sie enthält Verwaltungslinks (Status und Widerruf), nie ein Geheimnis oder seinen Schlüssel.',
    filter: 'Nach Bezeichnung oder Empfänger filtern',
    exportCsv: 'Als CSV exportieren',
    exportJson: 'Als JSON exportieren',
    empty: 'Noch nichts hier.',
    list: 'Geteilte Links',
    untitled: 'Unbenanntes Geheimnis',
    forRecipient: (recipient: string) => `für ${recipient}`,
    shared: (date: string) => `geteilt am ${date}`,
    opened: (used: number, max: number) => `${used} von ${max} geöffnet`,
    rotateBy: (date: string) => `erneuern bis ${date}`,
    checking: 'wird geprüft…',
    receiptDeleted: 'Lesebestätigung gelöscht',
    unavailable: 'nicht verfügbar',
    manage: 'Verwalten',
    manageEntry: (label: string) => `${label || 'Unbenanntes Geheimnis'} verwalten`,
    forget: 'Vergessen',
  },
  offboarding: {
    title: 'Offboarding',
    intro: 'Wenn eine Zusammenarbeit endet, erneuern Sie alle Zugangsdaten, die Sie mit dieser Person geteilt haben.',
    recipient: 'Empfänger',
    choose: 'Auswählen…',
    checklist: 'Checkliste',
    rotate: <T>(credential: T, status: string, rotateBy: string | null) => [
      '☐ ',
      credential,
      ` erneuern (${status})${rotateBy ? `, bis ${rotateBy}` : ''}`,
    ],
    status: {
      opened: 'geöffnet',
      active: 'wartet',
      viewed: 'angesehen',
      expired: 'abgelaufen',
      revoked: 'widerrufen',
      locked: 'gesperrt',
      unknown: 'unbekannt',
    },
    exportRecord: 'Nachweis exportieren (Markdown)',
  },
  myLinks: {
    untitled: (date: string) => `Geheimnis vom ${date}`,
    forgetEntry: (title: string) => `${title} vergessen`,
    forgotten: (title: string) =>
      `„${title}“ vergessen. Sein Verwaltungslink, die einzige Möglichkeit zu sehen, ob es geöffnet wurde, und es zu widerrufen, ist aus diesem Browser entfernt.`,
    undo: 'Rückgängig',
    undoFor: (seconds: number) => `Rückgängig (${seconds} s)`,
    restored: (title: string) => `„${title}“ ist wieder in Ihrer Liste.`,
    edit: 'Bearbeiten',
    editEntry: (title: string) => `Notizen zu ${title} bearbeiten`,
    editHeading: (title: string) => `Notizen zu ${title}`,
    save: 'Speichern',
    cancel: 'Abbrechen',
    saved: (title: string) => `Notizen zu ${title} gespeichert.`,
    saveFailed: 'Dieser Browser hat die Änderung nicht gespeichert.',
    rotateBy: (date: string) => `erneuern bis ${date}`,
    overdue: 'überfällig',
    noRecipient: 'Kein Empfänger angegeben',
    rotated: (title: string) => `Erneuert: ${title}`,
    rotateItem: 'Erneuern',
    rotateByItem: (date: string) => `bis ${date}`,
    progress: (done: number, total: number) => `${done} von ${total} erneuert`,
    revokeAll: (n: number) => `Alle noch wartenden widerrufen (${n})`,
    revokeAllQuestion: (n: number, recipient: string) =>
      `${n === 1 ? 'Den 1 Link' : `Alle ${n} Links`}, die noch auf ${recipient} warten, widerrufen? ${n === 1 ? 'Er funktioniert' : 'Sie funktionieren'} dann sofort für niemanden mehr.`,
    revokeAllConfirm: (n: number) => `Ja, ${n} widerrufen`,
    revokeAllDone: (n: number) => `${n === 1 ? '1 Link' : `${n} Links`} widerrufen.`,
    revokeAllFailed: (n: number) =>
      `${n === 1 ? '1 Link konnte' : `${n} Links konnten`} nicht widerrufen werden. Versuchen Sie es erneut.`,
    revokeAllGroup: 'Widerruf bestätigen',
  },
  manageGuard: {
    subtitle: 'Ihr geteiltes Geheimnis',
    unnamed: 'Ein geteiltes Geheimnis',
    notInListTitle: 'Dies ist der private Verwaltungslink des Absenders',
    notInListBody:
      'Er steht nicht in der Liste geteilter Links dieses Browsers. Wenn Ihnen jemand diesen Link geschickt hat, ist es der falsche: Bitten Sie um den Geheimnis-Link (er enthält /s#). Diese Seite kann das Geheimnis nicht zeigen, nur für alle vernichten.',
    iAmSender: 'Ich habe dieses Geheimnis geteilt: Widerruf anzeigen',
    receipt: 'Lesebestätigung',
    actions: 'Aktionen',
    revoked: 'Widerrufen. Der Link öffnet sich für niemanden mehr.',
    aboutTitle: 'Über diese Seite',
    about:
      'Nur Sie sollten diesen Verwaltungslink haben. Er zeigt, ob das Geheimnis geöffnet wurde, und kann es vernichten; lesen kann er es nicht.',
  },
  cli: {
    title: 'Kommandozeile',
    intro:
      'Öffnen Sie einen Link im Terminal statt im Browser. Das Kommandozeilenwerkzeug von Handoff ist eine einzige Datei für Node.js 20 oder neuer: Es muss nichts installiert werden, und es entschlüsselt auf Ihrem Rechner, genau wie der Browser.',
    openHeading: 'Herunterladen und einen Link öffnen',
    openHelp: 'Führen Sie dies im Terminal in einem Ordner Ihrer Wahl aus, mit dem erhaltenen Link an Stelle von LINK:',
    command: 'Befehl',
    copyCommand: 'Befehl kopieren',
    historyHint: <T>(dash: T) => [
      'Ihre Shell speichert Befehle in ihrem Verlauf. Damit der Link dort nicht landet, schreiben Sie ',
      dash,
      ' an seine Stelle, fügen dann den Link ein und drücken Enter und danach Strg-D.',
    ],
    moreHelp: <T>(help: T) => [
      'Es kann auch Geheimnisse senden und ihren Status zeigen: ',
      help,
      ' listet alle Befehle auf.',
    ],
    checkHeading: 'Die Datei prüfen',
    checkHelp: 'Der SHA-256-Hash der Datei, die dieser Server ausliefert:',
    hashLabel: 'SHA-256 von handoff.mjs',
    checkHow:
      'Lassen Sie Ihren Rechner ihn mit der Datei vergleichen (die erste Zeile unter Linux, die zweite unter macOS); stimmen sie überein, erscheint „handoff.mjs: OK“:',
    checkWindows: <T>(command: T) => ['Unter Windows (PowerShell) gibt ', command, ' ihn in Großbuchstaben aus.'],
    honest:
      'Diese Prüfung erkennt einen beschädigten oder unvollständigen Download. Einen unehrlichen Server erkennt sie nicht: Ein Server, der die Datei verändert, könnte auch diese Seite verändern. Veröffentlicht Ihre Organisation den Hash noch an anderer Stelle, vergleichen Sie mit dieser Kopie.',
    notBuilt: 'Das Kommandozeilenwerkzeug ist auf diesem Server nicht verfügbar.',
  },
  policy: {
    required: '(bei diesem Dienst erforderlich)',
    passwordRequired: 'Dieser Dienst verlangt für jedes Geheimnis ein Passwort.',
    tooShort: (min: number) => `Das Passwort muss bei diesem Dienst mindestens ${number(min)} Zeichen lang sein.`,
    minLength: (min: number) => `Mindestens ${number(min)} Zeichen.`,
    violation:
      'Die Richtlinie dieses Dienstes erlaubt diese Auswahl nicht. Laden Sie die Seite neu, um zu sehen, was erlaubt ist.',
  },
  sender: {
    textTooLarge: (size: string, limit: string) => `Zu groß: ${size}; die Grenze liegt bei ${limit}.`,
    resultAnnouncement: (views: number, date: string) =>
      `Ihr Geheimnis-Link ist bereit. Er lässt sich ${views === 1 ? 'einmal' : `${views}-mal`} öffnen und läuft am ${date} ab.`,
    shareLinkHint: 'Diesen Link senden Sie an die Empfängerin oder den Empfänger.',
    share: 'Teilen',
    shareFailed: 'Teilen fehlgeschlagen: Kopieren Sie den Link stattdessen',
    passwordTitle: 'Passwort',
    passwordLabel: 'Passwort für diesen Link',
    showPassword: 'Anzeigen',
    hidePassword: 'Verbergen',
    copyPassword: 'Passwort kopieren',
    passwordReminder:
      'Senden Sie das Passwort über einen anderen Kanal als den Link (Anruf, SMS oder Signal). Es steht nur hier, bis Sie diese Seite verlassen: nicht im Link, nicht unter Meine Links, und es wurde nie an den Server gesendet.',
    forYouOnly: 'Nur für Sie',
    copyManageLink: 'Verwaltungslink kopieren',
    manageTitle: 'Ihr Verwaltungslink',
    showDetails: 'Details anzeigen',
    hideDetails: 'Details ausblenden',
  },
  notify: {
    toggle: 'Mich benachrichtigen, wenn es geöffnet wird',
    destinationLabel: 'E-Mail-Adresse oder Webhook-URL',
    hint: 'Wir senden nur eine kurze Referenz, das Ereignis und die Uhrzeit: nie den Link oder den Inhalt. Dieser Server akzeptiert nur die Adressen und Webhook-Hosts, die sein Betreiber erlaubt.',
    reference: (ref: string) => `Referenz: ${ref}`,
    referenceHint: 'Benachrichtigungen zu diesem Link tragen diese Referenz.',
    alertsOn: 'Hier benachrichtigen',
    alertsEnabled: 'Benachrichtigungen an: Solange diese Seite offen ist, meldet sie, wenn sich der Link ändert.',
    alertsBlocked: 'Dieser Browser erlaubt für diese Seite keine Benachrichtigungen.',
    refused:
      'An diese Adresse oder diesen Host sendet dieser Server keine Benachrichtigungen. Prüfen Sie die Angabe oder entfernen Sie das Häkchen.',
    alertTitle: 'Handoff',
    alertBody: (label: string, state: string) => `${label || 'Ihr Link'}: ${state}`,
    toggleAnswered: 'Mich benachrichtigen, wenn sie beantwortet wird oder unbeantwortet abläuft',
    historyAlertsOn: 'Hier benachrichtigen, wenn sich ein Link ändert',
    historyAlertsEnabled:
      'Benachrichtigungen an: Solange diese Seite offen ist, meldet sie, wenn sich einer dieser Links ändert.',
  },
  request: {
    title: 'Ein Geheimnis anfordern',
    intro:
      'Bitten Sie jemanden um ein Passwort, einen API-Schlüssel oder eine Datei. Die Antwort kommt über einen Link; der Browser der anderen Person verschlüsselt sie so, dass nur Sie sie öffnen können, nicht der Server.',
    noteLabel: 'Nachricht an die angefragte Person',
    notePlaceholder: 'Bitte senden Sie mir das Passwort der Staging-Datenbank für Projekt Falcon.',
    noteHint: 'In diesem Browser verschlüsselt; lesen kann sie nur, wer den Anfrage-Link hat.',
    noteTooLong: (bytes: number, limit: number) => `Zu lang: ${number(bytes)} Bytes; erlaubt sind ${number(limit)}.`,
    openLabel: 'Die Anfrage bleibt offen für',
    keepLabel: 'Die Antwort aufbewahren für',
    viewsLabel: 'Die Antwort kann geöffnet werden',
    duration: {
      300: '5 Minuten',
      3600: '1 Stunde',
      86400: '1 Tag',
      604800: '7 Tage',
      2592000: '30 Tage',
    },
    keepSummary: 'Eine private Notiz in diesem Browser speichern (optional)',
    keepIntro:
      'Nur unter „Meine Links“ in diesem Browser gespeichert, mit dem Stand der Anfrage; niemals der Besitzer-Link.',
    labelLabel: 'Bezeichnung',
    labelPlaceholder: 'Passwort der Staging-Datenbank, Projekt Falcon',
    fromLabel: 'Angefragt bei',
    fromPlaceholder: 'Dana (Auftragnehmerin)',
    submit: 'Anfrage erstellen',
    creating: 'Wird erstellt…',
    errors: {
      network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
      rateLimited:
        'Von hier wurden gerade zu viele Anfragen erstellt. Warten Sie eine Minute und versuchen Sie es erneut.',
      unavailable: 'Der Dienst ist vorübergehend nicht verfügbar. Versuchen Sie es gleich noch einmal.',
      failed: 'Die Anfrage konnte nicht erstellt werden. Versuchen Sie es erneut.',
      encryptionFailed: 'Ihr Browser konnte die Nachricht nicht verschlüsseln. Es wurde nichts gesendet.',
    },
    createdTitle: 'Ihre Anfrage ist bereit',
    requestLink: 'Anfrage-Link: senden Sie ihn an die angefragte Person',
    copyRequestLink: 'Anfrage-Link kopieren',
    openUntil: (date: string) => `Die Anfrage nimmt bis ${date} eine Antwort an.`,
    ownerLink: 'Besitzer-Link: behalten Sie ihn für sich',
    copyOwnerLink: 'Besitzer-Link kopieren',
    saveOwnerLink: 'Als Datei speichern',
    ownerWarning:
      'Nur der Besitzer-Link öffnet die Antwort. Er wird nirgends gespeichert, auch nicht in diesem Browser: Kopieren Sie ihn jetzt in Ihren Passwortmanager oder speichern Sie ihn als Datei. Ohne ihn lässt sich die Antwort nicht lesen.',
    ownerFile: (link: string, date: string) =>
      `Handoff-Besitzer-Link: Er öffnet die Antwort auf Ihre Anfrage. Halten Sie ihn geheim.\n\n${link}\n\nDie Anfrage nimmt bis ${date} eine Antwort an.\n`,
    savedInMyLinks: <T>(myLinks: T) => [
      'Der Stand der Anfrage (nicht der Besitzer-Link) steht auch unter ',
      myLinks,
      '.',
    ],
    myLinks: 'Meine Links',
    another: 'Ein weiteres Geheimnis anfordern',
    checking: 'Die Anfrage wird geprüft…',
    askedTitle: 'Jemand bittet Sie um ein Geheimnis',
    noteFrom: 'Die Nachricht',
    noNote: 'Es wurde keine Nachricht geschrieben.',
    origin: (origin: string) =>
      `Ihre Antwort geht an ${origin}, in diesem Browser so verschlüsselt, dass nur die anfragende Person sie lesen kann.`,
    openUntilResponder: (date: string) => `Die Anfrage nimmt bis ${date} eine Antwort an.`,
    answerLabel: 'Ihre Antwort',
    answerPlaceholder: 'Das erbetene Passwort, der Schlüssel oder die .env-Datei',
    answerSubmit: 'Verschlüsseln und senden',
    sending: 'Wird verschlüsselt und gesendet…',
    answeredTitle: 'Ihre Antwort wurde gesendet',
    answeredAt: (time: string) =>
      `Gesendet um ${time}. Nur die anfragende Person kann sie öffnen; Sie selbst können sie nicht mehr lesen.`,
    confirmationLabel: 'Bestätigungscode',
    confirmationHint:
      'Die anfragende Person sieht denselben Code, wenn sie die Antwort öffnet. Vergleichen Sie ihn am Telefon, wenn Sie sichergehen wollen, dass sie Ihre Antwort liest.',
    closedTitle: 'Diese Anfrage nimmt keine Antwort mehr an',
    closedBody: 'Sie wurde bereits beantwortet oder widerrufen. Bitten Sie bei Bedarf um einen neuen Anfrage-Link.',
    goneTitle: 'Diese Anfrage ist abgelaufen oder existiert nicht',
    goneBody: 'Bitten Sie die anfragende Person um einen neuen Anfrage-Link.',
    tamperedTitle: 'Diese Anfrage ließ sich nicht überprüfen',
    tamperedBody:
      'Was der Server gesendet hat, passt nicht zu diesem Link, daher wurde nichts verschlüsselt oder gesendet. Bitten Sie um einen neuen Anfrage-Link.',
    invalidTitle: 'Dieser Anfrage-Link ist unvollständig',
    invalidAdvice:
      'Kopieren Sie den ganzen Link aus der erhaltenen Nachricht, oder bitten Sie die anfragende Person, ihn erneut zu senden.',
    unavailable:
      'Der Dienst ist vorübergehend nicht verfügbar. Ihr Link funktioniert weiterhin: Laden Sie die Seite gleich neu.',
    answerErrors: {
      network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
      rateLimited:
        'Von hier wurden gerade zu viele Antworten gesendet. Warten Sie eine Minute und versuchen Sie es erneut.',
      unavailable: 'Der Dienst ist vorübergehend nicht verfügbar. Versuchen Sie es gleich noch einmal.',
      failed: 'Die Antwort konnte nicht gesendet werden. Versuchen Sie es erneut.',
      encryptionFailed: 'Ihr Browser konnte die Antwort nicht verschlüsseln. Es wurde nichts gesendet.',
      uploadFailed:
        'Die Dateien konnten nicht hochgeladen werden, daher kam die Antwort nicht an. Versuchen Sie es erneut: Die Anfrage öffnet sich wieder, sobald der abgebrochene Upload abläuft.',
      closed: 'Jemand hat zuerst geantwortet, oder die Anfrage wurde widerrufen. Ihre Antwort wurde nicht angenommen.',
    },
    ownerTitle: 'Ihre Anfrage',
    loadingOwner: 'Ihre Anfrage wird geprüft…',
    stateLabel: 'Stand',
    waitingBody: 'Noch keine Antwort. Diese Seite prüft von selbst erneut.',
    uploadingBody: 'Eine Antwort mit Dateien kommt gerade an. Diese Seite prüft von selbst erneut.',
    answeredBody: (time: string) => `Beantwortet um ${time}.`,
    revokedBody: 'Sie haben diese Anfrage widerrufen. Ihre Antwort, falls es eine gab, ist gelöscht.',
    created: 'Erstellt',
    openUntilLabel: 'Nimmt eine Antwort an bis',
    reveal: 'Antwort anzeigen',
    revealing: 'Wird angezeigt…',
    revealHint: 'Das Anzeigen verbraucht einen Aufruf der Antwort; nach dem letzten wird sie vom Server gelöscht.',
    confirmationSeen: (code: string) => `Bestätigungscode: ${code}. Die antwortende Person hat denselben Code gesehen.`,
    ownerGoneTitle: 'Diese Antwort wurde bereits gelesen oder ist abgelaufen',
    ownerGoneBody:
      'Die Anfrage und ihre Antwort sind nicht mehr auf dem Server: bis zum letzten Aufruf gelesen, widerrufen oder abgelaufen. Wenn Sie sie nicht selbst gelesen haben, hat es womöglich jemand anderes mit dem Besitzer-Link getan.',
    ownerInvalidTitle: 'Dieser Besitzer-Link ist unvollständig',
    ownerInvalidBody:
      'Verwenden Sie den ganzen Besitzer-Link (oder die gespeicherte Datei), den Sie beim Erstellen der Anfrage erhalten haben.',
    undecryptable:
      'Die Antwort ließ sich nicht entschlüsseln: Sie wurde nicht für diese Anfrage verschlüsselt. Ihr Aufruf ist verbraucht; fordern Sie das Geheimnis erneut an.',
    revealFailed: 'Die Antwort konnte nicht angezeigt werden. Versuchen Sie es erneut.',
    revoke: 'Anfrage widerrufen',
    revokeQuestion:
      'Diese Anfrage schließen und ihre Antwort, falls vorhanden, löschen? Danach kann niemand mehr antworten oder sie lesen.',
    revokeConfirm: 'Ja, widerrufen',
    revokeCancel: 'Abbrechen',
    revokeGroup: 'Widerruf der Anfrage bestätigen',
    revokeFailed: 'Der Widerruf ist fehlgeschlagen. Versuchen Sie es erneut.',
    states: {
      open: 'Wartet auf Antwort',
      uploading: 'Antwort kommt an',
      answered: 'Beantwortet',
      revoked: 'Widerrufen',
    },
    answerRead: 'Antwort gelesen',
    ended: 'Beendet',
    listTitle: 'Anfragen',
    listHint:
      'Anfragen, die Sie in diesem Browser gestellt haben. Hier steht nur ihr Stand; der Besitzer-Link, der die Antwort liest, wird nicht gespeichert.',
    untitled: 'Unbenannte Anfrage',
    from: (who: string) => `von ${who}`,
    asked: (date: string) => `angefragt ${date}`,
    revokeEntry: (label: string) => `Anfrage widerrufen: ${label || 'Unbenannte Anfrage'}`,
    received: 'Erhalten',
    receivedLine: <T>(credential: T, status: string) => ['☐ ', credential, ` erneuern, erhalten (${status})`],
  },
  auth: {
    signIn: 'Anmelden',
    signOut: 'Abmelden',
    signedInAs: (user: string) => `Angemeldet als ${user}`,
    settings: 'API-Tokens',
    checking: 'Anmeldung wird geprüft…',
    requiredTitle: 'Zum Teilen anmelden',
    requiredOidc:
      'Auf diesem Server können nur angemeldete Mitarbeitende Links erstellen. Zum Öffnen eines Links braucht ' +
      'niemand ein Konto.',
    requiredProxy:
      'Auf diesem Server können nur angemeldete Mitarbeitende Links erstellen. Öffnen Sie diese Seite über die ' +
      'Anmeldeseite Ihres Unternehmens. Zum Öffnen eines Links braucht niemand ein Konto.',
    unavailable: 'Ob Sie angemeldet sind, ließ sich nicht prüfen. Laden Sie die Seite neu, um es erneut zu versuchen.',
    pageTitle: 'Anmelden',
    errors: {
      provider:
        'Der Anmeldedienst ist gerade nicht erreichbar. Es ist nichts verloren gegangen: Versuchen Sie es in ' +
        'ein paar Minuten erneut.',
      denied: 'Dieses Konto darf hier keine Links erstellen. Bitten Sie Ihre Administration um Zugang.',
      failed: 'Die Anmeldung wurde nicht abgeschlossen (vielleicht hat sie zu lange gedauert). Bitte erneut versuchen.',
    },
    tryAgain: 'Erneut versuchen',
    tokensTitle: 'Persönliche API-Tokens',
    tokensIntro:
      'Mit Tokens erstellen das Kommandozeilenwerkzeug handoff und Ihre Automatisierung Links in Ihrem Namen. ' +
      'Ein Token wird einmal angezeigt; der Server speichert nur einen Hash davon. Widerrufen Sie ein Token, ' +
      'sobald Sie es nicht mehr brauchen.',
    tokenName: 'Name des Tokens',
    tokenNamePlaceholder: 'Deploy-Pipeline',
    createToken: 'Token erstellen',
    newTokenTitle: 'Ihr neues Token',
    newTokenHint:
      'Kopieren Sie es jetzt: Es wird nicht noch einmal angezeigt. Verwenden Sie es als HANDOFF_TOKEN oder ' +
      'mit --token-file.',
    noTokens: 'Noch keine Tokens.',
    created: (when: string) => `Erstellt ${when}`,
    lastUsed: (when: string | null) => (when ? `Zuletzt verwendet ${when}` : 'Nie verwendet'),
    revoke: 'Widerrufen',
    revoked: 'Token widerrufen.',
    failed: 'Das hat nicht geklappt. Bitte erneut versuchen.',
    signInForTokens: 'Melden Sie sich an, um Ihre API-Tokens zu verwalten.',
  },
  pages: {
    noscriptTitle: 'Handoff braucht JavaScript',
    noscriptBody:
      'Geheimnisse werden in Ihrem Browser ver- und entschlüsselt, damit der Server sie nie sieht. Ohne JavaScript lässt sich nichts verschlüsseln oder anzeigen; das Öffnen eines Links verbraucht nichts. Schalten Sie JavaScript für diese Seite ein und laden Sie neu.',
    notFoundTitle: 'Seite nicht gefunden',
    notFoundBody:
      'Unter dieser Adresse gibt es nichts. Ein Geheimnis-Link sieht aus wie …/s#…, ein Verwaltungslink wie …/m#…: Prüfen Sie, ob Sie den ganzen Link kopiert haben.',
    notFoundHome: 'Ein Geheimnis teilen',
    notFoundHistory: 'Meine Links',
  },
  upload: {
    label: 'Dateien',
    optional: '(optional)',
    choose: 'Dateien hinzufügen',
    drop: 'oder hierher ziehen',
    limit: (limit: string, count: number) =>
      `Bis zu ${count} Dateien, insgesamt ${limit}. Verschlüsselt in diesem Browser.`,
    remove: (name: string) => `${name} entfernen`,
    total: (size: string) => `Gesamt: ${size}`,
    tooLarge: (size: string, limit: string) =>
      `Diese Dateien sind zusammen ${size} groß, mehr als die Grenze von ${limit}. Entfernen Sie einige; nichts wurde hochgeladen.`,
    tooMany: (count: number) => `Höchstens ${count} Dateien pro Geheimnis. Nichts wurde hochgeladen.`,
    uploading: (percent: number) => `Verschlüsseln und Hochladen… ${percent} %`,
    cancel: 'Hochladen abbrechen',
    cancelled: 'Hochladen abgebrochen. Nichts wurde geteilt; das bereits Hochgeladene wird gelöscht.',
    uploadsPaused:
      'Der Speicher ist fast voll, daher sind Datei-Uploads gerade pausiert. Text-Geheimnisse funktionieren weiterhin.',
    incomplete: 'Das Hochladen wurde nicht abgeschlossen. Versuchen Sie es erneut.',
    changed:
      'Eine Datei hat sich während des Hochladens geändert oder war nicht lesbar. Nichts wurde geteilt. Versuchen Sie es erneut.',
  },
};
