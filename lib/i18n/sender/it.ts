import type { SenderMessages } from './en';
import { DETECTION_STRINGS_IT } from '../detect/it';
import { number, percentage, plural } from '../helpers/it';

/*
 * The Italian catalogue. Informal "tu" throughout, as Italian software and security products address users;
 * "segreto", "link" (invariable), "rivelare" (the click that uses up a view), "visualizzazione" for a view,
 * "link di gestione", "I miei link", "richiesta"/"risposta", "revocare", "ruotare" for rotating a credential,
 * "mittente"/"destinatario", "password".
 */

export const sender: SenderMessages = {
  detect: DETECTION_STRINGS_IT,
  home: {
    title: 'Condividi un segreto, una volta sola',
    intro:
      'Il tuo browser lo cifra prima di inviare qualsiasi cosa. Il link lo apre un numero stabilito di volte, poi sparisce per sempre.',
  },
  create: {
    secretLabel: 'Segreto',
    secretPlaceholder: 'sk_live_…, un URL di database o un intero file .env',
    secretHint: 'Cifrato in questo browser prima dell’invio. Mai memorizzato in chiaro.',
    tooLarge: (bytes: number, limit: number) =>
      `Troppo grande: ${plural(bytes, 'byte', 'byte')}; il limite è ${number(limit)}.`,
    expiresLabel: 'Scade dopo',
    ttl: {
      300: '5 minuti',
      3600: '1 ora',
      86400: '1 giorno',
      604800: '7 giorni',
      2592000: '30 giorni',
    },
    viewsLabel: 'Si può aprire',
    views: (n: number) => (n === 1 ? '1 volta (consigliato)' : `${number(n)} volte`),
    submit: 'Crea link segreto',
    encrypting: 'Cifratura…',
    protecting: (percent: number) => `Protezione con la tua password… ${percentage(percent)}`,
    errors: {
      network: 'Impossibile raggiungere il server. Controlla la connessione e riprova.',
      rateLimited: 'Troppi segreti creati da qui in poco tempo. Attendi un minuto e riprova.',
      tooLarge: 'Questo segreto è troppo grande per essere condiviso.',
      unavailable: 'Il servizio non è al momento disponibile. Riprova tra poco.',
      failed: 'Non è stato possibile creare il segreto. Riprova.',
      encryptionFailed: 'Il tuo browser non è riuscito a cifrare questo segreto. Non è stato inviato nulla.',
    },
  },
  password: {
    label: 'Password',
    optional: '(facoltativa)',
    show: 'Mostra',
    hide: 'Nascondi',
    generate: 'Genera',
    weak: 'Debole: facile da indovinare se il link finisce nelle mani sbagliate.',
    fair: 'Discreta.',
    strong: 'Robusta.',
    advice:
      'Invia la password tramite un canale diverso da quello del link: una telefonata, un SMS o Signal. Una password sbagliata non consuma mai il link.',
  },
  record: {
    summary: 'Conserva una nota privata in questo browser (facoltativo)',
    intro: <T>(myLinks: T) => [
      'Salvata solo in ',
      myLinks,
      ' di questo browser, mai inviata al server: così tieni traccia di ciò che hai condiviso e puoi ruotarlo quando il lavoro finisce.',
    ],
    myLinks: 'I miei link',
    label: 'Etichetta',
    labelPlaceholder: 'Chiave Stripe con restrizioni per Acme',
    recipient: 'Destinatario',
    recipientPlaceholder: 'Dana (consulente)',
    rotateBy: 'Da ruotare entro',
  },
  result: {
    title: 'Il tuo link segreto è pronto',
    link: 'Link',
    copyLink: 'Copia link',
    showQr: 'Mostra codice QR',
    hideQr: 'Nascondi codice QR',
    qrLabel: 'Codice QR del link segreto',
    qrHint: 'Disegnato in questo browser. Scansionalo con il telefono che deve aprire il segreto.',
    opensAndExpires: (views: number, date: string) =>
      `Si apre ${views === 1 ? 'una volta' : `${number(views)} volte`} e scade il ${date}.`,
    sendWithPassword:
      'Invia il link tramite un canale (chat, email) e la password tramite un altro (una telefonata, un SMS o Signal). Non mettere mai entrambi nello stesso messaggio.',
    sendWithoutPassword:
      'Invia questo link tramite un canale (chat, email). Non serve altro: la chiave è dentro il link, quindi chiunque abbia il link può aprirlo, e una volta aperto sparisce.',
    manageLink: 'Link di gestione (tienilo per te)',
    copyManageLink: 'Copia',
    manageHint:
      'Il link di gestione mostra se e quando il segreto è stato aperto e ti permette di revocarlo. Non può leggere il segreto.',
    savedIn: <T>(myLinks: T) => [' È salvato anche in ', myLinks, ' in questo browser.'],
    myLinks: 'I miei link',
    shareAnother: 'Condividi un altro segreto',
  },
  manage: {
    loading: 'Caricamento della conferma di lettura…',
    invalidTitle: 'Questo link di gestione è incompleto',
    invalidBody: 'Copia per intero il link di gestione che hai conservato al momento della condivisione.',
    missingTitle: 'Nessuna conferma di lettura per questo link',
    missingBody:
      'Le conferme di lettura vengono conservate per un po’ dopo la fine di un segreto, poi eliminate. Questa non c’è più, oppure il link è sbagliato.',
    unavailable: 'Il servizio non è al momento disponibile. Questa pagina riprova da sola.',
    title: 'Il tuo segreto condiviso',
    opened: 'Aperto',
    viewsUsed: (used: number, max: number) => `${number(used)} ${used === 1 ? 'volta' : 'volte'} su ${number(max)}`,
    view: (n: number) => `Visualizzazione ${number(n)}`,
    created: 'Creato',
    expires: 'Scade',
    wouldHaveExpired: 'Sarebbe scaduto',
    ended: 'Terminato',
    wrongPasswords: 'Password sbagliate',
    refreshes: 'Questa pagina si aggiorna da sola. Il link di gestione non può leggere il segreto.',
    revoke: 'Revoca ora',
    revokeFailed: 'Revoca non riuscita. Riprova.',
    confirmGroup: 'Conferma la revoca',
    confirmQuestion: 'Distruggere ora questo segreto? Il link smetterà di funzionare per tutti.',
    confirm: 'Sì, distruggilo',
    cancel: 'Annulla',
  },
  states: {
    active: 'In attesa',
    viewed: 'Aperto',
    expired: 'Scaduto',
    revoked: 'Revocato',
    locked: 'Distrutto dopo password sbagliate',
  },
  history: {
    title: 'I miei link condivisi',
    localOnly:
      'Questo elenco esiste solo in questo browser e non viene mai inviato al server. Se cancelli i dati del browser lo perdi: esportalo per conservarne una traccia. Contiene link di gestione (stato e revoca), mai un segreto o la sua chiave.',
    filter: 'Filtra per etichetta o destinatario',
    exportCsv: 'Esporta CSV',
    exportJson: 'Esporta JSON',
    empty: 'Ancora niente qui.',
    list: 'Link condivisi',
    untitled: 'Segreto senza titolo',
    forRecipient: (recipient: string) => `per ${recipient}`,
    shared: (date: string) => `condiviso il ${date}`,
    opened: (used: number, max: number) => `aperto ${number(used)} su ${number(max)}`,
    rotateBy: (date: string) => `da ruotare entro il ${date}`,
    checking: 'verifica…',
    receiptDeleted: 'conferma di lettura eliminata',
    unavailable: 'non disponibile',
    manage: 'Gestisci',
    manageEntry: (label: string) => `Gestisci ${label || 'il segreto senza titolo'}`,
    forget: 'Dimentica',
  },
  offboarding: {
    title: 'Fine collaborazione',
    intro: 'Quando un incarico finisce, ruota tutte le credenziali che hai condiviso con quella persona.',
    recipient: 'Destinatario',
    choose: 'Scegli…',
    checklist: 'Lista di controllo',
    rotate: <T>(credential: T, status: string, rotateBy: string | null) => [
      '☐ Ruota ',
      credential,
      ` (${status})${rotateBy ? `, entro il ${rotateBy}` : ''}`,
    ],
    status: {
      opened: 'aperto',
      active: 'attivo',
      viewed: 'visualizzato',
      expired: 'scaduto',
      revoked: 'revocato',
      locked: 'bloccato',
      unknown: 'sconosciuto',
    },
    exportRecord: 'Esporta il registro (Markdown)',
  },
  myLinks: {
    untitled: (date: string) => `Segreto condiviso il ${date}`,
    forgetEntry: (title: string) => `Dimentica ${title}`,
    forgotten: (title: string) =>
      `“${title}” dimenticato. Il suo link di gestione, l’unico modo per sapere se è stato aperto e per revocarlo, non è più in questo browser.`,
    undo: 'Annulla',
    undoFor: (seconds: number) => `Annulla (${number(seconds)} s)`,
    restored: (title: string) => `“${title}” è di nuovo nel tuo elenco.`,
    edit: 'Modifica',
    editEntry: (title: string) => `Modifica le note di ${title}`,
    editHeading: (title: string) => `Note di ${title}`,
    save: 'Salva',
    cancel: 'Annulla',
    saved: (title: string) => `Note di ${title} salvate.`,
    saveFailed: 'Questo browser ha rifiutato di salvare la modifica.',
    rotateBy: (date: string) => `da ruotare entro il ${date}`,
    overdue: 'in ritardo',
    noRecipient: 'Nessun destinatario indicato',
    rotated: (title: string) => `Ruotato: ${title}`,
    rotateItem: 'Ruota',
    rotateByItem: (date: string) => `entro il ${date}`,
    progress: (done: number, total: number) => `Ruotati: ${number(done)} su ${number(total)}`,
    revokeAll: (n: number) => `Revoca tutti quelli ancora in attesa (${number(n)})`,
    revokeAllQuestion: (n: number, recipient: string) =>
      `Revocare ${n === 1 ? 'il link' : `tutti e ${number(n)} i link`} ancora in attesa per ${recipient}? ${n === 1 ? 'Smetterà' : 'Smetteranno'} subito di funzionare per tutti.`,
    revokeAllConfirm: (n: number) => `Sì, revoca ${number(n)}`,
    revokeAllDone: (n: number) => (n === 1 ? '1 link revocato.' : `${number(n)} link revocati.`),
    revokeAllFailed: (n: number) =>
      `${n === 1 ? 'Non è stato possibile revocare 1 link' : `Non è stato possibile revocare ${number(n)} link`}. Riprova.`,
    revokeAllGroup: 'Conferma la revoca',
  },
  manageGuard: {
    subtitle: 'Il tuo segreto condiviso',
    unnamed: 'Un segreto condiviso',
    notInListTitle: 'Questo è il link di gestione privato del mittente',
    notInListBody:
      'Non è nell’elenco dei link condivisi di questo browser. Se qualcuno te l’ha inviato, è il link sbagliato: chiedigli il link segreto (contiene /s#). Questa pagina non può mostrare il segreto, può solo distruggerlo per tutti.',
    iAmSender: 'Ho condiviso io questo segreto: voglio revocarlo',
    receipt: 'Conferma di lettura',
    actions: 'Azioni',
    revoked: 'Revocato. Il link non si apre più per nessuno.',
    aboutTitle: 'Informazioni su questa pagina',
    about:
      'Solo tu dovresti avere questo link di gestione. Mostra se il segreto è stato aperto e permette di distruggerlo; non può leggerlo.',
  },
  cli: {
    title: 'Riga di comando',
    intro:
      'Apri un link in un terminale invece che in un browser. Lo strumento a riga di comando di Handoff è un unico file per Node.js 20 o successivo: niente da installare, e decifra sul tuo computer, proprio come fa il browser.',
    openHeading: 'Scaricalo e apri un link',
    openHelp:
      'Esegui questo comando in un terminale, in una cartella a tua scelta, mettendo il link che hai ricevuto al posto di LINK:',
    command: 'Comando',
    copyCommand: 'Copia il comando',
    historyHint: <T>(dash: T) => [
      'La shell conserva i comandi nella sua cronologia. Per tenere il link fuori dalla cronologia, scrivi ',
      dash,
      ' al suo posto, poi incolla il link, premi Invio e poi Ctrl-D.',
    ],
    moreHelp: <T>(help: T) => ['Può anche inviare segreti e controllarne lo stato: ', help, ' elenca tutti i comandi.'],
    checkHeading: 'Verifica il file',
    checkHelp: 'Lo SHA-256 del file distribuito da questo server:',
    hashLabel: 'SHA-256 di handoff.mjs',
    checkHow:
      'Fai confrontare al tuo computer questo valore con il file (la prima riga su Linux, la seconda su macOS); se coincidono, stampa “handoff.mjs: OK”:',
    checkWindows: <T>(command: T) => ['Su Windows (PowerShell) ', command, ' lo stampa in maiuscolo.'],
    honest:
      'Questa verifica scopre un download danneggiato o incompleto. Non può scoprire un server disonesto: un server che avesse modificato il file potrebbe modificare anche questa pagina. Se la tua organizzazione pubblica l’hash altrove, confrontalo con quella copia.',
    notBuilt: 'Lo strumento a riga di comando non è disponibile su questo server.',
  },
  policy: {
    required: '(obbligatoria su questo servizio)',
    passwordRequired: 'Questo servizio richiede una password per ogni segreto.',
    tooShort: (min: number) =>
      `Su questo servizio la password deve essere lunga almeno ${plural(min, 'carattere', 'caratteri')}.`,
    minLength: (min: number) => `Almeno ${plural(min, 'carattere', 'caratteri')}.`,
    violation: 'La policy di questo servizio non consente questa scelta. Ricarica la pagina per vedere cosa consente.',
  },
  sender: {
    textTooLarge: (size: string, limit: string) => `Troppo grande: ${size}; il limite è ${limit}.`,
    resultAnnouncement: (views: number, date: string) =>
      `Il tuo link segreto è pronto. Si apre ${views === 1 ? 'una volta' : `${number(views)} volte`} e scade il ${date}.`,
    shareLinkHint: 'Invia questo link al destinatario.',
    share: 'Condividi',
    shareFailed: 'Condivisione non riuscita: copia invece il link',
    passwordTitle: 'Password',
    passwordLabel: 'Password per questo link',
    showPassword: 'Mostra',
    hidePassword: 'Nascondi',
    copyPassword: 'Copia la password',
    passwordReminder:
      'Invia la password tramite un canale diverso da quello del link (una telefonata, un SMS o Signal). Viene mostrata solo qui, finché non lasci questa pagina: non è nel link, non è in “I miei link” e non è mai stata inviata al server.',
    forYouOnly: 'Solo per te',
    copyManageLink: 'Copia il link di gestione',
    manageTitle: 'Il tuo link di gestione',
    showDetails: 'Mostra dettagli',
    hideDetails: 'Nascondi dettagli',
  },
  notify: {
    toggle: 'Avvisami quando viene aperto',
    destinationLabel: 'Indirizzo email o URL del webhook',
    hint: 'Inviamo solo un breve riferimento, l’evento e l’ora: mai il link o il contenuto. Questo server accetta solo gli indirizzi e gli host di webhook consentiti da chi lo gestisce.',
    reference: (ref: string) => `Riferimento: ${ref}`,
    referenceHint: 'Le notifiche su questo link riportano questo riferimento.',
    alertsOn: 'Avvisami qui',
    alertsEnabled: 'Avvisi attivi: finché resta aperta, questa pagina ti avviserà quando il link cambia.',
    alertsBlocked: 'Questo browser non consente notifiche per questo sito.',
    refused:
      'Questo server non invia notifiche a questo indirizzo o host. Controllalo, oppure togli la spunta dalla casella.',
    alertTitle: 'Handoff',
    alertBody: (label: string, state: string) => `${label || 'Il tuo link'}: ${state}`,
    toggleAnswered: 'Avvisami quando riceve una risposta o scade senza risposta',
    historyAlertsOn: 'Avvisami qui quando un link cambia',
    historyAlertsEnabled:
      'Avvisi attivi: finché resta aperta, questa pagina ti avviserà quando uno di questi link cambia.',
  },
  request: {
    title: 'Richiedi un segreto',
    intro:
      'Chiedi a qualcuno una password, una chiave API o un file. La persona risponde tramite un link; il suo browser cifra la risposta in modo che solo tu possa aprirla, non il server.',
    noteLabel: 'Nota per la persona a cui chiedi',
    notePlaceholder: 'Per favore, inviami la password del database di staging del progetto Falcon.',
    noteHint: 'Cifrata in questo browser; solo chi ha il link della richiesta può leggerla.',
    noteTooLong: (bytes: number, limit: number) =>
      `Troppo lunga: ${plural(bytes, 'byte', 'byte')}; il limite è ${number(limit)}.`,
    openLabel: 'La richiesta resta aperta per',
    keepLabel: 'Conserva la risposta per',
    viewsLabel: 'La risposta si può aprire',
    duration: {
      300: '5 minuti',
      3600: '1 ora',
      86400: '1 giorno',
      604800: '7 giorni',
      2592000: '30 giorni',
    },
    keepSummary: 'Conserva una nota privata in questo browser (facoltativo)',
    keepIntro:
      'Salvata solo in “I miei link” di questo browser, insieme allo stato della richiesta; mai il link del proprietario.',
    labelLabel: 'Etichetta',
    labelPlaceholder: 'Password del DB di staging, progetto Falcon',
    fromLabel: 'Richiesto a',
    fromPlaceholder: 'Dana (consulente)',
    submit: 'Crea la richiesta',
    creating: 'Creazione…',
    errors: {
      network: 'Impossibile raggiungere il server. Controlla la connessione e riprova.',
      rateLimited: 'Troppe richieste create da qui in poco tempo. Attendi un minuto e riprova.',
      unavailable: 'Il servizio non è al momento disponibile. Riprova tra poco.',
      failed: 'Non è stato possibile creare la richiesta. Riprova.',
      encryptionFailed: 'Il tuo browser non è riuscito a cifrare la nota. Non è stato inviato nulla.',
    },
    createdTitle: 'La tua richiesta è pronta',
    requestLink: 'Link della richiesta: invialo alla persona a cui chiedi',
    copyRequestLink: 'Copia il link della richiesta',
    openUntil: (date: string) => `La richiesta accetta una risposta fino al ${date}.`,
    ownerLink: 'Link del proprietario: tienilo per te',
    copyOwnerLink: 'Copia il link del proprietario',
    saveOwnerLink: 'Salva come file',
    ownerWarning:
      'Solo il link del proprietario apre la risposta. Non viene salvato da nessuna parte, nemmeno in questo browser: copialo ora nel tuo password manager o salvalo come file. Senza di esso la risposta non si può leggere.',
    ownerFile: (link: string, date: string) =>
      `Link del proprietario Handoff: apre la risposta alla tua richiesta. Tienilo riservato.\n\n${link}\n\nLa richiesta accetta una risposta fino al ${date}.\n`,
    savedInMyLinks: <T>(myLinks: T) => [
      'Lo stato della richiesta (non il link del proprietario) è conservato anche in ',
      myLinks,
      '.',
    ],
    myLinks: 'I miei link',
    another: 'Richiedi un altro segreto',
    checking: 'Verifica della richiesta…',
    askedTitle: 'Qualcuno ti chiede un segreto',
    noteFrom: 'La sua nota',
    noNote: 'Non è stata scritta nessuna nota.',
    origin: (origin: string) =>
      `La tua risposta va a ${origin}, cifrata in questo browser in modo che solo chi l’ha richiesta possa leggerla.`,
    openUntilResponder: (date: string) => `La richiesta accetta una risposta fino al ${date}.`,
    answerLabel: 'La tua risposta',
    answerPlaceholder: 'La password, la chiave o il file .env richiesto',
    answerSubmit: 'Cifra e invia',
    sending: 'Cifratura e invio…',
    answeredTitle: 'La tua risposta è stata inviata',
    answeredAt: (time: string) => `Inviata il ${time}. Solo chi l’ha richiesta può aprirla; tu non puoi rileggerla.`,
    confirmationLabel: 'Codice di conferma',
    confirmationHint:
      'Chi ha fatto la richiesta vede lo stesso codice quando apre la risposta. Per avere la certezza che la risposta letta sia la tua, confrontate il codice per telefono.',
    closedTitle: 'Questa richiesta non accetta più risposte',
    closedBody:
      'Ha già ricevuto una risposta o è stata revocata. Se serve, chiedi a chi l’ha fatta un nuovo link di richiesta.',
    goneTitle: 'Questa richiesta è scaduta o non esiste',
    goneBody: 'Chiedi a chi l’ha fatta un nuovo link di richiesta.',
    tamperedTitle: 'Non è stato possibile verificare questa richiesta',
    tamperedBody:
      'Ciò che il server ha inviato non corrisponde a questo link, quindi non è stato cifrato né inviato nulla. Chiedi a chi ha fatto la richiesta un nuovo link.',
    invalidTitle: 'Questo link di richiesta è incompleto',
    invalidAdvice:
      'Copia il link intero dal messaggio che hai ricevuto, oppure chiedi a chi ha fatto la richiesta di inviarlo di nuovo.',
    unavailable:
      'Il servizio non è al momento disponibile. Il tuo link funziona ancora: ricarica questa pagina tra poco.',
    answerErrors: {
      network: 'Impossibile raggiungere il server. Controlla la connessione e riprova.',
      rateLimited: 'Troppe risposte inviate da qui in poco tempo. Attendi un minuto e riprova.',
      unavailable: 'Il servizio non è al momento disponibile. Riprova tra poco.',
      failed: 'Non è stato possibile inviare la risposta. Riprova.',
      encryptionFailed: 'Il tuo browser non è riuscito a cifrare la risposta. Non è stato inviato nulla.',
      uploadFailed:
        'Non è stato possibile caricare i file, quindi la risposta non è stata consegnata. Riprova: la richiesta si riapre quando il caricamento non riuscito scade.',
      closed:
        'Qualcuno ha risposto prima, oppure la richiesta è stata revocata. La tua risposta non è stata accettata.',
    },
    ownerTitle: 'La tua richiesta',
    loadingOwner: 'Verifica della tua richiesta…',
    stateLabel: 'Stato',
    waitingBody: 'Ancora nessuna risposta. Questa pagina ricontrolla da sola.',
    uploadingBody: 'Sta arrivando una risposta con dei file. Questa pagina ricontrolla da sola.',
    answeredBody: (time: string) => `Risposta ricevuta il ${time}.`,
    revokedBody: 'Hai revocato questa richiesta. La sua risposta, se c’era, è stata eliminata.',
    created: 'Creata',
    openUntilLabel: 'Accetta una risposta fino al',
    reveal: 'Rivela la risposta',
    revealing: 'Rivelazione…',
    revealHint: 'Rivelare la risposta consuma una delle sue visualizzazioni; dopo l’ultima viene eliminata dal server.',
    confirmationSeen: (code: string) =>
      `Codice di conferma: ${code}. La persona che ha risposto ha visto lo stesso codice.`,
    ownerGoneTitle: 'Questa risposta è già stata letta o è scaduta',
    ownerGoneBody:
      'La richiesta e la sua risposta non sono più sul server: lette fino all’ultima visualizzazione, revocate o scadute. Se non l’hai letta tu, potrebbe averlo fatto qualcun altro con il link del proprietario.',
    ownerInvalidTitle: 'Questo link del proprietario è incompleto',
    ownerInvalidBody:
      'Usa il link del proprietario intero (o il file che hai salvato) che hai conservato quando hai creato la richiesta.',
    undecryptable:
      'Non è stato possibile decifrare la risposta: non è stata sigillata per questa richiesta. La sua visualizzazione è stata consumata; richiedi di nuovo il segreto.',
    revealFailed: 'Non è stato possibile rivelare la risposta. Riprova.',
    revoke: 'Revoca la richiesta',
    revokeQuestion:
      'Chiudere questa richiesta ed eliminarne la risposta, se c’è? In seguito nessuno potrà più rispondere né leggerla.',
    revokeConfirm: 'Sì, revocala',
    revokeCancel: 'Annulla',
    revokeGroup: 'Conferma la revoca della richiesta',
    revokeFailed: 'Revoca non riuscita. Riprova.',
    states: {
      open: 'In attesa di risposta',
      uploading: 'Risposta in arrivo',
      answered: 'Risposta ricevuta',
      revoked: 'Revocata',
    },
    answerRead: 'Risposta letta',
    ended: 'Terminata',
    listTitle: 'Richieste',
    listHint:
      'Le richieste fatte in questo browser. Qui viene conservato solo il loro stato; il link del proprietario, che legge la risposta, no.',
    untitled: 'Richiesta senza titolo',
    from: (who: string) => `da ${who}`,
    asked: (date: string) => `richiesta il ${date}`,
    revokeEntry: (label: string) => `Revoca la richiesta: ${label || 'richiesta senza titolo'}`,
    received: 'Ricevuto',
    receivedLine: <T>(credential: T, status: string) => ['☐ Ruota ', credential, `, ricevuto (${status})`],
  },
  auth: {
    signIn: 'Accedi',
    signOut: 'Esci',
    signedInAs: (user: string) => `Accesso effettuato come ${user}`,
    settings: 'Token API',
    checking: 'Verifica della tua identità…',
    requiredTitle: 'Accedi per condividere',
    requiredOidc:
      'Su questo server solo il personale che ha effettuato l’accesso può creare link. Per aprire un link non ' +
      'serve mai un account.',
    requiredProxy:
      'Su questo server solo il personale che ha effettuato l’accesso può creare link. Apri questa pagina ' +
      'tramite la pagina di accesso della tua azienda. Per aprire un link non serve mai un account.',
    unavailable: 'Impossibile verificare se hai effettuato l’accesso. Ricarica la pagina per riprovare.',
    pageTitle: 'Accedi',
    errors: {
      provider:
        'Il servizio di accesso non è raggiungibile in questo momento. Non è andato perso nulla: riprova tra ' +
        'qualche minuto.',
      denied: 'Questo account non può creare link qui. Chiedi l’accesso al tuo amministratore.',
      failed: 'L’accesso non è stato completato (forse ha richiesto troppo tempo). Riprova.',
    },
    tryAgain: 'Riprova',
    tokensTitle: 'Token API personali',
    tokensIntro:
      'I token permettono alla riga di comando handoff e alle tue automazioni di creare link a tuo nome. Un ' +
      'token viene mostrato una sola volta; il server ne conserva solo un hash. Revoca un token non appena non ' +
      'ti serve più.',
    tokenName: 'Nome del token',
    tokenNamePlaceholder: 'pipeline di deploy',
    createToken: 'Crea token',
    newTokenTitle: 'Il tuo nuovo token',
    newTokenHint: 'Copialo ora: non verrà più mostrato. Usalo come HANDOFF_TOKEN o con --token-file.',
    noTokens: 'Ancora nessun token.',
    created: (when: string) => `Creato il ${when}`,
    lastUsed: (when: string | null) => (when ? `Ultimo utilizzo il ${when}` : 'Mai utilizzato'),
    revoke: 'Revoca',
    revoked: 'Token revocato.',
    failed: 'Non ha funzionato. Riprova.',
    signInForTokens: 'Accedi per gestire i tuoi token API.',
  },
  pages: {
    noscriptTitle: 'Handoff ha bisogno di JavaScript',
    noscriptBody:
      'I segreti vengono cifrati e decifrati nel tuo browser, così il server non li vede mai. Senza JavaScript non si può cifrare né rivelare nulla, e aprire un link non consuma nessuna visualizzazione. Attiva JavaScript per questo sito e ricarica la pagina.',
    notFoundTitle: 'Pagina non trovata',
    notFoundBody:
      'Non c’è niente a questo indirizzo. Un link segreto ha la forma …/s#… e un link di gestione …/m#…: controlla di aver copiato il link intero.',
    notFoundHome: 'Condividi un segreto',
    notFoundHistory: 'I miei link',
  },
  upload: {
    label: 'File',
    optional: '(facoltativo)',
    choose: 'Aggiungi file',
    drop: 'oppure trascinali qui',
    limit: (limit: string, count: number) =>
      `Fino a ${plural(count, 'file', 'file')}, ${limit} in totale. Cifrati in questo browser.`,
    remove: (name: string) => `Rimuovi ${name}`,
    total: (size: string) => `Totale: ${size}`,
    tooLarge: (size: string, limit: string) =>
      `Questi file occupano in tutto ${size}, oltre il limite di ${limit}. Rimuovine qualcuno; non è stato caricato nulla.`,
    tooMany: (count: number) => `Al massimo ${plural(count, 'file', 'file')} per segreto. Non è stato caricato nulla.`,
    uploading: (percent: number) => `Cifratura e caricamento… ${percentage(percent)}`,
    cancel: 'Annulla caricamento',
    cancelled: 'Caricamento annullato. Non è stato condiviso nulla, e ciò che era già stato caricato viene eliminato.',
    uploadsPaused:
      'Lo spazio di archiviazione è quasi pieno, quindi il caricamento di file è sospeso per ora. I segreti di testo funzionano ancora.',
    incomplete: 'Il caricamento non è stato completato. Riprova.',
    changed:
      'Un file è stato modificato o è diventato illeggibile durante il caricamento. Non è stato condiviso nulla. Riprova.',
  },
};
