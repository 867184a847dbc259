import type { SenderMessages } from './en';
import { DETECTION_STRINGS_ES } from '../detect/es';
import { number, pct } from '../helpers/es';

/*
 * The Spanish catalogue, in neutral Spanish for Spain and Latin America (no
 * "vosotros", no voseo, no regional words). Typed like English's catalogue: a key missing
 * here, or one English does not have, is a type error. Informal "tú", as
 * well-localised password managers use it; "secreto" for secret, "enlace" for
 * link, "revelar" for reveal, "enlace de gestión" for the manage link,
 * "solicitud" for a request, "revocar" and "rotar" for revoke and rotate,
 * "remitente" and "destinatario" for sender and recipient.
 */

const times = (n: number) => (n === 1 ? '1 vez' : `${n} veces`);

export const sender: SenderMessages = {
  detect: DETECTION_STRINGS_ES,
  home: {
    title: 'Comparte un secreto una sola vez',
    intro:
      'Tu navegador lo cifra antes de enviar nada. El enlace lo abre un número fijo de veces y después desaparece para siempre.',
  },
  create: {
    secretLabel: 'Secreto',
    secretPlaceholder: 'sk_live_…, una URL de base de datos o un archivo .env completo',
    secretHint: 'Se cifra en este navegador antes de enviarse. Nunca se guarda sin cifrar.',
    tooLarge: (bytes: number, limit: number) =>
      `Demasiado grande: ${number(bytes)} bytes; el límite es ${number(limit)}.`,
    expiresLabel: 'Expira después de',
    ttl: {
      300: '5 minutos',
      3600: '1 hora',
      86400: '1 día',
      604800: '7 días',
      2592000: '30 días',
    },
    viewsLabel: 'Se puede abrir',
    views: (n: number) => (n === 1 ? '1 vez (recomendado)' : times(n)),
    submit: 'Crear enlace secreto',
    encrypting: 'Cifrando…',
    protecting: (percent: number) => `Protegiendo con tu contraseña… ${pct(percent)}`,
    errors: {
      network: 'No se pudo conectar con el servidor. Revisa tu conexión y vuelve a intentarlo.',
      rateLimited: 'Se crearon demasiados secretos desde aquí en poco tiempo. Espera un minuto y vuelve a intentarlo.',
      tooLarge: 'Este secreto es demasiado grande para compartirlo.',
      unavailable: 'El servicio no está disponible temporalmente. Vuelve a intentarlo en un momento.',
      failed: 'No se pudo crear el secreto. Vuelve a intentarlo.',
      encryptionFailed: 'Tu navegador no pudo cifrar este secreto. No se envió nada.',
    },
  },
  password: {
    label: 'Contraseña',
    optional: '(opcional)',
    show: 'Mostrar',
    hide: 'Ocultar',
    generate: 'Generar',
    weak: 'Débil: fácil de adivinar si el enlace se filtra.',
    fair: 'Aceptable.',
    strong: 'Fuerte.',
    advice:
      'Envía la contraseña por un canal distinto al del enlace: una llamada, un SMS o Signal. Una contraseña incorrecta nunca consume el enlace.',
  },
  record: {
    summary: 'Guardar una nota privada en este navegador (opcional)',
    intro: <T>(myLinks: T) => [
      'Se guarda solo en ',
      myLinks,
      ' de este navegador y nunca se envía al servidor, para que puedas llevar el control de lo que compartiste y rotarlo cuando termine el trabajo.',
    ],
    myLinks: 'Mis enlaces',
    label: 'Etiqueta',
    labelPlaceholder: 'Clave restringida de Stripe para Acme',
    recipient: 'Destinatario',
    recipientPlaceholder: 'Dana (contratista)',
    rotateBy: 'Fecha límite de rotación',
  },
  result: {
    title: 'Tu enlace secreto está listo',
    link: 'Enlace',
    copyLink: 'Copiar enlace',
    showQr: 'Mostrar código QR',
    hideQr: 'Ocultar código QR',
    qrLabel: 'Código QR del enlace secreto',
    qrHint: 'Generado en este navegador. Escanéalo con el teléfono en el que se debe abrir el secreto.',
    opensAndExpires: (views: number, date: string) =>
      `Se abre ${views === 1 ? 'una vez' : `${views} veces`} y expira el ${date}.`,
    sendWithPassword:
      'Envía el enlace por un canal (chat, correo electrónico) y la contraseña por otro (una llamada, un SMS o Signal). Nunca pongas ambos en el mismo mensaje.',
    sendWithoutPassword:
      'Envía este enlace por un canal (chat, correo electrónico). No hace falta nada más: la clave va dentro del enlace, así que cualquiera que lo tenga puede abrirlo, y una vez abierto desaparece.',
    manageLink: 'Enlace de gestión (guárdalo solo para ti)',
    copyManageLink: 'Copiar',
    manageHint:
      'El enlace de gestión muestra si el secreto se abrió y cuándo, y te permite revocarlo. No puede leer el secreto.',
    savedIn: <T>(myLinks: T) => [' También se guardó en ', myLinks, ' de este navegador.'],
    myLinks: 'Mis enlaces',
    shareAnother: 'Compartir otro secreto',
  },
  manage: {
    loading: 'Cargando el comprobante…',
    invalidTitle: 'Este enlace de gestión está incompleto',
    invalidBody: 'Copia el enlace de gestión completo que guardaste al compartir.',
    missingTitle: 'No hay comprobante para este enlace',
    missingBody:
      'Los comprobantes se conservan un tiempo después de que termina un secreto y luego se eliminan. Este ya no existe, o el enlace es incorrecto.',
    unavailable: 'El servicio no está disponible temporalmente. Esta página vuelve a intentarlo sola.',
    title: 'Tu secreto compartido',
    opened: 'Abierto',
    viewsUsed: (used: number, max: number) => `${used} de ${max} ${max === 1 ? 'vez' : 'veces'}`,
    view: (n: number) => `Visualización ${n}`,
    created: 'Creado',
    expires: 'Expira',
    wouldHaveExpired: 'Habría expirado',
    ended: 'Finalizado',
    wrongPasswords: 'Contraseñas incorrectas',
    refreshes: 'Esta página se actualiza sola. El enlace de gestión no puede leer el secreto.',
    revoke: 'Revocar ahora',
    revokeFailed: 'No se pudo revocar. Vuelve a intentarlo.',
    confirmGroup: 'Confirmar la revocación',
    confirmQuestion: '¿Destruir este secreto ahora? El enlace dejará de funcionar para todos.',
    confirm: 'Sí, destruirlo',
    cancel: 'Cancelar',
  },
  states: {
    active: 'En espera',
    viewed: 'Abierto',
    expired: 'Expirado',
    revoked: 'Revocado',
    locked: 'Destruido por contraseñas incorrectas',
  },
  history: {
    title: 'Mis enlaces compartidos',
    localOnly:
      'Esta lista solo existe en este navegador y nunca se envía al servidor. Si borras los datos del navegador, se pierde: expórtala para conservar un registro. Contiene enlaces de gestión (estado y revocación), nunca un secreto ni su clave.',
    filter: 'Filtrar por etiqueta o destinatario',
    exportCsv: 'Exportar CSV',
    exportJson: 'Exportar JSON',
    empty: 'Todavía no hay nada aquí.',
    list: 'Enlaces compartidos',
    untitled: 'Secreto sin título',
    forRecipient: (recipient: string) => `para ${recipient}`,
    shared: (date: string) => `compartido el ${date}`,
    opened: (used: number, max: number) => `abierto ${used} de ${max}`,
    rotateBy: (date: string) => `rotar antes del ${date}`,
    checking: 'comprobando…',
    receiptDeleted: 'comprobante eliminado',
    unavailable: 'no disponible',
    manage: 'Gestionar',
    manageEntry: (label: string) => `Gestionar ${label || 'secreto sin título'}`,
    forget: 'Olvidar',
  },
  offboarding: {
    title: 'Fin de la colaboración',
    intro: 'Cuando termine una colaboración, rota todas las credenciales que compartiste con esa persona.',
    recipient: 'Destinatario',
    choose: 'Elegir…',
    checklist: 'Lista de verificación',
    rotate: <T>(credential: T, status: string, rotateBy: string | null) => [
      '☐ Rotar ',
      credential,
      ` (${status})${rotateBy ? `, antes del ${rotateBy}` : ''}`,
    ],
    status: {
      opened: 'abierto',
      active: 'activo',
      viewed: 'visto',
      expired: 'expirado',
      revoked: 'revocado',
      locked: 'bloqueado',
      unknown: 'desconocido',
    },
    exportRecord: 'Exportar registro (Markdown)',
  },
  myLinks: {
    untitled: (date: string) => `Secreto compartido el ${date}`,
    forgetEntry: (title: string) => `Olvidar ${title}`,
    forgotten: (title: string) =>
      `Olvidado: “${title}”. Su enlace de gestión, la única forma de ver si se abrió y de revocarlo, ya no está en este navegador.`,
    undo: 'Deshacer',
    undoFor: (seconds: number) => `Deshacer (${seconds} s)`,
    restored: (title: string) => `“${title}” volvió a tu lista.`,
    edit: 'Editar',
    editEntry: (title: string) => `Editar las notas de ${title}`,
    editHeading: (title: string) => `Notas de ${title}`,
    save: 'Guardar',
    cancel: 'Cancelar',
    saved: (title: string) => `Se guardaron las notas de ${title}.`,
    saveFailed: 'Este navegador no permitió guardar el cambio.',
    rotateBy: (date: string) => `rotar antes del ${date}`,
    overdue: 'vencido',
    noRecipient: 'Sin destinatario indicado',
    rotated: (title: string) => `Rotado: ${title}`,
    rotateItem: 'Rotar',
    rotateByItem: (date: string) => `antes del ${date}`,
    progress: (done: number, total: number) => `Rotados: ${done} de ${total}`,
    revokeAll: (n: number) => `Revocar todos los que siguen en espera (${n})`,
    revokeAllQuestion: (n: number, recipient: string) =>
      `¿Revocar ${n === 1 ? `el enlace para ${recipient} que sigue en espera` : `los ${n} enlaces para ${recipient} que siguen en espera`}? ${n === 1 ? 'Dejará' : 'Dejarán'} de funcionar para todos de inmediato.`,
    revokeAllConfirm: (n: number) => `Sí, revocar ${n}`,
    revokeAllDone: (n: number) => `${n === 1 ? '1 enlace revocado' : `${n} enlaces revocados`}.`,
    revokeAllFailed: (n: number) =>
      `${n === 1 ? 'No se pudo revocar 1 enlace' : `No se pudieron revocar ${n} enlaces`}. Vuelve a intentarlo.`,
    revokeAllGroup: 'Confirmar la revocación',
  },
  manageGuard: {
    subtitle: 'Tu secreto compartido',
    unnamed: 'Un secreto compartido',
    notInListTitle: 'Este es el enlace de gestión privado del remitente',
    notInListBody:
      'No está en la lista de enlaces compartidos de este navegador. Si alguien te lo envió, es el enlace equivocado: pídele el enlace secreto (contiene /s#). Esta página no puede mostrar el secreto; solo puede destruirlo para todos.',
    iAmSender: 'Yo compartí este secreto: quiero revocarlo',
    receipt: 'Comprobante',
    actions: 'Acciones',
    revoked: 'Revocado. El enlace ya no se abre para nadie.',
    aboutTitle: 'Acerca de esta página',
    about:
      'Solo tú deberías tener este enlace de gestión. Muestra si el secreto se abrió y te permite destruirlo; no puede leer el secreto.',
  },
  cli: {
    title: 'Línea de comandos',
    intro:
      'Abre un enlace en una terminal en lugar de en un navegador. La herramienta de línea de comandos de Handoff es un único archivo para Node.js 20 o posterior: no hay nada que instalar, y descifra en tu equipo, igual que el navegador.',
    openHeading: 'Descárgala y abre un enlace',
    openHelp:
      'Ejecuta esto en una terminal, en la carpeta que prefieras, con el enlace que recibiste en lugar de LINK:',
    command: 'Comando',
    copyCommand: 'Copiar comando',
    historyHint: <T>(dash: T) => [
      'Tu shell guarda los comandos en su historial. Para que el enlace no quede ahí, escribe ',
      dash,
      ' en su lugar, luego pega el enlace, presiona Enter y después Ctrl-D.',
    ],
    moreHelp: <T>(help: T) => [
      'También puede enviar secretos y consultar su estado: ',
      help,
      ' muestra todos los comandos.',
    ],
    checkHeading: 'Verifica el archivo',
    checkHelp: 'El SHA-256 del archivo que entrega este servidor:',
    hashLabel: 'SHA-256 de handoff.mjs',
    checkHow:
      'Deja que tu equipo lo compare con el archivo (la primera línea en Linux, la segunda en macOS); si coinciden, muestra “handoff.mjs: OK”:',
    checkWindows: <T>(command: T) => ['En Windows (PowerShell), ', command, ' lo muestra en mayúsculas.'],
    honest:
      'Esta verificación detecta una descarga dañada o incompleta. No puede detectar un servidor deshonesto: un servidor que modificara el archivo también podría modificar esta página. Si tu organización publica el hash en otro lugar, compáralo con esa copia.',
    notBuilt: 'La herramienta de línea de comandos no está disponible en este servidor.',
  },
  policy: {
    required: '(obligatorio en este servicio)',
    passwordRequired: 'Este servicio exige una contraseña para cada secreto.',
    tooShort: (min: number) => `En este servicio, la contraseña debe tener al menos ${number(min)} caracteres.`,
    minLength: (min: number) => `Al menos ${number(min)} caracteres.`,
    violation: 'La política de este servicio no permite esa opción. Vuelve a cargar la página para ver qué permite.',
  },
  sender: {
    textTooLarge: (size: string, limit: string) => `Demasiado grande: ${size}; el límite es ${limit}.`,
    resultAnnouncement: (views: number, date: string) =>
      `Tu enlace secreto está listo. Se abre ${views === 1 ? 'una vez' : `${views} veces`} y expira el ${date}.`,
    shareLinkHint: 'Envía este enlace al destinatario.',
    share: 'Compartir',
    shareFailed: 'No se pudo compartir: copia el enlace',
    passwordTitle: 'Contraseña',
    passwordLabel: 'Contraseña de este enlace',
    showPassword: 'Mostrar',
    hidePassword: 'Ocultar',
    copyPassword: 'Copiar contraseña',
    passwordReminder:
      'Envía la contraseña por un canal distinto al del enlace (una llamada, un SMS o Signal). Solo se muestra aquí, hasta que salgas de esta página: no está en el enlace ni en Mis enlaces, y nunca se envió al servidor.',
    forYouOnly: 'Solo para ti',
    copyManageLink: 'Copiar enlace de gestión',
    manageTitle: 'Tu enlace de gestión',
    showDetails: 'Mostrar detalles',
    hideDetails: 'Ocultar detalles',
  },
  notify: {
    toggle: 'Avisarme cuando se abra',
    destinationLabel: 'Correo electrónico o URL de webhook',
    hint: 'Solo enviamos una referencia breve, el evento y la hora: nunca el enlace ni el contenido. Este servidor solo acepta las direcciones y los hosts de webhook que permite su administrador.',
    reference: (ref: string) => `Referencia: ${ref}`,
    referenceHint: 'Las notificaciones sobre este enlace llevan esta referencia.',
    alertsOn: 'Avisarme aquí',
    alertsEnabled: 'Avisos activados: mientras siga abierta, esta página te avisará cuando cambie el enlace.',
    alertsBlocked: 'Este navegador no permite notificaciones para este sitio.',
    refused: 'Este servidor no envía notificaciones a esa dirección o host. Revísala o desmarca la casilla.',
    alertTitle: 'Handoff',
    alertBody: (label: string, state: string) => `${label || 'Tu enlace'}: ${state}`,
    toggleAnswered: 'Avisarme cuando la respondan o caduque sin respuesta',
    historyAlertsOn: 'Avisarme aquí cuando cambie un enlace',
    historyAlertsEnabled:
      'Avisos activados: mientras siga abierta, esta página te avisará cuando cambie alguno de estos enlaces.',
  },
  request: {
    title: 'Solicitar un secreto',
    intro:
      'Pide a alguien una contraseña, una clave de API o un archivo. Te responde a través de un enlace; su navegador cifra la respuesta para que solo tú puedas abrirla, no el servidor.',
    noteLabel: 'Nota para la persona a quien se lo pides',
    notePlaceholder: 'Envíame, por favor, la contraseña de la base de datos de preproducción del proyecto Falcon.',
    noteHint: 'Se cifra en este navegador; solo quien tenga el enlace de la solicitud puede leerla.',
    noteTooLong: (bytes: number, limit: number) =>
      `Demasiado larga: ${number(bytes)} bytes; el límite es ${number(limit)}.`,
    openLabel: 'La solicitud sigue abierta durante',
    keepLabel: 'Conservar la respuesta durante',
    viewsLabel: 'La respuesta se puede abrir',
    duration: {
      300: '5 minutos',
      3600: '1 hora',
      86400: '1 día',
      604800: '7 días',
      2592000: '30 días',
    },
    keepSummary: 'Guardar una nota privada en este navegador (opcional)',
    keepIntro:
      'Se guarda solo en Mis enlaces de este navegador, con el estado de la solicitud; nunca el enlace de propietario.',
    labelLabel: 'Etiqueta',
    labelPlaceholder: 'Contraseña de la BD de preproducción, proyecto Falcon',
    fromLabel: 'Solicitado a',
    fromPlaceholder: 'Dana (contratista)',
    submit: 'Crear solicitud',
    creating: 'Creando…',
    errors: {
      network: 'No se pudo conectar con el servidor. Revisa tu conexión y vuelve a intentarlo.',
      rateLimited:
        'Se crearon demasiadas solicitudes desde aquí en poco tiempo. Espera un minuto y vuelve a intentarlo.',
      unavailable: 'El servicio no está disponible temporalmente. Vuelve a intentarlo en un momento.',
      failed: 'No se pudo crear la solicitud. Vuelve a intentarlo.',
      encryptionFailed: 'Tu navegador no pudo cifrar la nota. No se envió nada.',
    },
    createdTitle: 'Tu solicitud está lista',
    requestLink: 'Enlace de la solicitud: envíalo a la persona a quien se lo pides',
    copyRequestLink: 'Copiar enlace de la solicitud',
    openUntil: (date: string) => `La solicitud acepta una respuesta hasta el ${date}.`,
    ownerLink: 'Enlace de propietario: guárdalo solo para ti',
    copyOwnerLink: 'Copiar enlace de propietario',
    saveOwnerLink: 'Guardar como archivo',
    ownerWarning:
      'Solo el enlace de propietario abre la respuesta. No se guarda en ningún sitio, ni siquiera en este navegador: cópialo ahora en tu gestor de contraseñas o guárdalo como archivo. Sin él no se puede leer la respuesta.',
    ownerFile: (link: string, date: string) =>
      `Enlace de propietario de Handoff: abre la respuesta a tu solicitud. Mantenlo en privado.\n\n${link}\n\nLa solicitud acepta una respuesta hasta el ${date}.\n`,
    savedInMyLinks: <T>(myLinks: T) => [
      'El estado de la solicitud (no el enlace de propietario) también se guarda en ',
      myLinks,
      '.',
    ],
    myLinks: 'Mis enlaces',
    another: 'Solicitar otro secreto',
    checking: 'Comprobando la solicitud…',
    askedTitle: 'Alguien te pide un secreto',
    noteFrom: 'Su nota',
    noNote: 'No se escribió ninguna nota.',
    origin: (origin: string) =>
      `Tu respuesta va a ${origin}, cifrada en este navegador para que solo quien la solicitó pueda leerla.`,
    openUntilResponder: (date: string) => `La solicitud acepta una respuesta hasta el ${date}.`,
    answerLabel: 'Tu respuesta',
    answerPlaceholder: 'La contraseña, la clave o el archivo .env que te pidieron',
    answerSubmit: 'Cifrar y enviar',
    sending: 'Cifrando y enviando…',
    answeredTitle: 'Tu respuesta se envió',
    answeredAt: (time: string) =>
      `Enviada el ${time}. Solo quien la solicitó puede abrirla; tú no puedes volver a leerla.`,
    confirmationLabel: 'Código de confirmación',
    confirmationHint:
      'Quien hizo la solicitud ve el mismo código al abrir la respuesta. Compáralo por teléfono si quieres asegurarte de que la respuesta que lee es la tuya.',
    closedTitle: 'Esta solicitud ya no acepta respuestas',
    closedBody: 'Ya se respondió o se revocó. Si hace falta, pide un nuevo enlace de solicitud a quien la hizo.',
    goneTitle: 'Esta solicitud expiró o no existe',
    goneBody: 'Pide un nuevo enlace de solicitud a quien la hizo.',
    tamperedTitle: 'No se pudo verificar esta solicitud',
    tamperedBody:
      'Lo que envió el servidor no coincide con este enlace, así que no se cifró ni se envió nada. Pide un nuevo enlace de solicitud a quien la hizo.',
    invalidTitle: 'Este enlace de solicitud está incompleto',
    invalidAdvice:
      'Copia el enlace completo del mensaje que recibiste o pide a quien hizo la solicitud que te lo vuelva a enviar.',
    unavailable:
      'El servicio no está disponible temporalmente. Tu enlace sigue funcionando: vuelve a cargar esta página en un momento.',
    answerErrors: {
      network: 'No se pudo conectar con el servidor. Revisa tu conexión y vuelve a intentarlo.',
      rateLimited:
        'Se enviaron demasiadas respuestas desde aquí en poco tiempo. Espera un minuto y vuelve a intentarlo.',
      unavailable: 'El servicio no está disponible temporalmente. Vuelve a intentarlo en un momento.',
      failed: 'No se pudo enviar la respuesta. Vuelve a intentarlo.',
      encryptionFailed: 'Tu navegador no pudo cifrar la respuesta. No se envió nada.',
      uploadFailed:
        'No se pudieron subir los archivos, así que la respuesta no se entregó. Vuelve a intentarlo: la solicitud se reabre cuando expire la subida fallida.',
      closed: 'Alguien respondió antes, o la solicitud se revocó. Tu respuesta no se aceptó.',
    },
    ownerTitle: 'Tu solicitud',
    loadingOwner: 'Comprobando tu solicitud…',
    stateLabel: 'Estado',
    waitingBody: 'Todavía no hay respuesta. Esta página vuelve a comprobarlo sola.',
    uploadingBody: 'Está llegando una respuesta con archivos. Esta página vuelve a comprobarlo sola.',
    answeredBody: (time: string) => `Respondida el ${time}.`,
    revokedBody: 'Revocaste esta solicitud. Su respuesta, si la había, se eliminó.',
    created: 'Creada',
    openUntilLabel: 'Acepta una respuesta hasta el',
    reveal: 'Revelar la respuesta',
    revealing: 'Revelando…',
    revealHint: 'Revelarla consume una visualización de la respuesta; tras la última, se elimina del servidor.',
    confirmationSeen: (code: string) =>
      `Código de confirmación: ${code}. La persona que respondió vio el mismo código.`,
    ownerGoneTitle: 'Esta respuesta ya se leyó o expiró',
    ownerGoneBody:
      'La solicitud y su respuesta ya no están en el servidor: se leyó hasta la última visualización, se revocó o expiró. Si no la leíste tú, puede que lo haya hecho otra persona con el enlace de propietario.',
    ownerInvalidTitle: 'Este enlace de propietario está incompleto',
    ownerInvalidBody:
      'Usa el enlace de propietario completo que guardaste (o el archivo que descargaste) al crear la solicitud.',
    undecryptable:
      'No se pudo descifrar la respuesta: no se cifró para esta solicitud. Su visualización ya se consumió; vuelve a pedir el secreto.',
    revealFailed: 'No se pudo revelar la respuesta. Vuelve a intentarlo.',
    revoke: 'Revocar solicitud',
    revokeQuestion:
      '¿Cerrar esta solicitud y eliminar su respuesta, si la hay? Después nadie podrá responderla ni leerla.',
    revokeConfirm: 'Sí, revocarla',
    revokeCancel: 'Cancelar',
    revokeGroup: 'Confirmar la revocación de la solicitud',
    revokeFailed: 'No se pudo revocar. Vuelve a intentarlo.',
    states: {
      open: 'Esperando respuesta',
      uploading: 'Respuesta en camino',
      answered: 'Respondida',
      revoked: 'Revocada',
    },
    answerRead: 'Respuesta leída',
    ended: 'Finalizada',
    listTitle: 'Solicitudes',
    listHint:
      'Solicitudes que hiciste en este navegador. Aquí solo se guarda su estado, no el enlace de propietario que lee la respuesta.',
    untitled: 'Solicitud sin título',
    from: (who: string) => `de ${who}`,
    asked: (date: string) => `solicitada el ${date}`,
    revokeEntry: (label: string) => `Revocar solicitud: ${label || 'solicitud sin título'}`,
    received: 'Recibido',
    receivedLine: <T>(credential: T, status: string) => ['☐ Rotar ', credential, `, recibido (${status})`],
  },
  auth: {
    signIn: 'Iniciar sesión',
    signOut: 'Cerrar sesión',
    signedInAs: (user: string) => `Sesión iniciada como ${user}`,
    settings: 'Tokens de API',
    checking: 'Comprobando quién eres…',
    requiredTitle: 'Inicia sesión para compartir',
    requiredOidc:
      'En este servidor, solo el personal con sesión iniciada puede crear enlaces. Abrir un enlace nunca requiere una cuenta.',
    requiredProxy:
      'En este servidor, solo el personal con sesión iniciada puede crear enlaces. Abre esta página a través de ' +
      'la página de inicio de sesión de tu empresa. Abrir un enlace nunca requiere una cuenta.',
    unavailable: 'No se pudo comprobar si iniciaste sesión. Vuelve a cargar la página para intentarlo de nuevo.',
    pageTitle: 'Iniciar sesión',
    errors: {
      provider:
        'No se puede acceder al servicio de inicio de sesión en este momento. No se perdió nada: vuelve a ' +
        'intentarlo en unos minutos.',
      denied: 'Esta cuenta no tiene permiso para crear enlaces aquí. Pide acceso a tu administrador.',
      failed: 'El inicio de sesión no se completó (puede que haya tardado demasiado). Vuelve a intentarlo.',
    },
    tryAgain: 'Volver a intentarlo',
    tokensTitle: 'Tokens de API personales',
    tokensIntro:
      'Los tokens permiten que la herramienta de línea de comandos handoff y tus automatizaciones creen enlaces ' +
      'en tu nombre. Un token se muestra una sola vez; el servidor solo guarda un hash de él. Revoca cada token ' +
      'en cuanto ya no lo necesites.',
    tokenName: 'Nombre del token',
    tokenNamePlaceholder: 'pipeline de despliegue',
    createToken: 'Crear token',
    newTokenTitle: 'Tu nuevo token',
    newTokenHint: 'Cópialo ahora: no se volverá a mostrar. Úsalo como HANDOFF_TOKEN o con --token-file.',
    noTokens: 'Todavía no hay tokens.',
    created: (when: string) => `Creado el ${when}`,
    lastUsed: (when: string | null) => (when ? `Último uso: ${when}` : 'Nunca usado'),
    revoke: 'Revocar',
    revoked: 'Token revocado.',
    failed: 'No funcionó. Vuelve a intentarlo.',
    signInForTokens: 'Inicia sesión para gestionar tus tokens de API.',
  },
  pages: {
    noscriptTitle: 'Handoff necesita JavaScript',
    noscriptBody:
      'Los secretos se cifran y descifran en tu navegador, así que el servidor nunca los ve. Sin JavaScript no se puede cifrar ni revelar nada, y abrir un enlace no consume nada. Activa JavaScript para este sitio y vuelve a cargar la página.',
    notFoundTitle: 'Página no encontrada',
    notFoundBody:
      'No hay nada en esta dirección. Un enlace secreto tiene la forma …/s#… y un enlace de gestión, …/m#…: comprueba que copiaste el enlace completo.',
    notFoundHome: 'Compartir un secreto',
    notFoundHistory: 'Mis enlaces',
  },
  upload: {
    label: 'Archivos',
    optional: '(opcional)',
    choose: 'Agregar archivos',
    drop: 'o suéltalos aquí',
    limit: (limit: string, count: number) => `Hasta ${count} archivos, ${limit} en total. Se cifran en este navegador.`,
    remove: (name: string) => `Quitar ${name}`,
    total: (size: string) => `En total: ${size}`,
    tooLarge: (size: string, limit: string) =>
      `Estos archivos suman ${size}, más que el límite de ${limit}. Quita algunos; no se subió nada.`,
    tooMany: (count: number) => `Como máximo ${count} archivos por secreto. No se subió nada.`,
    uploading: (percent: number) => `Cifrando y subiendo… ${pct(percent)}`,
    cancel: 'Cancelar la subida',
    cancelled: 'Subida cancelada. No se compartió nada, y lo que ya se había subido se está eliminando.',
    uploadsPaused:
      'El almacenamiento está casi lleno, así que la subida de archivos está en pausa por ahora. Los secretos de texto siguen funcionando.',
    incomplete: 'La subida no se completó. Vuelve a intentarlo.',
    changed: 'Un archivo cambió o dejó de poder leerse mientras se subía. No se compartió nada. Vuelve a intentarlo.',
  },
};
