import type { CoreMessages } from './en';
import { percentOf, isolate, ltr, plural, files, characters } from '../helpers/ar';

/*
 * The Arabic catalogue, in Modern Standard Arabic. Buttons and labels are verbal
 * nouns (نسخ، إنشاء، كشف); instructions use the second-person imperative, as
 * Arabic software does. "سر" for secret, "رابط" for link, "فتح" for opening,
 * "كشف" for reveal, "رابط الإدارة" for the manage link, "روابطي" for My links,
 * "طلب" / "إجابة" for request / answer, "إبطال" for revoke, "تدوير" for rotate,
 * "المرسل" / "المستلم" for sender / recipient, "كلمة المرور" for password.
 *
 * Numbers (Western digits) and the isolates around values that read left to
 * right: ../helpers/ar.ts.
 */

const moreTimes = (n: number) =>
  plural(n, {
    zero: '# مرة أخرى',
    one: 'مرة واحدة أخرى',
    two: 'مرتين أخريين',
    few: '# مرات أخرى',
    many: '# مرة أخرى',
    other: '# مرة أخرى',
  });
const seconds = (n: number) =>
  plural(n, { zero: '# ثانية', one: 'ثانية واحدة', two: 'ثانيتين', few: '# ثوانٍ', many: '# ثانية', other: '# ثانية' });
const UNCERTAIN =
  'لذا لا يمكننا معرفة ما إذا استُهلكت مرة الفتح هذه. حاول مرة أخرى؛ وإن ظهر أن الرابط فُتح من قبل، فاطلب من المرسل رابطًا جديدًا.';

