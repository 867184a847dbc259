import type { CoreMessages } from './en';
import { number, times } from '../helpers/zh-hans';

/*
 * The Simplified Chinese catalogue. Formal 您 throughout, a half-width space between Chinese and Latin text or
 * digits; 机密 for secret, 打开 for opening a link, 查看 for a view, 显示 for reveal, 管理链接, 我的链接, 请求,
 * 回复 for an answer, 撤销 for revoke, 轮换 for rotate, 发送者/接收者, 请求者, 所有者链接, 回执 for a receipt.
 */

const UNCERTAIN = '因此无法确定这次查看是否已被消耗。请重试；如果链接随后显示已被打开，请向发送者索取新的链接。';

export const core: CoreMessages = {
  header: {
    navigation: '主菜单',
    share: '分享',
    myLinks: '我的链接',
    request: '请求',
  },
  footer: {
    keyStaysInLink:
      '每个机密的密钥都位于链接中 # 之后的部分，浏览器从不会把这部分发送给服务器。服务器只保存密文，并在最后一次允许的查看之后将其删除。',
    cli: '命令行',
  },
  language: {
    label: '语言',
  },
  copy: {
    copy: '复制',
    copied: '已复制',
    failed: '复制失败：请手动选择并复制',
  },
  files: {
    contains: (size: string) => `其中包含文件：加密后 ${size}。`,
    downloading: (percent: number) => `正在下载并解密文件……${percent}%`,
    listTitle: '文件',
    download: (name: string) => `下载 ${name}`,
    downloadShort: '下载',
    preview: '以文本预览',
    hidePreview: '隐藏预览',
    previewLabel: (name: string) => `${name} 的内容`,
    noPreview: '此文件不是纯文本，无法预览。请直接下载。',
    typeUnknown: '未知类型',
    downloadFailed: '无法下载文件。请重试：显示机密后，下载仍会在几分钟内保持可用。',
    retry: '重新下载',
    damaged: '文件未通过完整性校验，因此未被保存。请让发送者重新分享。',
    keepNote:
      '这些文件现在只存在于此页面中。离开之前，请下载您需要的内容：它们已从服务器删除，或将在下载时限结束时删除。',
  },
  reveal: {
    checking: '正在检查链接……',
    title: '有人与您分享了一个机密',
    viewsLeft: (n: number) =>
      n === 1 ? '此机密还可查看 1 次。显示之后即被销毁。' : `此机密还可查看 ${times(n)}。最后一次查看之后即被销毁。`,
    expires: (date: string) => `它将于 ${date} 过期。`,
    password: '密码',
    passwordHint: '发送者应已通过其他方式告诉您密码。输错密码不会消耗链接的打开次数。',
    wrongPassword: (attemptsLeft: number) => `密码错误。在机密被销毁之前，您还有 ${times(attemptsLeft)}尝试机会。`,
    submit: '显示机密',
    checkingPassword: (percent: number) => `正在验证密码……${percent}%`,
    revealing: '正在显示……',
    destroyedTitle: '此机密已被销毁',
    destroyedBody: '由于尝试了太多错误密码，该机密已被永久删除。请让发送者重新分享。',
    unavailable: '服务暂时不可用。您的链接仍然有效：请稍后刷新此页面。',
    goneTitle: '此链接已被打开或已过期',
    goneBody: '请向发送者索取新的链接。通过 Handoff 分享的机密只能打开设定的次数。',
    invalidTitle: '此链接不完整',
    invalidAdvice: '请从您收到的消息中复制完整链接，或让发送者重新发送。',
    linkProblems: {
      empty: '链接缺少密钥，即 # 号之后的部分。',
      tooShort: '链接被截断了：缺少部分密钥。',
      tooLong: '链接中的密钥比应有的长度更长。',
      badCharacters: '链接中的密钥包含不应出现的字符。',
    },
    errors: {
      unavailable: '服务暂时不可用。您的链接仍然有效：请稍后重试。',
      rateLimited: '刚才来自您网络的尝试过多。请等待一分钟后重试。您的链接仍然有效。',
      outcomeUnknown: `显示过程中，服务与其存储失去了连接，${UNCERTAIN}`,
      network: `您的浏览器无法连接到服务，${UNCERTAIN}`,
      failed: '无法显示机密。请重试，或向发送者索取新的链接。',
      undecryptable: '无法解密此机密。链接可能已损坏；请向发送者索取新的链接。',
    },
  },
  revealed: {
    title: '这是您的机密',
    characters: (n: number) => `${number(n)} 个字符`,
    secret: '机密',
    secretHidden: '机密（已隐藏）',
    show: '显示',
    hide: '隐藏',
    copy: '复制机密',
    clearLater: (seconds: number) => `${seconds} 秒后清除剪贴板`,
    copyFailed: '复制失败：请显示机密后手动选择。',
    copied: '已复制。',
    copiedWillClear: (seconds: number) => `已复制。剪贴板将在 ${seconds} 秒后清除。`,
    cleared: '剪贴板已清除。',
    clearFailed: '无法清除剪贴板（此标签页当时不处于活动状态）；请您自行清除。',
    deleted: '此机密现已从服务器删除。离开此页面之前，请将其复制到安全的地方。',
    stillOpens: (n: number) => `此链接还可打开 ${times(n)}。`,
  },
  site: {
    httpsTitle: '此页面需要 HTTPS',
    httpsBody: (host: string) =>
      `您正在通过未加密的 http 访问 ${host} 上的 Handoff。浏览器只允许在 https://（或本机）上进行加密和复制到剪贴板，因此在这里创建或打开机密以及复制按钮都会失败，而且网络中的任何人都可能篡改此页面。请使用 https:// 打开，或请此服务器的管理员为其配置 HTTPS。`,
  },
  brand: {
    imprint: '运营者信息',
    privacy: '隐私',
    support: '支持',
  },
  ending: {
    badge: {
      ready: '可以打开',
      ended: '已结束',
      revealed: '已打开',
    },
    viewedTitle: '此机密已被打开',
    viewedBody: (date: string) => `所有允许的查看次数均已用完，最后一次在 ${date}。该机密已从服务器删除。`,
    expiredTitle: '此链接已过期',
    expiredBody: (date: string) => `没有人及时打开它：它已于 ${date} 过期，并在未被读取的情况下被删除。`,
    revokedTitle: '发送者已撤回此机密',
    revokedBody: (date: string) => `发送者在 ${date} 删除了它，当时它尚未被最后一次打开。`,
    lockedTitle: '此机密因密码错误已被销毁',
    lockedBody: (date: string) => `尝试了太多错误密码；它已于 ${date} 被删除。`,
    unknownTitle: '此链接已无法打开',
    unknownBody: '它可能已被打开、已过期、已被发送者撤回，或者链接有误。对于此链接，服务器不会说明是哪一种情况。',
    tellSender: '如果不是您自己打开的，请告知发送者：可能有其他人看到了该机密，应当更换它。',
    nextTitle: '接下来怎么做',
    nextAsk: '请发送者用新的链接重新分享。',
    nextNoReply: '不要在回复中包含该机密或其任何部分。',
    revisitedTitle: '您已在此标签页中显示过此机密',
    revisitedBody: (n: number) =>
      `显示机密时，密钥已从地址栏中移除，因此此页面无法再次显示它。此链接还可打开 ${times(n)}：请重新打开您收到的完整链接以查看机密。`,
    tooLongTitle: '此链接末尾多了一些字符',
    tooLongBody:
      '某个程序（通常是聊天应用）在密钥后面添加了字符，而去掉这些字符后也没有与链接匹配的机密。请准确复制您收到的链接，或让发送者重新发送。',
    trimmed: '已删除聊天应用在密钥后面添加的字符。',
    ownLink:
      '这是您从此浏览器分享的链接（在“我的链接”中）。在这里显示会消耗它的一次查看次数：接收者之后可能会发现它已失效。',
    files: (count: number, size: string) => `${number(count)} 个文件，共 ${size}`,
    filesBefore: (size: string) => `其中包含文件，最多 ${size}。`,
  },
};
