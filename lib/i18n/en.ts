import { DETECTION_STRINGS_EN, type DetectionStrings } from '../detect';
import type { TtlSeconds } from '../policy';
import type { SecretStateName } from '../schemas/secrets';

/*
 * The English catalogue: every string the UI shows, and the source of the
 * `Messages` type every other catalogue must satisfy key for key.
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

const number = (n: number) => n.toLocaleString('en');
const times = (n: number) => (n === 1 ? '1 time' : `${n} times`);
const UNCERTAIN =
  'so we cannot tell whether this view was used. Try again; if the link then says it was already opened, ask the sender for a new one.';

export const en = {
  /** Credential detection on the create page (lib/detect): labels, advice, notice text. */
  detect: DETECTION_STRINGS_EN as DetectionStrings,
  header: {
    navigation: 'Main',
    share: 'Share',
    myLinks: 'My links',
  },
  footer: {
    keyStaysInLink:
      'The key to every secret stays in the link after the #, which browsers never send to a server. The server holds only ciphertext, and deletes it after the last permitted view.',
  },
  language: {
    label: 'Language',
  },
  copy: {
    copy: 'Copy',
    copied: 'Copied',
    failed: 'Copy failed: select and copy',
  },
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
  files: {
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
    contains: (size: string) => `It contains files: ${size} once encrypted.`,
    downloading: (percent: number) => `Downloading and decrypting the files… ${percent}%`,
    listTitle: 'Files',
    download: (name: string) => `Download ${name}`,
    downloadShort: 'Download',
    preview: 'Preview as text',
    hidePreview: 'Hide preview',
    previewLabel: (name: string) => `Contents of ${name}`,
    noPreview: 'This file is not plain text, so there is no preview. Download it instead.',
    typeUnknown: 'unknown type',
    downloadFailed:
      'The files could not be downloaded. Retry: your download stays open for a few minutes after the reveal.',
    retry: 'Retry download',
    damaged: 'The files did not pass the integrity check and were not saved. Ask the sender to share them again.',
    keepNote:
      'The files are only in this page now. Download what you need before you leave: they were deleted from the server or will be when the download window closes.',
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
  reveal: {
    checking: 'Checking the link…',
    title: 'Someone shared a secret with you',
    viewsLeft: (n: number) =>
      n === 1
        ? 'This secret can be viewed 1 more time. It will be destroyed after you reveal it.'
        : `This secret can be viewed ${n} more times. It will be destroyed after the last view.`,
    expires: (date: string) => `It expires on ${date}.`,
    password: 'Password',
    passwordHint: 'The sender should have given you the password some other way. A wrong one does not use up the link.',
    wrongPassword: (attemptsLeft: number) =>
      `Wrong password. ${attemptsLeft === 1 ? '1 attempt left' : `${attemptsLeft} attempts left`} before the secret is destroyed.`,
    submit: 'Reveal secret',
    checkingPassword: (percent: number) => `Checking password… ${percent}%`,
    revealing: 'Revealing…',
    destroyedTitle: 'This secret was destroyed',
    destroyedBody:
      'Too many wrong passwords were tried, so the secret was deleted for good. Ask the sender to share it again.',
    unavailable: 'The service is temporarily unavailable. Your link still works: reload this page in a moment.',
    goneTitle: 'This link was already opened or has expired',
    goneBody: 'Ask the sender for a new one. Secrets shared through Handoff can be opened only a set number of times.',
    invalidTitle: 'This link is not complete',
    invalidAdvice: 'Copy the whole link from the message you received, or ask the sender to send it again.',
    linkProblems: {
      empty: 'The link is missing its key, the part after the # sign.',
      tooShort: 'The link is cut short: part of its key is missing.',
      tooLong: 'The link’s key is longer than it should be.',
      badCharacters: 'The link’s key contains characters that do not belong there.',
    },
    errors: {
      unavailable: 'The service is temporarily unavailable. Your link still works: try again in a moment.',
      rateLimited: 'Too many attempts from your network just now. Wait a minute and try again. Your link still works.',
      outcomeUnknown: `The service lost contact with its storage while revealing, ${UNCERTAIN}`,
      network: `Your browser could not reach the service, ${UNCERTAIN}`,
      failed: 'The secret could not be revealed. Try again, or ask the sender for a new link.',
      undecryptable: 'This secret could not be decrypted. The link may be damaged; ask the sender for a new one.',
    },
  },
  revealed: {
    title: 'Here is your secret',
    characters: (n: number) => `${number(n)} character${n === 1 ? '' : 's'}`,
    secret: 'Secret',
    secretHidden: 'Secret, hidden',
    show: 'Show',
    hide: 'Hide',
    copy: 'Copy secret',
    clearLater: (seconds: number) => `Clear the clipboard after ${seconds} seconds`,
    copyFailed: 'Copying failed: show the secret and select it instead.',
    copied: 'Copied.',
    copiedWillClear: (seconds: number) => `Copied. The clipboard will be cleared in ${seconds} seconds.`,
    cleared: 'Clipboard cleared.',
    clearFailed: 'The clipboard could not be cleared (this tab was not active); clear it yourself.',
    deleted: 'This secret has now been deleted from the server. Copy it somewhere safe before you leave this page.',
    stillOpens: (n: number) => `This link can still be opened ${n === 1 ? '1 more time' : `${n} more times`}.`,
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
};

/** The shape of every catalogue: English's keys, with the same functions. */
export type Messages = typeof en;
