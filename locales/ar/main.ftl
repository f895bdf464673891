# النصوص العربية للواجهة. يجب أن يوجد كل مفتاح هنا في كل لغة أخرى (يتحقق من ذلك اختبار).

site-name = بوابة المشاورات لمنتدى القمة العالمية لمجتمع المعلومات
skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-label = القائمة الرئيسية
nav-home = الصفحة الرئيسية
nav-login = تسجيل الدخول
nav-register = إنشاء حساب
nav-account = حسابي
nav-logout = تسجيل الخروج
language-label = اللغة
footer-organizers = يشترك في تنظيم منتدى القمة العالمية لمجتمع المعلومات كلٌّ من الاتحاد الدولي للاتصالات واليونسكو والأونكتاد وبرنامج الأمم المتحدة الإنمائي.
footer-process = عملية التشاور المفتوحة: اقترحوا الجلسات، وشاركوا آراءكم، وأسهموا في صياغة البرنامج.
none = لا يوجد
title-error-prefix = خطأ:

# الصفحة الرئيسية
home-title = أسهموا في صياغة برنامج منتدى القمة العالمية لمجتمع المعلومات
home-lead = يُعَدّ جدول أعمال المنتدى كل عام انطلاقاً من عملية التشاور المفتوحة. تقترح الجلساتِ الحكوماتُ والقطاعُ الخاص والمجتمعُ المدني والأوساطُ الأكاديمية والمجتمعُ التقني والمنظماتُ الدولية.
home-cta-register = أنشئوا حساباً
home-cta-login = تسجيل الدخول
home-welcome-back = مرحباً بعودتك، { $name }.
home-steps-label = كيف تجري المشاورات
home-step-propose-title = الاقتراح
home-step-propose-body = تقترح منظمتكم جلسة: شكلها، والمتحدثين فيها، وخطوط عمل القمة وأهداف التنمية المستدامة التي تخدمها.
home-step-review-title = التقييم
home-step-review-body = يقيّم المراجعون وميسّرو خطوط العمل كل مقترح وفق معايير منشورة، منها توازن فريق المتحدثين.
home-step-agenda-title = جدول الأعمال
home-step-agenda-body = تُعِدّ الأمانة جدول الأعمال من الجلسات المقبولة وتنشره ليتابعه الجميع ويعيدوا استخدامه.

# النماذج
form-has-errors = توجد مشكلة
form-optional = (اختياري)
select-placeholder = اختر…
password-show = إظهار كلمة المرور
password-hide = إخفاء كلمة المرور
field-name = الاسم الكامل
field-email = عنوان البريد الإلكتروني
field-email-hint = سنرسل رابطاً إلى هذا العنوان لتأكيده.
field-password = كلمة المرور
field-password-hint = { $min } أحرف على الأقل. بضع كلمات تتذكرها تصنع كلمة مرور قوية.
field-current-password = كلمة المرور الحالية
field-new-password = كلمة المرور الجديدة
field-organization = المنظمة
field-stakeholder-type = فئة أصحاب المصلحة
field-country = البلد
field-consent = أوافق على أن تحفظ البوابة بيانات هذا النموذج لإدارة المشاورات.
field-consent-short = الموافقة

# رسائل التحقق
error-required = أدخل هذه المعلومة.
error-too-short = استخدم { $limit } أحرف على الأقل.
error-too-long = استخدم { $limit } حرفاً على الأكثر.
error-bad-characters = احذف أحرف التحكم أو الأحرف غير المرئية.
error-email-invalid = أدخل عنوان بريد إلكتروني مثل name@example.org.
error-password-too-short = استخدم { $limit } أحرف على الأقل.
error-choose-from-list = اختر أحد الخيارات من القائمة.
error-consent-required = ضع علامة في المربع للموافقة، وإلا فلا يمكننا إنشاء حسابك.
error-login-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
error-token-invalid = لم يعد هذا الرابط صالحاً: فقد استُخدم من قبل، أو انتهت صلاحيته، أو نُسخ ناقصاً.
error-email-unverified = أكّد عنوان بريدك الإلكتروني أولاً: أرسلنا إليك رابطاً (تحقق أيضاً من مجلد الرسائل غير المرغوب فيها).
error-password-wrong = هذه ليست كلمة المرور الحالية.
error-rate-limited = محاولات كثيرة جداً. حاول مرة أخرى بعد { $minutes } دقيقة.
error-cannot-revoke-own-admin = لا يمكنك إزالة دور المسؤول عن نفسك.

# التسجيل
register-title = إنشاء حساب
register-lead = سجّل مرة واحدة لنفسك ولمنظمتك، ثم يمكنك اقتراح جلسات لمنتدى القمة العالمية لمجتمع المعلومات.
register-about-you = معلوماتك
register-your-organization = منظمتك
consent-title = بياناتك
consent-text = نحتفظ باسمك وعنوان بريدك الإلكتروني ومنظمتك لإدارة المشاورات والتواصل معك بشأن مقترحاتك. يطّلع عليها المراجعون وأمانة القمة. يمكنك تنزيل بياناتك أو محوها في أي وقت.
register-submit = إنشاء الحساب
register-have-account = لديك حساب بالفعل؟
register-done-title = تحقق من بريدك الوارد
register-done-body = أرسلنا إليك رسالة فيها رابط. افتحه لتأكيد عنوانك، ثم سجّل الدخول.
register-done-spam = لم تصلك رسالة بعد دقائق؟ ابحث في مجلد الرسائل غير المرغوب فيها، أو سجّل الدخول لتحصل على رابط جديد.

