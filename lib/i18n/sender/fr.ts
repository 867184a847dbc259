import type { SenderMessages } from './en';
import { DETECTION_STRINGS_FR } from '../detect/fr';

/*
 * The French catalogue. Formal "vous" throughout; "secret", "lien", "révéler" (the click that uses up a view),
 * "consultation" for a view, "lien de gestion", "Mes liens", "demande"/"réponse", "révoquer", "renouveler" for
 * rotating a credential, "expéditeur"/"destinataire", "mot de passe". The strings carry French typographic spaces:
 * a no-break space (U+00A0) before a colon and inside « », a narrow one (U+202F) before ; ? and !.
 */

const number = (n: number) => n.toLocaleString('fr');
const percentage = (n: number) => (n / 100).toLocaleString('fr', { style: 'percent', maximumFractionDigits: 0 });
/** French counts 0 and 1 in the singular. */
const plural = (n: number, one: string, other: string) => `${number(n)} ${n < 2 ? one : other}`;

export const sender: SenderMessages = {
  detect: DETECTION_STRINGS_FR,
  home: {
    title: 'Partager un secret, une seule fois',
    intro:
      'Votre navigateur le chiffre avant tout envoi. Le lien l’ouvre un nombre de fois défini, puis il disparaît définitivement.',
  },
  create: {
    secretLabel: 'Secret',
    secretPlaceholder: 'sk_live_…, une URL de base de données ou un fichier .env entier',
    secretHint: 'Chiffré dans ce navigateur avant l’envoi. Jamais stocké en clair.',
    tooLarge: (bytes: number, limit: number) =>
      `Trop volumineux : ${number(bytes)} octets ; la limite est de ${number(limit)}.`,
    expiresLabel: 'Expire après',
    ttl: {
      300: '5 minutes',
      3600: '1 heure',
      86400: '1 jour',
      604800: '7 jours',
      2592000: '30 jours',
    },
    viewsLabel: 'Peut être ouvert',
    views: (n: number) => (n === 1 ? '1 fois (recommandé)' : `${number(n)} fois`),
    submit: 'Créer le lien secret',
    encrypting: 'Chiffrement…',
    protecting: (percent: number) => `Protection par votre mot de passe… ${percentage(percent)}`,
    errors: {
      network: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
      rateLimited: 'Trop de secrets viennent d’être créés depuis cet endroit. Attendez une minute et réessayez.',
      tooLarge: 'Ce secret est trop volumineux pour être partagé.',
      unavailable: 'Le service est momentanément indisponible. Réessayez dans un instant.',
      failed: 'Le secret n’a pas pu être créé. Réessayez.',
      encryptionFailed: 'Votre navigateur n’a pas pu chiffrer ce secret. Rien n’a été envoyé.',
    },
  },
  password: {
    label: 'Mot de passe',
    optional: '(facultatif)',
    show: 'Afficher',
    hide: 'Masquer',
    generate: 'Générer',
    weak: 'Faible : facile à deviner si le lien fuite.',
    fair: 'Moyen.',
    strong: 'Robuste.',
    advice:
      'Transmettez le mot de passe par un autre canal que le lien : un appel, un SMS ou Signal. Un mot de passe erroné n’épuise jamais le lien.',
  },
  record: {
    summary: 'Garder une note privée dans ce navigateur (facultatif)',
    intro: <T>(myLinks: T) => [
      'Enregistrée uniquement dans ',
      myLinks,
      ' de ce navigateur, jamais envoyée au serveur : vous gardez la trace de ce que vous avez partagé, pour le renouveler à la fin du travail.',
    ],
    myLinks: 'Mes liens',
    label: 'Libellé',
    labelPlaceholder: 'Clé restreinte Stripe pour Acme',
    recipient: 'Destinataire',
    recipientPlaceholder: 'Dana (prestataire)',
    rotateBy: 'À renouveler avant le',
  },
  result: {
    title: 'Votre lien secret est prêt',
    link: 'Lien',
    copyLink: 'Copier le lien',
    showQr: 'Afficher le code QR',
    hideQr: 'Masquer le code QR',
    qrLabel: 'Code QR du lien secret',
    qrHint: 'Dessiné dans ce navigateur. Scannez-le avec le téléphone qui doit ouvrir le secret.',
    opensAndExpires: (views: number, date: string) =>
      `S’ouvre ${views === 1 ? 'une fois' : `${number(views)} fois`} et expire le ${date}.`,
    sendWithPassword:
      'Envoyez le lien par un canal (messagerie, e-mail) et le mot de passe par un autre (un appel, un SMS ou Signal). Ne mettez jamais les deux dans le même message.',
    sendWithoutPassword:
      'Envoyez ce lien par un canal (messagerie, e-mail). Rien d’autre n’est nécessaire : la clé se trouve dans le lien, donc toute personne qui a le lien peut l’ouvrir, et une fois ouvert, il disparaît.',
    manageLink: 'Lien de gestion (gardez-le pour vous)',
    copyManageLink: 'Copier',
    manageHint:
      'Le lien de gestion indique si et quand le secret a été ouvert, et vous permet de le révoquer. Il ne peut pas lire le secret.',
    savedIn: <T>(myLinks: T) => [' Il est aussi enregistré dans ', myLinks, ' de ce navigateur.'],
    myLinks: 'Mes liens',
    shareAnother: 'Partager un autre secret',
  },
  manage: {
    loading: 'Chargement de l’accusé de lecture…',
    invalidTitle: 'Ce lien de gestion est incomplet',
    invalidBody: 'Copiez en entier le lien de gestion que vous avez gardé lors du partage.',
    missingTitle: 'Aucun accusé de lecture pour ce lien',
    missingBody:
      'Les accusés de lecture sont conservés quelque temps après la fin d’un secret, puis supprimés. Celui-ci n’existe plus, ou le lien est erroné.',
    unavailable: 'Le service est momentanément indisponible. Cette page réessaie d’elle-même.',
    title: 'Votre secret partagé',
    opened: 'Ouvert',
    viewsUsed: (used: number, max: number) => `${number(used)} fois sur ${number(max)}`,
    view: (n: number) => `Consultation ${number(n)}`,
    created: 'Créé',
    expires: 'Expire',
    wouldHaveExpired: 'Aurait expiré',
    ended: 'Terminé',
    wrongPasswords: 'Mots de passe erronés',
    refreshes: 'Cette page s’actualise d’elle-même. Le lien de gestion ne peut pas lire le secret.',
    revoke: 'Révoquer maintenant',
    revokeFailed: 'La révocation a échoué. Réessayez.',
    confirmGroup: 'Confirmer la révocation',
    confirmQuestion: 'Détruire ce secret maintenant ? Le lien cessera de fonctionner pour tout le monde.',
    confirm: 'Oui, le détruire',
    cancel: 'Annuler',
  },
  states: {
    active: 'En attente',
    viewed: 'Ouvert',
    expired: 'Expiré',
    revoked: 'Révoqué',
    locked: 'Détruit après des mots de passe erronés',
  },
  history: {
    title: 'Mes liens partagés',
    localOnly:
      'Cette liste n’existe que dans ce navigateur et n’est jamais envoyée au serveur. Effacer les données du navigateur la fait disparaître : exportez-la pour en garder une trace. Elle contient des liens de gestion (état et révocation), jamais un secret ni sa clé.',
    filter: 'Filtrer par libellé ou destinataire',
    exportCsv: 'Exporter en CSV',
    exportJson: 'Exporter en JSON',
    empty: 'Rien pour l’instant.',
    list: 'Liens partagés',
    untitled: 'Secret sans titre',
    forRecipient: (recipient: string) => `pour ${recipient}`,
    shared: (date: string) => `partagé le ${date}`,
    opened: (used: number, max: number) => `ouvert ${number(used)} fois sur ${number(max)}`,
    rotateBy: (date: string) => `à renouveler avant le ${date}`,
    checking: 'vérification…',
    receiptDeleted: 'accusé de lecture supprimé',
    unavailable: 'indisponible',
    manage: 'Gérer',
    manageEntry: (label: string) => `Gérer ${label || 'le secret sans titre'}`,
    forget: 'Oublier',
  },
  offboarding: {
    title: 'Fin de mission',
    intro: 'À la fin d’une mission, renouvelez tous les identifiants que vous avez partagés avec cette personne.',
    recipient: 'Destinataire',
    choose: 'Choisir…',
    checklist: 'Liste de contrôle',
    rotate: <T>(credential: T, status: string, rotateBy: string | null) => [
      '☐ Renouveler ',
      credential,
      ` (${status})${rotateBy ? `, avant le ${rotateBy}` : ''}`,
    ],
    status: {
      opened: 'ouvert',
      active: 'actif',
      viewed: 'consulté',
      expired: 'expiré',
      revoked: 'révoqué',
      locked: 'verrouillé',
      unknown: 'inconnu',
    },
    exportRecord: 'Exporter le relevé (Markdown)',
  },
  myLinks: {
    untitled: (date: string) => `Secret partagé le ${date}`,
    forgetEntry: (title: string) => `Oublier ${title}`,
    forgotten: (title: string) =>
      `« ${title} » oublié. Son lien de gestion, seul moyen de savoir s’il a été ouvert et de le révoquer, a disparu de ce navigateur.`,
    undo: 'Annuler',
    undoFor: (seconds: number) => `Annuler (${number(seconds)} s)`,
    restored: (title: string) => `« ${title} » est de retour dans votre liste.`,
    edit: 'Modifier',
    editEntry: (title: string) => `Modifier les notes de ${title}`,
    editHeading: (title: string) => `Notes de ${title}`,
    save: 'Enregistrer',
    cancel: 'Annuler',
    saved: (title: string) => `Notes de ${title} enregistrées.`,
    saveFailed: 'Ce navigateur a refusé d’enregistrer la modification.',
    rotateBy: (date: string) => `à renouveler avant le ${date}`,
    overdue: 'en retard',
    noRecipient: 'Aucun destinataire indiqué',
    rotated: (title: string) => `Renouvelé : ${title}`,
    rotateItem: 'Renouveler',
    rotateByItem: (date: string) => `avant le ${date}`,
    progress: (done: number, total: number) => `Renouvelés : ${number(done)} sur ${number(total)}`,
    revokeAll: (n: number) => `Révoquer tous ceux encore en attente (${number(n)})`,
    revokeAllQuestion: (n: number, recipient: string) =>
      `Révoquer ${n === 1 ? 'le lien' : `les ${number(n)} liens`} encore en attente pour ${recipient} ? ${n === 1 ? 'Il cessera' : 'Ils cesseront'} aussitôt de fonctionner pour tout le monde.`,
    revokeAllConfirm: (n: number) => `Oui, en révoquer ${number(n)}`,
    revokeAllDone: (n: number) => `${plural(n, 'lien révoqué', 'liens révoqués')}.`,
    revokeAllFailed: (n: number) =>
      `${n < 2 ? `${number(n)} lien n’a pas pu être révoqué` : `${number(n)} liens n’ont pas pu être révoqués`}. Réessayez.`,
    revokeAllGroup: 'Confirmer la révocation',
  },
  manageGuard: {
    subtitle: 'Votre secret partagé',
    unnamed: 'Un secret partagé',
    notInListTitle: 'Ceci est le lien de gestion privé de l’expéditeur',
    notInListBody:
      'Il ne figure pas dans la liste des liens partagés de ce navigateur. Si quelqu’un vous l’a envoyé, ce n’est pas le bon lien : demandez-lui le lien secret (il contient /s#). Cette page ne peut pas afficher le secret, seulement le détruire pour tout le monde.',
    iAmSender: 'J’ai partagé ce secret : je veux le révoquer',
    receipt: 'Accusé de lecture',
    actions: 'Actions',
    revoked: 'Révoqué. Le lien ne s’ouvre plus pour personne.',
    aboutTitle: 'À propos de cette page',
    about:
      'Ce lien de gestion ne doit être connu que de vous. Il indique si le secret a été ouvert et permet de le détruire ; il ne peut pas le lire.',
  },
  cli: {
    title: 'Ligne de commande',
    intro:
      'Ouvrez un lien dans un terminal plutôt que dans un navigateur. L’outil en ligne de commande de Handoff est un fichier unique pour Node.js 20 ou ultérieur : rien à installer, et il déchiffre sur votre ordinateur, exactement comme le navigateur.',
    openHeading: 'Le télécharger et ouvrir un lien',
    openHelp:
      'Exécutez ceci dans un terminal, dans le dossier de votre choix, en remplaçant LINK par le lien que vous avez reçu :',
    command: 'Commande',
    copyCommand: 'Copier la commande',
    historyHint: <T>(dash: T) => [
      'Votre shell conserve les commandes dans son historique. Pour que le lien n’y figure pas, écrivez ',
      dash,
      ' à sa place, puis collez le lien, appuyez sur Entrée puis sur Ctrl-D.',
    ],
    moreHelp: <T>(help: T) => [
      'Il peut aussi envoyer des secrets et en suivre l’état : ',
      help,
      ' liste toutes les commandes.',
    ],
    checkHeading: 'Vérifier le fichier',
    checkHelp: 'Le SHA-256 du fichier que distribue ce serveur :',
    hashLabel: 'SHA-256 de handoff.mjs',
    checkHow:
      'Laissez votre ordinateur le comparer au fichier (la première ligne sous Linux, la seconde sous macOS) ; il affiche « handoff.mjs: OK » s’ils correspondent :',
    checkWindows: <T>(command: T) => ['Sous Windows (PowerShell), ', command, ' l’affiche en majuscules.'],
    honest:
      'Cette vérification détecte un téléchargement endommagé ou incomplet. Elle ne peut pas détecter un serveur malhonnête : un serveur qui aurait modifié le fichier pourrait modifier cette page aussi. Si votre organisation publie l’empreinte ailleurs, comparez avec cette copie-là.',
    notBuilt: 'L’outil en ligne de commande n’est pas disponible sur ce serveur.',
  },
  policy: {
    required: '(obligatoire sur ce service)',
    passwordRequired: 'Ce service exige un mot de passe pour chaque secret.',
    tooShort: (min: number) =>
      `Sur ce service, le mot de passe doit comporter au moins ${plural(min, 'caractère', 'caractères')}.`,
    minLength: (min: number) => `Au moins ${plural(min, 'caractère', 'caractères')}.`,
    violation: 'La politique de ce service n’autorise pas ce choix. Rechargez la page pour voir ce qu’elle permet.',
  },
  sender: {
    textTooLarge: (size: string, limit: string) => `Trop volumineux : ${size} ; la limite est de ${limit}.`,
    resultAnnouncement: (views: number, date: string) =>
      `Votre lien secret est prêt. Il s’ouvre ${views === 1 ? 'une fois' : `${number(views)} fois`} et expire le ${date}.`,
    shareLinkHint: 'Envoyez ce lien au destinataire.',
    share: 'Partager',
    shareFailed: 'Le partage a échoué : copiez plutôt le lien',
    passwordTitle: 'Mot de passe',
    passwordLabel: 'Mot de passe de ce lien',
    showPassword: 'Afficher',
    hidePassword: 'Masquer',
    copyPassword: 'Copier le mot de passe',
    passwordReminder:
      'Transmettez le mot de passe par un autre canal que le lien (un appel, un SMS ou Signal). Il n’est affiché qu’ici, jusqu’à ce que vous quittiez cette page : il ne figure ni dans le lien ni dans « Mes liens », et n’a jamais été envoyé au serveur.',
    forYouOnly: 'Pour vous uniquement',
    copyManageLink: 'Copier le lien de gestion',
    manageTitle: 'Votre lien de gestion',
    showDetails: 'Afficher les détails',
    hideDetails: 'Masquer les détails',
  },
  notify: {
    toggle: 'Me prévenir à son ouverture',
    destinationLabel: 'Adresse e-mail ou URL de webhook',
    hint: 'Nous n’envoyons qu’une courte référence, l’événement et l’heure : jamais le lien ni le contenu. Ce serveur n’accepte que les adresses et les hôtes de webhook autorisés par son administrateur.',
    reference: (ref: string) => `Référence : ${ref}`,
    referenceHint: 'Les notifications concernant ce lien portent cette référence.',
    alertsOn: 'M’alerter ici',
    alertsEnabled: 'Alertes activées : tant qu’elle reste ouverte, cette page vous signalera tout changement du lien.',
    alertsBlocked: 'Ce navigateur n’autorise pas les notifications pour ce site.',
    refused:
      'Ce serveur n’envoie pas de notifications à cette adresse ou à cet hôte. Vérifiez-la, ou décochez la case.',
    alertTitle: 'Handoff',
    alertBody: (label: string, state: string) => `${label || 'Votre lien'} : ${state}`,
    toggleAnswered: 'Me prévenir quand elle reçoit une réponse ou expire sans réponse',
    historyAlertsOn: 'M’alerter ici quand un lien change',
    historyAlertsEnabled:
      'Alertes activées : tant qu’elle reste ouverte, cette page vous signalera tout changement de l’un de ces liens.',
  },
  request: {
    title: 'Demander un secret',
    intro:
      'Demandez à quelqu’un un mot de passe, une clé API ou un fichier. La personne répond par un lien ; son navigateur chiffre la réponse pour qu’elle ne puisse être ouverte que par vous, et non par le serveur.',
    noteLabel: 'Note pour la personne sollicitée',
    notePlaceholder: 'Merci d’envoyer le mot de passe de la base de données de préproduction du projet Falcon.',
    noteHint: 'Chiffrée dans ce navigateur ; seule une personne disposant du lien de demande peut la lire.',
    noteTooLong: (bytes: number, limit: number) =>
      `Trop long : ${number(bytes)} octets ; la limite est de ${number(limit)}.`,
    openLabel: 'La demande reste ouverte pendant',
    keepLabel: 'Conserver la réponse pendant',
    viewsLabel: 'La réponse peut être ouverte',
    duration: {
      300: '5 minutes',
      3600: '1 heure',
      86400: '1 jour',
      604800: '7 jours',
      2592000: '30 jours',
    },
    keepSummary: 'Garder une note privée dans ce navigateur (facultatif)',
    keepIntro:
      'Enregistrée uniquement dans « Mes liens » de ce navigateur, avec l’état de la demande ; jamais le lien du propriétaire.',
    labelLabel: 'Libellé',
    labelPlaceholder: 'Mot de passe de la base de préproduction, projet Falcon',
    fromLabel: 'Demandé à',
    fromPlaceholder: 'Dana (prestataire)',
    submit: 'Créer la demande',
    creating: 'Création…',
    errors: {
      network: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
      rateLimited: 'Trop de demandes viennent d’être créées depuis cet endroit. Attendez une minute et réessayez.',
      unavailable: 'Le service est momentanément indisponible. Réessayez dans un instant.',
      failed: 'La demande n’a pas pu être créée. Réessayez.',
      encryptionFailed: 'Votre navigateur n’a pas pu chiffrer la note. Rien n’a été envoyé.',
    },
    createdTitle: 'Votre demande est prête',
    requestLink: 'Lien de demande : envoyez-le à la personne sollicitée',
    copyRequestLink: 'Copier le lien de demande',
    openUntil: (date: string) => `La demande accepte une réponse jusqu’au ${date}.`,
    ownerLink: 'Lien du propriétaire : gardez-le pour vous',
    copyOwnerLink: 'Copier le lien du propriétaire',
    saveOwnerLink: 'Enregistrer dans un fichier',
    ownerWarning:
      'Seul le lien du propriétaire ouvre la réponse. Il n’est enregistré nulle part, pas même dans ce navigateur : copiez-le maintenant dans votre gestionnaire de mots de passe ou enregistrez-le dans un fichier. Sans lui, la réponse est illisible.',
    ownerFile: (link: string, date: string) =>
      `Lien du propriétaire Handoff : il ouvre la réponse à votre demande. Gardez-le privé.\n\n${link}\n\nLa demande accepte une réponse jusqu’au ${date}.\n`,
    savedInMyLinks: <T>(myLinks: T) => [
      'L’état de la demande (pas le lien du propriétaire) est aussi conservé dans ',
      myLinks,
      '.',
    ],
    myLinks: 'Mes liens',
    another: 'Demander un autre secret',
    checking: 'Vérification de la demande…',
    askedTitle: 'Quelqu’un vous demande un secret',
    noteFrom: 'Sa note',
    noNote: 'Aucune note n’a été écrite.',
    origin: (origin: string) =>
      `Votre réponse part vers ${origin}, chiffrée dans ce navigateur pour que seul le demandeur puisse la lire.`,
    openUntilResponder: (date: string) => `La demande accepte une réponse jusqu’au ${date}.`,
    answerLabel: 'Votre réponse',
    answerPlaceholder: 'Le mot de passe, la clé ou le fichier .env demandé',
    answerSubmit: 'Chiffrer et envoyer',
    sending: 'Chiffrement et envoi…',
    answeredTitle: 'Votre réponse a été envoyée',
    answeredAt: (time: string) => `Envoyée le ${time}. Seul le demandeur peut l’ouvrir ; vous ne pouvez pas la relire.`,
    confirmationLabel: 'Code de confirmation',
    confirmationHint:
      'Le demandeur voit le même code lorsqu’il ouvre la réponse. Comparez-le par téléphone si vous voulez vous assurer que la réponse qu’il lit est bien la vôtre.',
    closedTitle: 'Cette demande n’accepte plus de réponse',
    closedBody:
      'Elle a déjà reçu une réponse ou a été révoquée. Si besoin, demandez un nouveau lien de demande au demandeur.',
    goneTitle: 'Cette demande a expiré ou n’existe pas',
    goneBody: 'Demandez un nouveau lien de demande au demandeur.',
    tamperedTitle: 'Cette demande n’a pas pu être vérifiée',
    tamperedBody:
      'Ce que le serveur a envoyé ne correspond pas à ce lien : rien n’a été chiffré ni envoyé. Demandez un nouveau lien de demande au demandeur.',
    invalidTitle: 'Ce lien de demande est incomplet',
    invalidAdvice: 'Copiez le lien en entier depuis le message reçu, ou demandez au demandeur de vous le renvoyer.',
    unavailable:
      'Le service est momentanément indisponible. Votre lien fonctionne toujours : rechargez cette page dans un instant.',
    answerErrors: {
      network: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
      rateLimited: 'Trop de réponses viennent d’être envoyées depuis cet endroit. Attendez une minute et réessayez.',
      unavailable: 'Le service est momentanément indisponible. Réessayez dans un instant.',
      failed: 'La réponse n’a pas pu être envoyée. Réessayez.',
      encryptionFailed: 'Votre navigateur n’a pas pu chiffrer la réponse. Rien n’a été envoyé.',
      uploadFailed:
        'Les fichiers n’ont pas pu être envoyés, la réponse n’a donc pas été remise. Réessayez : la demande se rouvre dès que l’envoi échoué expire.',
      closed: 'Quelqu’un a répondu avant vous, ou la demande a été révoquée. Votre réponse n’a pas été acceptée.',
    },
    ownerTitle: 'Votre demande',
    loadingOwner: 'Vérification de votre demande…',
    stateLabel: 'État',
    waitingBody: 'Pas encore de réponse. Cette page vérifie à nouveau d’elle-même.',
    uploadingBody: 'Une réponse avec des fichiers est en cours d’arrivée. Cette page vérifie à nouveau d’elle-même.',
    answeredBody: (time: string) => `Réponse reçue le ${time}.`,
    revokedBody: 'Vous avez révoqué cette demande. Sa réponse, s’il y en avait une, est supprimée.',
    created: 'Créée',
    openUntilLabel: 'Accepte une réponse jusqu’au',
    reveal: 'Révéler la réponse',
    revealing: 'Révélation…',
    revealHint:
      'Révéler la réponse utilise une de ses consultations ; après la dernière, elle est supprimée du serveur.',
    confirmationSeen: (code: string) => `Code de confirmation : ${code}. La personne qui a répondu a vu le même code.`,
    ownerGoneTitle: 'Cette réponse a déjà été lue ou a expiré',
    ownerGoneBody:
      'La demande et sa réponse ont disparu du serveur : lues jusqu’à la dernière consultation, révoquées ou expirées. Si vous ne l’avez pas lue vous-même, quelqu’un d’autre disposant du lien du propriétaire l’a peut-être fait.',
    ownerInvalidTitle: 'Ce lien du propriétaire est incomplet',
    ownerInvalidBody:
      'Utilisez le lien du propriétaire en entier (ou le fichier enregistré) que vous avez gardé en créant la demande.',
    undecryptable:
      'La réponse n’a pas pu être déchiffrée : elle n’a pas été scellée pour cette demande. Sa consultation est épuisée ; redemandez le secret.',
    revealFailed: 'La réponse n’a pas pu être révélée. Réessayez.',
    revoke: 'Révoquer la demande',
    revokeQuestion:
      'Clore cette demande et supprimer sa réponse, s’il y en a une ? Plus personne ne pourra y répondre ni la lire.',
    revokeConfirm: 'Oui, la révoquer',
    revokeCancel: 'Annuler',
    revokeGroup: 'Confirmer la révocation de la demande',
    revokeFailed: 'La révocation a échoué. Réessayez.',
    states: {
      open: 'En attente d’une réponse',
      uploading: 'Réponse en cours d’arrivée',
      answered: 'Réponse reçue',
      revoked: 'Révoquée',
    },
    answerRead: 'Réponse lue',
    ended: 'Terminée',
    listTitle: 'Demandes',
    listHint:
      'Les demandes faites dans ce navigateur. Seul leur état est conservé ici ; le lien du propriétaire qui lit la réponse ne l’est pas.',
    untitled: 'Demande sans titre',
    from: (who: string) => `auprès de ${who}`,
    asked: (date: string) => `demandée le ${date}`,
    revokeEntry: (label: string) => `Révoquer la demande : ${label || 'demande sans titre'}`,
    received: 'Reçu',
    receivedLine: <T>(credential: T, status: string) => ['☐ Renouveler ', credential, `, reçu (${status})`],
  },
  auth: {
    signIn: 'Se connecter',
    signOut: 'Se déconnecter',
    signedInAs: (user: string) => `Connecté en tant que ${user}`,
    settings: 'Jetons API',
    checking: 'Vérification de votre identité…',
    requiredTitle: 'Connectez-vous pour partager',
    requiredOidc:
      'Sur ce serveur, seuls les membres du personnel connectés peuvent créer des liens. Ouvrir un lien ne ' +
      'nécessite jamais de compte.',
    requiredProxy:
      'Sur ce serveur, seuls les membres du personnel connectés peuvent créer des liens. Ouvrez cette page via ' +
      'la page de connexion de votre entreprise. Ouvrir un lien ne nécessite jamais de compte.',
    unavailable: 'Impossible de vérifier si vous êtes connecté. Rechargez la page pour réessayer.',
    pageTitle: 'Connexion',
    errors: {
      provider:
        'Le service de connexion est injoignable pour le moment. Rien n’est perdu : réessayez dans quelques ' +
        'minutes.',
      denied: 'Ce compte n’est pas autorisé à créer des liens ici. Demandez l’accès à votre administrateur.',
      failed: 'La connexion n’a pas abouti (elle a peut-être pris trop de temps). Veuillez réessayer.',
    },
    tryAgain: 'Réessayer',
    tokensTitle: 'Jetons API personnels',
    tokensIntro:
      'Les jetons permettent à la ligne de commande handoff et à vos automatisations de créer des liens en votre ' +
      'nom. Un jeton n’est affiché qu’une fois ; le serveur n’en conserve qu’une empreinte. Révoquez un jeton ' +
      'dès que vous n’en avez plus besoin.',
    tokenName: 'Nom du jeton',
    tokenNamePlaceholder: 'pipeline de déploiement',
    createToken: 'Créer un jeton',
    newTokenTitle: 'Votre nouveau jeton',
    newTokenHint:
      'Copiez-le maintenant : il ne sera plus affiché. Utilisez-le comme HANDOFF_TOKEN ou avec --token-file.',
    noTokens: 'Aucun jeton pour l’instant.',
    created: (when: string) => `Créé le ${when}`,
    lastUsed: (when: string | null) => (when ? `Dernière utilisation le ${when}` : 'Jamais utilisé'),
    revoke: 'Révoquer',
    revoked: 'Jeton révoqué.',
    failed: 'Cela n’a pas fonctionné. Veuillez réessayer.',
    signInForTokens: 'Connectez-vous pour gérer vos jetons API.',
  },
  pages: {
    noscriptTitle: 'Handoff a besoin de JavaScript',
    noscriptBody:
      'Les secrets sont chiffrés et déchiffrés dans votre navigateur, pour que le serveur ne les voie jamais. Sans JavaScript, rien ne peut être chiffré ni révélé, et ouvrir un lien ne consomme aucune consultation. Activez JavaScript pour ce site et rechargez la page.',
    notFoundTitle: 'Page introuvable',
    notFoundBody:
      'Il n’y a rien à cette adresse. Un lien secret ressemble à …/s#… et un lien de gestion à …/m#… : vérifiez que vous avez copié le lien en entier.',
    notFoundHome: 'Partager un secret',
    notFoundHistory: 'Mes liens',
  },
  upload: {
    label: 'Fichiers',
    optional: '(facultatif)',
    choose: 'Ajouter des fichiers',
    drop: 'ou déposez-les ici',
    limit: (limit: string, count: number) =>
      `Jusqu’à ${plural(count, 'fichier', 'fichiers')}, ${limit} au total. Chiffrés dans ce navigateur.`,
    remove: (name: string) => `Retirer ${name}`,
    total: (size: string) => `Total : ${size}`,
    tooLarge: (size: string, limit: string) =>
      `Ces fichiers totalisent ${size}, au-delà de la limite de ${limit}. Retirez-en quelques-uns ; rien n’a été envoyé.`,
    tooMany: (count: number) => `${plural(count, 'fichier', 'fichiers')} au maximum par secret. Rien n’a été envoyé.`,
    uploading: (percent: number) => `Chiffrement et envoi… ${percentage(percent)}`,
    cancel: 'Annuler l’envoi',
    cancelled: 'Envoi annulé. Rien n’a été partagé, et ce qui avait déjà été envoyé est en cours de suppression.',
    uploadsPaused:
      'Le stockage est presque plein : l’envoi de fichiers est suspendu pour le moment. Les secrets textuels fonctionnent toujours.',
    incomplete: 'L’envoi n’a pas abouti. Réessayez.',
    changed: 'Un fichier a été modifié ou est devenu illisible pendant l’envoi. Rien n’a été partagé. Réessayez.',
  },
};
