import type { CoreMessages } from './en';
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

const moreTimes = (n: number) => (n === 1 ? '1 vez más' : `${n} veces más`);
const UNCERTAIN =
  'así que no podemos saber si esta visualización se consumió. Vuelve a intentarlo; si el enlace dice entonces que ya se abrió, pide uno nuevo al remitente.';

export const core: CoreMessages = {
  header: {
    navigation: 'Principal',
    share: 'Compartir',
    myLinks: 'Mis enlaces',
    request: 'Solicitar',
  },
  footer: {
    keyStaysInLink:
      'La clave de cada secreto va en el enlace, después del #, una parte que los navegadores nunca envían a ningún servidor. El servidor solo guarda texto cifrado y lo elimina tras la última visualización permitida.',
    cli: 'Línea de comandos',
  },
  language: {
    label: 'Idioma',
  },
  copy: {
    copy: 'Copiar',
    copied: 'Copiado',
    failed: 'No se pudo copiar: selecciona el texto y cópialo',
  },
  files: {
    contains: (size: string) => `Contiene archivos: ${size} una vez cifrados.`,
    downloading: (percent: number) => `Descargando y descifrando los archivos… ${pct(percent)}`,
    listTitle: 'Archivos',
    download: (name: string) => `Descargar ${name}`,
    downloadShort: 'Descargar',
    preview: 'Vista previa como texto',
    hidePreview: 'Ocultar vista previa',
    previewLabel: (name: string) => `Contenido de ${name}`,
    noPreview: 'Este archivo no es texto plano, así que no tiene vista previa. Descárgalo.',
    typeUnknown: 'tipo desconocido',
    downloadFailed:
      'No se pudieron descargar los archivos. Vuelve a intentarlo: la descarga sigue disponible unos minutos después de revelar el secreto.',
    retry: 'Reintentar la descarga',
    damaged:
      'Los archivos no superaron la comprobación de integridad y no se guardaron. Pide al remitente que vuelva a compartirlos.',
    keepNote:
      'Ahora los archivos solo están en esta página. Descarga lo que necesites antes de salir: ya se eliminaron del servidor o se eliminarán cuando termine el plazo de descarga.',
  },
  reveal: {
    checking: 'Comprobando el enlace…',
    title: 'Alguien compartió un secreto contigo',
    viewsLeft: (n: number) =>
      n === 1
        ? 'Este secreto se puede ver 1 vez más. Se destruirá después de que lo reveles.'
        : `Este secreto se puede ver ${n} veces más. Se destruirá después de la última visualización.`,
    expires: (date: string) => `Expira el ${date}.`,
    password: 'Contraseña',
    passwordHint:
      'El remitente debería haberte dado la contraseña por otra vía. Una contraseña incorrecta no consume el enlace.',
    wrongPassword: (attemptsLeft: number) =>
      `Contraseña incorrecta. ${attemptsLeft === 1 ? 'Queda 1 intento' : `Quedan ${attemptsLeft} intentos`} antes de que se destruya el secreto.`,
    submit: 'Revelar el secreto',
    checkingPassword: (percent: number) => `Comprobando la contraseña… ${pct(percent)}`,
    revealing: 'Revelando…',
    destroyedTitle: 'Este secreto se destruyó',
    destroyedBody:
      'Se probaron demasiadas contraseñas incorrectas, así que el secreto se eliminó para siempre. Pide al remitente que vuelva a compartirlo.',
    unavailable:
      'El servicio no está disponible temporalmente. Tu enlace sigue funcionando: vuelve a cargar esta página en un momento.',
    goneTitle: 'Este enlace ya se abrió o expiró',
    goneBody:
      'Pide uno nuevo al remitente. Los secretos compartidos con Handoff solo se pueden abrir un número fijo de veces.',
    invalidTitle: 'Este enlace está incompleto',
    invalidAdvice: 'Copia el enlace completo del mensaje que recibiste o pide al remitente que te lo vuelva a enviar.',
    linkProblems: {
      empty: 'Al enlace le falta su clave, la parte que va después del signo #.',
      tooShort: 'El enlace está cortado: falta parte de su clave.',
      tooLong: 'La clave del enlace es más larga de lo que debería.',
      badCharacters: 'La clave del enlace contiene caracteres que no deberían estar ahí.',
    },
    errors: {
      unavailable:
        'El servicio no está disponible temporalmente. Tu enlace sigue funcionando: vuelve a intentarlo en un momento.',
      rateLimited:
        'Demasiados intentos desde tu red en poco tiempo. Espera un minuto y vuelve a intentarlo. Tu enlace sigue funcionando.',
      outcomeUnknown: `El servicio perdió la conexión con su almacenamiento mientras revelaba el secreto, ${UNCERTAIN}`,
      network: `Tu navegador no pudo conectar con el servicio, ${UNCERTAIN}`,
      failed: 'No se pudo revelar el secreto. Vuelve a intentarlo o pide un enlace nuevo al remitente.',
      undecryptable: 'No se pudo descifrar este secreto. Puede que el enlace esté dañado; pide uno nuevo al remitente.',
    },
  },
  revealed: {
    title: 'Aquí está tu secreto',
    characters: (n: number) => `${number(n)} ${n === 1 ? 'carácter' : 'caracteres'}`,
    secret: 'Secreto',
    secretHidden: 'Secreto, oculto',
    show: 'Mostrar',
    hide: 'Ocultar',
    copy: 'Copiar el secreto',
    clearLater: (seconds: number) => `Vaciar el portapapeles después de ${seconds} segundos`,
    copyFailed: 'No se pudo copiar: muestra el secreto y selecciónalo.',
    copied: 'Copiado.',
    copiedWillClear: (seconds: number) => `Copiado. El portapapeles se vaciará en ${seconds} segundos.`,
    cleared: 'Portapapeles vaciado.',
    clearFailed: 'No se pudo vaciar el portapapeles (esta pestaña no estaba activa); vacíalo tú.',
    deleted: 'Este secreto ya se eliminó del servidor. Guárdalo en un lugar seguro antes de salir de esta página.',
    stillOpens: (n: number) => `Este enlace todavía se puede abrir ${moreTimes(n)}.`,
  },
  site: {
    httpsTitle: 'Esta página necesita HTTPS',
    httpsBody: (host: string) =>
      `Abriste Handoff por http sin cifrar en ${host}. Los navegadores solo permiten el cifrado y la copia al portapapeles en https:// (o en este mismo equipo), así que aquí fallan la creación y la apertura de secretos y los botones de copiar, y cualquiera en la red podría modificar esta página. Ábrela con https:// o pide a quien administra este servidor que lo ponga detrás de HTTPS.`,
  },
  brand: {
    imprint: 'Aviso legal',
    privacy: 'Privacidad',
    support: 'Soporte',
  },
  ending: {
    badge: {
      ready: 'Listo para abrir',
      ended: 'Finalizado',
      revealed: 'Abierto',
    },
    viewedTitle: 'Este secreto ya se abrió',
    viewedBody: (date: string) =>
      `Se usaron todas las visualizaciones permitidas; la última, el ${date}. El secreto se eliminó del servidor.`,
    expiredTitle: 'Este enlace expiró',
    expiredBody: (date: string) => `Nadie lo abrió a tiempo: expiró el ${date} y se eliminó sin leerse.`,
    revokedTitle: 'El remitente retiró este secreto',
    revokedBody: (date: string) => `El remitente lo eliminó el ${date}, antes de que se abriera por última vez.`,
    lockedTitle: 'Este secreto se destruyó por contraseñas incorrectas',
    lockedBody: (date: string) => `Se probaron demasiadas contraseñas incorrectas; se eliminó el ${date}.`,
    unknownTitle: 'Este enlace ya no se abre',
    unknownBody:
      'Ya se abrió, expiró o el remitente lo retiró, o bien el enlace es incorrecto. Para este enlace, el servidor no indica cuál de estos casos es.',
    tellSender:
      'Si no lo abriste tú, avisa al remitente: otra persona podría haber visto el secreto, y hay que cambiarlo.',
    nextTitle: 'Qué hacer ahora',
    nextAsk: 'Pide al remitente que lo vuelva a compartir con un enlace nuevo.',
    nextNoReply: 'No respondas con el secreto ni con ninguna parte de él.',
    revisitedTitle: 'Ya revelaste este secreto en esta pestaña',
    revisitedBody: (n: number) =>
      `La clave se quitó de la barra de direcciones al revelarlo, así que esta página no puede volver a mostrarlo. El enlace todavía se puede abrir ${moreTimes(n)}: vuelve a abrir el enlace que te enviaron, completo, para ver el secreto.`,
    tooLongTitle: 'Este enlace tiene caracteres de más al final',
    tooLongBody:
      'Algo, a menudo una app de chat, agregó caracteres después de la clave, y sin ellos ningún secreto coincide con el enlace. Copia exactamente el enlace que te enviaron o pide al remitente que te lo vuelva a enviar.',
    trimmed: 'Se quitaron los caracteres que una app de chat había agregado después de la clave.',
    ownLink:
      'Este es un enlace que compartiste desde este navegador (está en Mis enlaces). Revelarlo aquí consume una de sus visualizaciones: puede que después el destinatario ya no pueda abrirlo.',
    files: (count: number, size: string) => `${count === 1 ? '1 archivo' : `${count} archivos`}, ${size} en total`,
    filesBefore: (size: string) => `Contiene archivos, como máximo ${size}.`,
  },
};
