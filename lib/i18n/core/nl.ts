import type { CoreMessages } from './en';
import { number, percent } from '../helpers/nl';

/*
 * The Dutch catalogue. Informal "je" throughout, as Dutch security apps use it; "geheim" for secret,
 * "onthullen" for reveal, "beheerlink", "Mijn links", "verzoek"/"antwoord", "intrekken" for revoke,
 * "vervangen" for rotating a credential, "afzender"/"ontvanger", "wachtwoord".
 */

const UNCERTAIN =
  'dus we kunnen niet zeggen of deze weergave is verbruikt. Probeer het opnieuw; staat er dan dat de link al is geopend, vraag de afzender dan om een nieuwe.';

export const core: CoreMessages = {
  header: {
    navigation: 'Hoofdmenu',
    share: 'Delen',
    myLinks: 'Mijn links',
    request: 'Aanvragen',
  },
  footer: {
    keyStaysInLink:
      'De sleutel van elk geheim staat in de link na het #-teken, en dat deel sturen browsers nooit naar een server. De server bewaart alleen versleutelde tekst en verwijdert die na de laatste toegestane weergave.',
    cli: 'Opdrachtregel',
  },
  language: {
    label: 'Taal',
  },
  copy: {
    copy: 'Kopiëren',
    copied: 'Gekopieerd',
    failed: 'Kopiëren mislukt: selecteer en kopieer zelf',
  },
  files: {
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
  site: {
    httpsTitle: 'Deze pagina heeft HTTPS nodig',
    httpsBody: (host: string) =>
      `Je hebt Handoff geopend via onversleuteld http op ${host}. Browsers staan versleuteling en kopiëren naar het klembord alleen toe via https:// (of op deze computer zelf), dus geheimen maken of openen en de kopieerknoppen mislukken hier, en iedereen op het netwerk kan deze pagina wijzigen. Open hem via https://, of vraag de beheerder van deze server om HTTPS in te stellen.`,
  },
  brand: {
    imprint: 'Colofon',
    privacy: 'Privacy',
    support: 'Ondersteuning',
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
};
