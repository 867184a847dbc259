import type { SenderMessages } from './en';
import { DETECTION_STRINGS_AR } from '../detect/ar';

/*
 * The Arabic catalogue, in Modern Standard Arabic. Buttons and labels are verbal
 * nouns (نسخ، إنشاء، كشف); instructions use the second-person imperative, as
 * Arabic software does. "سر" for secret, "رابط" for link, "فتح" for opening,
 * "كشف" for reveal, "رابط الإدارة" for the manage link, "روابطي" for My links,
 * "طلب" / "إجابة" for request / answer, "إبطال" for revoke, "تدوير" for rotate,
 * "المرسل" / "المستلم" for sender / recipient, "كلمة المرور" for password.
 *
 * Numbers: Western digits (0-9) throughout, through `ar-u-nu-latn`. Node 20 and
 * Chromium already format plain `ar` that way (1,234), but a regional tag such
 * as `ar-EG` gives Arabic-Indic digits (١٬٢٣٤); pinning the numbering system
 * keeps server and browser identical and matches the ASCII codes, keys and link
 * ids shown next to the numbers, which are never formatted.
 *
 * Values that read left to right, or may (hosts, codes, file names, labels the
 * user typed), are wrapped in Unicode isolates so that they cannot reorder the
 * Arabic sentence around them: the text equivalent of <bdi>.
 */

const number = (n: number) => n.toLocaleString('ar-u-nu-latn');
const percentFormat = new Intl.NumberFormat('ar-u-nu-latn', { style: 'percent' });
const percentOf = (n: number) => percentFormat.format(n / 100);
/** A value that may be in either direction (first strong isolate). */
const isolate = (s: string) => `\u2068${s}\u2069`;
/** A value that always reads left to right: a host, a code, a path, a flag. */
const ltr = (s: string) => `\u2066${s}\u2069`;

/** Arabic counts in six forms (zero, one, two, few 3-10, many 11-99, other); `#` is the number. */
type PluralForms = Record<Intl.LDMLPluralRule, string>;
const pluralRules = new Intl.PluralRules('ar');
const plural = (n: number, forms: PluralForms) => forms[pluralRules.select(n)].replace('#', number(n));
const files = (n: number) =>
  plural(n, { zero: '# ملف', one: 'ملف واحد', two: 'ملفان', few: '# ملفات', many: '# ملفًا', other: '# ملف' });

const times = (n: number) =>
  plural(n, { zero: '# مرة', one: 'مرة واحدة', two: 'مرتين', few: '# مرات', many: '# مرة', other: '# مرة' });
/** The dual changes with the case: nominative "حرفان", otherwise "حرفين". */
const characters = (n: number, two: string) =>
  plural(n, { zero: '# حرف', one: 'حرف واحد', two, few: '# أحرف', many: '# حرفًا', other: '# حرف' });
const links = (n: number, two: string) =>
  plural(n, { zero: '# رابط', one: 'رابط واحد', two, few: '# روابط', many: '# رابطًا', other: '# رابط' });
const durations = {
  300: '5 دقائق',
  3600: 'ساعة واحدة',
  86400: 'يوم واحد',
  604800: '7 أيام',
  2592000: '30 يومًا',
};

