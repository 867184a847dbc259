import type { CoreMessages } from './en';
import { number, percentage, plural } from '../helpers/fr';

/*
 * The French catalogue. Formal "vous" throughout; "secret", "lien", "révéler" (the click that uses up a view),
 * "consultation" for a view, "lien de gestion", "Mes liens", "demande"/"réponse", "révoquer", "renouveler" for
 * rotating a credential, "expéditeur"/"destinataire", "mot de passe". The strings carry French typographic spaces:
 * a no-break space (U+00A0) before a colon and inside « », a narrow one (U+202F) before ; ? and !.
 */

const UNCERTAIN =
  'nous ne pouvons donc pas savoir si cette consultation a été utilisée. Réessayez ; si le lien indique alors qu’il a déjà été ouvert, demandez-en un nouveau à l’expéditeur.';

export const core: CoreMessages = {
  header: {
    navigation: 'Menu principal',
    share: 'Partager',
    myLinks: 'Mes liens',
    request: 'Demander',
  },
  footer: {
    keyStaysInLink:
      'La clé de chaque secret reste dans le lien, après le #, une partie que les navigateurs n’envoient jamais à un serveur. Le serveur ne conserve que le texte chiffré, et le supprime après la dernière consultation autorisée.',
    cli: 'Ligne de commande',
  },
  language: {
    label: 'Langue',
  },
  copy: {
    copy: 'Copier',
    copied: 'Copié',
    failed: 'Échec de la copie : sélectionnez et copiez',
  },
  files: {
    contains: (size: string) => `Il contient des fichiers : ${size} une fois chiffrés.`,
    downloading: (percent: number) => `Téléchargement et déchiffrement des fichiers… ${percentage(percent)}`,
    listTitle: 'Fichiers',
    download: (name: string) => `Télécharger ${name}`,
    downloadShort: 'Télécharger',
    preview: 'Aperçu en texte',
    hidePreview: 'Masquer l’aperçu',
    previewLabel: (name: string) => `Contenu de ${name}`,
    noPreview: 'Ce fichier n’est pas du texte brut, il n’a donc pas d’aperçu. Téléchargez-le plutôt.',
    typeUnknown: 'type inconnu',
    downloadFailed:
      'Les fichiers n’ont pas pu être téléchargés. Réessayez : le téléchargement reste possible quelques minutes après la révélation.',
    retry: 'Relancer le téléchargement',
    damaged:
      'Les fichiers n’ont pas passé le contrôle d’intégrité et n’ont pas été enregistrés. Demandez à l’expéditeur de les partager à nouveau.',
    keepNote:
      'Les fichiers ne se trouvent plus que dans cette page. Téléchargez ce dont vous avez besoin avant de la quitter : ils ont été supprimés du serveur, ou le seront à la fermeture de la fenêtre de téléchargement.',
  },
  reveal: {
    checking: 'Vérification du lien…',
    title: 'Quelqu’un a partagé un secret avec vous',
    viewsLeft: (n: number) =>
      n === 1
        ? 'Ce secret peut encore être consulté 1 fois. Il sera détruit dès que vous l’aurez révélé.'
        : `Ce secret peut encore être consulté ${number(n)} fois. Il sera détruit après la dernière consultation.`,
    expires: (date: string) => `Il expire le ${date}.`,
    password: 'Mot de passe',
    passwordHint:
      'L’expéditeur a dû vous transmettre le mot de passe par un autre moyen. Un mot de passe erroné n’épuise pas le lien.',
    wrongPassword: (attemptsLeft: number) =>
      `Mot de passe incorrect. Il reste ${plural(attemptsLeft, 'tentative', 'tentatives')} avant la destruction du secret.`,
    submit: 'Révéler le secret',
    checkingPassword: (percent: number) => `Vérification du mot de passe… ${percentage(percent)}`,
    revealing: 'Révélation…',
    destroyedTitle: 'Ce secret a été détruit',
    destroyedBody:
      'Trop de mots de passe erronés ont été essayés : le secret a été supprimé définitivement. Demandez à l’expéditeur de le partager à nouveau.',
    unavailable:
      'Le service est momentanément indisponible. Votre lien fonctionne toujours : rechargez cette page dans un instant.',
    goneTitle: 'Ce lien a déjà été ouvert ou a expiré',
    goneBody:
      'Demandez-en un nouveau à l’expéditeur. Les secrets partagés avec Handoff ne s’ouvrent qu’un nombre de fois défini.',
    invalidTitle: 'Ce lien est incomplet',
    invalidAdvice: 'Copiez le lien en entier depuis le message reçu, ou demandez à l’expéditeur de vous le renvoyer.',
    linkProblems: {
      empty: 'Il manque au lien sa clé, la partie qui suit le signe #.',
      tooShort: 'Le lien est tronqué : une partie de sa clé manque.',
      tooLong: 'La clé du lien est plus longue qu’elle ne devrait l’être.',
      badCharacters: 'La clé du lien contient des caractères qui n’ont rien à y faire.',
    },
    errors: {
      unavailable:
        'Le service est momentanément indisponible. Votre lien fonctionne toujours : réessayez dans un instant.',
      rateLimited:
        'Trop de tentatives depuis votre réseau à l’instant. Attendez une minute et réessayez. Votre lien fonctionne toujours.',
      outcomeUnknown: `Le service a perdu le contact avec son stockage pendant la révélation ; ${UNCERTAIN}`,
      network: `Votre navigateur n’a pas pu joindre le service ; ${UNCERTAIN}`,
      failed: 'Le secret n’a pas pu être révélé. Réessayez, ou demandez un nouveau lien à l’expéditeur.',
      undecryptable:
        'Ce secret n’a pas pu être déchiffré. Le lien est peut-être endommagé ; demandez-en un nouveau à l’expéditeur.',
    },
  },
  revealed: {
    title: 'Voici votre secret',
    characters: (n: number) => plural(n, 'caractère', 'caractères'),
    secret: 'Secret',
    secretHidden: 'Secret, masqué',
    show: 'Afficher',
    hide: 'Masquer',
    copy: 'Copier le secret',
    clearLater: (seconds: number) => `Effacer le presse-papiers après ${number(seconds)} secondes`,
    copyFailed: 'La copie a échoué : affichez le secret et sélectionnez-le.',
    copied: 'Copié.',
    copiedWillClear: (seconds: number) => `Copié. Le presse-papiers sera effacé dans ${number(seconds)} secondes.`,
    cleared: 'Presse-papiers effacé.',
    clearFailed: 'Le presse-papiers n’a pas pu être effacé (cet onglet n’était pas actif) ; effacez-le vous-même.',
    deleted: 'Ce secret vient d’être supprimé du serveur. Copiez-le en lieu sûr avant de quitter cette page.',
    stillOpens: (n: number) => `Ce lien peut encore être ouvert ${number(n)} fois.`,
  },
  site: {
    httpsTitle: 'Cette page nécessite HTTPS',
    httpsBody: (host: string) =>
      `Vous avez ouvert Handoff en http simple sur ${host}. Les navigateurs n’autorisent le chiffrement et la copie dans le presse-papiers qu’en https:// (ou sur cet ordinateur même) : la création et l’ouverture de secrets, ainsi que les boutons de copie, échouent donc ici, et n’importe qui sur le réseau pourrait modifier cette page. Ouvrez-la en https://, ou demandez à l’administrateur de ce serveur de le placer derrière HTTPS.`,
  },
  brand: {
    imprint: 'Mentions légales',
    privacy: 'Confidentialité',
    support: 'Assistance',
  },
  ending: {
    badge: {
      ready: 'Prêt à ouvrir',
      ended: 'Terminé',
      revealed: 'Ouvert',
    },
    viewedTitle: 'Ce secret a déjà été ouvert',
    viewedBody: (date: string) =>
      `Toutes les consultations autorisées ont été utilisées, la dernière le ${date}. Le secret est supprimé du serveur.`,
    expiredTitle: 'Ce lien a expiré',
    expiredBody: (date: string) =>
      `Personne ne l’a ouvert à temps : il a expiré le ${date} et a été supprimé sans avoir été lu.`,
    revokedTitle: 'L’expéditeur a retiré ce secret',
    revokedBody: (date: string) => `L’expéditeur l’a supprimé le ${date}, avant sa dernière ouverture.`,
    lockedTitle: 'Ce secret a été détruit après des mots de passe erronés',
    lockedBody: (date: string) => `Trop de mots de passe erronés ont été essayés ; il a été supprimé le ${date}.`,
    unknownTitle: 'Ce lien ne s’ouvre plus',
    unknownBody:
      'Il a déjà été ouvert, a expiré ou a été retiré par l’expéditeur, ou bien le lien est erroné. Pour ce lien, le serveur ne précise pas lequel.',
    tellSender:
      'Si vous ne l’avez pas ouvert vous-même, prévenez l’expéditeur : quelqu’un d’autre a peut-être vu le secret, et il faudrait le changer.',
    nextTitle: 'Que faire maintenant',
    nextAsk: 'Demandez à l’expéditeur de le partager à nouveau avec un nouveau lien.',
    nextNoReply: 'Ne répondez pas avec le secret, ni avec une partie de celui-ci.',
    revisitedTitle: 'Vous avez déjà révélé ce secret dans cet onglet',
    revisitedBody: (n: number) =>
      `La clé a été retirée de la barre d’adresse lors de la révélation : cette page ne peut donc plus afficher le secret. Le lien peut encore être ouvert ${number(n)} fois : rouvrez le lien reçu, en entier, pour voir le secret.`,
    tooLongTitle: 'Ce lien comporte des caractères en trop à la fin',
    tooLongBody:
      'Quelque chose, souvent une application de messagerie, a ajouté des caractères après la clé, et sans eux aucun secret ne correspond au lien. Copiez exactement le lien reçu, ou demandez à l’expéditeur de vous le renvoyer.',
    trimmed: 'Les caractères ajoutés après la clé par une application de messagerie ont été retirés.',
    ownLink:
      'Ce lien a été partagé depuis ce navigateur (il figure dans « Mes liens »). Le révéler ici utilise une de ses consultations : le destinataire risque ensuite de le trouver épuisé.',
    files: (count: number, size: string) => `${plural(count, 'fichier', 'fichiers')}, ${size} au total`,
    filesBefore: (size: string) => `Il contient des fichiers, ${size} au maximum.`,
  },
};
