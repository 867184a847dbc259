import type { CoreMessages } from './en';
import { number, percentage, plural } from '../helpers/it';

/*
 * The Italian catalogue. Informal "tu" throughout, as Italian software and security products address users;
 * "segreto", "link" (invariable), "rivelare" (the click that uses up a view), "visualizzazione" for a view,
 * "link di gestione", "I miei link", "richiesta"/"risposta", "revocare", "ruotare" for rotating a credential,
 * "mittente"/"destinatario", "password".
 */

const UNCERTAIN =
  'quindi non possiamo sapere se questa visualizzazione è stata consumata. Riprova; se poi il link dice che è già stato aperto, chiedi al mittente un nuovo link.';

export const core: CoreMessages = {
  header: {
    navigation: 'Menu principale',
    share: 'Condividi',
    myLinks: 'I miei link',
    request: 'Richiedi',
  },
  footer: {
    keyStaysInLink:
      'La chiave di ogni segreto resta nel link, dopo il #, una parte che i browser non inviano mai a un server. Il server conserva solo il testo cifrato e lo elimina dopo l’ultima visualizzazione consentita.',
    cli: 'Riga di comando',
  },
  language: {
    label: 'Lingua',
  },
  copy: {
    copy: 'Copia',
    copied: 'Copiato',
    failed: 'Copia non riuscita: seleziona e copia',
  },
  files: {
    contains: (size: string) => `Contiene file: ${size} una volta cifrati.`,
    downloading: (percent: number) => `Download e decifratura dei file… ${percentage(percent)}`,
    listTitle: 'File',
    download: (name: string) => `Scarica ${name}`,
    downloadShort: 'Scarica',
    preview: 'Anteprima come testo',
    hidePreview: 'Nascondi anteprima',
    previewLabel: (name: string) => `Contenuto di ${name}`,
    noPreview: 'Questo file non è testo semplice, quindi non ha un’anteprima. Scaricalo invece.',
    typeUnknown: 'tipo sconosciuto',
    downloadFailed:
      'Non è stato possibile scaricare i file. Riprova: il download resta disponibile per qualche minuto dopo la rivelazione.',
    retry: 'Riprova il download',
    damaged:
      'I file non hanno superato il controllo di integrità e non sono stati salvati. Chiedi al mittente di condividerli di nuovo.',
    keepNote:
      'Ora i file si trovano solo in questa pagina. Scarica ciò che ti serve prima di uscire: sono stati eliminati dal server, o lo saranno alla chiusura della finestra di download.',
  },
  reveal: {
    checking: 'Verifica del link…',
    title: 'Qualcuno ha condiviso un segreto con te',
    viewsLeft: (n: number) =>
      n === 1
        ? 'Questo segreto si può visualizzare ancora 1 volta. Verrà distrutto dopo che lo avrai rivelato.'
        : `Questo segreto si può visualizzare ancora ${number(n)} volte. Verrà distrutto dopo l’ultima visualizzazione.`,
    expires: (date: string) => `Scade il ${date}.`,
    password: 'Password',
    passwordHint:
      'Il mittente dovrebbe averti comunicato la password in un altro modo. Una password sbagliata non consuma il link.',
    wrongPassword: (attemptsLeft: number) =>
      `Password sbagliata. ${attemptsLeft === 1 ? 'Resta 1 tentativo' : `Restano ${number(attemptsLeft)} tentativi`} prima che il segreto venga distrutto.`,
    submit: 'Rivela il segreto',
    checkingPassword: (percent: number) => `Verifica della password… ${percentage(percent)}`,
    revealing: 'Rivelazione…',
    destroyedTitle: 'Questo segreto è stato distrutto',
    destroyedBody:
      'Sono state provate troppe password sbagliate, quindi il segreto è stato eliminato per sempre. Chiedi al mittente di condividerlo di nuovo.',
    unavailable:
      'Il servizio non è al momento disponibile. Il tuo link funziona ancora: ricarica questa pagina tra poco.',
    goneTitle: 'Questo link è già stato aperto o è scaduto',
    goneBody:
      'Chiedi al mittente un nuovo link. I segreti condivisi con Handoff si possono aprire solo un numero stabilito di volte.',
    invalidTitle: 'Questo link è incompleto',
    invalidAdvice:
      'Copia il link intero dal messaggio che hai ricevuto, oppure chiedi al mittente di inviarlo di nuovo.',
    linkProblems: {
      empty: 'Al link manca la chiave, la parte dopo il segno #.',
      tooShort: 'Il link è troncato: manca una parte della chiave.',
      tooLong: 'La chiave del link è più lunga del dovuto.',
      badCharacters: 'La chiave del link contiene caratteri che non dovrebbero esserci.',
    },
    errors: {
      unavailable: 'Il servizio non è al momento disponibile. Il tuo link funziona ancora: riprova tra poco.',
      rateLimited:
        'Troppi tentativi dalla tua rete in poco tempo. Attendi un minuto e riprova. Il tuo link funziona ancora.',
      outcomeUnknown: `Il servizio ha perso il contatto con il suo archivio durante la rivelazione, ${UNCERTAIN}`,
      network: `Il tuo browser non è riuscito a raggiungere il servizio, ${UNCERTAIN}`,
      failed: 'Non è stato possibile rivelare il segreto. Riprova, oppure chiedi al mittente un nuovo link.',
      undecryptable:
        'Non è stato possibile decifrare questo segreto. Il link potrebbe essere danneggiato; chiedi al mittente un nuovo link.',
    },
  },
  revealed: {
    title: 'Ecco il tuo segreto',
    characters: (n: number) => plural(n, 'carattere', 'caratteri'),
    secret: 'Segreto',
    secretHidden: 'Segreto, nascosto',
    show: 'Mostra',
    hide: 'Nascondi',
    copy: 'Copia il segreto',
    clearLater: (seconds: number) => `Svuota gli appunti dopo ${plural(seconds, 'secondo', 'secondi')}`,
    copyFailed: 'Copia non riuscita: mostra il segreto e selezionalo.',
    copied: 'Copiato.',
    copiedWillClear: (seconds: number) =>
      `Copiato. Gli appunti verranno svuotati tra ${plural(seconds, 'secondo', 'secondi')}.`,
    cleared: 'Appunti svuotati.',
    clearFailed: 'Non è stato possibile svuotare gli appunti (questa scheda non era attiva); svuotali tu.',
    deleted:
      'Questo segreto è stato ora eliminato dal server. Copialo in un posto sicuro prima di lasciare questa pagina.',
    stillOpens: (n: number) => `Questo link si può aprire ancora ${n === 1 ? '1 volta' : `${number(n)} volte`}.`,
  },
  site: {
    httpsTitle: 'Questa pagina richiede HTTPS',
    httpsBody: (host: string) =>
      `Hai aperto Handoff in semplice http su ${host}. I browser consentono la cifratura e la copia negli appunti solo su https:// (o su questo stesso computer), quindi qui la creazione e l’apertura dei segreti e i pulsanti di copia non funzionano, e chiunque sulla rete potrebbe modificare questa pagina. Aprila con https://, oppure chiedi a chi gestisce questo server di metterlo dietro HTTPS.`,
  },
  brand: {
    imprint: 'Note legali',
    privacy: 'Informativa sulla privacy',
    support: 'Assistenza',
  },
  ending: {
    badge: {
      ready: 'Pronto da aprire',
      ended: 'Terminato',
      revealed: 'Aperto',
    },
    viewedTitle: 'Questo segreto è già stato aperto',
    viewedBody: (date: string) =>
      `Tutte le visualizzazioni consentite sono state usate, l’ultima il ${date}. Il segreto è stato eliminato dal server.`,
    expiredTitle: 'Questo link è scaduto',
    expiredBody: (date: string) =>
      `Nessuno lo ha aperto in tempo: è scaduto il ${date} ed è stato eliminato senza essere letto.`,
    revokedTitle: 'Il mittente ha ritirato questo segreto',
    revokedBody: (date: string) =>
      `Il mittente lo ha eliminato il ${date}, prima che venisse aperto per l’ultima volta.`,
    lockedTitle: 'Questo segreto è stato distrutto dopo password sbagliate',
    lockedBody: (date: string) => `Sono state provate troppe password sbagliate; è stato eliminato il ${date}.`,
    unknownTitle: 'Questo link non si apre più',
    unknownBody:
      'È già stato aperto, è scaduto o è stato ritirato dal mittente, oppure il link è sbagliato. Per questo link il server non dice quale dei casi.',
    tellSender:
      'Se non l’hai aperto tu, avvisa il mittente: qualcun altro potrebbe aver visto il segreto, che andrebbe cambiato.',
    nextTitle: 'Cosa fare ora',
    nextAsk: 'Chiedi al mittente di condividerlo di nuovo con un nuovo link.',
    nextNoReply: 'Non rispondere con il segreto né con una sua parte.',
    revisitedTitle: 'Hai già rivelato questo segreto in questa scheda',
    revisitedBody: (n: number) =>
      `La chiave è stata rimossa dalla barra degli indirizzi quando lo hai rivelato, quindi questa pagina non può mostrarlo di nuovo. Il link si può aprire ancora ${n === 1 ? '1 volta' : `${number(n)} volte`}: apri di nuovo il link che hai ricevuto, per intero, per vedere il segreto.`,
    tooLongTitle: 'Questo link ha caratteri in più alla fine',
    tooLongBody:
      'Qualcosa, spesso un’app di chat, ha aggiunto caratteri dopo la chiave, e senza di essi nessun segreto corrisponde al link. Copia esattamente il link che hai ricevuto, oppure chiedi al mittente di inviarlo di nuovo.',
    trimmed: 'I caratteri aggiunti dopo la chiave da un’app di chat sono stati rimossi.',
    ownLink:
      'Questo è un link che hai condiviso da questo browser (si trova in “I miei link”). Rivelarlo qui consuma una delle sue visualizzazioni: il destinatario potrebbe poi trovarlo esaurito.',
    files: (count: number, size: string) => `${plural(count, 'file', 'file')}, ${size} in totale`,
    filesBefore: (size: string) => `Contiene file, al massimo ${size}.`,
  },
};