# تأكيد البريد الإلكتروني
verify-title = تأكيد عنوان البريد الإلكتروني
verify-lead = اضغط الزر لتأكيد أن هذا العنوان لك.
verify-submit = تأكيد عنواني
verify-invalid-title = هذا الرابط لا يعمل
verify-invalid-help = إذا لم يُؤكَّد عنوانك بعد، فسجّل الدخول وسنرسل إليك رابطاً جديداً.

# تسجيل الدخول
login-title = تسجيل الدخول
login-submit = تسجيل الدخول
login-forgot = نسيت كلمة المرور؟
login-no-account = ليس لديك حساب بعد؟

# إعادة تعيين كلمة المرور
forgot-title = إعادة تعيين كلمة المرور
forgot-lead = أدخل عنوان البريد الإلكتروني لحسابك، وسنرسل إليك رابطاً لاختيار كلمة مرور جديدة.
forgot-submit = أرسل لي رابطاً
forgot-sent = إذا كان هناك حساب بهذا العنوان، فقد أرسلنا إليه رابطاً صالحاً لمدة ساعة واحدة.
reset-title = اختر كلمة مرور جديدة
reset-submit = حفظ كلمة المرور الجديدة
reset-invalid-title = هذا الرابط لا يعمل
reset-request-new = اطلب رابطاً جديداً

# الحساب
account-title = حسابي
account-roles = الأدوار
account-change-password = تغيير كلمة المرور
account-change-password-note = يؤدي تغيير كلمة المرور إلى تسجيل خروجك من جميع الأجهزة الأخرى.
account-change-password-submit = تغيير كلمة المرور

# الأدوار وفئات أصحاب المصلحة
role-stakeholder = صاحب مصلحة
role-speaker = متحدث
role-reviewer = مراجع
role-facilitator = ميسّر خط عمل
role-organizer = منظِّم
role-admin = مسؤول
stakeholder-government = الحكومة
stakeholder-private-sector = القطاع الخاص
stakeholder-civil-society = المجتمع المدني
stakeholder-academia = الأوساط الأكاديمية
stakeholder-technical-community = المجتمع التقني
stakeholder-international-organization = منظمة دولية

# إشعارات لمرة واحدة
flash-email-verified = تم تأكيد عنوان بريدك الإلكتروني. يمكنك تسجيل الدخول الآن.
flash-signed-out = لقد سجّلت الخروج.
flash-password-reset = تم تغيير كلمة المرور. سجّل الدخول بكلمة المرور الجديدة.
flash-password-changed = تم تغيير كلمة المرور، وسُجّل خروجك من الأجهزة الأخرى.

# صفحات الأخطاء
errorpage-home = الذهاب إلى الصفحة الرئيسية
errorpage-not-found-title = الصفحة غير موجودة
errorpage-not-found-body = لا توجد صفحة بهذا العنوان. تحقق من العنوان، أو ابدأ من جديد من الصفحة الرئيسية.
errorpage-forbidden-title = غير مسموح
errorpage-forbidden-body = لا يملك حسابك صلاحية الوصول إلى هذه الصفحة.
errorpage-unauthenticated-title = يلزم تسجيل الدخول
errorpage-unauthenticated-body = سجّل الدخول لعرض هذه الصفحة.
errorpage-rate-limited-title = طلبات كثيرة جداً
errorpage-rate-limited-body = يُرجى الانتظار قليلاً ثم المحاولة مرة أخرى.
errorpage-bad-request-title = هناك خطأ في هذا الطلب
errorpage-bad-request-body = تعذّر على الصفحة معالجة ما أُرسل. ارجع وحاول مرة أخرى.
errorpage-internal-title = حدث خطأ من جانبنا
errorpage-internal-body = سُجّل الخطأ. يُرجى المحاولة مرة أخرى بعد بضع دقائق.

# الرسائل الإلكترونية
email-verify-email-subject = أكّد عنوان بريدك الإلكتروني لمنتدى القمة العالمية لمجتمع المعلومات
email-verify-email-body =
    مرحباً { $name }،

    يُرجى تأكيد عنوان بريدك الإلكتروني لبوابة المشاورات بفتح هذا الرابط:

    { $link }

    يعمل الرابط لمدة 48 ساعة. إذا لم تقم بالتسجيل، فتجاهل هذه الرسالة.

    أمانة منتدى القمة العالمية لمجتمع المعلومات
email-account-exists-subject = لديك حساب بالفعل في منتدى القمة العالمية لمجتمع المعلومات
email-account-exists-body =
    مرحباً { $name }،

    حاول شخص ما التسجيل بعنوان البريد الإلكتروني هذا، وله حساب بالفعل. إذا كنت أنت، فسجّل الدخول، أو اختر كلمة مرور جديدة من هنا:

    { $link }

    إذا لم تكن أنت، فلا حاجة إلى أي إجراء.

    أمانة منتدى القمة العالمية لمجتمع المعلومات
email-reset-password-subject = اختر كلمة مرور جديدة لمنتدى القمة العالمية لمجتمع المعلومات
email-reset-password-body =
    مرحباً { $name }،

    افتح هذا الرابط لاختيار كلمة مرور جديدة:

    { $link }

    يعمل الرابط مرة واحدة لمدة ساعة. إذا لم تطلبه، فتجاهل هذه الرسالة: ستبقى كلمة المرور كما هي.

    أمانة منتدى القمة العالمية لمجتمع المعلومات
