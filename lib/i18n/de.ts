import type { Messages } from './en';
import { DETECTION_STRINGS_DE } from './de-detect';

/*
 * Der deutsche Katalog. Typed `Messages`: a key missing here, or one English
 * does not have, is a type error. Formal address (Sie) throughout; "Geheimnis"
 * for secret, "erneuern" for rotating a credential.
 */

const number = (n: number) => n.toLocaleString('de');
const percent = (n: number) => `${n} %`;
const UNCERTAIN =
  'daher lässt sich nicht sagen, ob dieser Aufruf verbraucht wurde. Versuchen Sie es erneut; heißt es dann, der Link sei bereits geöffnet worden, bitten Sie um einen neuen.';

export const de: Messages = {
  detect: DETECTION_STRINGS_DE,
  header: {
    navigation: 'Hauptmenü',
    share: 'Teilen',
    myLinks: 'Meine Links',
  },
  footer: {
    keyStaysInLink:
      'Der Schlüssel zu jedem Geheimnis steht im Link hinter dem #, und diesen Teil senden Browser nie an einen Server. Der Server speichert nur Chiffretext und löscht ihn nach dem letzten erlaubten Aufruf.',
  },
  language: {
    label: 'Sprache',
  },
  copy: {
    copy: 'Kopieren',
    copied: 'Kopiert',
    failed: 'Kopieren fehlgeschlagen: bitte markieren und kopieren',
  },
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
  files: {
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
    contains: (size: string) => `Es enthält Dateien: verschlüsselt ${size}.`,
    downloading: (percent: number) => `Dateien werden heruntergeladen und entschlüsselt… ${percent} %`,
    listTitle: 'Dateien',
    download: (name: string) => `${name} herunterladen`,
    downloadShort: 'Herunterladen',
    preview: 'Als Text ansehen',
    hidePreview: 'Vorschau ausblenden',
    previewLabel: (name: string) => `Inhalt von ${name}`,
    noPreview: 'Diese Datei ist kein reiner Text, daher gibt es keine Vorschau. Laden Sie sie stattdessen herunter.',
    typeUnknown: 'unbekannter Typ',
    downloadFailed:
      'Die Dateien konnten nicht heruntergeladen werden. Versuchen Sie es erneut: Der Download bleibt nach dem Öffnen einige Minuten möglich.',
    retry: 'Download wiederholen',
    damaged:
      'Die Dateien haben die Integritätsprüfung nicht bestanden und wurden nicht gespeichert. Bitten Sie den Absender, sie erneut zu teilen.',
    keepNote:
      'Die Dateien sind jetzt nur noch in dieser Seite. Laden Sie herunter, was Sie brauchen, bevor Sie die Seite verlassen: Auf dem Server sind sie gelöscht oder werden es, sobald das Download-Fenster endet.',
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
  reveal: {
    checking: 'Link wird geprüft…',
    title: 'Jemand hat ein Geheimnis mit Ihnen geteilt',
    viewsLeft: (n: number) =>
      n === 1
        ? 'Dieses Geheimnis kann noch einmal angesehen werden. Nachdem Sie es geöffnet haben, wird es vernichtet.'
        : `Dieses Geheimnis kann noch ${n}-mal angesehen werden. Nach dem letzten Ansehen wird es vernichtet.`,
    expires: (date: string) => `Es läuft am ${date} ab.`,
    password: 'Passwort',
    passwordHint:
      'Die Person, die es geteilt hat, sollte Ihnen das Passwort auf anderem Weg mitgeteilt haben. Ein falsches verbraucht den Link nicht.',
    wrongPassword: (attemptsLeft: number) =>
      `Falsches Passwort. Noch ${attemptsLeft === 1 ? '1 Versuch' : `${attemptsLeft} Versuche`}, bevor das Geheimnis vernichtet wird.`,
    submit: 'Geheimnis öffnen',
    checkingPassword: (p: number) => `Passwort wird geprüft… ${percent(p)}`,
    revealing: 'Wird geöffnet…',
    destroyedTitle: 'Dieses Geheimnis wurde vernichtet',
    destroyedBody:
      'Es wurden zu viele falsche Passwörter versucht, daher wurde das Geheimnis endgültig gelöscht. Bitten Sie darum, es noch einmal zu teilen.',
    unavailable:
      'Der Dienst ist vorübergehend nicht verfügbar. Ihr Link funktioniert weiterhin: Laden Sie diese Seite gleich neu.',
    goneTitle: 'Dieser Link wurde bereits geöffnet oder ist abgelaufen',
    goneBody:
      'Bitten Sie um einen neuen. Über Handoff geteilte Geheimnisse lassen sich nur eine festgelegte Anzahl von Malen öffnen.',
    invalidTitle: 'Dieser Link ist unvollständig',
    invalidAdvice:
      'Kopieren Sie den ganzen Link aus der Nachricht, die Sie erhalten haben, oder bitten Sie darum, ihn noch einmal zu senden.',
    linkProblems: {
      empty: 'Dem Link fehlt sein Schlüssel, der Teil hinter dem #-Zeichen.',
      tooShort: 'Der Link ist abgeschnitten: Ein Teil seines Schlüssels fehlt.',
      tooLong: 'Der Schlüssel im Link ist länger, als er sein sollte.',
      badCharacters: 'Der Schlüssel im Link enthält Zeichen, die dort nicht hingehören.',
    },
    errors: {
      unavailable:
        'Der Dienst ist vorübergehend nicht verfügbar. Ihr Link funktioniert weiterhin: Versuchen Sie es gleich noch einmal.',
      rateLimited:
        'Gerade kamen zu viele Versuche aus Ihrem Netzwerk. Warten Sie eine Minute und versuchen Sie es erneut. Ihr Link funktioniert weiterhin.',
      outcomeUnknown: `Der Dienst hat beim Öffnen die Verbindung zu seinem Speicher verloren, ${UNCERTAIN}`,
      network: `Ihr Browser konnte den Dienst nicht erreichen, ${UNCERTAIN}`,
      failed:
        'Das Geheimnis konnte nicht geöffnet werden. Versuchen Sie es erneut oder bitten Sie um einen neuen Link.',
      undecryptable:
        'Dieses Geheimnis konnte nicht entschlüsselt werden. Der Link ist vielleicht beschädigt; bitten Sie um einen neuen.',
    },
  },
  revealed: {
    title: 'Hier ist Ihr Geheimnis',
    characters: (n: number) => `${number(n)} Zeichen`,
    secret: 'Geheimnis',
    secretHidden: 'Geheimnis, verborgen',
    show: 'Einblenden',
    hide: 'Ausblenden',
    copy: 'Geheimnis kopieren',
    clearLater: (seconds: number) => `Zwischenablage nach ${seconds} Sekunden leeren`,
    copyFailed: 'Kopieren fehlgeschlagen: Blenden Sie das Geheimnis ein und markieren Sie es stattdessen.',
    copied: 'Kopiert.',
    copiedWillClear: (seconds: number) => `Kopiert. Die Zwischenablage wird in ${seconds} Sekunden geleert.`,
    cleared: 'Zwischenablage geleert.',
    clearFailed:
      'Die Zwischenablage konnte nicht geleert werden (dieser Tab war nicht aktiv); leeren Sie sie bitte selbst.',
    deleted:
      'Dieses Geheimnis ist jetzt vom Server gelöscht. Bewahren Sie es an einem sicheren Ort auf, bevor Sie diese Seite verlassen.',
    stillOpens: (n: number) => `Dieser Link kann noch ${n === 1 ? 'einmal' : `${n}-mal`} geöffnet werden.`,
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
};
