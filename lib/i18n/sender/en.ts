import { DETECTION_STRINGS_EN, type DetectionStrings } from '../../detect';
import type { TtlSeconds } from '../../policy';
import type { RequestStateName } from '../../schemas/requests';
import type { SecretStateName } from '../../schemas/secrets';
import { number } from '../helpers/en';

/*
 * The English sender catalogue (the pages that send, request and manage; lib/i18n/index.ts says
 * how the groups load), and the source of the `SenderMessages` type every other
 * language's sender catalogue must satisfy key for key.
 *
 * Conventions:
 *  - Text that depends on a value is a function of it; plurals are spelled
 *    out in the function (`n === 1 ? … : …`), per language.
 *  - Text with a link or markup inside is a function of that element
 *    (generic `T`, so this module needs no React): it returns the pieces in
 *    reading order, and the component renders them as they come.
 *  - Numbers are formatted here, in the catalogue's language; dates arrive
 *    formatted (components/ui/format.ts).
 */

const times = (n: number) => (n === 1 ? '1 time' : `${n} times`);

export const sender = {
  /** Credential detection on the create page (lib/detect): labels, advice, notice text. */
  detect: DETECTION_STRINGS_EN as DetectionStrings,
  home: {
    title: 'Share a secret once',
    intro:
      'Your browser encrypts it before anything is sent. The link opens it a set number of times, then it is gone for good.',
  },
  create: {
    secretLabel: 'Secret',
    secretPlaceholder: 'sk_live_…, a database URL, or a whole .env file',
    secretHint: 'Encrypted in this browser before it is sent. Never stored unencrypted.',
    tooLarge: (bytes: number, limit: number) => `Too large: ${number(bytes)} bytes; the limit is ${number(limit)}.`,
    expiresLabel: 'Expires after',
    ttl: {
      300: '5 minutes',
      3600: '1 hour',
      86400: '1 day',
      604800: '7 days',
      2592000: '30 days',
    } satisfies Record<TtlSeconds, string>,
    viewsLabel: 'Can be opened',
    views: (n: number) => (n === 1 ? '1 time (recommended)' : times(n)),
    submit: 'Create secret link',
    encrypting: 'Encrypting…',
    protecting: (percent: number) => `Protecting with your password… ${percent}%`,
    errors: {
      network: 'Could not reach the server. Check your connection and try again.',
      rateLimited: 'Too many secrets created from here just now. Wait a minute and try again.',
      tooLarge: 'This secret is too large to share.',
      unavailable: 'The service is temporarily unavailable. Try again in a moment.',
      failed: 'The secret could not be created. Try again.',
      encryptionFailed: 'Your browser could not encrypt this secret. Nothing was sent.',
    },
  },
  password: {
    label: 'Password',
    optional: '(optional)',
    show: 'Show',
    hide: 'Hide',
    generate: 'Generate',
    weak: 'Weak: easy to guess if the link leaks.',
    fair: 'Fair.',
    strong: 'Strong.',
    advice:
      'Send the password through a different channel than the link: a call, SMS or Signal. A wrong password never uses up the link.',
  },
  record: {
    summary: 'Keep a private note in this browser (optional)',
    intro: <T>(myLinks: T) => [
      "Saved only in this browser's ",
      myLinks,
      ', never sent to the server, so you can track what you shared and rotate it when the work ends.',
    ],
    myLinks: 'My links',
    label: 'Label',
    labelPlaceholder: 'Stripe restricted key for Acme',
    recipient: 'Recipient',
    recipientPlaceholder: 'Dana (contractor)',
    rotateBy: 'Rotate by',
  },
  result: {
    title: 'Your secret link is ready',
    link: 'Link',
    copyLink: 'Copy link',
    showQr: 'Show QR code',
    hideQr: 'Hide QR code',
    qrLabel: 'QR code of the secret link',
    qrHint: 'Drawn in this browser. Scan it with the phone that should open the secret.',
    opensAndExpires: (views: number, date: string) =>
      `Opens ${views === 1 ? 'once' : `${views} times`}, and expires on ${date}.`,
    sendWithPassword:
      'Send the link through one channel (chat, email) and the password through another (a call, SMS or Signal). Never put both in the same message.',
    sendWithoutPassword:
      'Send this link through one channel (chat, email). Nothing else is needed: the key is inside the link, so anyone with the link can open it, and once opened it is gone.',
    manageLink: 'Manage link (keep it to yourself)',
    copyManageLink: 'Copy',
    manageHint:
      'The manage link shows whether and when the secret was opened, and lets you revoke it. It cannot read the secret.',
    savedIn: <T>(myLinks: T) => [' It is also saved in ', myLinks, ' in this browser.'],
    myLinks: 'My links',
    shareAnother: 'Share another secret',
  },
  manage: {
    loading: 'Loading the receipt…',
    invalidTitle: 'This manage link is not complete',
    invalidBody: 'Copy the whole manage link you kept when you shared.',
    missingTitle: 'No receipt for this link',
    missingBody:
      'Receipts are kept for a while after a secret ends, then deleted. This one is gone, or the link is wrong.',
    unavailable: 'The service is temporarily unavailable. This page retries by itself.',
    title: 'Your shared secret',
    opened: 'Opened',
    viewsUsed: (used: number, max: number) => `${used} of ${max} ${max === 1 ? 'time' : 'times'}`,
    view: (n: number) => `View ${n}`,
    created: 'Created',
    expires: 'Expires',
    wouldHaveExpired: 'Would have expired',
    ended: 'Ended',
    wrongPasswords: 'Wrong passwords',
    refreshes: 'This page refreshes by itself. The manage link cannot read the secret.',
    revoke: 'Revoke now',
    revokeFailed: 'Revoking failed. Try again.',
    confirmGroup: 'Confirm revoking',
    confirmQuestion: 'Destroy this secret now? The link will stop working for everyone.',
    confirm: 'Yes, destroy it',
    cancel: 'Cancel',
  },
  /** A receipt's state in plain words (a badge on the manage and history pages). */
  states: {
    active: 'Waiting',
    viewed: 'Opened',
    expired: 'Expired',
    revoked: 'Revoked',
    locked: 'Destroyed after wrong passwords',
  } satisfies Record<SecretStateName, string>,
  history: {
    title: 'My shared links',
    localOnly:
      'This list lives only in this browser and is never sent to the server. Clearing browser data loses it: export it to keep a record. It holds manage links (status and revoke), never a secret or its key.',
    filter: 'Filter by label or recipient',
    exportCsv: 'Export CSV',
    exportJson: 'Export JSON',
    empty: 'Nothing here yet.',
    list: 'Shared links',
    untitled: 'Untitled secret',
    forRecipient: (recipient: string) => `for ${recipient}`,
    shared: (date: string) => `shared ${date}`,
    opened: (used: number, max: number) => `opened ${used} of ${max}`,
    rotateBy: (date: string) => `rotate by ${date}`,
    checking: 'checking…',
    receiptDeleted: 'receipt deleted',
    unavailable: 'unavailable',
    manage: 'Manage',
    manageEntry: (label: string) => `Manage ${label || 'untitled secret'}`,
    forget: 'Forget',
  },
  offboarding: {
    title: 'Offboarding',
    intro: 'When an engagement ends, rotate every credential you shared with that person.',
    recipient: 'Recipient',
    choose: 'Choose…',
    checklist: 'Checklist',
    rotate: <T>(credential: T, status: string, rotateBy: string | null) => [
      '☐ Rotate ',
      credential,
      ` (${status})${rotateBy ? `, by ${rotateBy}` : ''}`,
    ],
    /** A credential's state on the checklist, in lower case. */
    status: {
      opened: 'opened',
      active: 'active',
      viewed: 'viewed',
      expired: 'expired',
      revoked: 'revoked',
      locked: 'locked',
      unknown: 'unknown',
    } satisfies Record<SecretStateName | 'unknown' | 'opened', string>,
    exportRecord: 'Export record (Markdown)',
  },
  /** My links: editing, forgetting with Undo, the offboarding checklist (issue 24). */
  myLinks: {
    untitled: (date: string) => `Secret shared ${date}`,
    forgetEntry: (title: string) => `Forget ${title}`,
    forgotten: (title: string) =>
      `Forgot “${title}”. Its manage link, the only way to see whether it was opened and to revoke it, is gone from this browser.`,
    undo: 'Undo',
    undoFor: (seconds: number) => `Undo (${seconds} s)`,
    restored: (title: string) => `“${title}” is back in your list.`,
    edit: 'Edit',
    editEntry: (title: string) => `Edit notes for ${title}`,
    editHeading: (title: string) => `Notes for ${title}`,
    save: 'Save',
    cancel: 'Cancel',
    saved: (title: string) => `Saved the notes for ${title}.`,
    saveFailed: 'This browser refused to store the change.',
    rotateBy: (date: string) => `rotate by ${date}`,
    overdue: 'overdue',
    noRecipient: 'No recipient named',
    rotated: (title: string) => `Rotated: ${title}`,
    rotateItem: 'Rotate',
    rotateByItem: (date: string) => `by ${date}`,
    progress: (done: number, total: number) => `${done} of ${total} rotated`,
    revokeAll: (n: number) => `Revoke all still waiting (${n})`,
    revokeAllQuestion: (n: number, recipient: string) =>
      `Revoke ${n === 1 ? 'the 1 link' : `all ${n} links`} still waiting for ${recipient}? ${n === 1 ? 'It stops' : 'They stop'} working for everyone at once.`,
    revokeAllConfirm: (n: number) => `Yes, revoke ${n}`,
    revokeAllDone: (n: number) => `Revoked ${n === 1 ? '1 link' : `${n} links`}.`,
    revokeAllFailed: (n: number) => `${n === 1 ? '1 link' : `${n} links`} could not be revoked. Try again.`,
    revokeAllGroup: 'Confirm revoking',
  },
  /** The manage page's guard for recipients, its named title and its announcements. */
  manageGuard: {
    subtitle: 'Your shared secret',
    unnamed: 'A shared secret',
    notInListTitle: 'This is the sender’s private manage link',
    notInListBody:
      'It is not in this browser’s list of shared links. If someone sent it to you, it is the wrong link: ask them for the secret link (it contains /s#). This page cannot show the secret, it can only destroy it for everyone.',
    iAmSender: 'I shared this secret: let me revoke it',
    receipt: 'Receipt',
    actions: 'Actions',
    revoked: 'Revoked. The link no longer opens for anyone.',
    aboutTitle: 'About this page',
    about:
      'Only you should have this manage link. It shows whether the secret was opened and lets you destroy it; it cannot read the secret.',
  },
  /** The "Command line" page (/cli): the CLI served by this instance, for recipients of links. */
  cli: {
    title: 'Command line',
    intro:
      'Open a link in a terminal instead of a browser. Handoff’s command-line tool is a single file for Node.js 20 or later: nothing to install, and it decrypts on your computer, just as the browser does.',
    openHeading: 'Download it and open a link',
    openHelp: 'Run this in a terminal, in a folder of your choice, with the link you received in place of LINK:',
    command: 'Command',
    copyCommand: 'Copy command',
    historyHint: <T>(dash: T) => [
      'Your shell keeps commands in its history. To keep the link out of it, write ',
      dash,
      ' in its place, then paste the link, press Enter and then Ctrl-D.',
    ],
    moreHelp: <T>(help: T) => ['It can also send secrets and check on them: ', help, ' lists every command.'],
    checkHeading: 'Check the file',
    checkHelp: 'The SHA-256 of the file this server hands out:',
    hashLabel: 'SHA-256 of handoff.mjs',
    checkHow:
      'Let your computer compare it with the file (the first line on Linux, the second on macOS); it prints “handoff.mjs: OK” when they match:',
    checkWindows: <T>(command: T) => ['On Windows (PowerShell) ', command, ' prints it in capitals.'],
    honest:
      'This check finds a damaged or incomplete download. It cannot find a dishonest server: a server that changed the file could change this page as well. Where your organisation publishes the hash somewhere else, compare with that copy.',
    notBuilt: 'The command-line tool is not available on this server.',
  },
  /** This instance's policy (lib/policy/instance.ts), as the create form states it. */
  policy: {
    required: '(required on this service)',
    passwordRequired: 'This service requires a password for every secret.',
    tooShort: (min: number) => `The password must be at least ${number(min)} characters long on this service.`,
    minLength: (min: number) => `At least ${number(min)} characters.`,
    violation: "This service's policy does not allow that choice. Reload the page to see what it allows.",
  },
  /** The sender's side, second pass (issue 24): result card, segmented choices, detection summary. */
  sender: {
    textTooLarge: (size: string, limit: string) => `Too large: ${size}; the limit is ${limit}.`,
    resultAnnouncement: (views: number, date: string) =>
      `Your secret link is ready. It opens ${views === 1 ? 'once' : `${views} times`} and expires on ${date}.`,
    shareLinkHint: 'Send this link to the recipient.',
    share: 'Share',
    shareFailed: 'Sharing failed: copy the link instead',
    passwordTitle: 'Password',
    passwordLabel: 'Password for this link',
    showPassword: 'Show',
    hidePassword: 'Hide',
    copyPassword: 'Copy password',
    passwordReminder:
      'Send the password through another channel than the link (a call, SMS or Signal). It is shown only here, until you leave this page: it is not in the link, not in My links, and was never sent to the server.',
    forYouOnly: 'For you only',
    copyManageLink: 'Copy manage link',
    manageTitle: 'Your manage link',
    showDetails: 'Show details',
    hideDetails: 'Hide details',
  },
  notify: {
    toggle: 'Tell me when it is opened',
    destinationLabel: 'Email address or webhook URL',
    hint: 'We send only a short reference, the event and the time: never the link or the content. This server accepts only the addresses and webhook hosts its operator allows.',
    reference: (ref: string) => `Reference: ${ref}`,
    referenceHint: 'Notifications about this link carry this reference.',
    alertsOn: 'Alert me here',
    alertsEnabled: 'Alerts on: this page will tell you when the link changes, while it stays open.',
    alertsBlocked: 'This browser does not allow notifications for this site.',
    refused: 'This server does not send notifications to that address or host. Check it, or untick the box.',
    alertTitle: 'Handoff',
    /** The system notification when a tracked link changes state. */
    alertBody: (label: string, state: string) => `${label || 'Your link'}: ${state}`,
    /** The request form's box (issue 22: the "answered" and "expired_unanswered" events). */
    toggleAnswered: 'Tell me when it is answered or expires unanswered',
    /** My links: system notifications while the page is open. */
    historyAlertsOn: 'Alert me here when a link changes',
    historyAlertsEnabled: 'Alerts on: this page will tell you when one of these links changes, while it stays open.',
  },
  /** Asking for a secret (issue 19): the request page, the responder's page /r, the owner's page /o, My links rows. */
  request: {
    title: 'Request a secret',
    intro:
      'Ask someone for a password, an API key or a file. They answer through a link; their browser encrypts the answer so that only you can open it, not the server.',
    noteLabel: 'Note for the person you ask',
    notePlaceholder: 'Please send the staging DB password for project Falcon.',
    noteHint: 'Encrypted in this browser; only someone with the request link can read it.',
    noteTooLong: (bytes: number, limit: number) => `Too long: ${number(bytes)} bytes; the limit is ${number(limit)}.`,
    openLabel: 'The request stays open for',
    keepLabel: 'Keep the answer for',
    viewsLabel: 'The answer can be opened',
    duration: {
      300: '5 minutes',
      3600: '1 hour',
      86400: '1 day',
      604800: '7 days',
      2592000: '30 days',
    } satisfies Record<TtlSeconds, string>,
    keepSummary: 'Keep a private note in this browser (optional)',
    keepIntro: 'Saved only in My links in this browser, with the state of the request; never the owner link.',
    labelLabel: 'Label',
    labelPlaceholder: 'Staging DB password, project Falcon',
    fromLabel: 'Asked from',
    fromPlaceholder: 'Dana (contractor)',
    submit: 'Create request',
    creating: 'Creating…',
    errors: {
      network: 'Could not reach the server. Check your connection and try again.',
      rateLimited: 'Too many requests created from here just now. Wait a minute and try again.',
      unavailable: 'The service is temporarily unavailable. Try again in a moment.',
      failed: 'The request could not be created. Try again.',
      encryptionFailed: 'Your browser could not encrypt the note. Nothing was sent.',
    },
    createdTitle: 'Your request is ready',
    requestLink: 'Request link: send it to the person you ask',
    copyRequestLink: 'Copy request link',
    openUntil: (date: string) => `The request takes one answer until ${date}.`,
    ownerLink: 'Owner link: keep it to yourself',
    copyOwnerLink: 'Copy owner link',
    saveOwnerLink: 'Save as file',
    ownerWarning:
      'Only the owner link opens the answer. It is not saved anywhere, not even in this browser: copy it into your password manager or save it as a file now. Without it the answer cannot be read.',
    ownerFile: (link: string, date: string) =>
      `Handoff owner link: it opens the answer to your request. Keep it private.\n\n${link}\n\nThe request takes an answer until ${date}.\n`,
    savedInMyLinks: <T>(myLinks: T) => ['The request’s state (not the owner link) is also kept in ', myLinks, '.'],
    myLinks: 'My links',
    another: 'Request another secret',
    // The responder's page (/r).
    checking: 'Checking the request…',
    askedTitle: 'Someone asks you for a secret',
    noteFrom: 'Their note',
    noNote: 'No note was written.',
    origin: (origin: string) =>
      `Your answer goes to ${origin}, encrypted in this browser so that only the requester can read it.`,
    openUntilResponder: (date: string) => `The request takes one answer until ${date}.`,
    answerLabel: 'Your answer',
    answerPlaceholder: 'The password, key or .env file they asked for',
    answerSubmit: 'Encrypt and send',
    sending: 'Encrypting and sending…',
    answeredTitle: 'Your answer was sent',
    answeredAt: (time: string) => `Sent at ${time}. Only the requester can open it; you cannot read it back.`,
    confirmationLabel: 'Confirmation code',
    confirmationHint:
      'The requester sees the same code when they open the answer. Compare it by phone if you want to be sure the answer they read is yours.',
    closedTitle: 'This request no longer takes an answer',
    closedBody: 'It was answered already or revoked. Ask the requester for a new request link if needed.',
    goneTitle: 'This request has expired or does not exist',
    goneBody: 'Ask the requester for a new request link.',
    tamperedTitle: 'This request could not be verified',
    tamperedBody:
      'What the server sent does not match this link, so nothing was encrypted or sent. Ask the requester for a new request link.',
    invalidTitle: 'This request link is not complete',
    invalidAdvice: 'Copy the whole link from the message you received, or ask the requester to send it again.',
    unavailable: 'The service is temporarily unavailable. Your link still works: reload this page in a moment.',
    answerErrors: {
      network: 'Could not reach the server. Check your connection and try again.',
      rateLimited: 'Too many answers sent from here just now. Wait a minute and try again.',
      unavailable: 'The service is temporarily unavailable. Try again in a moment.',
      failed: 'The answer could not be sent. Try again.',
      encryptionFailed: 'Your browser could not encrypt the answer. Nothing was sent.',
      uploadFailed:
        'The files could not be uploaded, so the answer was not delivered. Try again: the request opens again once the failed upload expires.',
      closed: 'Someone answered first, or the request was revoked. Your answer was not accepted.',
    },
    // The owner's page (/o).
    ownerTitle: 'Your request',
    loadingOwner: 'Checking your request…',
    stateLabel: 'State',
    waitingBody: 'No answer yet. This page checks again by itself.',
    uploadingBody: 'An answer with files is arriving. This page checks again by itself.',
    answeredBody: (time: string) => `Answered at ${time}.`,
    revokedBody: 'You revoked this request. Its answer, if there was one, is deleted.',
    created: 'Created',
    openUntilLabel: 'Takes an answer until',
    reveal: 'Reveal answer',
    revealing: 'Revealing…',
    revealHint: 'Revealing uses one view of the answer; after the last one it is deleted from the server.',
    confirmationSeen: (code: string) => `Confirmation code: ${code}. The person who answered saw the same code.`,
    ownerGoneTitle: 'This answer was already read or has expired',
    ownerGoneBody:
      'The request and its answer are gone from the server: read to the last view, revoked or expired. If you did not read it yourself, someone else with the owner link may have.',
    ownerInvalidTitle: 'This owner link is not complete',
    ownerInvalidBody: 'Use the whole owner link you kept (or the file you saved) when you created the request.',
    undecryptable:
      'The answer could not be decrypted: it was not sealed for this request. Its view is used up; ask for the secret again.',
    revealFailed: 'The answer could not be revealed. Try again.',
    revoke: 'Revoke request',
    revokeQuestion: 'Close this request and delete its answer, if any? Nobody can answer or read it afterwards.',
    revokeConfirm: 'Yes, revoke it',
    revokeCancel: 'Cancel',
    revokeGroup: 'Confirm revoking the request',
    revokeFailed: 'Revoking failed. Try again.',
    // My links and offboarding.
    states: {
      open: 'Waiting for an answer',
      uploading: 'Answer arriving',
      answered: 'Answered',
      revoked: 'Revoked',
    } satisfies Record<RequestStateName, string>,
    answerRead: 'Answer read',
    ended: 'Ended',
    listTitle: 'Requests',
    listHint:
      'Requests you made in this browser. Only the state is kept here; the owner link that reads the answer is not.',
    untitled: 'Untitled request',
    from: (who: string) => `from ${who}`,
    asked: (date: string) => `asked ${date}`,
    revokeEntry: (label: string) => `Revoke request: ${label || 'untitled request'}`,
    received: 'Received',
    receivedLine: <T>(credential: T, status: string) => ['☐ Rotate ', credential, `, received (${status})`],
  },
  auth: {
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: (user: string) => `Signed in as ${user}`,
    settings: 'API tokens',
    checking: 'Checking who you are…',
    requiredTitle: 'Sign in to share',
    requiredOidc: 'On this server, only signed-in staff can create links. Opening a link never needs an account.',
    requiredProxy:
      "On this server, only signed-in staff can create links. Open this page through your company's sign-in " +
      'page. Opening a link never needs an account.',
    unavailable: 'Could not check whether you are signed in. Reload the page to try again.',
    pageTitle: 'Sign in',
    errors: {
      provider: 'The sign-in service cannot be reached right now. Nothing was lost: try again in a few minutes.',
      denied: 'This account may not create links here. Ask your administrator for access.',
      failed: 'The sign-in did not complete (it may have taken too long). Please try again.',
    },
    tryAgain: 'Try again',
    tokensTitle: 'Personal API tokens',
    tokensIntro:
      'Tokens let the handoff command line and your automation create links as you. A token is shown once; ' +
      'the server keeps only a hash of it. Revoke a token as soon as you no longer need it.',
    tokenName: 'Token name',
    tokenNamePlaceholder: 'deploy pipeline',
    createToken: 'Create token',
    newTokenTitle: 'Your new token',
    newTokenHint: 'Copy it now: it will not be shown again. Use it as HANDOFF_TOKEN or with --token-file.',
    noTokens: 'No tokens yet.',
    created: (when: string) => `Created ${when}`,
    lastUsed: (when: string | null) => (when ? `Last used ${when}` : 'Never used'),
    revoke: 'Revoke',
    revoked: 'Token revoked.',
    failed: 'That did not work. Please try again.',
    signInForTokens: 'Sign in to manage your API tokens.',
  },
  pages: {
    noscriptTitle: 'Handoff needs JavaScript',
    noscriptBody:
      'Secrets are encrypted and decrypted in your browser, so the server never sees them. Without JavaScript nothing can be encrypted or revealed, and opening a link uses nothing up. Turn JavaScript on for this site and reload.',
    notFoundTitle: 'Page not found',
    notFoundBody:
      'There is nothing at this address. A secret link looks like …/s#… and a manage link like …/m#…: check that you copied the whole link.',
    notFoundHome: 'Share a secret',
    notFoundHistory: 'My links',
  },
  upload: {
    label: 'Files',
    optional: '(optional)',
    choose: 'Add files',
    drop: 'or drop them here',
    limit: (limit: string, count: number) => `Up to ${count} files, ${limit} in total. Encrypted in this browser.`,
    remove: (name: string) => `Remove ${name}`,
    total: (size: string) => `Total: ${size}`,
    tooLarge: (size: string, limit: string) =>
      `These files add up to ${size}, over the limit of ${limit}. Remove some; nothing was uploaded.`,
    tooMany: (count: number) => `At most ${count} files per secret. Nothing was uploaded.`,
    uploading: (percent: number) => `Encrypting and uploading… ${percent}%`,
    cancel: 'Cancel upload',
    cancelled: 'Upload cancelled. Nothing was shared, and what was uploaded is being deleted.',
    uploadsPaused: 'Storage is nearly full, so file uploads are paused for now. Text secrets still work.',
    incomplete: 'The upload did not complete. Try again.',
    changed: 'A file changed or became unreadable while it was uploaded. Nothing was shared. Try again.',
  },
};

/** The shape of every sender catalogue: English's keys, with the same functions. */
export type SenderMessages = typeof sender;
