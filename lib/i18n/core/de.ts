import type { CoreMessages } from './en';
import { number, percent } from '../helpers/de';

/*
 * Der deutsche Katalog. Typed like English's catalogue: a key missing here, or one English
 * does not have, is a type error. Formal address (Sie) throughout; "Geheimnis"
 * for secret, "erneuern" for rotating a credential.
 */

const UNCERTAIN =
  'daher lässt sich nicht sagen, ob dieser Aufruf verbraucht wurde. Versuchen Sie es erneut; heißt es dann, der Link sei bereits geöffnet worden, bitten Sie um einen neuen.';

export const core: CoreMessages = {
  header: {
    navigation: 'Hauptmenü',
    share: 'Teilen',
    myLinks: 'Meine Links',
    request: 'Anfordern',
  },
  footer: {
    keyStaysInLink:
      'Der Schlüssel zu jedem Geheimnis steht im Link hinter dem #, und diesen Teil senden Browser nie an einen Server. Der Server speichert nur Chiffretext und löscht ihn nach dem letzten erlaubten Aufruf.',
    cli: 'Kommandozeile',
  },
  language: {
    label: 'Sprache',
  },
  copy: {
    copy: 'Kopieren',
    copied: 'Kopiert',
    failed: 'Kopieren fehlgeschlagen: bitte markieren und kopieren',
  },
  files: {
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
  site: {
    httpsTitle: 'Diese Seite braucht HTTPS',
    httpsBody: (host: string) =>
      `Sie haben Handoff über unverschlüsseltes http unter ${host} geöffnet. Browser erlauben Verschlüsselung und das Kopieren in die Zwischenablage nur über https:// (oder auf diesem Computer selbst). Geheimnisse erstellen oder öffnen und die Kopieren-Schaltflächen schlagen hier fehl, und jeder im Netzwerk könnte diese Seite verändern. Öffnen Sie sie mit https://, oder bitten Sie den Betreiber dieses Servers, HTTPS einzurichten.`,
  },
  brand: {
    imprint: 'Impressum',
    privacy: 'Datenschutz',
    support: 'Hilfe und Kontakt',
  },
  ending: {
    badge: {
      ready: 'Bereit zum Öffnen',
      ended: 'Beendet',
      revealed: 'Geöffnet',
    },
    viewedTitle: 'Dieses Geheimnis wurde bereits geöffnet',
    viewedBody: (date: string) =>
      `Alle erlaubten Aufrufe wurden genutzt, der letzte am ${date}. Das Geheimnis ist vom Server gelöscht.`,
    expiredTitle: 'Dieser Link ist abgelaufen',
    expiredBody: (date: string) =>
      `Niemand hat ihn rechtzeitig geöffnet: Er ist am ${date} abgelaufen und wurde ungelesen gelöscht.`,
    revokedTitle: 'Der Absender hat dieses Geheimnis zurückgezogen',
    revokedBody: (date: string) => `Der Absender hat es am ${date} gelöscht, bevor es zum letzten Mal geöffnet wurde.`,
    lockedTitle: 'Dieses Geheimnis wurde nach falschen Passwörtern vernichtet',
    lockedBody: (date: string) => `Es wurden zu viele falsche Passwörter versucht; es wurde am ${date} gelöscht.`,
    unknownTitle: 'Dieser Link lässt sich nicht mehr öffnen',
    unknownBody:
      'Er wurde bereits geöffnet, ist abgelaufen oder wurde vom Absender zurückgezogen, oder der Link ist falsch. Welches davon, sagt der Server für diesen Link nicht.',
    tellSender:
      'Wenn Sie ihn nicht selbst geöffnet haben, sagen Sie es dem Absender: Jemand anderes könnte das Geheimnis gesehen haben, und es sollte geändert werden.',
    nextTitle: 'Wie es weitergeht',
    nextAsk: 'Bitten Sie den Absender, es mit einem neuen Link noch einmal zu teilen.',
    nextNoReply: 'Antworten Sie nicht mit dem Geheimnis oder einem Teil davon.',
    revisitedTitle: 'Sie haben dieses Geheimnis in diesem Tab bereits angezeigt',
    revisitedBody: (n: number) =>
      `Der Schlüssel wurde beim Anzeigen aus der Adresszeile entfernt, deshalb kann diese Seite ihn nicht noch einmal zeigen. Der Link lässt sich noch ${n === 1 ? 'einmal' : `${n}-mal`} öffnen: Öffnen Sie den erhaltenen Link erneut, vollständig, um das Geheimnis zu sehen.`,
    tooLongTitle: 'An diesem Link hängen zusätzliche Zeichen',
    tooLongBody:
      'Etwas, oft eine Chat-App, hat Zeichen hinter den Schlüssel gesetzt, und ohne sie passt kein Geheimnis zum Link. Kopieren Sie genau den Link, den Sie erhalten haben, oder bitten Sie den Absender, ihn noch einmal zu senden.',
    trimmed: 'Die Zeichen, die eine Chat-App hinter den Schlüssel gesetzt hat, wurden entfernt.',
    ownLink:
      'Diesen Link haben Sie in diesem Browser geteilt (er steht unter „Meine Links“). Wenn Sie ihn hier anzeigen, verbraucht das einen seiner Aufrufe: Der Empfänger findet ihn dann womöglich nicht mehr.',
    files: (count: number, size: string) => `${count === 1 ? '1 Datei' : `${count} Dateien`}, insgesamt ${size}`,
    filesBefore: (size: string) => `Es enthält Dateien, höchstens ${size}.`,
  },
};