export const sender: SenderMessages = {
  detect: DETECTION_STRINGS_AR,
  home: {
    title: 'شارك سرًا مرة واحدة',
    intro: 'يشفّره متصفحك قبل إرسال أي شيء. يفتحه الرابط عددًا محددًا من المرات، ثم يختفي إلى الأبد.',
  },
  create: {
    secretLabel: 'السر',
    secretPlaceholder: 'sk_live_…، أو عنوان URL لقاعدة بيانات، أو ملف .env كامل',
    secretHint: 'يُشفَّر في هذا المتصفح قبل إرساله. لا يُخزَّن أبدًا دون تشفير.',
    tooLarge: (bytes: number, limit: number) => `حجمه كبير جدًا: ${number(bytes)} بايت؛ والحد الأقصى ${number(limit)}.`,
    expiresLabel: 'تنتهي صلاحيته بعد',
    ttl: durations,
    viewsLabel: 'يمكن فتحه',
    views: (n: number) => (n === 1 ? 'مرة واحدة (موصى به)' : times(n)),
    submit: 'إنشاء رابط سري',
    encrypting: 'جارٍ التشفير…',
    protecting: (percent: number) => `جارٍ الحماية بكلمة المرور… ${percentOf(percent)}`,
    errors: {
      network: 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.',
      rateLimited: 'أُنشئ عدد كبير جدًا من الأسرار من هنا للتو. انتظر دقيقة وحاول مرة أخرى.',
      tooLarge: 'هذا السر أكبر من أن تتم مشاركته.',
      unavailable: 'الخدمة غير متاحة مؤقتًا. حاول مرة أخرى بعد قليل.',
      failed: 'تعذّر إنشاء السر. حاول مرة أخرى.',
      encryptionFailed: 'لم يتمكن متصفحك من تشفير هذا السر. لم يُرسل أي شيء.',
    },
  },
  password: {
    label: 'كلمة المرور',
    optional: '(اختياري)',
    show: 'إظهار',
    hide: 'إخفاء',
    generate: 'توليد',
    weak: 'ضعيفة: يسهل تخمينها إذا تسرّب الرابط.',
    fair: 'مقبولة.',
    strong: 'قوية.',
    advice:
      'أرسِل كلمة المرور عبر قناة غير التي ترسل بها الرابط: مكالمة أو رسالة SMS أو Signal. كلمة المرور الخاطئة لا تستهلك الرابط أبدًا.',
  },
  record: {
    summary: 'احتفظ بملاحظة خاصة في هذا المتصفح (اختياري)',
    intro: <T>(myLinks: T) => [
      'تُحفظ فقط في ',
      myLinks,
      ' في هذا المتصفح، ولا تُرسل إلى الخادم أبدًا، لتتابع ما شاركته وتدوّره عند انتهاء العمل.',
    ],
    myLinks: 'روابطي',
    label: 'التسمية',
    labelPlaceholder: 'مفتاح Stripe مقيَّد لشركة Acme',
    recipient: 'المستلم',
    recipientPlaceholder: 'دانة (متعاقدة)',
    rotateBy: 'التدوير قبل',
  },
  result: {
    title: 'رابطك السري جاهز',
    link: 'الرابط',
    copyLink: 'نسخ الرابط',
    showQr: 'إظهار رمز QR',
    hideQr: 'إخفاء رمز QR',
    qrLabel: 'رمز QR للرابط السري',
    qrHint: 'رُسم في هذا المتصفح. امسحه بالهاتف الذي سيفتح السر.',
    opensAndExpires: (views: number, date: string) => `يُفتح ${times(views)}، وتنتهي صلاحيته في ${date}.`,
    sendWithPassword:
      'أرسِل الرابط عبر قناة (دردشة، بريد إلكتروني) وكلمة المرور عبر قناة أخرى (مكالمة أو SMS أو Signal). لا تضعهما معًا في رسالة واحدة أبدًا.',
    sendWithoutPassword:
      'أرسِل هذا الرابط عبر قناة واحدة (دردشة، بريد إلكتروني). لا حاجة إلى أي شيء آخر: المفتاح داخل الرابط، لذا يستطيع أي شخص لديه الرابط فتحه، وبمجرد فتحه يختفي.',
    manageLink: 'رابط الإدارة (احتفظ به لنفسك)',
    copyManageLink: 'نسخ',
    manageHint: 'يُظهر رابط الإدارة ما إذا كان السر قد فُتح ومتى، ويتيح لك إبطاله. لا يستطيع قراءة السر.',
    savedIn: <T>(myLinks: T) => [' وهو محفوظ أيضًا في ', myLinks, ' في هذا المتصفح.'],
    myLinks: 'روابطي',
    shareAnother: 'مشاركة سر آخر',
  },
  manage: {
    loading: 'جارٍ تحميل الإيصال…',
    invalidTitle: 'رابط الإدارة هذا غير مكتمل',
    invalidBody: 'انسخ رابط الإدارة كاملًا كما احتفظت به عند المشاركة.',
    missingTitle: 'لا يوجد إيصال لهذا الرابط',
    missingBody: 'تُحفظ الإيصالات مدة بعد انتهاء السر، ثم تُحذف. هذا الإيصال لم يعد موجودًا، أو أن الرابط خاطئ.',
    unavailable: 'الخدمة غير متاحة مؤقتًا. تعيد هذه الصفحة المحاولة تلقائيًا.',
    title: 'سرك المشارَك',
    opened: 'فُتح',
    viewsUsed: (used: number, max: number) => `${number(used)} من ${number(max)}`,
    view: (n: number) => `الفتح رقم ${number(n)}`,
    created: 'أُنشئ',
    expires: 'تنتهي الصلاحية',
    wouldHaveExpired: 'كانت ستنتهي صلاحيته',
    ended: 'انتهى',
    wrongPasswords: 'كلمات مرور خاطئة',
    refreshes: 'تتحدّث هذه الصفحة تلقائيًا. رابط الإدارة لا يستطيع قراءة السر.',
    revoke: 'إبطال الآن',
    revokeFailed: 'تعذّر الإبطال. حاول مرة أخرى.',
    confirmGroup: 'تأكيد الإبطال',
    confirmQuestion: 'هل تريد إتلاف هذا السر الآن؟ سيتوقف الرابط عن العمل لدى الجميع.',
    confirm: 'نعم، أتلِفه',
    cancel: 'إلغاء',
  },
  states: {
    active: 'في الانتظار',
    viewed: 'فُتح',
    expired: 'انتهت صلاحيته',
    revoked: 'أُبطل',
    locked: 'أُتلف بعد كلمات مرور خاطئة',
  },
  history: {
    title: 'روابطي المشارَكة',
    localOnly:
      'هذه القائمة موجودة في هذا المتصفح فقط ولا تُرسل إلى الخادم أبدًا. مسح بيانات المتصفح يُفقدها: صدِّرها للاحتفاظ بسجل. إنها تحوي روابط الإدارة (الحالة والإبطال)، ولا تحوي أبدًا سرًا أو مفتاحه.',
    filter: 'التصفية حسب التسمية أو المستلم',
    exportCsv: 'تصدير CSV',
    exportJson: 'تصدير JSON',
    empty: 'لا شيء هنا بعد.',
    list: 'الروابط المشارَكة',
    untitled: 'سر بلا تسمية',
    forRecipient: (recipient: string) => `إلى ${isolate(recipient)}`,
    shared: (date: string) => `شُورك في ${date}`,
    opened: (used: number, max: number) => `فُتح ${number(used)} من ${number(max)}`,
    rotateBy: (date: string) => `التدوير قبل ${date}`,
    checking: 'جارٍ التحقق…',
    receiptDeleted: 'حُذف الإيصال',
    unavailable: 'غير متاح',
    manage: 'إدارة',
    manageEntry: (label: string) => `إدارة ${label ? isolate(label) : 'سر بلا تسمية'}`,
    forget: 'نسيان',
  },
  offboarding: {
    title: 'إنهاء التعاقد',
    intro: 'عند انتهاء التعاقد، دوِّر كل بيانات اعتماد شاركتها مع ذلك الشخص.',
    recipient: 'المستلم',
    choose: 'اختر…',
    checklist: 'قائمة التحقق',
    rotate: <T>(credential: T, status: string, rotateBy: string | null) => [
      '☐ تدوير ',
      credential,
      ` (${status})${rotateBy ? `، قبل ${rotateBy}` : ''}`,
    ],
    status: {
      opened: 'فُتح',
      active: 'نشط',
      viewed: 'عُرض',
      expired: 'منتهي الصلاحية',
      revoked: 'مُبطَل',
      locked: 'مُقفَل',
      unknown: 'غير معروف',
    },
    exportRecord: 'تصدير السجل (Markdown)',
  },
  myLinks: {
    untitled: (date: string) => `سر شُورك في ${date}`,
    forgetEntry: (title: string) => `نسيان ${isolate(title)}`,
    forgotten: (title: string) =>
      `نُسي «${isolate(title)}». رابط إدارته، وهو الوسيلة الوحيدة لمعرفة ما إذا فُتح ولإبطاله، لم يعد في هذا المتصفح.`,
    undo: 'تراجع',
    undoFor: (n: number) => `تراجع (${number(n)} ث)`,
    restored: (title: string) => `عاد «${isolate(title)}» إلى قائمتك.`,
    edit: 'تعديل',
    editEntry: (title: string) => `تعديل ملاحظات ${isolate(title)}`,
    editHeading: (title: string) => `ملاحظات ${isolate(title)}`,
    save: 'حفظ',
    cancel: 'إلغاء',
    saved: (title: string) => `حُفظت ملاحظات ${isolate(title)}.`,
    saveFailed: 'رفض هذا المتصفح تخزين التغيير.',
    rotateBy: (date: string) => `التدوير قبل ${date}`,
    overdue: 'متأخر',
    noRecipient: 'لم يُسمَّ مستلم',
    rotated: (title: string) => `دُوِّر: ${isolate(title)}`,
    rotateItem: 'تدوير',
    rotateByItem: (date: string) => `قبل ${date}`,
    progress: (done: number, total: number) => `دُوِّر ${number(done)} من ${number(total)}`,
    revokeAll: (n: number) => `إبطال كل ما زال في الانتظار (${number(n)})`,
    revokeAllQuestion: (n: number, recipient: string) =>
      n === 1
        ? `هل تريد إبطال الرابط الوحيد الذي ما زال ينتظر ${isolate(recipient)}؟ سيتوقف عن العمل لدى الجميع فورًا.`
        : `هل تريد إبطال كل الروابط التي ما زالت تنتظر ${isolate(recipient)} (${number(n)})؟ ستتوقف عن العمل لدى الجميع دفعة واحدة.`,
    revokeAllConfirm: (n: number) => `نعم، أبطِلها (${number(n)})`,
    revokeAllDone: (n: number) => `أُبطل ${links(n, 'رابطان')}.`,
    revokeAllFailed: (n: number) => `تعذّر إبطال ${links(n, 'رابطين')}. حاول مرة أخرى.`,
    revokeAllGroup: 'تأكيد الإبطال',
  },
  manageGuard: {
    subtitle: 'سرك المشارَك',
    unnamed: 'سر مشارَك',
    notInListTitle: 'هذا رابط الإدارة الخاص بالمرسل',
    notInListBody: `ليس موجودًا في قائمة الروابط المشارَكة في هذا المتصفح. إن أرسله إليك أحدهم، فهو الرابط الخطأ: اطلب منه الرابط السري (يحتوي على ${ltr('/s#')}). هذه الصفحة لا تستطيع إظهار السر، بل يمكنها فقط إتلافه لدى الجميع.`,
    iAmSender: 'أنا من شارك هذا السر: دعني أُبطله',
    receipt: 'الإيصال',
    actions: 'الإجراءات',
    revoked: 'أُبطل. لم يعد الرابط يُفتح لأي أحد.',
    aboutTitle: 'حول هذه الصفحة',
    about:
      'يجب ألا يملك رابط الإدارة هذا أحدٌ غيرك. يُظهر ما إذا كان السر قد فُتح ويتيح لك إتلافه؛ لكنه لا يستطيع قراءة السر.',
  },
  cli: {
    title: 'سطر الأوامر',
    intro:
      'افتح رابطًا في الطرفية بدلًا من المتصفح. أداة سطر الأوامر في Handoff ملف واحد يعمل على Node.js 20 أو أحدث: لا شيء يحتاج إلى تثبيت، وهي تفك التشفير على حاسوبك، تمامًا كما يفعل المتصفح.',
    openHeading: 'نزِّلها وافتح رابطًا',
    openHelp: `شغِّل هذا في الطرفية، في مجلد من اختيارك، مع وضع الرابط الذي تلقيته مكان ${ltr('LINK')}:`,
    command: 'الأمر',
    copyCommand: 'نسخ الأمر',
    historyHint: <T>(dash: T) => [
      'تحتفظ الصدفة بالأوامر في سجلها. لإبقاء الرابط خارجه، اكتب ',
      dash,
      ` مكانه، ثم الصق الرابط واضغط ${ltr('Enter')} ثم ${ltr('Ctrl\u2011D')}.`,
    ],
    moreHelp: <T>(help: T) => ['ويمكنها أيضًا إرسال الأسرار ومتابعتها: ', help, ' يعرض كل الأوامر.'],
    checkHeading: 'تحقّق من الملف',
    checkHelp: 'بصمة SHA-256 للملف الذي يقدّمه هذا الخادم:',
    hashLabel: `بصمة SHA-256 للملف ${ltr('handoff.mjs')}`,
    checkHow: `دع حاسوبك يقارنها بالملف (السطر الأول على Linux، والثاني على macOS)؛ يطبع «${ltr('handoff.mjs: OK')}» عند التطابق:`,
    checkWindows: <T>(command: T) => ['على Windows (PowerShell) يطبعها ', command, ' بأحرف كبيرة.'],
    honest:
      'يكشف هذا الفحص التنزيل التالف أو غير المكتمل. لكنه لا يكشف خادمًا غير أمين: فالخادم الذي غيّر الملف يستطيع تغيير هذه الصفحة أيضًا. إن كانت مؤسستك تنشر البصمة في مكان آخر، فقارن بتلك النسخة.',
    notBuilt: 'أداة سطر الأوامر غير متاحة على هذا الخادم.',
  },
  policy: {
    required: '(مطلوبة في هذه الخدمة)',
    passwordRequired: 'تشترط هذه الخدمة كلمة مرور لكل سر.',
    tooShort: (min: number) => `يجب ألا تقل كلمة المرور عن ${characters(min, 'حرفين')} في هذه الخدمة.`,
    minLength: (min: number) => `${characters(min, 'حرفان')} على الأقل.`,
    violation: 'سياسة هذه الخدمة لا تسمح بهذا الاختيار. أعِد تحميل الصفحة لترى ما تسمح به.',
  },
  sender: {
    textTooLarge: (size: string, limit: string) => `حجمه كبير جدًا: ${size}؛ والحد الأقصى ${limit}.`,
    resultAnnouncement: (views: number, date: string) =>
      `رابطك السري جاهز. يُفتح ${times(views)} وتنتهي صلاحيته في ${date}.`,
    shareLinkHint: 'أرسِل هذا الرابط إلى المستلم.',
    share: 'مشاركة',
    shareFailed: 'تعذّرت المشاركة: انسخ الرابط بدلًا من ذلك',
    passwordTitle: 'كلمة المرور',
    passwordLabel: 'كلمة المرور لهذا الرابط',
    showPassword: 'إظهار',
    hidePassword: 'إخفاء',
    copyPassword: 'نسخ كلمة المرور',
    passwordReminder:
      'أرسِل كلمة المرور عبر قناة غير التي ترسل بها الرابط (مكالمة أو SMS أو Signal). لا تظهر إلا هنا، إلى أن تغادر هذه الصفحة: فهي ليست في الرابط، ولا في «روابطي»، ولم تُرسل إلى الخادم قط.',
    forYouOnly: 'لك وحدك',
    copyManageLink: 'نسخ رابط الإدارة',
    manageTitle: 'رابط الإدارة الخاص بك',
    showDetails: 'إظهار التفاصيل',
    hideDetails: 'إخفاء التفاصيل',
  },
  notify: {
    toggle: 'أعلِمني عند فتحه',
    destinationLabel: 'عنوان البريد الإلكتروني أو عنوان URL لـ Webhook',
    hint: 'لا نرسل إلا مرجعًا قصيرًا والحدث ووقته: لا الرابط ولا المحتوى أبدًا. لا يقبل هذا الخادم إلا العناوين ومضيفي Webhook الذين يسمح بهم مشغّله.',
    reference: (ref: string) => `المرجع: ${ltr(ref)}`,
    referenceHint: 'تحمل الإشعارات الخاصة بهذا الرابط هذا المرجع.',
    alertsOn: 'نبِّهني هنا',
    alertsEnabled: 'التنبيهات مفعّلة: ستخبرك هذه الصفحة عندما يتغير الرابط، ما دامت مفتوحة.',
    alertsBlocked: 'لا يسمح هذا المتصفح بالإشعارات لهذا الموقع.',
    refused: 'لا يرسل هذا الخادم إشعارات إلى هذا العنوان أو المضيف. تحقّق منه، أو ألغِ تحديد المربع.',
    alertTitle: 'Handoff',
    alertBody: (label: string, state: string) => `${label || 'رابطك'}: ${state}`,
    toggleAnswered: 'أعلِمني عند الإجابة عنه أو انتهاء مدته دون إجابة',
    historyAlertsOn: 'نبِّهني هنا عندما يتغير أحد الروابط',
    historyAlertsEnabled: 'التنبيهات مفعّلة: ستخبرك هذه الصفحة عندما يتغير أحد هذه الروابط، ما دامت مفتوحة.',
  },
  request: {
    title: 'طلب سر',
    intro:
      'اطلب من شخص ما كلمة مرور أو مفتاح API أو ملفًا. يجيب عبر رابط؛ ويشفّر متصفحه الإجابة بحيث لا يفتحها أحد غيرك، ولا حتى الخادم.',
    noteLabel: 'ملاحظة للشخص الذي تطلب منه',
    notePlaceholder: 'أرسِل من فضلك كلمة مرور قاعدة بيانات staging لمشروع Falcon.',
    noteHint: 'تُشفَّر في هذا المتصفح؛ لا يقرؤها إلا من لديه رابط الطلب.',
    noteTooLong: (bytes: number, limit: number) => `طويلة جدًا: ${number(bytes)} بايت؛ والحد الأقصى ${number(limit)}.`,
    openLabel: 'يبقى الطلب مفتوحًا لمدة',
    keepLabel: 'الاحتفاظ بالإجابة لمدة',
    viewsLabel: 'يمكن فتح الإجابة',
    duration: durations,
    keepSummary: 'احتفظ بملاحظة خاصة في هذا المتصفح (اختياري)',
    keepIntro: 'تُحفظ فقط في «روابطي» في هذا المتصفح، مع حالة الطلب؛ ولا يُحفظ رابط المالك أبدًا.',
    labelLabel: 'التسمية',
    labelPlaceholder: 'كلمة مرور قاعدة بيانات staging، مشروع Falcon',
    fromLabel: 'مطلوب من',
    fromPlaceholder: 'دانة (متعاقدة)',
    submit: 'إنشاء الطلب',
    creating: 'جارٍ الإنشاء…',
    errors: {
      network: 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.',
      rateLimited: 'أُنشئ عدد كبير جدًا من الطلبات من هنا للتو. انتظر دقيقة وحاول مرة أخرى.',
      unavailable: 'الخدمة غير متاحة مؤقتًا. حاول مرة أخرى بعد قليل.',
      failed: 'تعذّر إنشاء الطلب. حاول مرة أخرى.',
      encryptionFailed: 'لم يتمكن متصفحك من تشفير الملاحظة. لم يُرسل أي شيء.',
    },
    createdTitle: 'طلبك جاهز',
    requestLink: 'رابط الطلب: أرسِله إلى الشخص الذي تطلب منه',
    copyRequestLink: 'نسخ رابط الطلب',
    openUntil: (date: string) => `يقبل الطلب إجابة واحدة حتى ${date}.`,
    ownerLink: 'رابط المالك: احتفظ به لنفسك',
    copyOwnerLink: 'نسخ رابط المالك',
    saveOwnerLink: 'حفظ كملف',
    ownerWarning:
      'رابط المالك وحده يفتح الإجابة. وهو غير محفوظ في أي مكان، ولا حتى في هذا المتصفح: انسخه إلى مدير كلمات المرور أو احفظه كملف الآن. دونه لا يمكن قراءة الإجابة.',
    ownerFile: (link: string, date: string) =>
      `رابط المالك في Handoff: يفتح الإجابة عن طلبك. احتفظ به سرًا.\n\n${link}\n\nيقبل الطلب إجابة حتى ${date}.\n`,
    savedInMyLinks: <T>(myLinks: T) => ['تُحفظ حالة الطلب (لا رابط المالك) أيضًا في ', myLinks, '.'],
    myLinks: 'روابطي',
    another: 'طلب سر آخر',
    checking: 'جارٍ التحقق من الطلب…',
    askedTitle: 'يطلب منك أحدهم سرًا',
    noteFrom: 'ملاحظته',
    noNote: 'لم تُكتب أي ملاحظة.',
    origin: (origin: string) => `تذهب إجابتك إلى ${ltr(origin)}، مشفَّرةً في هذا المتصفح بحيث لا يقرؤها إلا صاحب الطلب.`,
    openUntilResponder: (date: string) => `يقبل الطلب إجابة واحدة حتى ${date}.`,
    answerLabel: 'إجابتك',
    answerPlaceholder: 'كلمة المرور أو المفتاح أو ملف .env المطلوب',
    answerSubmit: 'تشفير وإرسال',
    sending: 'جارٍ التشفير والإرسال…',
    answeredTitle: 'أُرسلت إجابتك',
    answeredAt: (time: string) => `أُرسلت في ${time}. لا يفتحها إلا صاحب الطلب؛ ولا يمكنك قراءتها مرة أخرى.`,
    confirmationLabel: 'رمز التأكيد',
    confirmationHint:
      'يرى صاحب الطلب الرمز نفسه عندما يفتح الإجابة. قارِنه عبر الهاتف إن أردت التأكد من أن الإجابة التي يقرؤها هي إجابتك.',
    closedTitle: 'لم يعد هذا الطلب يقبل إجابة',
    closedBody: 'سبقت الإجابة عنه أو أُبطل. اطلب من صاحب الطلب رابط طلب جديدًا إن لزم الأمر.',
    goneTitle: 'انتهت صلاحية هذا الطلب أو أنه غير موجود',
    goneBody: 'اطلب من صاحب الطلب رابط طلب جديدًا.',
    tamperedTitle: 'تعذّر التحقق من هذا الطلب',
    tamperedBody: 'ما أرسله الخادم لا يطابق هذا الرابط، لذا لم يُشفَّر أو يُرسل أي شيء. اطلب من صاحب الطلب رابط طلب جديدًا.',
    invalidTitle: 'رابط الطلب هذا غير مكتمل',
    invalidAdvice: 'انسخ الرابط كاملًا من الرسالة التي تلقيتها، أو اطلب من صاحب الطلب إرساله مرة أخرى.',
    unavailable: 'الخدمة غير متاحة مؤقتًا. ما زال رابطك صالحًا: أعِد تحميل هذه الصفحة بعد قليل.',
    answerErrors: {
      network: 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.',
      rateLimited: 'أُرسل عدد كبير جدًا من الإجابات من هنا للتو. انتظر دقيقة وحاول مرة أخرى.',
      unavailable: 'الخدمة غير متاحة مؤقتًا. حاول مرة أخرى بعد قليل.',
      failed: 'تعذّر إرسال الإجابة. حاول مرة أخرى.',
      encryptionFailed: 'لم يتمكن متصفحك من تشفير الإجابة. لم يُرسل أي شيء.',
      uploadFailed:
        'تعذّر رفع الملفات، لذا لم تُسلَّم الإجابة. حاول مرة أخرى: يُفتح الطلب من جديد بمجرد انتهاء مهلة الرفع الفاشل.',
      closed: 'سبقك أحدهم بالإجابة، أو أُبطل الطلب. لم تُقبل إجابتك.',
    },
    ownerTitle: 'طلبك',
    loadingOwner: 'جارٍ التحقق من طلبك…',
    stateLabel: 'الحالة',
    waitingBody: 'لا توجد إجابة بعد. تتحقق هذه الصفحة مرة أخرى تلقائيًا.',
    uploadingBody: 'إجابة تحوي ملفات في طريقها إليك. تتحقق هذه الصفحة مرة أخرى تلقائيًا.',
    answeredBody: (time: string) => `أُجيب في ${time}.`,
    revokedBody: 'لقد أبطلت هذا الطلب. حُذفت إجابته، إن وُجدت.',
    created: 'أُنشئ',
    openUntilLabel: 'يقبل إجابة حتى',
    reveal: 'كشف الإجابة',
    revealing: 'جارٍ الكشف…',
    revealHint: 'كشف الإجابة يستهلك مرة فتح واحدة منها؛ وبعد آخر مرة تُحذف من الخادم.',
    confirmationSeen: (code: string) => `رمز التأكيد: ${ltr(code)}. رأى الشخص الذي أجاب الرمز نفسه.`,
    ownerGoneTitle: 'سبقت قراءة هذه الإجابة أو انتهت صلاحيتها',
    ownerGoneBody:
      'لم يعد الطلب وإجابته موجودين على الخادم: قُرئت حتى آخر مرة فتح، أو أُبطلت، أو انتهت صلاحيتها. إن لم تقرأها بنفسك، فربما قرأها شخص آخر لديه رابط المالك.',
    ownerInvalidTitle: 'رابط المالك هذا غير مكتمل',
    ownerInvalidBody: 'استخدم رابط المالك كاملًا كما احتفظت به (أو الملف الذي حفظته) عند إنشاء الطلب.',
    undecryptable: 'تعذّر فك تشفير الإجابة: لم تُختم لهذا الطلب. استُهلكت مرة فتحها؛ اطلب السر مرة أخرى.',
    revealFailed: 'تعذّر كشف الإجابة. حاول مرة أخرى.',
    revoke: 'إبطال الطلب',
    revokeQuestion: 'هل تريد إغلاق هذا الطلب وحذف إجابته، إن وُجدت؟ لن يتمكن أحد من الإجابة عنه أو قراءتها بعد ذلك.',
    revokeConfirm: 'نعم، أبطِله',
    revokeCancel: 'إلغاء',
    revokeGroup: 'تأكيد إبطال الطلب',
    revokeFailed: 'تعذّر الإبطال. حاول مرة أخرى.',
    states: {
      open: 'في انتظار إجابة',
      uploading: 'الإجابة في الطريق',
      answered: 'أُجيب',
      revoked: 'أُبطل',
    },
    answerRead: 'قُرئت الإجابة',
    ended: 'انتهى',
    listTitle: 'الطلبات',
    listHint: 'الطلبات التي أنشأتها في هذا المتصفح. لا تُحفظ هنا إلا الحالة؛ أما رابط المالك الذي يقرأ الإجابة فلا.',
    untitled: 'طلب بلا تسمية',
    from: (who: string) => `من ${isolate(who)}`,
    asked: (date: string) => `طُلب في ${date}`,
    revokeEntry: (label: string) => `إبطال الطلب: ${label ? isolate(label) : 'طلب بلا تسمية'}`,
    received: 'مُستلَم',
    receivedLine: <T>(credential: T, status: string) => ['☐ تدوير ', credential, `، مُستلَم (${status})`],
  },
  auth: {
    signIn: 'تسجيل الدخول',
    signOut: 'تسجيل الخروج',
    signedInAs: (user: string) => `مسجَّل الدخول باسم ${isolate(user)}`,
    settings: 'رموز API',
    checking: 'جارٍ التحقق من هويتك…',
    requiredTitle: 'سجِّل الدخول للمشاركة',
    requiredOidc:
      'على هذا الخادم، لا يستطيع إنشاء الروابط إلا الموظفون المسجَّلو الدخول. فتح الرابط لا يحتاج إلى حساب أبدًا.',
    requiredProxy:
      'على هذا الخادم، لا يستطيع إنشاء الروابط إلا الموظفون المسجَّلو الدخول. افتح هذه الصفحة عبر صفحة تسجيل الدخول ' +
      'الخاصة بشركتك. فتح الرابط لا يحتاج إلى حساب أبدًا.',
    unavailable: 'تعذّر التحقق مما إذا كنت مسجَّل الدخول. أعِد تحميل الصفحة للمحاولة مرة أخرى.',
    pageTitle: 'تسجيل الدخول',
    errors: {
      provider: 'لا يمكن الوصول إلى خدمة تسجيل الدخول الآن. لم يضِع شيء: حاول مرة أخرى بعد بضع دقائق.',
      denied: 'لا يحق لهذا الحساب إنشاء روابط هنا. اطلب الوصول من المسؤول.',
      failed: 'لم يكتمل تسجيل الدخول (ربما استغرق وقتًا طويلًا). حاول مرة أخرى من فضلك.',
    },
    tryAgain: 'حاول مرة أخرى',
    tokensTitle: 'رموز API الشخصية',
    tokensIntro:
      'تتيح الرموز لأداة سطر الأوامر handoff ولعمليات الأتمتة لديك إنشاء روابط باسمك. يظهر الرمز مرة واحدة فقط؛ ' +
      'ولا يحتفظ الخادم إلا ببصمة (hash) منه. أبطِل الرمز بمجرد أن تستغني عنه.',
    tokenName: 'اسم الرمز',
    tokenNamePlaceholder: 'مسار النشر',
    createToken: 'إنشاء رمز',
    newTokenTitle: 'رمزك الجديد',
    newTokenHint: `انسخه الآن: لن يظهر مرة أخرى. استخدمه كـ ${ltr('HANDOFF_TOKEN')} أو مع ${ltr('--token-file')}.`,
    noTokens: 'لا توجد رموز بعد.',
    created: (when: string) => `أُنشئ في ${when}`,
    lastUsed: (when: string | null) => (when ? `آخر استخدام ${when}` : 'لم يُستخدم قط'),
    revoke: 'إبطال',
    revoked: 'أُبطل الرمز.',
    failed: 'لم ينجح ذلك. حاول مرة أخرى من فضلك.',
    signInForTokens: 'سجِّل الدخول لإدارة رموز API الخاصة بك.',
  },
  pages: {
    noscriptTitle: 'يحتاج Handoff إلى JavaScript',
    noscriptBody:
      'تُشفَّر الأسرار ويُفك تشفيرها في متصفحك، فلا يراها الخادم أبدًا. دون JavaScript لا يمكن تشفير أي شيء أو كشفه، وفتح الرابط لا يستهلك شيئًا. فعِّل JavaScript لهذا الموقع وأعِد التحميل.',
    notFoundTitle: 'الصفحة غير موجودة',
    notFoundBody: `لا يوجد شيء على هذا العنوان. الرابط السري يبدو هكذا ${ltr('…/s#…')} ورابط الإدارة هكذا ${ltr('…/m#…')}: تحقّق من أنك نسخت الرابط كاملًا.`,
    notFoundHome: 'مشاركة سر',
    notFoundHistory: 'روابطي',
  },
  upload: {
    label: 'الملفات',
    optional: '(اختياري)',
    choose: 'إضافة ملفات',
    drop: 'أو أفلِتها هنا',
    limit: (limit: string, count: number) => `الحد الأقصى ${files(count)} بحجم إجمالي ${limit}. تُشفَّر في هذا المتصفح.`,
    remove: (name: string) => `إزالة ${isolate(name)}`,
    total: (size: string) => `الإجمالي: ${size}`,
    tooLarge: (size: string, limit: string) =>
      `يبلغ مجموع هذه الملفات ${size}، وهذا يتجاوز الحد البالغ ${limit}. أزِل بعضها؛ لم يُرفع أي شيء.`,
    tooMany: (count: number) => `الحد الأقصى ${files(count)} لكل سر. لم يُرفع أي شيء.`,
    uploading: (percent: number) => `جارٍ التشفير والرفع… ${percentOf(percent)}`,
    cancel: 'إلغاء الرفع',
    cancelled: 'أُلغي الرفع. لم تتم مشاركة أي شيء، وجارٍ حذف ما رُفع.',
    uploadsPaused: 'مساحة التخزين توشك أن تمتلئ، لذا أُوقف رفع الملفات مؤقتًا. ما زالت الأسرار النصية تعمل.',
    incomplete: 'لم يكتمل الرفع. حاول مرة أخرى.',
    changed: 'تغيّر ملف أو تعذّرت قراءته أثناء رفعه. لم تتم مشاركة أي شيء. حاول مرة أخرى.',
  },
};