export const core: CoreMessages = {
  header: {
    navigation: 'التنقل الرئيسي',
    share: 'مشاركة',
    myLinks: 'روابطي',
    request: 'طلب',
  },
  footer: {
    keyStaysInLink:
      'يبقى مفتاح كل سر في الرابط بعد علامة #، وهذا الجزء لا ترسله المتصفحات إلى أي خادم أبدًا. لا يحتفظ الخادم إلا بالنص المشفَّر، ويحذفه بعد آخر مرة فتح مسموح بها.',
    cli: 'سطر الأوامر',
  },
  language: {
    label: 'اللغة',
  },
  copy: {
    copy: 'نسخ',
    copied: 'تم النسخ',
    failed: 'تعذّر النسخ: حدِّد النص وانسخه',
  },
  files: {
    contains: (size: string) => `يحتوي على ملفات: ${size} بعد التشفير.`,
    downloading: (percent: number) => `جارٍ تنزيل الملفات وفك تشفيرها… ${percentOf(percent)}`,
    listTitle: 'الملفات',
    download: (name: string) => `تنزيل ${isolate(name)}`,
    downloadShort: 'تنزيل',
    preview: 'معاينة كنص',
    hidePreview: 'إخفاء المعاينة',
    previewLabel: (name: string) => `محتوى ${isolate(name)}`,
    noPreview: 'هذا الملف ليس نصًا عاديًا، لذا لا تتوفر له معاينة. نزِّله بدلًا من ذلك.',
    typeUnknown: 'نوع غير معروف',
    downloadFailed: 'تعذّر تنزيل الملفات. أعِد المحاولة: يبقى التنزيل متاحًا بضع دقائق بعد الكشف.',
    retry: 'إعادة محاولة التنزيل',
    damaged: 'لم تجتز الملفات فحص السلامة ولم تُحفظ. اطلب من المرسل مشاركتها مرة أخرى.',
    keepNote:
      'الملفات موجودة الآن في هذه الصفحة فقط. نزِّل ما تحتاجه قبل المغادرة: فقد حُذفت من الخادم أو ستُحذف عند انتهاء مهلة التنزيل.',
  },
  reveal: {
    checking: 'جارٍ التحقق من الرابط…',
    title: 'شاركك أحدهم سرًا',
    viewsLeft: (n: number) =>
      n === 1
        ? 'يمكن عرض هذا السر مرة واحدة أخرى. سيُتلف بعد أن تكشفه.'
        : `يمكن عرض هذا السر ${moreTimes(n)}. سيُتلف بعد آخر عرض.`,
    expires: (date: string) => `تنتهي صلاحيته في ${date}.`,
    password: 'كلمة المرور',
    passwordHint: 'يُفترض أن المرسل أعطاك كلمة المرور بطريقة أخرى. كلمة المرور الخاطئة لا تستهلك الرابط.',
    wrongPassword: (attemptsLeft: number) =>
      `كلمة مرور خاطئة. ${plural(attemptsLeft, {
        zero: 'لم تبقَ أي محاولة',
        one: 'بقيت محاولة واحدة',
        two: 'بقيت محاولتان',
        few: 'بقيت # محاولات',
        many: 'بقيت # محاولة',
        other: 'بقيت # محاولة',
      })} قبل أن يُتلف السر.`,
    submit: 'كشف السر',
    checkingPassword: (percent: number) => `جارٍ التحقق من كلمة المرور… ${percentOf(percent)}`,
    revealing: 'جارٍ الكشف…',
    destroyedTitle: 'أُتلف هذا السر',
    destroyedBody: 'جُرّبت كلمات مرور خاطئة كثيرة جدًا، فحُذف السر نهائيًا. اطلب من المرسل مشاركته مرة أخرى.',
    unavailable: 'الخدمة غير متاحة مؤقتًا. ما زال رابطك صالحًا: أعِد تحميل هذه الصفحة بعد قليل.',
    goneTitle: 'سبق فتح هذا الرابط أو انتهت صلاحيته',
    goneBody: 'اطلب من المرسل رابطًا جديدًا. الأسرار المشارَكة عبر Handoff لا تُفتح إلا عددًا محددًا من المرات.',
    invalidTitle: 'هذا الرابط غير مكتمل',
    invalidAdvice: 'انسخ الرابط كاملًا من الرسالة التي تلقيتها، أو اطلب من المرسل إرساله مرة أخرى.',
    linkProblems: {
      empty: 'الرابط ينقصه المفتاح، أي الجزء الذي يلي علامة #.',
      tooShort: 'الرابط مقطوع: جزء من مفتاحه مفقود.',
      tooLong: 'مفتاح الرابط أطول مما ينبغي.',
      badCharacters: 'يحتوي مفتاح الرابط على أحرف لا مكان لها فيه.',
    },
    errors: {
      unavailable: 'الخدمة غير متاحة مؤقتًا. ما زال رابطك صالحًا: حاول مرة أخرى بعد قليل.',
      rateLimited: 'محاولات كثيرة جدًا من شبكتك للتو. انتظر دقيقة وحاول مرة أخرى. ما زال رابطك صالحًا.',
      outcomeUnknown: `فقدت الخدمة الاتصال بمخزنها أثناء الكشف، ${UNCERTAIN}`,
      network: `لم يتمكن متصفحك من الوصول إلى الخدمة، ${UNCERTAIN}`,
      failed: 'تعذّر كشف السر. حاول مرة أخرى، أو اطلب من المرسل رابطًا جديدًا.',
      undecryptable: 'تعذّر فك تشفير هذا السر. ربما تلف الرابط؛ اطلب من المرسل رابطًا جديدًا.',
    },
  },
  revealed: {
    title: 'إليك السر',
    characters: (n: number) => characters(n, 'حرفان'),
    secret: 'السر',
    secretHidden: 'السر، مخفي',
    show: 'إظهار',
    hide: 'إخفاء',
    copy: 'نسخ السر',
    clearLater: (n: number) => `مسح الحافظة بعد ${seconds(n)}`,
    copyFailed: 'تعذّر النسخ: أظهِر السر وحدِّده بدلًا من ذلك.',
    copied: 'تم النسخ.',
    copiedWillClear: (n: number) => `تم النسخ. ستُمسح الحافظة بعد ${seconds(n)}.`,
    cleared: 'مُسحت الحافظة.',
    clearFailed: 'تعذّر مسح الحافظة (لم تكن علامة التبويب هذه نشطة)؛ امسحها بنفسك.',
    deleted: 'حُذف هذا السر الآن من الخادم. انسخه إلى مكان آمن قبل مغادرة هذه الصفحة.',
    stillOpens: (n: number) => `ما زال يمكن فتح هذا الرابط ${moreTimes(n)}.`,
  },
  site: {
    httpsTitle: 'هذه الصفحة تحتاج إلى HTTPS',
    httpsBody: (host: string) =>
      `فتحت Handoff عبر http غير المشفَّر على ${ltr(host)}. لا تسمح المتصفحات بالتشفير والنسخ إلى الحافظة إلا على ${ltr('https://')} (أو على هذا الحاسوب نفسه)، لذا يفشل هنا إنشاء الأسرار أو فتحها وأزرار النسخ، ويستطيع أي شخص على الشبكة تغيير هذه الصفحة. افتحها عبر ${ltr('https://')}، أو اطلب ممن يدير هذا الخادم أن يضعه خلف HTTPS.`,
  },
  brand: {
    imprint: 'بيانات الناشر',
    privacy: 'الخصوصية',
    support: 'الدعم',
  },
  ending: {
    badge: {
      ready: 'جاهز للفتح',
      ended: 'انتهى',
      revealed: 'فُتح',
    },
    viewedTitle: 'سبق فتح هذا السر',
    viewedBody: (date: string) => `استُهلكت كل مرات الفتح المسموح بها، وكانت آخرها في ${date}. حُذف السر من الخادم.`,
    expiredTitle: 'انتهت صلاحية هذا الرابط',
    expiredBody: (date: string) => `لم يفتحه أحد في الوقت المحدد: انتهت صلاحيته في ${date} وحُذف دون أن يُقرأ.`,
    revokedTitle: 'سحب المرسل هذا السر',
    revokedBody: (date: string) => `حذفه المرسل في ${date}، قبل أن يُفتح للمرة الأخيرة.`,
    lockedTitle: 'أُتلف هذا السر بعد كلمات مرور خاطئة',
    lockedBody: (date: string) => `جُرّبت كلمات مرور خاطئة كثيرة جدًا؛ فحُذف في ${date}.`,
    unknownTitle: 'لم يعد هذا الرابط يُفتح',
    unknownBody:
      'إما أنه فُتح من قبل، أو انتهت صلاحيته، أو سحبه المرسل، أو أن الرابط خاطئ. لا يُفصح الخادم عن السبب لهذا الرابط.',
    tellSender: 'إن لم تفتحه بنفسك، فأخبِر المرسل: ربما رأى شخص آخر السر، ويجب تغييره.',
    nextTitle: 'ما العمل الآن',
    nextAsk: 'اطلب من المرسل مشاركته مرة أخرى برابط جديد.',
    nextNoReply: 'لا تردّ بالسر أو بأي جزء منه.',
    revisitedTitle: 'لقد كشفت هذا السر من قبل في علامة التبويب هذه',
    revisitedBody: (n: number) =>
      `أُزيل المفتاح من شريط العنوان عندما كشفته، لذا لا تستطيع هذه الصفحة إظهاره مرة أخرى. ما زال يمكن فتح الرابط ${moreTimes(n)}: افتح الرابط الذي أُرسل إليك مرة أخرى، كاملًا، لترى السر.`,
    tooLongTitle: 'في نهاية هذا الرابط أحرف زائدة',
    tooLongBody:
      'أضاف شيء ما، غالبًا تطبيق دردشة، أحرفًا بعد المفتاح، ولا يوجد سر يطابق الرابط من دونها. انسخ الرابط كما أُرسل إليك تمامًا، أو اطلب من المرسل إرساله مرة أخرى.',
    trimmed: 'أُزيلت الأحرف التي أضافها تطبيق الدردشة بعد المفتاح.',
    ownLink:
      'هذا رابط شاركته من هذا المتصفح (موجود في «روابطي»). كشفه هنا يستهلك مرة من مرات فتحه: وقد يجده المستلم بعد ذلك منتهيًا.',
    files: (count: number, size: string) => `${files(count)}، بإجمالي ${size}`,
    filesBefore: (size: string) => `يحتوي على ملفات، بحد أقصى ${size}.`,
  },
};
