import type { Messages } from './en';
import { DETECTION_STRINGS_JA } from './ja-detect';

/*
 * The Japanese catalogue. Polite です/ます throughout, no spaces between Japanese and Latin text; シークレット for
 * secret, 開く/開封 for opening a link, 表示 for reveal, 管理リンク, マイリンク, リクエスト, 回答, 取り消す for
 * revoke, ローテーション for rotate, 送信者/受信者, 依頼者 for a requester, 鍵 for the key in a link.
 */

const number = (n: number) => n.toLocaleString('ja');
const times = (n: number) => `${number(n)}回`;
const UNCERTAIN =
  '今回の表示で閲覧回数が使われたかどうかは分かりません。もう一度お試しください。すでに開封済みと表示された場合は、送信者に新しいリンクを依頼してください。';

export const ja: Messages = {
  detect: DETECTION_STRINGS_JA,
  header: {
    navigation: 'メイン',
    share: '共有',
    myLinks: 'マイリンク',
  },
  footer: {
    keyStaysInLink:
      'すべてのシークレットの鍵はリンクの#より後ろの部分にあり、ブラウザはこの部分をサーバーに送信しません。サーバーが保持するのは暗号文だけで、許可された最後の閲覧のあとに削除されます。',
  },
  language: {
    label: '言語',
  },
  copy: {
    copy: 'コピー',
    copied: 'コピーしました',
    failed: 'コピーできませんでした。選択してコピーしてください',
  },
  home: {
    title: 'シークレットを一度だけ共有',
    intro:
      'シークレットは、何かが送信される前にブラウザで暗号化されます。リンクで開けるのは決められた回数だけで、その後は完全に消去されます。',
  },
  create: {
    secretLabel: 'シークレット',
    secretPlaceholder: 'sk_live_…、データベースのURL、または.envファイル全体',
    secretHint: '送信前にこのブラウザで暗号化されます。暗号化されていない状態で保存されることはありません。',
    tooLarge: (bytes: number, limit: number) =>
      `大きすぎます：${number(bytes)}バイトです。上限は${number(limit)}バイトです。`,
    expiresLabel: '有効期間',
    ttl: {
      300: '5分',
      3600: '1時間',
      86400: '1日',
      604800: '7日',
      2592000: '30日',
    },
    viewsLabel: '開ける回数',
    views: (n: number) => (n === 1 ? '1回（推奨）' : times(n)),
    submit: 'シークレットリンクを作成',
    encrypting: '暗号化しています…',
    protecting: (percent: number) => `パスワードで保護しています…${percent}%`,
    errors: {
      network: 'サーバーに接続できませんでした。接続を確認して、もう一度お試しください。',
      rateLimited:
        'お使いの環境から短時間に作成されたシークレットが多すぎます。1分ほど待ってから、もう一度お試しください。',
      tooLarge: 'このシークレットは大きすぎるため共有できません。',
      unavailable: 'サービスが一時的に利用できません。しばらくしてから、もう一度お試しください。',
      failed: 'シークレットを作成できませんでした。もう一度お試しください。',
      encryptionFailed: 'ブラウザでこのシークレットを暗号化できませんでした。何も送信されていません。',
    },
  },
  files: {
    label: 'ファイル',
    optional: '（任意）',
    choose: 'ファイルを追加',
    drop: 'またはここにドロップ',
    limit: (limit: string, count: number) =>
      `最大${number(count)}ファイル、合計${limit}まで。このブラウザで暗号化されます。`,
    remove: (name: string) => `${name}を削除`,
    total: (size: string) => `合計：${size}`,
    tooLarge: (size: string, limit: string) =>
      `これらのファイルは合計${size}で、上限の${limit}を超えています。いくつか削除してください。何もアップロードされていません。`,
    tooMany: (count: number) =>
      `1つのシークレットに添付できるファイルは${number(count)}個までです。何もアップロードされていません。`,
    uploading: (percent: number) => `暗号化してアップロードしています…${percent}%`,
    cancel: 'アップロードをキャンセル',
    cancelled: 'アップロードをキャンセルしました。何も共有されておらず、アップロード済みの部分は削除中です。',
    uploadsPaused:
      'ストレージがほぼいっぱいのため、ファイルのアップロードは一時停止しています。テキストのシークレットは引き続き使えます。',
    incomplete: 'アップロードが完了しませんでした。もう一度お試しください。',
    changed:
      'アップロード中にファイルが変更されたか、読み取れなくなりました。何も共有されていません。もう一度お試しください。',
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
  password: {
    label: 'パスワード',
    optional: '（任意）',
    show: '表示',
    hide: '隠す',
    generate: '生成',
    weak: '弱い：リンクが漏れると簡単に推測されます。',
    fair: '普通。',
    strong: '強い。',
    advice:
      'パスワードはリンクとは別の経路（電話、SMS、Signalなど）で送ってください。間違ったパスワードが入力されても、リンクの閲覧回数は減りません。',
  },
  record: {
    summary: 'このブラウザに非公開メモを残す（任意）',
    intro: <T>(myLinks: T) => [
      'このブラウザの「',
      myLinks,
      '」にだけ保存され、サーバーには送信されません。共有したものを把握し、作業が終わったらローテーションできます。',
    ],
    myLinks: 'マイリンク',
    label: 'ラベル',
    labelPlaceholder: 'Acme用のStripe制限付きキー',
    recipient: '受信者',
    recipientPlaceholder: '佐藤さん（業務委託）',
    rotateBy: 'ローテーション期限',
  },
  result: {
    title: 'シークレットリンクの準備ができました',
    link: 'リンク',
    copyLink: 'リンクをコピー',
    showQr: 'QRコードを表示',
    hideQr: 'QRコードを隠す',
    qrLabel: 'シークレットリンクのQRコード',
    qrHint: 'このブラウザで描画しています。シークレットを開くスマートフォンでスキャンしてください。',
    opensAndExpires: (views: number, date: string) => `${times(views)}開けます。有効期限は${date}です。`,
    sendWithPassword:
      'リンクはある経路（チャット、メール）で、パスワードは別の経路（電話、SMS、Signal）で送ってください。両方を同じメッセージに入れないでください。',
    sendWithoutPassword:
      'このリンクを1つの経路（チャット、メール）で送ってください。ほかに必要なものはありません。鍵はリンクの中にあるため、リンクを持っている人なら誰でも開けます。開かれると、シークレットは消去されます。',
    manageLink: '管理リンク（ご自身だけで保管してください）',
    copyManageLink: 'コピー',
    manageHint:
      '管理リンクでは、シークレットが開かれたかどうかとその日時を確認でき、取り消すこともできます。シークレットの内容は読めません。',
    savedIn: <T>(myLinks: T) => ['このブラウザの「', myLinks, '」にも保存されています。'],
    myLinks: 'マイリンク',
    shareAnother: '別のシークレットを共有',
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
  manage: {
    loading: '開封記録を読み込んでいます…',
    invalidTitle: 'この管理リンクは不完全です',
    invalidBody: '共有したときに保管した管理リンクを、省略せずにコピーしてください。',
    missingTitle: 'このリンクの開封記録はありません',
    missingBody:
      '開封記録は、シークレットが終了してからしばらく保管され、その後削除されます。この記録はすでに削除されているか、リンクが間違っています。',
    unavailable: 'サービスが一時的に利用できません。このページは自動的に再試行します。',
    title: '共有したシークレット',
    opened: '開封回数',
    viewsUsed: (used: number, max: number) => `${times(max)}中${times(used)}`,
    view: (n: number) => `${n}回目の閲覧`,
    created: '作成日時',
    expires: '有効期限',
    wouldHaveExpired: '本来の有効期限',
    ended: '終了日時',
    wrongPasswords: 'パスワードの誤入力',
    refreshes: 'このページは自動的に更新されます。管理リンクではシークレットを読めません。',
    revoke: '今すぐ取り消す',
    revokeFailed: '取り消せませんでした。もう一度お試しください。',
    confirmGroup: '取り消しの確認',
    confirmQuestion: 'このシークレットを今すぐ破棄しますか？リンクは誰も使えなくなります。',
    confirm: 'はい、破棄します',
    cancel: 'キャンセル',
  },
  states: {
    active: '待機中',
    viewed: '開封済み',
    expired: '期限切れ',
    revoked: '取り消し済み',
    locked: 'パスワード誤入力により破棄',
  },
  history: {
    title: '共有したリンク',
    localOnly:
      'この一覧はこのブラウザの中にだけあり、サーバーには送信されません。ブラウザのデータを消去すると失われるため、記録を残すにはエクスポートしてください。保存されるのは管理リンク（状態の確認と取り消し用）だけで、シークレットやその鍵は含まれません。',
    filter: 'ラベルまたは受信者で絞り込み',
    exportCsv: 'CSVでエクスポート',
    exportJson: 'JSONでエクスポート',
    empty: 'まだ何もありません。',
    list: '共有済みのリンク',
    untitled: '無題のシークレット',
    forRecipient: (recipient: string) => `${recipient}宛て`,
    shared: (date: string) => `${date}に共有`,
    opened: (used: number, max: number) => `${times(max)}中${times(used)}開封`,
    rotateBy: (date: string) => `${date}までにローテーション`,
    checking: '確認中…',
    receiptDeleted: '開封記録は削除済み',
    unavailable: '利用できません',
    manage: '管理',
    manageEntry: (label: string) => `${label || '無題のシークレット'}を管理`,
    forget: '一覧から削除',
  },
  offboarding: {
    title: 'オフボーディング',
    intro: '契約や業務が終わったら、その相手と共有した認証情報をすべてローテーションしてください。',
    recipient: '受信者',
    choose: '選択してください…',
    checklist: 'チェックリスト',
    rotate: <T>(credential: T, status: string, rotateBy: string | null) => [
      '☐ ',
      credential,
      `をローテーション（${status}${rotateBy ? `、期限：${rotateBy}` : ''}）`,
    ],
    status: {
      opened: '開封済み',
      active: '待機中',
      viewed: '閲覧済み',
      expired: '期限切れ',
      revoked: '取り消し済み',
      locked: 'ロック済み',
      unknown: '不明',
    },
    exportRecord: '記録をエクスポート（Markdown）',
  },
  myLinks: {
    untitled: (date: string) => `${date}に共有したシークレット`,
    forgetEntry: (title: string) => `${title}を一覧から削除`,
    forgotten: (title: string) =>
      `「${title}」を一覧から削除しました。開封されたかどうかを確認し、取り消すための唯一の手段である管理リンクは、このブラウザから消えました。`,
    undo: '元に戻す',
    undoFor: (seconds: number) => `元に戻す（${seconds}秒）`,
    restored: (title: string) => `「${title}」を一覧に戻しました。`,
    edit: '編集',
    editEntry: (title: string) => `${title}のメモを編集`,
    editHeading: (title: string) => `${title}のメモ`,
    save: '保存',
    cancel: 'キャンセル',
    saved: (title: string) => `${title}のメモを保存しました。`,
    saveFailed: 'このブラウザが変更の保存を拒否しました。',
    rotateBy: (date: string) => `${date}までにローテーション`,
    overdue: '期限超過',
    noRecipient: '受信者の指定なし',
    rotated: (title: string) => `ローテーション済み：${title}`,
    rotateItem: 'ローテーション',
    rotateByItem: (date: string) => `${date}まで`,
    progress: (done: number, total: number) => `${number(total)}件中${number(done)}件をローテーション済み`,
    revokeAll: (n: number) => `待機中のものをすべて取り消す（${number(n)}件）`,
    revokeAllQuestion: (n: number, recipient: string) =>
      `${recipient}宛てで待機中の${n === 1 ? 'リンク1件' : `リンク${number(n)}件すべて`}を取り消しますか？すべての人に対して、ただちに使えなくなります。`,
    revokeAllConfirm: (n: number) => `はい、${number(n)}件を取り消します`,
    revokeAllDone: (n: number) => `${number(n)}件のリンクを取り消しました。`,
    revokeAllFailed: (n: number) => `${number(n)}件のリンクを取り消せませんでした。もう一度お試しください。`,
    revokeAllGroup: '取り消しの確認',
  },
  manageGuard: {
    subtitle: '共有したシークレット',
    unnamed: '共有されたシークレット',
    notInListTitle: 'これは送信者専用の管理リンクです',
    notInListBody:
      'このリンクは、このブラウザの共有済みリンクの一覧にありません。誰かから送られてきたのであれば、それは間違ったリンクです。シークレットリンク（/s#を含むもの）を送ってもらってください。このページではシークレットを表示できず、全員に対して破棄することしかできません。',
    iAmSender: 'このシークレットを共有したのは私です（取り消しへ進む）',
    receipt: '開封記録',
    actions: '操作',
    revoked: '取り消しました。このリンクはもう誰も開けません。',
    aboutTitle: 'このページについて',
    about:
      'この管理リンクは、ご自身だけが持つべきものです。シークレットが開かれたかどうかを確認し、破棄することができますが、シークレットを読むことはできません。',
  },
  site: {
    httpsTitle: 'このページにはHTTPSが必要です',
    httpsBody: (host: string) =>
      `${host}のHandoffを、暗号化されていないhttpで開いています。ブラウザが暗号化とクリップボードへのコピーを許可するのは、https://（またはこのコンピューター自体）の場合だけです。そのため、ここではシークレットの作成や表示、コピーボタンが機能せず、ネットワーク上の誰もがこのページを改ざんできます。https://で開くか、このサーバーの管理者にHTTPSを設定するよう依頼してください。`,
    noscriptTitle: 'HandoffにはJavaScriptが必要です',
    noscriptBody:
      'シークレットはブラウザ内で暗号化・復号されるため、サーバーがその内容を見ることはありません。JavaScriptがないと何も暗号化・表示できませんが、リンクを開いても閲覧回数は減りません。このサイトでJavaScriptを有効にして、再読み込みしてください。',
    notFoundTitle: 'ページが見つかりません',
    notFoundBody:
      'このアドレスには何もありません。シークレットリンクは…/s#…、管理リンクは…/m#…の形をしています。リンク全体をコピーしたか確認してください。',
    notFoundHome: 'シークレットを共有',
    notFoundHistory: 'マイリンク',
  },
  cli: {
    footerLink: 'コマンドライン',
    title: 'コマンドライン',
    intro:
      'ブラウザの代わりにターミナルでリンクを開けます。Handoffのコマンドラインツールは、Node.js 20以降で動く1つのファイルです。インストールは不要で、ブラウザと同じようにお使いのコンピューター上で復号します。',
    openHeading: 'ダウンロードしてリンクを開く',
    openHelp:
      'ターミナルで、任意のフォルダーから次のコマンドを実行してください。LINKの部分は受け取ったリンクに置き換えます：',
    command: 'コマンド',
    copyCommand: 'コマンドをコピー',
    historyHint: <T>(dash: T) => [
      'シェルはコマンドを履歴に残します。リンクを履歴に残さないようにするには、リンクの代わりに',
      dash,
      'と入力し、実行後にリンクを貼り付けてEnterキー、続けてCtrl-Dキーを押してください。',
    ],
    moreHelp: <T>(help: T) => [
      'シークレットの送信や状態の確認もできます。',
      help,
      'ですべてのコマンドを確認できます。',
    ],
    checkHeading: 'ファイルを検証する',
    checkHelp: 'このサーバーが配布しているファイルのSHA-256：',
    hashLabel: 'handoff.mjsのSHA-256',
    checkHow:
      'コンピューターでファイルと照合してください（Linuxでは1行目、macOSでは2行目）。一致すると「handoff.mjs: OK」と表示されます：',
    checkWindows: <T>(command: T) => ['Windows（PowerShell）では、', command, 'を実行すると大文字で表示されます。'],
    honest:
      'この検証で分かるのは、ダウンロードが壊れているか不完全な場合だけです。不正なサーバーは見抜けません。ファイルを書き換えたサーバーなら、このページも書き換えられるからです。組織がハッシュを別の場所でも公開している場合は、そちらと比較してください。',
    notBuilt: 'このサーバーではコマンドラインツールを利用できません。',
  },
  policy: {
    required: '（このサービスでは必須）',
    passwordRequired: 'このサービスでは、すべてのシークレットにパスワードが必要です。',
    tooShort: (min: number) => `このサービスでは、パスワードは${number(min)}文字以上にする必要があります。`,
    minLength: (min: number) => `${number(min)}文字以上。`,
    violation:
      'このサービスのポリシーでは、その選択は許可されていません。ページを再読み込みして、許可されている内容を確認してください。',
  },
  brand: {
    imprint: '運営者情報',
    privacy: 'プライバシー',
    support: 'サポート',
  },
  sender: {
    textTooLarge: (size: string, limit: string) => `大きすぎます：${size}です。上限は${limit}です。`,
    resultAnnouncement: (views: number, date: string) =>
      `シークレットリンクの準備ができました。${times(views)}開けます。有効期限は${date}です。`,
    shareLinkHint: 'このリンクを受信者に送ってください。',
    share: '共有',
    shareFailed: '共有できませんでした。代わりにリンクをコピーしてください',
    passwordTitle: 'パスワード',
    passwordLabel: 'このリンクのパスワード',
    showPassword: '表示',
    hidePassword: '隠す',
    copyPassword: 'パスワードをコピー',
    passwordReminder:
      'パスワードはリンクとは別の経路（電話、SMS、Signal）で送ってください。パスワードが表示されるのはここだけで、このページを離れると見られなくなります。リンクにも「マイリンク」にも含まれず、サーバーに送信されたこともありません。',
    forYouOnly: 'ご自身専用',
    copyManageLink: '管理リンクをコピー',
    manageTitle: '管理リンク',
    showDetails: '詳細を表示',
    hideDetails: '詳細を隠す',
  },
  notify: {
    toggle: '開封されたら通知する',
    destinationLabel: 'メールアドレスまたはWebhook URL',
    hint: '送信するのは短い参照コード、イベント、時刻だけで、リンクや内容は決して送りません。このサーバーは、運営者が許可したアドレスとWebhookホストにしか送信しません。',
    reference: (ref: string) => `参照コード：${ref}`,
    referenceHint: 'このリンクに関する通知には、この参照コードが付きます。',
    alertsOn: 'このページで通知する',
    alertsEnabled: '通知オン：このページを開いている間、リンクの状態が変わるとお知らせします。',
    alertsBlocked: 'このブラウザでは、このサイトからの通知が許可されていません。',
    refused:
      'このサーバーは、そのアドレスまたはホストには通知を送信しません。入力内容を確認するか、チェックを外してください。',
    alertTitle: 'Handoff',
    alertBody: (label: string, state: string) => `${label || '共有したリンク'}：${state}`,
    toggleAnswered: '回答されたら通知する',
    historyAlertsOn: 'リンクの状態が変わったらこのページで通知する',
    historyAlertsEnabled:
      '通知オン：このページを開いている間、これらのリンクのいずれかの状態が変わるとお知らせします。',
  },
  request: {
    nav: 'リクエスト',
    title: 'シークレットをリクエスト',
    intro:
      'パスワード、APIキー、ファイルの提供を相手に依頼できます。相手はリンクから回答し、その回答は相手のブラウザで暗号化されるため、開けるのはご自身だけです。サーバーにも開けません。',
    noteLabel: '依頼相手へのメモ',
    notePlaceholder: 'Falconプロジェクトのステージング環境DBのパスワードを送ってください。',
    noteHint: 'このブラウザで暗号化されます。読めるのはリクエストリンクを持つ人だけです。',
    noteTooLong: (bytes: number, limit: number) =>
      `長すぎます：${number(bytes)}バイトです。上限は${number(limit)}バイトです。`,
    openLabel: 'リクエストの受付期間',
    keepLabel: '回答の保管期間',
    viewsLabel: '回答を開ける回数',
    duration: {
      300: '5分',
      3600: '1時間',
      86400: '1日',
      604800: '7日',
      2592000: '30日',
    },
    keepSummary: 'このブラウザに非公開メモを残す（任意）',
    keepIntro:
      'このブラウザの「マイリンク」にだけ、リクエストの状態と一緒に保存されます。オーナーリンクは保存されません。',
    labelLabel: 'ラベル',
    labelPlaceholder: 'ステージング環境DBのパスワード（Falconプロジェクト）',
    fromLabel: '依頼先',
    fromPlaceholder: '佐藤さん（業務委託）',
    submit: 'リクエストを作成',
    creating: '作成しています…',
    errors: {
      network: 'サーバーに接続できませんでした。接続を確認して、もう一度お試しください。',
      rateLimited:
        'お使いの環境から短時間に作成されたリクエストが多すぎます。1分ほど待ってから、もう一度お試しください。',
      unavailable: 'サービスが一時的に利用できません。しばらくしてから、もう一度お試しください。',
      failed: 'リクエストを作成できませんでした。もう一度お試しください。',
      encryptionFailed: 'ブラウザでメモを暗号化できませんでした。何も送信されていません。',
    },
    createdTitle: 'リクエストの準備ができました',
    requestLink: 'リクエストリンク：依頼相手に送ってください',
    copyRequestLink: 'リクエストリンクをコピー',
    openUntil: (date: string) => `このリクエストは${date}まで、1件の回答を受け付けます。`,
    ownerLink: 'オーナーリンク：ご自身だけで保管してください',
    copyOwnerLink: 'オーナーリンクをコピー',
    saveOwnerLink: 'ファイルとして保存',
    ownerWarning:
      '回答を開けるのはオーナーリンクだけです。このリンクはどこにも保存されず、このブラウザにも残りません。今すぐパスワードマネージャーにコピーするか、ファイルとして保存してください。これがないと回答は読めません。',
    ownerFile: (link: string, date: string) =>
      `Handoffのオーナーリンク：リクエストへの回答を開くためのリンクです。他人に知られないようにしてください。\n\n${link}\n\nこのリクエストは${date}まで回答を受け付けます。\n`,
    savedInMyLinks: <T>(myLinks: T) => [
      'リクエストの状態（オーナーリンクを除く）は「',
      myLinks,
      '」にも保存されています。',
    ],
    myLinks: 'マイリンク',
    another: '別のシークレットをリクエスト',
    checking: 'リクエストを確認しています…',
    askedTitle: 'シークレットの提供を依頼されています',
    noteFrom: '依頼者からのメモ',
    noNote: 'メモはありません。',
    origin: (origin: string) =>
      `回答は${origin}に送られます。このブラウザで暗号化されるため、読めるのは依頼者だけです。`,
    openUntilResponder: (date: string) => `このリクエストは${date}まで、1件の回答を受け付けます。`,
    answerLabel: '回答',
    answerPlaceholder: '依頼されたパスワード、キー、.envファイル',
    answerSubmit: '暗号化して送信',
    sending: '暗号化して送信しています…',
    answeredTitle: '回答を送信しました',
    answeredAt: (time: string) => `${time}に送信しました。開けるのは依頼者だけで、ご自身でも読み返すことはできません。`,
    confirmationLabel: '確認コード',
    confirmationHint:
      '依頼者が回答を開くと、同じコードが表示されます。依頼者が読んだ回答が確かにご自身のものか確かめたい場合は、電話でコードを照合してください。',
    closedTitle: 'このリクエストは回答を受け付けていません',
    closedBody:
      'すでに回答済みか、取り消されています。必要であれば、依頼者に新しいリクエストリンクを依頼してください。',
    goneTitle: 'このリクエストは期限切れか、存在しません',
    goneBody: '依頼者に新しいリクエストリンクを依頼してください。',
    tamperedTitle: 'このリクエストを検証できませんでした',
    tamperedBody:
      'サーバーから届いた内容がこのリンクと一致しないため、何も暗号化・送信していません。依頼者に新しいリクエストリンクを依頼してください。',
    invalidTitle: 'このリクエストリンクは不完全です',
    invalidAdvice: '受け取ったメッセージからリンク全体をコピーするか、依頼者にもう一度送ってもらってください。',
    unavailable:
      'サービスが一時的に利用できません。リンクはまだ有効です。しばらくしてから、このページを再読み込みしてください。',
    answerErrors: {
      network: 'サーバーに接続できませんでした。接続を確認して、もう一度お試しください。',
      rateLimited: 'お使いの環境から短時間に送信された回答が多すぎます。1分ほど待ってから、もう一度お試しください。',
      unavailable: 'サービスが一時的に利用できません。しばらくしてから、もう一度お試しください。',
      failed: '回答を送信できませんでした。もう一度お試しください。',
      encryptionFailed: 'ブラウザで回答を暗号化できませんでした。何も送信されていません。',
      uploadFailed:
        'ファイルをアップロードできなかったため、回答は届いていません。もう一度お試しください。失敗したアップロードの期限が切れると、リクエストは再び回答を受け付けます。',
      closed: '先に別の人が回答したか、リクエストが取り消されました。この回答は受け付けられませんでした。',
    },
    ownerTitle: 'リクエスト',
    loadingOwner: 'リクエストを確認しています…',
    stateLabel: '状態',
    waitingBody: 'まだ回答はありません。このページは自動的に再確認します。',
    uploadingBody: 'ファイル付きの回答を受信中です。このページは自動的に再確認します。',
    answeredBody: (time: string) => `${time}に回答されました。`,
    revokedBody: 'このリクエストを取り消しました。回答があった場合、それも削除されています。',
    created: '作成日時',
    openUntilLabel: '回答の受付期限',
    reveal: '回答を表示',
    revealing: '表示しています…',
    revealHint: '表示するたびに、回答の閲覧回数を1回使います。最後の閲覧のあと、回答はサーバーから削除されます。',
    confirmationSeen: (code: string) => `確認コード：${code}。回答者にも同じコードが表示されました。`,
    ownerGoneTitle: 'この回答は既読か、期限切れです',
    ownerGoneBody:
      'リクエストとその回答は、サーバーから消えています。最後の閲覧まで読まれたか、取り消されたか、期限切れになりました。ご自身で読んでいない場合は、オーナーリンクを持つ別の誰かが読んだ可能性があります。',
    ownerInvalidTitle: 'このオーナーリンクは不完全です',
    ownerInvalidBody: 'リクエストの作成時に保管したオーナーリンク全体（または保存したファイル）を使ってください。',
    undecryptable:
      '回答を復号できませんでした。このリクエスト用に暗号化されたものではありません。閲覧回数は使われたため、もう一度シークレットを依頼してください。',
    revealFailed: '回答を表示できませんでした。もう一度お試しください。',
    revoke: 'リクエストを取り消す',
    revokeQuestion:
      'このリクエストを締め切り、回答があれば削除しますか？以後、誰も回答することも読むこともできなくなります。',
    revokeConfirm: 'はい、取り消します',
    revokeCancel: 'キャンセル',
    revokeGroup: 'リクエストの取り消しの確認',
    revokeFailed: '取り消せませんでした。もう一度お試しください。',
    states: {
      open: '回答待ち',
      uploading: '回答受信中',
      answered: '回答済み',
      revoked: '取り消し済み',
    },
    answerRead: '回答は既読',
    ended: '終了',
    listTitle: 'リクエスト',
    listHint:
      'このブラウザで作成したリクエストです。ここに保存されるのは状態だけで、回答を読むためのオーナーリンクは保存されません。',
    untitled: '無題のリクエスト',
    from: (who: string) => `依頼先：${who}`,
    asked: (date: string) => `${date}に依頼`,
    revokeEntry: (label: string) => `リクエストを取り消す：${label || '無題のリクエスト'}`,
    received: '受信済み',
    receivedLine: <T>(credential: T, status: string) => ['☐ ', credential, `をローテーション（受信済み、${status}）`],
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
  auth: {
    signIn: 'サインイン',
    signOut: 'サインアウト',
    signedInAs: (user: string) => `${user}としてサインイン中`,
    settings: 'APIトークン',
    checking: 'サインイン状態を確認しています…',
    requiredTitle: '共有するにはサインインしてください',
    requiredOidc:
      'このサーバーでは、サインインした社員だけがリンクを作成できます。リンクを開くのにアカウントは必要ありません。',
    requiredProxy:
      'このサーバーでは、サインインした社員だけがリンクを作成できます。会社のサインインページから、このページを開いてください。' +
      'リンクを開くのにアカウントは必要ありません。',
    unavailable: 'サインインしているかどうかを確認できませんでした。ページを再読み込みして、もう一度お試しください。',
    pageTitle: 'サインイン',
    errors: {
      provider: 'サインインサービスに現在接続できません。失われたものはありません。数分後にもう一度お試しください。',
      denied: 'このアカウントには、ここでリンクを作成する権限がありません。管理者にアクセス権を依頼してください。',
      failed: 'サインインが完了しませんでした（時間がかかりすぎた可能性があります）。もう一度お試しください。',
    },
    tryAgain: '再試行',
    tokensTitle: '個人用APIトークン',
    tokensIntro:
      'トークンを使うと、handoffコマンドラインや自動化処理が、ご自身としてリンクを作成できます。トークンが表示されるのは一度だけで、' +
      'サーバーはそのハッシュしか保存しません。不要になったトークンはすぐに取り消してください。',
    tokenName: 'トークン名',
    tokenNamePlaceholder: 'デプロイパイプライン',
    createToken: 'トークンを作成',
    newTokenTitle: '新しいトークン',
    newTokenHint: '今すぐコピーしてください。再表示はされません。HANDOFF_TOKENとして、または--token-fileで使用します。',
    noTokens: 'トークンはまだありません。',
    created: (when: string) => `作成：${when}`,
    lastUsed: (when: string | null) => (when ? `最終使用：${when}` : '未使用'),
    revoke: '取り消す',
    revoked: 'トークンを取り消しました。',
    failed: 'うまくいきませんでした。もう一度お試しください。',
    signInForTokens: 'APIトークンを管理するにはサインインしてください。',
  },
};
