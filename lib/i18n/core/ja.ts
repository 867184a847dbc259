import type { CoreMessages } from './en';
import { number, times } from '../helpers/ja';

/*
 * The Japanese catalogue. Polite です/ます throughout, no spaces between Japanese and Latin text; シークレット for
 * secret, 開く/開封 for opening a link, 表示 for reveal, 管理リンク, マイリンク, リクエスト, 回答, 取り消す for
 * revoke, ローテーション for rotate, 送信者/受信者, 依頼者 for a requester, 鍵 for the key in a link.
 */

const UNCERTAIN =
  '今回の表示で閲覧回数が使われたかどうかは分かりません。もう一度お試しください。すでに開封済みと表示された場合は、送信者に新しいリンクを依頼してください。';

export const core: CoreMessages = {
  header: {
    navigation: 'メイン',
    share: '共有',
    myLinks: 'マイリンク',
    request: 'リクエスト',
  },
  footer: {
    keyStaysInLink:
      'すべてのシークレットの鍵はリンクの#より後ろの部分にあり、ブラウザはこの部分をサーバーに送信しません。サーバーが保持するのは暗号文だけで、許可された最後の閲覧のあとに削除されます。',
    cli: 'コマンドライン',
  },
  language: {
    label: '言語',
  },
  copy: {
    copy: 'コピー',
    copied: 'コピーしました',
    failed: 'コピーできませんでした。選択してコピーしてください',
  },
  files: {
    contains: (size: string) => `ファイルが含まれています（暗号化後${size}）。`,
    downloading: (percent: number) => `ファイルをダウンロードして復号しています…${percent}%`,
    listTitle: 'ファイル',
    download: (name: string) => `${name}をダウンロード`,
    downloadShort: 'ダウンロード',
    preview: 'テキストとしてプレビュー',
    hidePreview: 'プレビューを閉じる',
    previewLabel: (name: string) => `${name}の内容`,
    noPreview: 'このファイルはプレーンテキストではないため、プレビューできません。代わりにダウンロードしてください。',
    typeUnknown: '不明な形式',
    downloadFailed:
      'ファイルをダウンロードできませんでした。再試行してください。表示してから数分間は、ダウンロードできる状態が続きます。',
    retry: 'ダウンロードを再試行',
    damaged:
      'ファイルが整合性チェックに合格しなかったため、保存されませんでした。送信者にもう一度共有してもらってください。',
    keepNote:
      '現在、ファイルはこのページの中にしかありません。ページを離れる前に、必要なものをダウンロードしてください。サーバーからは削除済みか、ダウンロードできる時間が終わると削除されます。',
  },
  reveal: {
    checking: 'リンクを確認しています…',
    title: 'シークレットが共有されました',
    viewsLeft: (n: number) =>
      n === 1
        ? 'このシークレットはあと1回表示できます。表示すると破棄されます。'
        : `このシークレットはあと${times(n)}表示できます。最後の表示のあとに破棄されます。`,
    expires: (date: string) => `有効期限は${date}です。`,
    password: 'パスワード',
    passwordHint:
      'パスワードは、送信者から別の方法で伝えられているはずです。間違えても、リンクの閲覧回数は減りません。',
    wrongPassword: (attemptsLeft: number) =>
      `パスワードが違います。シークレットが破棄されるまで、あと${times(attemptsLeft)}試せます。`,
    submit: 'シークレットを表示',
    checkingPassword: (percent: number) => `パスワードを確認しています…${percent}%`,
    revealing: '表示しています…',
    destroyedTitle: 'このシークレットは破棄されました',
    destroyedBody:
      '間違ったパスワードが何度も入力されたため、シークレットは完全に削除されました。送信者にもう一度共有してもらってください。',
    unavailable:
      'サービスが一時的に利用できません。リンクはまだ有効です。しばらくしてから、このページを再読み込みしてください。',
    goneTitle: 'このリンクは開封済みか、有効期限が切れています',
    goneBody:
      '送信者に新しいリンクを依頼してください。Handoffで共有されたシークレットは、決められた回数しか開けません。',
    invalidTitle: 'このリンクは不完全です',
    invalidAdvice: '受け取ったメッセージからリンク全体をコピーするか、送信者にもう一度送ってもらってください。',
    linkProblems: {
      empty: 'リンクに鍵（#記号より後ろの部分）がありません。',
      tooShort: 'リンクが途中で切れています。鍵の一部が欠けています。',
      tooLong: 'リンクの鍵が本来より長くなっています。',
      badCharacters: 'リンクの鍵に、含まれるはずのない文字が含まれています。',
    },
    errors: {
      unavailable: 'サービスが一時的に利用できません。リンクはまだ有効です。しばらくしてから、もう一度お試しください。',
      rateLimited:
        'お使いのネットワークからの試行が短時間に多すぎます。1分ほど待ってから、もう一度お試しください。リンクはまだ有効です。',
      outcomeUnknown: `表示中にサービスがストレージとの接続を失いました。${UNCERTAIN}`,
      network: `ブラウザからサービスに接続できませんでした。${UNCERTAIN}`,
      failed: 'シークレットを表示できませんでした。もう一度試すか、送信者に新しいリンクを依頼してください。',
      undecryptable:
        'このシークレットを復号できませんでした。リンクが壊れている可能性があります。送信者に新しいリンクを依頼してください。',
    },
  },
  revealed: {
    title: 'シークレットはこちらです',
    characters: (n: number) => `${number(n)}文字`,
    secret: 'シークレット',
    secretHidden: 'シークレット（非表示）',
    show: '表示',
    hide: '隠す',
    copy: 'シークレットをコピー',
    clearLater: (seconds: number) => `${seconds}秒後にクリップボードを消去`,
    copyFailed: 'コピーできませんでした。シークレットを表示して、選択してください。',
    copied: 'コピーしました。',
    copiedWillClear: (seconds: number) => `コピーしました。クリップボードは${seconds}秒後に消去されます。`,
    cleared: 'クリップボードを消去しました。',
    clearFailed:
      'クリップボードを消去できませんでした（このタブがアクティブではありませんでした）。ご自身で消去してください。',
    deleted: 'このシークレットはサーバーから削除されました。このページを離れる前に、安全な場所にコピーしてください。',
    stillOpens: (n: number) => `このリンクはあと${times(n)}開けます。`,
  },
  site: {
    httpsTitle: 'このページにはHTTPSが必要です',
    httpsBody: (host: string) =>
      `${host}のHandoffを、暗号化されていないhttpで開いています。ブラウザが暗号化とクリップボードへのコピーを許可するのは、https://（またはこのコンピューター自体）の場合だけです。そのため、ここではシークレットの作成や表示、コピーボタンが機能せず、ネットワーク上の誰もがこのページを改ざんできます。https://で開くか、このサーバーの管理者にHTTPSを設定するよう依頼してください。`,
  },
  brand: {
    imprint: '運営者情報',
    privacy: 'プライバシー',
    support: 'サポート',
  },
  ending: {
    badge: {
      ready: '開封できます',
      ended: '終了',
      revealed: '開封済み',
    },
    viewedTitle: 'このシークレットはすでに開封されています',
    viewedBody: (date: string) =>
      `許可された閲覧回数はすべて使われました。最後の閲覧は${date}です。シークレットはサーバーから削除されています。`,
    expiredTitle: 'このリンクは有効期限が切れています',
    expiredBody: (date: string) => `期限内に誰も開きませんでした。${date}に期限が切れ、読まれないまま削除されました。`,
    revokedTitle: '送信者がこのシークレットを取り消しました',
    revokedBody: (date: string) => `最後に開封される前の${date}に、送信者が削除しました。`,
    lockedTitle: 'パスワードの誤入力により、このシークレットは破棄されました',
    lockedBody: (date: string) => `間違ったパスワードが何度も入力されたため、${date}に削除されました。`,
    unknownTitle: 'このリンクはもう開けません',
    unknownBody:
      'すでに開封されたか、期限切れになったか、送信者が取り消したか、リンクが間違っています。このリンクについて、そのどれに当たるかをサーバーは明かしません。',
    tellSender:
      'ご自身で開いていない場合は、送信者に知らせてください。別の誰かがシークレットを見た可能性があるため、変更が必要です。',
    nextTitle: '次にすること',
    nextAsk: '新しいリンクでもう一度共有するよう、送信者に依頼してください。',
    nextNoReply: '返信にシークレットやその一部を書かないでください。',
    revisitedTitle: 'このシークレットは、このタブですでに表示しています',
    revisitedBody: (n: number) =>
      `表示したときに鍵がアドレスバーから削除されたため、このページでは再表示できません。このリンクはあと${times(n)}開けます。シークレットを見るには、受け取ったリンク全体をもう一度開いてください。`,
    tooLongTitle: 'このリンクの末尾に余分な文字が付いています',
    tooLongBody:
      'チャットアプリなどが鍵の後ろに文字を追加しており、それらを取り除いても一致するシークレットがありません。受け取ったリンクをそのままコピーするか、送信者にもう一度送ってもらってください。',
    trimmed: 'チャットアプリが鍵の後ろに追加した文字を取り除きました。',
    ownLink:
      'これは、このブラウザから共有したリンクです（「マイリンク」にあります）。ここで表示すると閲覧回数を1回使うため、受信者が開こうとしたときには消えているかもしれません。',
    files: (count: number, size: string) => `ファイル${number(count)}個、合計${size}`,
    filesBefore: (size: string) => `最大${size}のファイルが含まれています。`,
  },
};
