import { number } from '../helpers/en';
/*
 * The English core catalogue (what every page shows, the recipient's page included; lib/i18n/index.ts says
 * how the groups load), and the source of the `CoreMessages` type every other
 * language's core catalogue must satisfy key for key.
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

const UNCERTAIN =
  'so we cannot tell whether this view was used. Try again; if the link then says it was already opened, ask the sender for a new one.';

export const core = {
  header: {
    navigation: 'Main',
    share: 'Share',
    myLinks: 'My links',
    request: 'Request',
  },
  footer: {
    keyStaysInLink:
      'The key to every secret stays in the link after the #, which browsers never send to a server. The server holds only ciphertext, and deletes it after the last permitted view.',
    cli: 'Command line',
  },
  language: {
    label: 'Language',
  },
  copy: {
    copy: 'Copy',
    copied: 'Copied',
    failed: 'Copy failed: select and copy',
  },
  files: {
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
  /** Site-wide safety nets: plain http, no JavaScript, unknown pages. */
  site: {
    httpsTitle: 'This page needs HTTPS',
    httpsBody: (host: string) =>
      `You opened Handoff over plain http at ${host}. Browsers allow encryption and copying to the clipboard only on https:// (or on this computer itself), so creating or opening secrets and the copy buttons fail here, and anyone on the network could change this page. Open it with https://, or ask whoever runs this server to put it behind HTTPS.`,
  },
  /** The company's name on the instance (lib/config/brand.ts). */
  brand: {
    imprint: 'Imprint',
    privacy: 'Privacy',
    support: 'Support',
  },
  /** The recipient's endings and link repairs (issue 24): how a link ended, what to do next. */
  ending: {
    badge: {
      ready: 'Ready to open',
      ended: 'Ended',
      revealed: 'Opened',
    },
    viewedTitle: 'This secret was already opened',
    viewedBody: (date: string) =>
      `Every permitted view was used; the last one on ${date}. The secret is deleted from the server.`,
    expiredTitle: 'This link has expired',
    expiredBody: (date: string) => `Nobody opened it in time: it expired on ${date} and was deleted unread.`,
    revokedTitle: 'The sender withdrew this secret',
    revokedBody: (date: string) => `The sender deleted it on ${date}, before it was opened for the last time.`,
    lockedTitle: 'This secret was destroyed after wrong passwords',
    lockedBody: (date: string) => `Too many wrong passwords were tried; it was deleted on ${date}.`,
    unknownTitle: 'This link no longer opens',
    unknownBody:
      'It was already opened, has expired or was withdrawn by the sender, or the link is wrong. The server does not say which for this link.',
    tellSender:
      'If you did not open it yourself, tell the sender: someone else may have seen the secret, and it should be changed.',
    nextTitle: 'What to do next',
    nextAsk: 'Ask the sender to share it again with a new link.',
    nextNoReply: 'Do not reply with the secret or any part of it.',
    revisitedTitle: 'You already revealed this secret in this tab',
    revisitedBody: (n: number) =>
      `The key was removed from the address bar when you revealed it, so this page cannot show it again. The link can still be opened ${n === 1 ? '1 more time' : `${n} more times`}: open the link you were sent again, the whole of it, to see the secret.`,
    tooLongTitle: 'This link has extra characters at the end',
    tooLongBody:
      'Something, often a chat app, added characters after the key, and no secret matches the link without them. Copy exactly the link you were sent, or ask the sender to send it again.',
    trimmed: 'The characters a chat app added after the key were removed.',
    ownLink:
      'This is a link you shared from this browser (it is in My links). Revealing it here uses up one of its views: the recipient may then find it gone.',
    files: (count: number, size: string) => `${count === 1 ? '1 file' : `${count} files`}, ${size} in total`,
    filesBefore: (size: string) => `It contains files, at most ${size}.`,
  },
};

/** The shape of every core catalogue: English's keys, with the same functions. */
export type CoreMessages = typeof core;
