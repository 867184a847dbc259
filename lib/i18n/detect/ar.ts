import { type DetectionStrings } from '../../detect';
import { number } from '../helpers/ar';

/*
 * Arabic texts of the credential detection, in the terms of ar.ts: Modern
 * Standard Arabic, "سر" for secret, "تدوير" for rotating a credential,
 * "بيانات الاعتماد" for credentials, "رمز" for a token. Product names stay as
 * they are; digits are Western (0-9), as in ar.ts.
 */

/** Arabic texts of the credential detection. */
export const DETECTION_STRINGS_AR: DetectionStrings = {
  labels: {
    'stripe-live-secret-key': 'مفتاح Stripe السري للوضع الحي',
    'stripe-live-restricted-key': 'مفتاح Stripe مقيَّد للوضع الحي',
    'stripe-test-secret-key': 'مفتاح Stripe السري للوضع التجريبي',
    'stripe-test-restricted-key': 'مفتاح Stripe مقيَّد للوضع التجريبي',
    'stripe-webhook-secret': 'سر توقيع Webhook في Stripe',
    'stripe-publishable-key': 'مفتاح Stripe القابل للنشر (ليس سريًا)',
    'aws-secret-access-key': 'مفتاح وصول AWS السري',
    'aws-access-key-id': 'معرّف مفتاح وصول AWS',
    'aws-temporary-access-key-id': 'معرّف مفتاح وصول AWS مؤقت',
    'github-classic-pat': 'رمز وصول شخصي في GitHub (كلاسيكي)',
    'github-oauth-token': 'رمز OAuth في GitHub',
    'github-fine-grained-pat': 'رمز وصول شخصي دقيق الصلاحيات في GitHub',
    'github-app-token': 'رمز تطبيق GitHub',
    'github-refresh-token': 'رمز تحديث GitHub',
    'gitlab-access-token': 'رمز وصول GitLab',
    'gitlab-deploy-token': 'رمز نشر GitLab',
    'gitlab-runner-token': 'رمز Runner في GitLab',
    'gitlab-token': 'رمز GitLab',
    'slack-user-token': 'رمز مستخدم Slack',
    'slack-bot-token': 'رمز روبوت Slack',
    'slack-app-token': 'رمز تطبيق Slack',
    'slack-refresh-token': 'رمز تحديث Slack',
    'slack-webhook-url': 'عنوان URL لـ Webhook وارد في Slack',
    'twilio-auth-token': 'رمز مصادقة Twilio',
    'twilio-api-key-secret': 'سر مفتاح API في Twilio',
    'twilio-account-sid': 'معرّف SID لحساب Twilio (ليس سريًا)',
    'twilio-api-key-sid': 'معرّف SID لمفتاح API في Twilio (ليس سريًا)',
    'sendgrid-api-key': 'مفتاح API في SendGrid',
    'openai-admin-key': 'مفتاح مسؤول OpenAI',
    'openai-user-key': 'مفتاح API لمستخدم OpenAI',
    'openai-project-key': 'مفتاح API لمشروع OpenAI',
    'openai-service-account-key': 'مفتاح حساب خدمة OpenAI',
    'anthropic-admin-key': 'مفتاح API لمسؤول Anthropic',
    'anthropic-api-key': 'مفتاح API في Anthropic',
    'google-service-account-key': 'مفتاح حساب خدمة Google Cloud',
    'private-key': 'مفتاح خاص',
    'encrypted-private-key': 'مفتاح خاص مشفَّر',
    'ssh-private-key': 'مفتاح SSH خاص',
    'pgp-private-key': 'مفتاح PGP خاص',
    'postgres-url': 'عنوان URL لـ PostgreSQL مع كلمة مرور',
    'mysql-url': 'عنوان URL لـ MySQL مع كلمة مرور',
    'mongodb-url': 'عنوان URL لـ MongoDB مع كلمة مرور',
    'redis-url': 'عنوان URL لـ Redis مع كلمة مرور',
    'amqp-url': 'عنوان URL لـ AMQP (RabbitMQ) مع كلمة مرور',
    jwt: 'رمز ويب JSON (JWT)',
    dotenv: 'ملف .env',
  },
  advice: {
    'stripe-live-secret':
      'المفتاح السري للوضع الحي (sk_live_) يمنح وصولًا كاملًا إلى حسابك في Stripe. الأفضل مفتاح مقيَّد (rk_live_) بالصلاحيات التي يحتاجها المتعاقد فقط، أو مفتاح تجريبي (sk_test_) إن كان الوضع التجريبي يكفي.',
    'stripe-restricted':
      'جيد: المفتاح المقيَّد يحدّ مما يمكن فعله به. تحقّق من أنه لا يملك إلا الصلاحيات اللازمة، واستخدم مفتاحًا تجريبيًا إن كان الوضع التجريبي يكفي.',
    'stripe-test':
      'مفتاح الوضع التجريبي لا يستطيع تحريك أموال حقيقية. ومع ذلك جدِّده في لوحة تحكم Stripe عند انتهاء العمل.',
    publishable:
      'المفتاح القابل للنشر مُعدّ ليكون علنيًا (فهو مضمَّن في صفحات الويب والتطبيقات)، لذا لا يحتاج إلى رابط سري.',
    'webhook-secret':
      'سر توقيع Webhook يتيح لحامله تزوير أحداث تُرسل إلى نقطة النهاية لديك. جدِّده في لوحة التحكم عند انتهاء العمل.',
    'aws-key-id':
      'معرّف مفتاح الوصول ليس سريًا بمفرده، لكنه يحدد زوج المفاتيح. أما المفاتيح المؤقتة (ASIA) فتنتهي صلاحيتها تلقائيًا.',
    'aws-secret':
      'الأفضل أن تنشئ لهذا الشخص مستخدم IAM أو دورًا بسياسة تمنح أقل الصلاحيات اللازمة، أو بيانات اعتماد مؤقتة تنتهي صلاحيتها. لا تشارك مفاتيح حساب الجذر أبدًا؛ وعطِّل المفتاح واحذفه عند انتهاء العمل.',
    'github-classic':
      'الرمز الكلاسيكي يصل إلى كل مستودع تصل إليه أنت. الأفضل رمز دقيق الصلاحيات يقتصر على المستودعات والصلاحيات اللازمة، وله تاريخ انتهاء.',
    'github-fine-grained':
      'جيد: الرمز دقيق الصلاحيات محدود النطاق. تحقّق من مستودعاته وصلاحياته وتاريخ انتهائه، وأبطِله عند انتهاء العمل.',
    'github-app': 'رموز تطبيقات GitHub قصيرة العمر، لكن تثبيت التطبيق الذي يقف وراءها ليس كذلك: راجِع صلاحيات وصوله.',
    'gitlab-pat':
      'الأفضل رمز وصول على مستوى مشروع أو مجموعة، بأضيق النطاقات وأدنى دور وتاريخ انتهاء، بدلًا من رمز شخصي.',
    'gitlab-scoped': 'هذا الرمز مرتبط بمشروع واحد أو Runner واحد. أبطِله أو أعِد تعيينه عند انتهاء العمل.',
    'slack-user':
      'رمز المستخدم يتصرف باسمك في كل قناة تراها. الأفضل رمز روبوت لا يملك إلا النطاقات التي يحتاجها التطبيق.',
    'slack-token': 'تحقّق من أن التطبيق لا يملك إلا النطاقات التي يحتاجها، وأبطِل الرمز عند انتهاء العمل.',
    'slack-webhook':
      'كل من يملك عنوان URL لـ Webhook يستطيع النشر في قناته. أعِد إنشاءه (أو احذف الـ Webhook) عند انتهاء العمل.',
    identifier: 'المعرّف ليس سريًا بمفرده؛ ما يحتاج إلى الحماية هو السر المرتبط به.',
    'twilio-auth-token':
      'رمز المصادقة هو بيانات الاعتماد الرئيسية لحساب Twilio. الأفضل مفتاح API (SK…) مع سرّه، إذ يمكن إبطاله وحده، أو حساب فرعي.',
    'twilio-api-key': 'جيد: يمكن إبطال مفتاح API وحده. احذفه عند انتهاء العمل.',
    sendgrid: 'الأفضل مفتاح API محدود الوصول لا يملك إلا الصلاحيات اللازمة (غالبًا Mail Send فقط).',
    openai: 'تحقّق من أن المفتاح تابع لمشروع لا يملك إلا الصلاحيات والميزانية اللازمة، واحذفه عند الانتهاء.',
    'openai-broad': 'هذا المفتاح غير مقصور على مشروع واحد. الأفضل مفتاح مشروع بصلاحيات مقيَّدة وحدّ للميزانية.',
    anthropic: 'الأفضل مفتاح في مساحة عمل مخصصة بحدّ للإنفاق لهذا الشخص، واحذفه عند انتهاء العمل.',
    'anthropic-admin': 'مفتاح المسؤول يدير مؤسستك بأكملها. شارك بدلًا منه مفتاح API عاديًا في مساحة عمل مخصصة.',
    'google-service-account':
      'امنح حساب الخدمة الأدوار اللازمة فقط، وفضِّل بيانات الاعتماد قصيرة العمر أو انتحال الهوية على ملف المفتاح، واحذف المفتاح عند انتهاء العمل.',
    'private-key':
      'حيثما أمكن، اطلب المفتاح العام من الشخص الآخر وامنحه الوصول بدلًا من إرسال مفتاح خاص. وإن اضطُررت إلى إرساله، فاستبدل زوج المفاتيح عند انتهاء العمل.',
    'ssh-private-key':
      'اطلب بدلًا من ذلك مفتاح SSH العام من الشخص الآخر وأضِفه (إلى authorized_keys، أو كمفتاح نشر)؛ ثم أزِله عند انتهاء العمل.',
    jwt: 'رمز JWT رمزُ حامل: من يحمله يستطيع استخدامه حتى تنتهي صلاحيته. الأفضل رمز قصير العمر.',
    'database-url':
      'الأفضل مستخدم قاعدة بيانات منفصل لهذا الشخص لا يملك إلا الامتيازات اللازمة (للقراءة فقط إن كان ذلك يكفي)؛ واحذفه أو غيِّر كلمة مروره عند انتهاء العمل.',
    'broker-url':
      'الأفضل مستخدم منفصل (مستخدم ACL في Redis، أو مستخدم RabbitMQ على vhost واحد) لا يملك إلا الصلاحيات اللازمة؛ واحذفه عند انتهاء العمل.',
    dotenv: 'شارك المتغيرات التي يحتاجها المستلم فقط، ودوِّر كل سر بينها عند انتهاء العمل.',
  },
  text: {
    heading: 'ما تعرّفنا عليه في سرّك',
    rotate:
      'دوِّر كل بيانات اعتماد تشاركها عند انتهاء التعاقد. تاريخ «التدوير قبل» في الملاحظة الخاصة أدناه سيذكّرك بذلك.',
    local: 'جرى التعرّف عليه في هذا المتصفح؛ لا يُرسل أي شيء إلى أي مكان لهذا الغرض.',
    variables: 'المتغيرات',
    /** "×2" after a label when the same kind was found more than once. */
    times: (count: number) => `×${number(count)}`,
    /** "و12 غيرها" after a truncated list of names. */
    more: (count: number) => `و${number(count)} غيرها`,
    /** "+2 غيرها" in a suggested history label. */
    moreShort: (count: number) => `+${number(count)} غيرها`,
  },
};
