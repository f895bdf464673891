# النصوص العربية للواجهة. يجب أن يوجد كل مفتاح هنا في كل لغة أخرى (يتحقق من ذلك اختبار).

site-name = بوابة المشاورات لمنتدى القمة العالمية لمجتمع المعلومات
skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-label = القائمة الرئيسية
nav-menu = القائمة
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

# المقترحات
nav-proposals = مقترحاتي
cancel = إلغاء
not-provided = لم يُقدَّم بعد
hint-max-chars = { $max } حرفاً على الأكثر.
hint-markdown = يمكنك استخدام Markdown: ## للعناوين، و- للقوائم، و**للخط العريض**، و[روابط](https://…).
proposals-title = مقترحاتي
proposals-deadline = باب تقديم مقترحات الجلسات مفتوح حتى { $deadline }.
proposals-call-closed = أُغلق باب تقديم مقترحات الجلسات في { $deadline }.
proposals-new = اقترح جلسة
proposals-none = لا توجد لمنظمتك مقترحات بعد.
proposal-untitled = (مسودة بلا عنوان)
proposal-status = الحالة
proposal-updated = آخر تعديل
proposal-new-title = اقترح جلسة
proposal-edit-title = تعديل المقترح { $code }
proposal-edit-page-title = تعديل المقترح
proposal-edit-lead = احفظ مسودة في أي وقت. قدّم المقترح مكتملاً قبل { $deadline }؛ ويمكنك تعديله حتى ذلك الحين.
proposal-saved-at = حُفظت مسودتك آخر مرة في { $when }.
proposal-sections = أقسام هذا النموذج
proposal-format-continue = متابعة
proposal-section-basics = الجلسة
proposal-section-content = المحتوى
proposal-section-practical = الاحتياجات العملية
proposal-field-title = العنوان
proposal-field-format = شكل الجلسة
format-option = { $name } ({ $minutes } دقيقة، من { $min } إلى { $max } مشاركين)
format-option-closed = انقضى الموعد النهائي، يلزم رمز وصول
proposal-field-mode = طريقة المشاركة
proposal-field-text-language = لغة النصوص
proposal-text-language-other = لغة أخرى
proposal-field-text-language-code = رمز ISO إن كانت لغة أخرى
proposal-written-in = مكتوب بـ{ $language }
proposal-field-languages = لغات الجلسة
proposal-field-abstract = الملخص
proposal-field-description = الوصف
proposal-field-objectives = الأهداف
proposal-field-outcomes = النتائج المتوقعة
proposal-field-action-lines = خطوط عمل القمة العالمية لمجتمع المعلومات
proposal-field-sdgs = أهداف التنمية المستدامة
proposal-themes-hint = ضع علامة على كل ما تخدمه الجلسة، واشرح كيف في جملة أو جملتين.
theme-rationale = كيف تخدم الجلسة { $theme }
theme-moderated-by = بإشراف { $org }
theme-children = المواضيع الفرعية لـ { $code } ({ $count })
sdg = الهدف
proposal-field-panel = فريق المتحدثين
panel-hint = مدير الجلسة والمتحدثون. يتلقى كل منهم رسالة للتأكيد. توازن الفريق (الجنس والمنطقة وفئة أصحاب المصلحة) معيار من معايير الاختيار.
panel-member = المشارك { $n }
panel-role = الدور
panel-role-moderator = مدير الجلسة
panel-role-speaker = متحدث
panel-job-title = المسمى الوظيفي
panel-gender = الجنس
panel-remote = يشارك عن بُعد
panel-remote-short = عن بُعد
panel-add = إضافة مشارك
panel-remove = إزالة المشارك { $n }
proposal-field-preferred-days = الأيام المفضلة (اختياري)
proposal-field-requirements = متطلبات خاصة (اختياري)
proposal-save-draft = حفظ المسودة
proposal-submit = تقديم المقترح
proposal-edit = تعديل
proposal-withdraw = سحب المقترح
proposal-timeline = سجل الحالة
proposal-deadline-line = قابل للتعديل حتى { $deadline }.
withdraw-title = هل تريد سحب هذا المقترح؟
withdraw-lead = لن يُنظر بعد الآن في المقترح { $code } «{ $title }». لا يمكن التراجع عن ذلك.
withdraw-confirm = سحب المقترح
balance-title = توازن الفريق
balance-count = عدد المشاركين: { $n }
balance-gender = الجنس
balance-region = منطقة الاتحاد الدولي للاتصالات
balance-stakeholder = فئة أصحاب المصلحة
balance-note-single-gender = جميع المشاركين من جنس واحد. فكّر في فريق أكثر توازناً.
balance-note-single-region = جميع المشاركين من منطقة واحدة. أصوات من مناطق أخرى تقوّي المقترح.
balance-note-single-stakeholder = جميع المشاركين من فئة واحدة من أصحاب المصلحة. تُقدّر عملية القمة الفرق المتعددة أصحاب المصلحة.
mode-in-person = حضورياً
mode-hybrid = هجين (حضورياً وعبر الإنترنت)
mode-remote = عبر الإنترنت فقط
gender-woman = امرأة
gender-man = رجل
gender-non-binary = غير ثنائي أو هوية أخرى
gender-undisclosed = يفضّل عدم الإفصاح
region-A = أ – الأمريكتان
region-B = ب – أوروبا الغربية
region-C = ج – أوروبا الشرقية وشمال آسيا
region-D = د – أفريقيا
region-E = هـ – آسيا وأستراليا
status-draft = مسودة
status-submitted = مُقدَّم
status-under-review = قيد المراجعة
status-accepted = مقبول
status-waitlisted = على قائمة الانتظار
status-rejected = لم يُختر
status-merged = مدمج
status-confirmed = مؤكَّد
status-scheduled = مُجدول
status-withdrawn = مسحوب
flash-proposal-saved = حُفظت المسودة.
flash-proposal-submitted = قُدّم مقترحك. إيصال الاستلام في طريقه إلى بريدك.
flash-proposal-locked = لم يعد بالإمكان تعديل هذا المقترح.
flash-proposal-withdrawn = سُحب المقترح.
error-choose-at-least-one = اختر خياراً واحداً على الأقل.
error-panel-too-small = يحتاج هذا الشكل إلى { $limit } مشاركين على الأقل.
error-panel-too-large = يسمح هذا الشكل بـ { $limit } مشاركين على الأكثر.
error-one-moderator = حدّد مدير جلسة واحداً فقط.
error-duplicate-speaker = هذا الشخص موجود بالفعل في الفريق.
error-no-organization = لا توجد منظمة مرتبطة بحسابك بعد، لذا لا يمكنك اقتراح جلسات.
error-call-closed = باب تقديم المقترحات مغلق.
error-busy-try-again = تصل مقترحات كثيرة في هذه اللحظة. يُرجى الضغط على الزر مرة أخرى.
error-not-editable = لم يعد بالإمكان تغيير هذا المقترح.
error-deadline-passed = انقضى الموعد النهائي لهذا الشكل، ولم تعد التغييرات مقبولة.
error-format-deadline-passed = انقضى الموعد النهائي لهذا الشكل. إذا أعطتك أمانة القمة العالمية لمجتمع المعلومات رمز وصول، فأدخله في خانة «رمز الوصول»؛ وإلا فاختر شكلاً آخر.
error-format-deadline-passed-at = انقضى الموعد النهائي لشكل { $format } في { $deadline }. إذا أعطتك أمانة القمة العالمية لمجتمع المعلومات رمز وصول، فأدخله في خانة «رمز الوصول»؛ وإلا فاختر شكلاً آخر.
error-format-deadline-passed-switch = انقضى الموعد النهائي لهذا الشكل؛ احتفظ بالشكل الحالي أو اختر شكلاً آخر لا يزال مفتوحاً.
error-stale-version = حفظ شخص آخر هذا المقترح أثناء تعديلك. تغييراتك ما زالت أدناه: قارنها بالنسخة المحفوظة (افتحها في علامة تبويب جديدة) ثم احفظ مرة أخرى.
error-not-withdrawable = لا يمكن سحب مقترح صدر بشأنه قرار من هنا؛ تواصل مع الأمانة.
format-thematic-workshop = ورشة عمل مواضيعية
format-country-workshop = ورشة عمل قُطرية
format-interactive-session = جلسة تفاعلية
format-high-level-policy-session = جلسة سياسات رفيعة المستوى
format-facilitation-meeting = اجتماع تيسير خط العمل
format-knowledge-cafe = مقهى المعرفة
format-open-space-talk = حديث في المساحة المفتوحة
format-hackathon = هاكاثون
format-exhibition = مساحة العرض
al-C1 = دور السلطات العامة وجميع أصحاب المصلحة في تعزيز تكنولوجيا المعلومات والاتصالات من أجل التنمية
al-C2 = البنية التحتية للمعلومات والاتصالات
al-C3 = النفاذ إلى المعلومات والمعارف
al-C3-LIB = المكتبات ودور المحفوظات
al-C4 = بناء القدرات
al-C5 = بناء الثقة والأمن في استعمال تكنولوجيا المعلومات والاتصالات
al-C6 = البيئة التمكينية
al-C7 = تطبيقات تكنولوجيا المعلومات والاتصالات: الفوائد في جميع جوانب الحياة
al-C7-EGOV = الحكومة الإلكترونية
al-C7-EBUS = الأعمال الإلكترونية
al-C7-ELEARN = التعلم الإلكتروني
al-C7-EHEALTH = الصحة الإلكترونية
al-C7-EEMPL = التوظيف الإلكتروني
al-C7-EENV = البيئة الإلكترونية
al-C7-EAGRI = الزراعة الإلكترونية
al-C7-ESCI = العلوم الإلكترونية
al-C8 = التنوع والهوية الثقافيان والتنوع اللغوي والمحتوى المحلي
al-C8-HER = التراث
al-C9 = وسائط الإعلام
al-C10 = الأبعاد الأخلاقية لمجتمع المعلومات
al-C11 = التعاون الدولي والإقليمي
sdg-1 = القضاء على الفقر
sdg-2 = القضاء التام على الجوع
sdg-3 = الصحة الجيدة والرفاه
sdg-4 = التعليم الجيد
sdg-5 = المساواة بين الجنسين
sdg-6 = المياه النظيفة والنظافة الصحية
sdg-7 = طاقة نظيفة وبأسعار معقولة
sdg-8 = العمل اللائق ونمو الاقتصاد
sdg-9 = الصناعة والابتكار والهياكل الأساسية
sdg-10 = الحد من أوجه عدم المساواة
sdg-11 = مدن ومجتمعات محلية مستدامة
sdg-12 = الاستهلاك والإنتاج المسؤولان
sdg-13 = العمل المناخي
sdg-14 = الحياة تحت الماء
sdg-15 = الحياة في البر
sdg-16 = السلام والعدل والمؤسسات القوية
sdg-17 = عقد الشراكات لتحقيق الأهداف
email-proposal-received-subject = تم استلام المقترح { $code }
email-proposal-received-body =
    مرحباً { $name }،

    شكراً لك: تسلّمنا مقترح الجلسة { $code } «{ $title }».

    يمكنك قراءته وتعديله حتى الموعد النهائي من هنا:

    { $link }

    أمانة منتدى القمة العالمية لمجتمع المعلومات
tz-geneva = بتوقيت جنيف (UTC{ $offset })
tz-utc = بالتوقيت العالمي المنسق (UTC)
balance-empty = يظهر هنا مزيج الأجناس والمناطق وفئات أصحاب المصلحة كلما أضفت مشاركين.
settings-title = إعدادات الدعوة
settings-lead = الدورة { $code }: التواريخ والدعوة إلى تقديم المقترحات وأشكال الجلسات. الأوقات بتوقيت جنيف.
settings-edition = الدورة والدعوة
settings-save-edition = حفظ الدورة
settings-formats = أشكال الجلسات
settings-formats-lead = لكل شكل مدته وحجم فريقه، وموعده النهائي الخاص إذا أُغلق قبل الدعوة.
edition-title = العنوان
edition-venue = المكان
edition-starts-on = أول أيام المنتدى
edition-ends-on = آخر أيام المنتدى
edition-call-opens = تُفتح الدعوة
edition-call-closes = تُغلق الدعوة
hint-geneva-time = بتوقيت جنيف (يُراعى التحول بين التوقيتين الشتوي والصيفي).
format-minutes = المدة (بالدقائق)
format-min-panel = أقل عدد من المشاركين
format-max-panel = أكبر عدد من المشاركين
format-deadline = موعد نهائي خاص (اختياري)
format-deadline-hint = اتركه فارغاً لاستخدام موعد إغلاق الدعوة. بتوقيت جنيف.
format-is-open = مفتوح لتقديم المقترحات
format-save = حفظ { $name }
flash-settings-saved = حُفظت الإعدادات.
error-date-invalid = أدخل تاريخاً مثل 2027-05-10.
error-datetime-invalid = أدخل تاريخاً ووقتاً مثل 2027-02-15T23:59.
error-ends-before-start = يجب أن يكون هذا بعد البداية.
error-number-invalid = أدخل عدداً صحيحاً.
error-number-too-small = أدخل { $limit } على الأقل.
error-number-too-large = أدخل { $limit } على الأكثر.
error-max-below-min = يجب ألا يقل الحد الأقصى عن الحد الأدنى.
speaker-page-title = دورك في جلسة من جلسات منتدى القمة العالمية لمجتمع المعلومات
speaker-confirm-title = مرحباً { $name }
speaker-confirm-lead = تقترحك { $organization } بصفة { $role } في الجلسة «{ $title }» ({ $code }) لمنتدى القمة العالمية لمجتمع المعلومات. هل ستشارك؟
speaker-confirm-yes = نعم، سأشارك
speaker-confirm-no = لا، أعتذر
speaker-current-answer = إجابتك حتى الآن: { $answer }. يمكنك تغييرها.
speaker-answer-invited = في انتظار التأكيد
speaker-answer-confirmed = مؤكَّد
speaker-answer-declined = معتذر
speaker-invalid-title = رابط الدعوة هذا لا يعمل
flash-speaker-confirmed = شكراً لك: تأكدت مشاركتك، وأُبلغ المنظمون بذلك.
flash-speaker-declined = سُجّلت إجابتك بالاعتذار، وأُبلغ المنظمون بذلك.
email-speaker-invitation-subject = هل ستشارك في «{ $title }» في منتدى القمة العالمية لمجتمع المعلومات؟
email-speaker-invitation-body =
    مرحباً { $name }،

    تقترحك { $organization } بصفة { $role } في الجلسة «{ $title }» ({ $code }) لمنتدى القمة العالمية لمجتمع المعلومات.

    يُرجى التأكيد أو الاعتذار من هنا (لا حاجة إلى حساب):

    { $link }

    أمانة منتدى القمة العالمية لمجتمع المعلومات
countdown = يُغلق بعد { $days } يوم و{ $hours } ساعة و{ $minutes } دقيقة.
access-codes-title = رموز الوصول
access-codes-lead = يتيح الرمز لمقدّم مدعو أو متأخر إنشاء مقترح وتقديمه بعد الموعد النهائي، حتى تنتهي صلاحية الرمز.
access-code = الرمز
access-code-for = لمن
access-code-for-hint = من يتسلّمه، مثلاً «أمانة اليونسكو» أو «مقترحات متأخرة، منطقة أفريقيا».
access-code-formats = الأشكال
access-code-formats-hint = لا تضع علامة على أي شكل للسماح بجميع الأشكال.
access-code-all-formats = جميع الأشكال
access-code-uses = مرات الاستخدام
access-code-max-uses = عدد المقترحات المسموح بها
access-code-expires = صالح حتى
access-code-new = إصدار رمز جديد
access-code-create = إنشاء الرمز
access-code-label = رمز الوصول
access-code-hint = الدعوة مغلقة. إذا أعطتك الأمانة رمز وصول، فأدخله لاقتراح جلسة.
access-code-hint-open = الدعوة مفتوحة. رمز من أمانة القمة يفتح أيضاً شكلاً انقضى موعده النهائي الخاص.
access-code-have = هل لديك رمز وصول؟
access-code-form-hint = لا يلزم إلا لشكل انقضى موعده النهائي، أو بعد إغلاق الدعوة. تعطي أمانة القمة رموزاً للمدعوين وللمتأخرين.
access-code-use = استخدام الرمز
flash-access-code-created = أُنشئ رمز الوصول، وهو في أعلى القائمة.
error-access-code-invalid = رمز الوصول هذا غير صالح أو انتهت صلاحيته.
error-access-code-used-up = استُخدم رمز الوصول هذا بالعدد الأقصى المسموح به.
error-access-code-format = لا يشمل رمز الوصول الخاص بك هذا الشكل.
error-must-be-future = اختر وقتاً في المستقبل.
coorganizers-title = الجهات المشاركة في التنظيم
coorganizers-none = لا توجد بعد جهة مشاركة في التنظيم.
coorganizer-invite = دعوة منظمة للمشاركة في التنظيم
coorganizer-invite-hint = نرسل إلى جهة الاتصال رابطاً بالبريد الإلكتروني. بعد قبولها (بحساب خاص بها) يمكنها تعديل هذا المقترح معك.
coorganizer-email = البريد الإلكتروني لجهة الاتصال
coorganizer-invite-submit = إرسال الدعوة
coorganizer-remove = إزالة { $organization }
coorganizer-status-invited = مدعوة
coorganizer-status-accepted = قبلت
coorganizer-status-declined = اعتذرت
coorganize-page-title = دعوة للمشاركة في التنظيم
coorganize-lead = تدعو { $lead } منظمة { $organization } إلى المشاركة في تنظيم الجلسة «{ $title }» ({ $code }) في منتدى القمة العالمية لمجتمع المعلومات. إذا قبلت، يمكنك قراءة المقترح وتعديله.
coorganize-accept = القبول والمشاركة في التنظيم
coorganize-decline = الاعتذار
coorganize-invalid-title = رابط الدعوة هذا لا يعمل
flash-coorganizer-invited = أُرسلت الدعوة.
flash-coorganizer-removed = أُزيلت الجهة المشاركة في التنظيم.
flash-coorganizer-declined = اعتذرت عن الدعوة.
error-coorganizer-already-invited = سبقت دعوة هذا العنوان إلى هذا المقترح.
email-coorganizer-invitation-subject = دعوة للمشاركة في تنظيم «{ $title }» في منتدى القمة العالمية لمجتمع المعلومات
email-coorganizer-invitation-body =
    مرحباً،

    تدعو { $lead } منظمة { $organization } إلى المشاركة في تنظيم الجلسة «{ $title }» ({ $code }) في منتدى القمة العالمية لمجتمع المعلومات.

    اقبل الدعوة أو اعتذر عنها من هنا (سجّل الدخول أو أنشئ حساباً أولاً):

    { $link }

    أمانة منتدى القمة العالمية لمجتمع المعلومات
nav-organization = المنظمة
org-lead = منطقة الاتحاد الدولي للاتصالات: { $region }. يمكن لكل عضو تعديل هذا الملف ومقترحات المنظمة.
org-profile = الملف التعريفي
org-website = الموقع الإلكتروني
org-website-hint = اختياري. العنوان الكامل، ويبدأ بـ https://.
org-save = حفظ الملف التعريفي
org-members = الأعضاء
org-requests = طلبات الانضمام
org-no-requests = لا أحد ينتظر الانضمام.
org-approve = الموافقة على { $name }
org-decline = رفض { $name }
org-join-other = الانضمام إلى منظمة أخرى
org-join-title = الانضمام إلى منظمة
org-join-lead = ابحث عن الملف التعريفي لمنظمتك واطلب الانضمام؛ يوافق أحد الأعضاء. حتى ذلك الحين تبقى في منظمتك الحالية.
org-search = اسم المنظمة
org-search-submit = بحث
org-results = النتائج
org-ask-to-join = طلب الانضمام إلى { $name }
flash-organization-saved = حُفظ الملف التعريفي للمنظمة.
flash-join-requested = أُرسل طلبك إلى أعضاء المنظمة.
flash-join-answered = سُجّلت إجابتك.
error-url-invalid = أدخل عنواناً إلكترونياً كاملاً يبدأ بـ https://.
error-already-member = أنت عضو في هذه المنظمة بالفعل.
error-join-already-requested = سبق أن طلبت الانضمام؛ سيرد أحد الأعضاء.
email-join-request-subject = يطلب { $requester } الانضمام إلى { $organization }
email-join-request-body =
    مرحباً { $name }،

    يطلب { $requester } ({ $email }) الانضمام إلى { $organization } في بوابة المشاورات. يطّلع الأعضاء على مقترحات المنظمة ويعدّلونها.

    وافق أو ارفض من هنا:

    { $link }

    أمانة منتدى القمة العالمية لمجتمع المعلومات
email-draft-reminder-subject = مسودتك { $code } لم تُقدَّم بعد
email-draft-reminder-body =
    مرحباً { $name }،

    ما زال مقترح الجلسة { $code } «{ $title }» مسودة. يحين الموعد النهائي بعد نحو { $hours } ساعة، وبعده لا يمكن تقديم المسودة.

    أكمله وقدّمه من هنا:

    { $link }

    أمانة منتدى القمة العالمية لمجتمع المعلومات
questions-title = أسئلة هذا الشكل
questions-choose-format = اختر شكل الجلسة لرؤية أسئلته.
questions-for-format = أسئلة شكل { $format }
questions-none = لا يطرح هذا الشكل أسئلة إضافية.
answer-yes = نعم
answer-no = لا
question-new = إضافة سؤال
question-label = السؤال
question-kind = نوع الإجابة
question-kind-text = نص
question-kind-choice = خيار واحد من عدة خيارات
question-kind-number = عدد صحيح
question-kind-url = عنوان إلكتروني
question-kind-yes-no = نعم أو لا
question-choices = الخيارات (خيار في كل سطر)
question-required = الإجابة مطلوبة للتقديم
question-add = إضافة السؤال
question-remove = إزالة «{ $label }»
question-list-empty = لا توجد أسئلة إضافية.
flash-question-saved = حُفظ السؤال.
flash-question-removed = أُزيل السؤال.
error-two-choices = أدخل خيارين على الأقل، خياراً في كل سطر.
rationale-label = كيف تخدمه الجلسة

## Review, selection and moderation
nav-review = المراجعة
nav-organize = التنظيم
nav-moderation = الإشراف على المراجعات
choose = اختر…
error-choose-proposals = ضع علامة على مقترح واحد على الأقل في القائمة.
error-criterion-scored = تستخدم المراجعات هذا المعيار بالفعل، لذا لا يمكن تغيير سلّم درجاته ولا إزالته.
error-language-code-invalid = اكتب رمز لغة من حرفين أو ثلاثة، مثل sw أو pt.
error-scale-texts-required = اذكر معنى أدنى درجة وأعلى درجة، بلغة واحدة على الأقل.
error-moderation-no-change = المراجعة في هذه الحالة بالفعل؛ ولم يُغيَّر شيء.
error-no-such-account = لا يوجد حساب يستخدم عنوان البريد الإلكتروني هذا. اطلب من الشخص أن يسجّل أولاً.
error-not-a-reviewer = لا يمكن أن يُختار هنا إلا المراجعون والميسّرون.
error-not-confirmable = لا يمكن تأكيد إلا الجلسة المقبولة.
error-not-decidable = لا يمكن البت إلا في المقترحات المقدَّمة؛ أما المسودات والمقترحات المسحوبة والمدمجة فلا.
error-not-in-review = لا يمكن أن تُسند إلى المراجعين إلا المقترحات المقدَّمة.
error-phase-overlaps = تتداخل هذه المرحلة مع مرحلة أخرى؛ ويجب ألا تتداخل المراحل.
error-review-decided = صدر قرار بشأن المقترح، لذا أُغلق باب المراجعات.
error-review-hidden = أخفى أحد المسؤولين مراجعتك؛ ولم يعد بالإمكان تغييرها.
error-review-locked = أقفل أحد المسؤولين مراجعتك؛ ولم يعد بالإمكان تغييرها.
error-review-phase-closed = لا توجد حالياً مرحلة مراجعة مفتوحة، لذا لا يمكن كتابة المراجعات أو تغييرها.
error-reviewer-conflicted = لدى هذا المراجع تضارب في المصالح فيما يتعلق بالمقترح.
error-same-reviewer = اختر مراجعاً غير الذي كتب المراجعة.
error-score-out-of-scale = اختر درجة من 1 إلى { $limit }.
error-unknown-code = استخدم رموزاً من القوائم (مثل C3 أو C7-EHEALTH أو thematic-workshop)، مفصولة بفواصل.
error-unknown-placeholder = لا تستخدم إلا العناصر النائبة {"{"}name{"}"} و{"{"}code{"}"} و{"{"}title{"}"} و{"{"}link{"}"} و{"{"}edition{"}"}، كلٌّ منها بين قوسين معقوفين.
flash-queue-done = راجعت كل ما في قائمتك. شكراً لك!
flash-review-saved = حُفظت مراجعتك.
flash-comment-posted = أُضيفت رسالتك إلى المناقشة.
flash-conflict-declared = سُجّل تضارب المصالح الذي أعلنته؛ وأُخرج المقترح من قائمتك.
flash-review-flagged = أُبلغ المسؤولون عن هذه المراجعة.
flash-flag-needs-reason = للإبلاغ عن مراجعة، اذكر السبب في بضع كلمات.
flash-reviewer-assigned = عُيّن المراجع.
flash-reviewer-unassigned = أُزيل المراجع من هذا المقترح.
flash-decision-recorded = سُجّل القرار. ويبقى معلّقاً إلى أن تُعلن القرارات.
flash-decisions-recorded = سُجّلت القرارات. وتبقى معلّقة إلى أن تُعلنها.
flash-decisions-released = أُعلنت القرارات، والرسائل الإلكترونية في صندوق الصادر.
flash-template-saved = حُفظ نموذج الرسالة الإلكترونية.
flash-review-settings-saved = حُفظت إعدادات المراجعة.
flash-criterion-saved = حُفظ المعيار.
flash-criterion-removed = أُزيل المعيار.
flash-phase-saved = أُضيفت مرحلة المراجعة.
flash-phase-removed = أُزيلت مرحلة المراجعة.
flash-team-saved = أُضيف فريق المراجعين.
flash-team-removed = أُزيل فريق المراجعين.
flash-reviewer-added = مُنح الدور.
flash-auto-assign-done = أصبح لكل مقترح مقدَّم مراجعوه.
flash-auto-assign-short = عُيّن المراجعون، لكن عدد مراجعي بعض المقترحات أقل من المطلوب: أضف مراجعين أو وسّع نطاقات الفرق، ثم أعد التعيين.
flash-review-moderated = سُجّل إجراء الإشراف.
flash-session-confirmed = شكراً لك: تأكدت جلستك.
criterion-relevance = الصلة بخطوط العمل وأهداف التنمية المستدامة
criterion-multistakeholder = فريق متحدثين متعدد أصحاب المصلحة
criterion-balance = التوازن الإقليمي والتوازن بين الجنسين
criterion-interactivity = التفاعلية والتصميم الهجين
criterion-quality = الوضوح والجودة
criterion-novelty = الجِدّة
criterion-relevance-low = لا صلة له بخطوط العمل وأهداف التنمية المستدامة
criterion-relevance-high = في صميم خطوط العمل وأهداف التنمية المستدامة التي يذكرها
criterion-multistakeholder-low = فئة واحدة فقط من أصحاب المصلحة
criterion-multistakeholder-high = عدة فئات من أصحاب المصلحة، لكل منها دور حقيقي
criterion-balance-low = منطقة واحدة وجنس واحد
criterion-balance-high = توازن بين المناطق وبين الجنسين
criterion-interactivity-low = كلمات فقط دون مجال للجمهور
criterion-interactivity-high = قائمة على النقاش، حضورياً وعبر الإنترنت
criterion-quality-low = أهداف ومخطط غير واضحين
criterion-quality-high = أهداف ومخطط ونتائج متوقعة واضحة
criterion-novelty-low = يكرر ما تناولته المنتديات السابقة
criterion-novelty-high = سؤال أو نهج أو صوت جديد
criterion-weight = الوزن { $weight }، والدرجات من 1 إلى { $max }
rec-accept = القبول
rec-weak-accept = القبول إن توفّر مكان
rec-weak-reject = يُفضَّل عدم القبول
rec-reject = الرفض
confidence-1 = منخفضة: خارج مجال خبرتي
confidence-2 = متوسطة
confidence-3 = عالية: أعرف هذا المجال جيداً
outcome-accept = القبول
outcome-waitlist = قائمة الانتظار
outcome-reject = لم يُختر
queue-title = المراجعات
queue-progress = عدد المقترحات التي راجعتها: { $done } من أصل { $total }.
queue-start-next = راجع المقترح التالي
queue-nothing-next = لا يوجد ما ينتظر مراجعتك.
queue-to-review = للمراجعة
queue-reviewed = تمت مراجعتها
queue-assigned = مُسند إليك
queue-in-line = ضمن خط عملك
queue-why = السبب
queue-your-review = مراجعتك
agg-count = المراجعات
agg-mean = المتوسط المرجّح
agg-median = الوسيط
agg-spread = الانحراف المعياري
agg-disagreement = تباين آراء المراجعين
agg-reviews-assigned = المراجعات / المُسندة
blind-hidden = مخفي (مراجعة مغفلة الهوية)
results-hidden = مخفي في هذه المرحلة
blind-panelist = مشارك في الفريق (الاسم مخفي)
blind-notice = مراجعة مغفلة الهوية: أسماء مقدّمي المقترح والمشاركين في الفريق مخفية عنك. احكم على المقترح بناءً على مضمونه.
review-lead-organization = المنظمة الرئيسية
review-lead-type = فئتها من أصحاب المصلحة
review-lead-country = بلدها
review-yours = مراجعتك
review-note = ملاحظة (اختيارية)
review-confidence = درجة ثقتك
review-confidence-line = درجة الثقة: { $level }
review-recommendation = توصيتك
review-comment = تعليق للمنظِّمين
review-comment-hint = لا يطّلع عليه مقدّمو المقترح. اذكر ما من شأنه تحسين الجلسة أو سبب عدم اختيارها.
review-save = حفظ
review-save-next = حفظ ومراجعة المقترح التالي
review-skip-next = التخطي إلى المقترح التالي
review-scores = الدرجات
review-others = المراجعات الأخرى
review-state-hidden = أخفاها أحد المسؤولين
review-state-locked = مقفلة
review-state-flagged = مُبلَّغ عنها
review-flag = الإبلاغ عنها لغرض الإشراف
review-flag-reason = لماذا ينبغي أن ينظر أحد المسؤولين في هذه المراجعة؟
review-moderate-link = الإشراف على المراجعات
review-moderation-history = ما اتخذه المسؤولون من إجراءات بشأن مراجعتك
review-staff-title = أدوات المنظِّمين
assign-title = المراجعون المعيَّنون
assign-reviewer = إضافة مراجع (عدد المراجعات المسندة إليه حتى الآن)
assign-add = تعيين
assign-remove = إزالة { $name }
conflicts-title = حالات تضارب المصالح
decision-title = القرار
decision-current = القرار: { $outcome } ({ $status })
decision-pending = معلّق، لم يُعلَن بعد
decision-released = مُعلَن
decision-none = لم يُتخذ قرار
decision-outcome = النتيجة
decision-note = ملاحظة داخلية
decision-note-hint = للمنظِّمين فقط؛ ولا تُرسل إلى مقدّمي المقترح.
decision-save = تسجيل القرار
discussion-title = مناقشة المراجعين
discussion-hint = لا يطّلع على هذه المناقشة إلا مراجعو هذا المقترح والمنظِّمون؛ ولا يراها مقدّمو المقترح أبداً.
discussion-new = رسالتك
discussion-post = نشر
conflict-declare-title = تضارب المصالح
conflict-declare-hint = إذا كنت تعمل مع مقدّمي المقترح، أو كنت عضواً في فريق المتحدثين، أو تعذّر عليك الحكم على المقترح بإنصاف لسبب آخر، فأعلن ذلك: يخرج المقترح من قائمتك، ولا تُحتسب مراجعتك بعد ذلك إن وُجدت.
conflict-reason = السبب
conflict-declare = الإعلان عن تضارب في المصالح
selection-title = المقترحات والاختيار
selection-count = عدد المقترحات المطابقة: { $total }. الصفحة { $page } من { $pages }.
selection-none = لا يوجد مقترح يطابق عوامل التصفية هذه.
select-proposal = تحديد { $code }
select-proposals = المقترحات المطلوب البت فيها
bulk-title = البت في المقترحات المحددة
bulk-decide = تسجيل القرار بشأن المقترحات المحددة
filter-title = التصفية والترتيب
filter-search = البحث في الرمز أو العنوان أو المنظمة
filter-any = الكل
filter-line = خط العمل
filter-sdg = هدف التنمية المستدامة
filter-region = منطقة المنظمة الرئيسية
filter-stakeholder = فئة أصحاب المصلحة للمنظمة الرئيسية
filter-disagreement = المقترحات التي تتباين فيها آراء المراجعين فقط
filter-apply = تطبيق
filter-clear = مسح عوامل التصفية
sort-by = الترتيب حسب
sort-direction = اتجاه الترتيب
sort-asc = تصاعدي
sort-desc = تنازلي
sort-code = الرمز
sort-title = العنوان
sort-mean = المتوسط المرجّح
sort-median = الوسيط
sort-spread = الانحراف المعياري
sort-reviews = عدد المراجعات
sort-decision = القرار
pager-label = الصفحات
pager-prev = الصفحة السابقة
pager-next = الصفحة التالية
decisions-title = القرارات والرسائل الإلكترونية
release-title = إعلان القرارات
release-nothing = لا توجد قرارات تنتظر الإعلان.
release-pending = القرارات التي تنتظر الإعلان ({ $count }):
release-hint = يؤدي الإعلان إلى تغيير حالة كل مقترح وإرسال رسالة القرار الإلكترونية إلى منظِّميه بلغتهم. ولا يمكن التراجع عنه، غير أنه يمكن تغيير القرار وإعلانه مرة أخرى.
release-button = إعلان القرارات وإرسال الرسائل الإلكترونية
release-review-pending = الاطلاع على القرارات المعلّقة في القائمة
templates-title = رسائل القرارات الإلكترونية
templates-hint = لكل نتيجة رسالتها الإلكترونية بكل لغة. ويُستخدم النص المدمج ما لم تغيّره.
templates-language = لغة النماذج
template-subject = الموضوع
template-body = النص
template-placeholders = العناصر النائبة: {"{"}name{"}"} (المرسَل إليه)، و{"{"}code{"}"}، و{"{"}title{"}"}، و{"{"}link{"}"} (صفحة المقترح)، و{"{"}edition{"}"}.
template-preview = معاينة
template-save = حفظ النموذج
template-custom = عدّله المنظِّمون
review-setup-title = إعداد المراجعة
review-settings-title = إعدادات المراجعة
review-per-proposal = عدد المراجعين لكل مقترح
review-threshold = عتبة تباين الآراء
review-threshold-hint = الانحراف المعياري للدرجات (0–100) الذي يُعدّ المراجعون عند تجاوزه متباينين في آرائهم.
review-blind = مراجعة مغفلة الهوية
review-blind-hint = عندئذٍ لا يرى المراجعون والميسّرون أسماء مقدّمي المقترحات أو المنظمات أو المشاركين في الفرق، في أي صفحة أو ملف مُصدَّر.
review-settings-save = حفظ إعدادات المراجعة
auto-assign-title = التعيين التلقائي
auto-assign-hint = يعيّن لكل مقترح مقدَّم العدد المحدد من المراجعين ({ $n })، ويوزّع العمل بالتساوي، ويلتزم بنطاقات الفرق، ولا يعيّن أبداً أي شخص لديه تضارب في المصالح. وتبقى التعيينات القائمة كما هي.
auto-assign-button = تعيين المراجعين تلقائياً
criteria-title = المعايير
criteria-hint = تمنح كل مراجعة درجة لكل معيار؛ ويحوّل المتوسط المرجّح كل درجة إلى مقياس من 0 إلى 100 ويطبّق عليها وزنها. مجموع الأوزان حالياً: { $total }.
criterion-name = الاسم
criterion-name-default = اتركه فارغاً للإبقاء على الاسم القياسي، مترجماً لكل قارئ.
criterion-description = إرشادات للمراجعين
criterion-weight-label = الوزن
criterion-scale = أعلى درجة
criterion-save = حفظ «{ $name }»
criterion-remove = إزالة «{ $name }»
criterion-new = معيار جديد
criterion-add = إضافة المعيار
criterion-scale-texts = معنى الدرجات
criterion-scale-low = معنى { $min } ({ $language })
criterion-scale-high = معنى { $max } ({ $language })
criterion-scale-hint-default = اترك اللغة فارغة لعرض النص القياسي بها.
criterion-scale-hint-custom = لغة واحدة على الأقل لكل طرف. يرى قرّاء اللغات الأخرى أول نص أُدخل.
phases-title = مراحل المراجعة
phases-none = لم تُحدَّد أي مرحلة: باب المراجعة مفتوح، ولا يرى المراجعون مراجعات بعضهم بعضاً.
phase-new = مرحلة جديدة
phase-name = الاسم
phase-starts = تبدأ في
phase-ends = تنتهي في
phase-may-review = يجوز للمراجعين كتابة المراجعات وتغييرها
phase-see-others = يرى المراجعون المراجعات الأخرى بعد أن يكتبوا مراجعاتهم
phase-proposers-edit = يجوز لمقدّمي المقترحات مواصلة تعديل المقترحات المقدَّمة
phase-no-rights = لا يجوز لأحد تغيير أي شيء
phase-add = إضافة المرحلة
phase-remove = إزالة { $name }
reviewers-title = المراجعون والميسّرون
reviewer-name = الاسم
reviewer-roles = الأدوار
reviewer-assigned = المُسندة
reviewer-reviewed = المُنجزة
reviewer-add-title = منح دور المراجع أو الميسّر
reviewer-email-hint = عنوان البريد الإلكتروني لحساب الشخص.
reviewer-line = خط العمل المطلوب تيسيره
reviewer-line-hint = اتركه فارغاً لجعل الشخص مراجعاً؛ أو أدخل رمزاً مثل C3 أو C3-LIB لجعله ميسّراً لخط العمل هذا.
reviewer-add = منح الدور
facilitator-of = ميسّر خط العمل: { $lines }
teams-title = فرق المراجعين
teams-hint = لا يُسند إلى المراجع المنتمي إلى فرق إلا المقترحات التي تقع ضمن خطوط العمل والأشكال الخاصة بأحد فرقه؛ أما المراجع الذي لا ينتمي إلى أي فريق فيمكن أن يُسند إليه أي مقترح.
team-new = فريق جديد
team-name = الاسم
team-lines = خطوط العمل
team-lines-hint = رموز مفصولة بفواصل، مثل C7, C3-LIB. إذا تُرك فارغاً: أي خط عمل.
team-formats = الأشكال
team-formats-hint = رموز مفصولة بفواصل، مثل thematic-workshop. إذا تُرك فارغاً: أي شكل.
team-members = الأعضاء
team-members-hint = عناوين البريد الإلكتروني للمراجعين أو الميسّرين، مفصولة بفواصل أو كلٌّ منها في سطر مستقل.
team-add = إضافة الفريق
team-any = أي مقترح
team-remove = إزالة { $name }
moderation-title = الإشراف على المراجعات
moderation-lead = تظهر المراجعات المبلَّغ عنها أولاً. ويتطلب كل إجراء ذكر سبب، ويُسجَّل في سجل التدقيق، ويُعرض على كاتب المراجعة.
moderation-show-all = عرض جميع المراجعات
moderation-show-flagged = عرض المراجعات المبلَّغ عنها فقط
moderation-none = لا توجد مراجعات للإشراف عليها.
moderation-by = كتبها { $name }
moderation-act = اتخاذ إجراء بشأن هذه المراجعة
moderation-action = الإجراء
moderation-reason = السبب
moderation-reason-hint = مطلوب. سيطّلع عليه كاتب المراجعة.
moderation-edit-fields = النص الجديد أو التوصية الجديدة أو المراجع الجديد (لإجراءَي «تعديل» و«إعادة الإسناد»)
moderation-new-reviewer = المراجع الجديد
moderation-apply = تطبيق
moderation-before-after = قبل وبعد
moderation-flag = الإبلاغ
moderation-unflag = إلغاء الإبلاغ
moderation-hide = إخفاء
moderation-restore = استعادة
moderation-edit = تعديل
moderation-reassign = إعادة الإسناد إلى مراجع آخر
moderation-lock = قفل
moderation-unlock = إلغاء القفل
organize-title = توازن البرنامج
organize-tools = أدوات المنظِّمين
organize-submitted = مقترحات مقدَّمة
organize-reviewed = روجعت مرة واحدة على الأقل
organize-accepted = مقبولة
organize-pending = قرارات تنتظر الإعلان
balance-lead = يقارن كل رسم بياني جميع المقترحات المقدَّمة بمجموعة المقترحات المقبولة (سواء أُعلنت أم لا). ويعرض الجدول الوارد تحت كل رسم بياني الأرقام.
balance-dim-stakeholder = فئة أصحاب المصلحة للمنظمة الرئيسية
balance-dim-region = منطقة الاتحاد الدولي للاتصالات للمنظمة الرئيسية
balance-dim-gender = جنس المشاركين في فرق المتحدثين
balance-dim-line = خطوط العمل
balance-dim-sdg = أهداف التنمية المستدامة
balance-dim-format = أشكال الجلسات
balance-dim-country = بلد المنظمة الرئيسية
balance-chart-summary = رسم بياني شريطي يبيّن { $dimension } (عدد الفئات: { $count }؛ تُعرض أكبرها).
balance-legend-all = جميع المقترحات المقدَّمة
balance-legend-accepted = المقبولة
balance-category = الفئة
balance-submitted = المقدَّمة
balance-accepted = المقبولة
balance-share = النسبة
line-reports-title = تقارير خطوط العمل
line-reports-lead = لكل خط عمل: المقترحات المقدَّمة في إطاره، والقرارات المعلنة، والتوازن، لإبلاغها إلى وكالة الأمم المتحدة الميسِّرة.
line-report-count = عدد المقترحات المقدَّمة في هذا الخط وموضوعاته الفرعية: { $count }.
line-report-csv = تنزيل بصيغة CSV
confirm-title = تأكيد جلستك
confirm-text = قُبل مقترحك. يُرجى تأكيد أنك ستعقد الجلسة على النحو المقترح.
confirm-button = تأكيد الجلسة
email-decision-accept-subject = { $edition }: قُبلت جلستك { $code }
email-decision-accept-body =
    مرحباً { $name }،

    يسرّنا إبلاغك بأن مقترح الجلسة { $code } «{ $title }» قد قُبل في { $edition }.

    يُرجى تأكيد أنك ستعقد الجلسة، من هنا:

    { $link }

    سنكتب إليك مرة أخرى عند نشر جدول الأعمال.
email-decision-waitlist-subject = { $edition }: مقترحك { $code } على قائمة الانتظار
email-decision-waitlist-body =
    مرحباً { $name }،

    نشكرك على اقتراح «{ $title }» ({ $code }) في { $edition }. لقد تلقّينا مقترحات قوية كثيرة؛ ومقترحك على قائمة الانتظار، وسنكتب إليك إذا شغر مكان.

    يمكنك متابعة حالته من هنا:

    { $link }
email-decision-reject-subject = { $edition }: مقترحك { $code }
email-decision-reject-body =
    مرحباً { $name }،

    نشكرك على اقتراح «{ $title }» ({ $code }) في { $edition }. ونأسف لتعذّر اختياره هذا العام؛ فقد تلقّينا مقترحات تفوق بكثير ما يتسع له البرنامج.

    نأمل أن نراك في المنتدى، ويمكنك قراءة مقترحك من هنا:

    { $link }
outcome-merge = دُمج في جلسة أخرى
error-merge-two-or-more = اختر مقترحين أو أكثر لدمجهما.
error-not-mergeable = لا يمكن دمج إلا المقترحات المقدَّمة أو التي صدر بشأنها قرار؛ أما المقترحات المسحوبة أو المدمجة أو المؤكدة أو المدرجة في الجدول فلا يمكن دمجها.
flash-proposals-merged = دُمجت المقترحات في هذه الجلسة. يظل قبولها والدمج معلّقين إلى أن تعلن القرارات.
bulk-merge = دمج المقترحات المختارة في جلسة واحدة
bulk-merge-hint = أو ادمجها: ستختار في الصفحة التالية المقترح الذي يبقى بوصفه الجلسة وعنوانها.
merge-title = دمج المقترحات في جلسة واحدة
merge-lead = تحتفظ الجلسة برمز المقترح المختار ومحتواه، وتضم المشاركين في المقترحات الأخرى وخطوط عملها وأهدافها للتنمية المستدامة ومنظماتها (بوصفها جهات مشاركة في التنظيم). ويحتفظ كل مقترح مدمج بسجله ويشير إلى الجلسة. ويمكنك تعديل الجلسة بعد ذلك. ولا يُعلَن شيء إلى أن تعلن القرارات.
merge-primary = المقترح الذي يصبح الجلسة
merge-primary-hint = يبقى رمزه ووصفه ومديره.
merge-title-label = عنوان الجلسة
merge-title-hint = غالباً ما يكون عنواناً جديداً يشمل جميع المقترحات المدمجة.
merge-button = الدمج في جلسة واحدة
merge-cancel = إلغاء
merged-from = دُمجت هذه الجلسة من
merged-into = دُمج هذا المقترح في الجلسة
email-decision-merge-subject = { $edition }: مقترحكم { $code } ينضم إلى جلسة مشتركة
email-decision-merge-body =
    مرحباً { $name }،

    نشكركم على اقتراح «{ $title }» ({ $code }) في إطار { $edition }. لقد وردت عدة مقترحات قوية حول الموضوع نفسه، ولذلك قررت لجنة البرنامج دمج مقترحكم مع مقترحات أخرى في جلسة واحدة. ومنظمتكم جهة مشاركة في تنظيم تلك الجلسة، والمشاركون في فريقكم جزء منها.

    يمكنكم الاطلاع على الجلسة ومتابعتها هنا:

    { $link }
coorganizers-none-short = لا توجد
error-review-unassigned = لم تعد مكلَّفاً بمراجعة هذا المقترح؛ تبقى مراجعتك مسجلة ولكن لم يعد بالإمكان تعديلها.
moderation-page = الصفحة { $page } من { $pages }.
moderation-audit-link = الاطلاع على إجراءات الإشراف في سجل التدقيق.
audit-title = سجل التدقيق
audit-lead = كل تغيير أُجري في البوابة: من قام به، وما هو، ومتى، ومن أي عنوان، والحالة قبله وبعده. الأحدث أولاً.
audit-action = الإجراء
audit-action-hint = بداية اسم الإجراء، مثل review. أو decision.
audit-target = الهدف
audit-target-hint = رمز مقترح، أو رقم مستخدم أو مراجعة.
audit-when = متى
audit-who = من
audit-change = قبل وبعد
audit-address = العنوان
audit-before-after = عرض
audit-system = البوابة
audit-none = لا يوجد قيد مطابق.

## Agenda: shared
nav-agenda = جدول الأعمال
day-long = { $weekday } { $day } { $month } { $year }
date-long = { $day } { $month } { $year }
datetime-long = { $date }، الساعة { $time } { $zone }
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## Agenda builder (organizers)
agenda-builder-title = إعداد جدول الأعمال
agenda-step = خطوة الشبكة
agenda-step-venue = خطوة المكان ({ $minutes } دقيقة)
agenda-step-minutes = { $minutes } دقيقة
agenda-rooms-shown = القاعات المعروضة: { $shown } من { $total }
agenda-tools = أدوات جدول الأعمال
agenda-venue-title = المكان والشبكة الزمنية
agenda-sessions-title = الجلسات وعدد الحضور
agenda-schedule-title = الجدولة التلقائية
agenda-release-title = نشر جدول الأعمال
agenda-back-to-builder = العودة إلى إعداد جدول الأعمال
agenda-days = الأيام
agenda-how = اختر جلسة من القائمة أو من الشبكة، ثم اضغط «+» في خانة من الشبكة، أو اختر قاعة ووقت بدء أدناه واضغط «وضع». تحتفظ الجلسات بمدة شكلها.
agenda-drag-hint = يمكنك أيضًا سحب جلسة إلى خانة في الشبكة.
agenda-filter-q = البحث في الجلسات
agenda-filter-format = الشكل
agenda-filter-line = خط العمل
agenda-unscheduled = لم تُجدول بعد
agenda-unscheduled-count = { $shown } معروضة من أصل { $total } لم تُجدول بعد.
agenda-unscheduled-none = لا توجد جلسة تنتظر الجدولة هنا.
agenda-card-meta = { $format }، { $minutes } دقيقة
agenda-has-conflict = تعارض
agenda-room-facts = { $building }، { $capacity } مقعدًا
agenda-hybrid = هجينة
agenda-place-here = ضع الجلسة المختارة في { $room } الساعة { $time }
agenda-place-legend = ضع الجلسة المختارة في هذا اليوم
agenda-room = القاعة
agenda-start = البدء
agenda-time = الوقت
agenda-place = وضع
agenda-unschedule = إزالة من الشبكة
agenda-conflicts = التعارضات
agenda-conflict-error = تعارض
agenda-conflict-warning = تنبيه
agenda-conflict-summary = { $errors } تعارضات و{ $warnings } تنبيهات في جدول الأعمال كله.
agenda-not-placed = غير مجدولة
agenda-remote-panel = متحدثون عن بُعد
agenda-sessions-hint = يُقارن عدد الحضور المتوقع بعدد مقاعد القاعة التي توضع فيها الجلسة.
agenda-audience-for = عدد الحضور المتوقع في { $code }
agenda-audience-save = حفظ
agenda-col-code = الرمز
agenda-col-title = العنوان
agenda-col-format = الشكل والمدة
agenda-col-place = المكان
agenda-col-audience = الحضور المتوقع
conflict-room-overlap = تستضيف { $room } جلسات متزامنة أكثر مما تتسع له: { $sessions }.
conflict-overrun = لا تتسع الفترة في { $room } للجلسة { $session }: فهي تتجاوز نهاية اليوم أو تتداخل مع استراحة أو جلسة عامة.
conflict-person-overlap = { $person } مشارك في جلستين في الوقت نفسه: { $sessions }.
conflict-travel = لدى { $person } { $gap } دقيقة فقط للانتقال بين المبنيين بين { $sessions }.
conflict-unavailable = لا يستطيع { $person } حضور { $session } في ذلك الوقت.
conflict-capacity = تتوقع { $session } حضور { $audience } شخصًا لكن { $room } تتسع لـ { $capacity } فقط.
conflict-no-hybrid = في { $session } متحدثون عن بُعد لكن { $room } غير مجهزة للمشاركة الهجينة.
conflict-parallel = تجري { $count } جلسات في الوقت نفسه، أكثر من الحد المسموح في المكان: { $sessions }.
conflict-same-line = جلستان من خط العمل { $line } في الوقت نفسه: { $sessions }.
flash-agenda-placed = وُضعت الجلسة.
flash-agenda-unscheduled = أُزيلت الجلسة من الشبكة وعادت إلى القائمة.
error-agenda-pick-session = اختر جلسة أولًا، من القائمة أو من الشبكة.
error-agenda-stale = غيّر منظم آخر هذا في الأثناء، فلم يُغيَّر شيء. جدول الأعمال أدناه هو الحالي: راجعه وحاول مرة أخرى.
error-outside-grid = هذا الوقت خارج الشبكة الزمنية لليوم.
error-not-a-forum-day = اختر يومًا من أيام المنتدى.
error-time-invalid = أدخل وقتًا مثل 09:30.

## Venue
grid-title = الشبكة الزمنية
grid-day-start = يبدأ اليوم الساعة
grid-day-end = ينتهي اليوم الساعة
grid-time-hint = بتوقيت جنيف بنظام 24 ساعة، مثل 09:00.
grid-step = خطوة الشبكة (بالدقائق)
grid-travel = الدقائق اللازمة للانتقال بين المباني
grid-travel-hint = يحتاج المتحدثون إلى هذه المدة على الأقل بين جلستين في مبنيين مختلفين.
grid-max-parallel = أقصى عدد من الجلسات المتزامنة
grid-max-parallel-hint = 0 يعني بلا حد.
grid-save = حفظ الشبكة الزمنية
flash-grid-saved = حُفظت الشبكة الزمنية.
error-venue-stale = غيّر شخص آخر هذا في الأثناء. القيم الحالية معروضة: راجعها واحفظ مرة أخرى.
rooms-title = القاعات
room-new = إضافة قاعة
room-name = الاسم
room-building = المبنى
room-building-hint = تحتاج القاعات في مبانٍ مختلفة إلى وقت للانتقال بين الجلسات.
room-capacity = المقاعد
room-parallel = الجلسات المتزامنة
room-parallel-hint = 1 لقاعة اجتماعات؛ أكثر لمساحة معرض فيها عدة أجنحة.
room-interpretation = لغات الترجمة الفورية
room-interpretation-hint = رموز لغات الأمم المتحدة مفصولة بمسافات، مثل «ar en fr».
room-remote-url = رابط المشاركة عن بُعد
room-hybrid = تجهيزات هجينة (يمكن للمتحدثين المشاركة عن بُعد)
room-add = إضافة القاعة
room-save = حفظ القاعة
room-summary = { $name } – { $building }، { $capacity } مقعدًا
room-remove = إزالة { $name }
flash-room-saved = حُفظت القاعة.
flash-room-removed = أُزيلت القاعة.
error-room-in-use = توجد جلسات في هذه القاعة. انقلها أولًا.
error-room-name-taken = توجد قاعة أخرى بهذا الاسم.
error-unknown-language = استخدم رموز لغات الأمم المتحدة: ar وen وes وfr وru وzh.
blocks-title = الاستراحات والجلسات العامة
blocks-hint = لا يمكن وضع جلسة فوق استراحة أو جلسة عامة في القاعات التي تشملها.
block-new = إضافة استراحة أو جلسة عامة
block-kind = النوع
block-kind-break = استراحة
block-kind-plenary = جلسة عامة
block-title = العنوان
block-day = اليوم
block-start = من
block-end = إلى
block-rooms = القاعات
block-rooms-hint = لا تحدد شيئًا لتشمل كل القاعات.
block-all-rooms = كل القاعات
block-add = إضافة
block-remove = إزالة { $title }
flash-block-saved = حُفظت الاستراحة أو الجلسة العامة.
flash-block-removed = أُزيلت الاستراحة أو الجلسة العامة.
unavailable-title = توافر المتحدثين
unavailable-hint = أوقات لا يستطيع فيها أحد أعضاء الفريق الحضور. تظهر الجلسة التي يشارك فيها ذلك الشخص في ذلك الوقت كتعارض.
unavailable-new = إضافة وقت لا يستطيع فيه شخص الحضور
unavailable-email = البريد الإلكتروني لعضو الفريق
unavailable-note = ملاحظة
unavailable-add = إضافة
unavailable-remove = إزالة الإدخال الخاص بـ { $email }
flash-unavailable-saved = حُفظ التوافر.
flash-unavailable-removed = أُزيل الإدخال.
flash-audience-saved = حُفظ عدد الحضور المتوقع.

## Automatic scheduling
schedule-hint = يضع المجدول الجلسات التي لم توضع بعد في الشبكة. لا يخالف أبدًا قاعدة ملزمة (القاعة، الأشخاص، الانتقال، التوافر، المقاعد، التجهيزات الهجينة، الاستراحات) ويباعد بين جلسات خط العمل نفسه قدر الإمكان. لا يتغير شيء حتى تطبق الخطة.
schedule-summary = وُضعت { $placed } جلسات وبقيت { $unplaced }، واستغرق الحساب { $millis } ملّي ثانية. مع هذه الخطة يضم جدول الأعمال كله { $pairs } أزواج من جلسات الخط نفسه في الوقت نفسه.
schedule-apply = تطبيق هذه الخطة
schedule-proposed = المواضع المقترحة
schedule-nothing = كل الجلسات موجودة في الشبكة، أو لا يمكن وضع أي منها.
schedule-unplaced = الجلسات المتبقية
schedule-unplaced-hint = لا يوجد مكان شاغر يناسبها دون مخالفة قاعدة: أضف قاعات أو وقتًا، أو ضعها يدويًا.
flash-schedule-applied = طُبقت الخطة.
error-plan-empty = الخطة فارغة: لا يوجد ما يُطبَّق.

## Releases
release-summary = النشر الآن يعلن { $sessions } جلسة. في جدول الأعمال { $errors } تعارضات.
release-changes = التغييرات منذ آخر نشر
release-note = ملاحظة للجمهور
release-note-hint = اختياري: ما الذي تغير ولماذا.
release-confirm = التأكيد
release-confirm-conflicts = النشر على أي حال، مع { $n } تعارضات في جدول الأعمال.
release-publish = نشر جدول الأعمال
release-earlier = الإصدارات السابقة
release-none-yet = لم يُنشر شيء بعد.
release-heading = الإصدار { $number }، { $when }
changelog-none = لم تُضف أي جلسة ولم تُنقل ولم تُلغَ.
changelog-added = أُضيفت ({ $n })
changelog-moved = نُقلت ({ $n })
changelog-cancelled = أُلغيت ({ $n })
flash-agenda-released = نُشر جدول الأعمال. سيتلقى المعنيون بكل جلسة أُضيفت أو نُقلت أو أُلغيت رسالة بالبريد الإلكتروني.
error-agenda-empty = لا توجد جلسة في الشبكة، فلا يوجد ما يُنشر.
error-agenda-has-conflicts = في جدول الأعمال تعارضات. عالجها، أو حدد المربع للنشر على أي حال.
email-agenda-added-subject = { $code } في جدول أعمال { $edition }
email-agenda-added-body =
    مرحبًا { $name }،

    جلستك { $code }، «{ $title }»، مدرجة في جدول أعمال { $edition } المنشور:

    { $when }، { $room }

    { $link }
email-agenda-moved-subject = تغير موعد { $code }
email-agenda-moved-body =
    مرحبًا { $name }،

    لجلستك { $code }، «{ $title }»، موعد أو قاعة جديدة في جدول أعمال { $edition }:

    { $when }، { $room }

    { $link }
email-agenda-cancelled-subject = لم تعد { $code } في جدول الأعمال
email-agenda-cancelled-body =
    مرحبًا { $name }،

    لم تعد جلستك { $code }، «{ $title }»، مدرجة في جدول أعمال { $edition } المنشور. ستتواصل معك الأمانة.

## Public programme
programme-title = البرنامج
programme-not-yet = لم يُنشر جدول الأعمال بعد. يُرجى العودة لاحقًا.
programme-release = الإصدار { $number }، نُشر في { $when }
programme-releases = الإصدارات السابقة والتغييرات
programme-old-release = أنت تطالع إصدارًا سابقًا. أحدث إصدار هو { $latest }.
programme-see-latest = عرض أحدث جدول أعمال
programme-exports = التنزيلات
export-ics = التقويم (iCalendar)
export-xml = الجدول بصيغة XML
export-json = الجدول بصيغة JSON
export-csv = الجلسات (CSV)
programme-view = العرض
programme-view-grid = شبكة
programme-view-list = قائمة
programme-day = اليوم
programme-mode = طريقة المشاركة
programme-search = بحث
programme-count = الجلسات المطابقة: { $n }.
programme-none = لا توجد جلسة مطابقة في هذا اليوم.
session-when-geneva = { $day }، { $time } بتوقيت جنيف (UTC{ $offset })
session-when-utc = { $time } بالتوقيت العالمي
session-when-local = بتوقيتك
session-where = { $room }، { $building }
session-remote-link = الانضمام عن بُعد
session-interpretation = الترجمة الفورية: { $languages }
session-add-calendar = إضافة إلى تقويمي
session-abstract = الملخص
session-description = الوصف
session-organizers = المنظمون
session-panel = المتحدثون
session-lines = خطوط عمل القمة العالمية لمجتمع المعلومات
session-sdgs = أهداف التنمية المستدامة
session-back = العودة إلى البرنامج
speaker-sessions = الجلسات
speakers-title = المتحدثون
speakers-search = البحث بالاسم أو المسمى الوظيفي أو المنظمة
speakers-country = البلد
speakers-count = عدد المتحدثين في البرنامج: { $n }.
speakers-matching = المتحدثون المطابقون: { $shown } من { $total }.
speakers-none = لا يوجد متحدث يطابق هذا البحث.
speakers-all = عرض جميع المتحدثين
speakers-pages = صفحات قائمة المتحدثين
speakers-page = الصفحة { $page } من { $pages }
speakers-previous = الصفحة السابقة
speakers-next = الصفحة التالية
matrix-title = مصفوفة خطوط العمل وأهداف التنمية المستدامة
matrix-intro = جلسات الإصدار { $release } حسب خط العمل وهدف التنمية المستدامة. يحيل كل رقم إلى جلساته.
matrix-csv = تنزيل المصفوفة (CSV)
matrix-line = خط العمل
matrix-sdg = الهدف { $n }
matrix-total = المجموع
matrix-cell = { $n } جلسة في { $line } والهدف { $sdg }
programme-filter = تصفية
programme-filters = عوامل التصفية
programme-filters-active = عوامل التصفية ({ $n } مفعّلة)
programme-legend = ما تعنيه الألوان
programme-now = الآن
programme-next = التالي
now-title = الآن وبعد ذلك
now-at = { $day }، الساعة { $time } (بتوقيت جنيف)
now-before = يبدأ المنتدى في { $day }. الجلسات الأولى:
now-over = انتهى المنتدى. شكرًا لمشاركتكم.
now-free = شاغرة
now-nothing-later = لا شيء آخر اليوم
now-nothing-that-day = لا شيء في ذلك اليوم
now-full-programme = البرنامج كاملًا
print-title = البرنامج للطباعة
print-link = البرنامج للطباعة (A4)
print-time = الوقت
print-room = القاعة
print-session = الجلسة
print-release = الإصدار { $number }
print-geneva-time = جميع الأوقات بتوقيت جنيف
print-hint = استخدم أمر الطباعة في متصفحك: يبدأ كل يوم في صفحة A4 جديدة.
print-hint-sign = استخدم أمر الطباعة في متصفحك لطباعة هذه اللافتة على ورق A4.
sign-title = لافتة القاعة
sign-qr = رمز QR يؤدي إلى { $url }
sign-back = العودة إلى الجلسة
session-sign = لافتة القاعة للطباعة
embed-full-programme = البرنامج كاملًا
offline-notice = أنت غير متصل بالإنترنت. هذه نسخة البرنامج المحفوظة على هذا الجهاز: الإصدار { $number }، المنشور في { $when }.
update-notice = نُشر إصدار أحدث من البرنامج.
update-show = اعرضه
star-off = تمييز
star-on = مميَّزة
mine-title = برنامجي
mine-overlap = تداخل
mine-overlaps-with = في الوقت نفسه مع { $sessions }
mine-dropped = لم تعد في البرنامج
mine-dropped-hint = أُلغيت هذه الجلسات المميَّزة أو دُمجت في جلسات أخرى منذ أن ميَّزتها.
mine-empty = لم تميِّز أي جلسة بعد. ميِّز الجلسات في البرنامج لتظهر هنا يومًا بيوم.
mine-account = تُحفظ جلساتك المميَّزة في حسابك، على كل جهاز تسجّل الدخول منه.
mine-browser = تُحفظ جلساتك المميَّزة في هذا المتصفح فقط.
mine-sign-in = سجّل الدخول لحفظها في حسابك والحصول على موجز تقويم.
mine-no-js = من دون JavaScript، يتطلب تمييز الجلسات حسابًا: سجّل الدخول أولًا.
feed-title = موجز التقويم
feed-hint = اشترك في هذا العنوان الخاص من تطبيق التقويم لديك. يتبع كل تغيير في البرنامج: تنتقل الجلسات المنقولة وتختفي الملغاة. يستطيع كل من لديه العنوان رؤية جلساتك المميَّزة.
feed-address = عنوان تقويمك الخاص
feed-renew = إنشاء عنوان جديد
feed-revoke = إيقاف الموجز
feed-renew-hint = العنوان الجديد يوقف القديم فورًا، وكذلك إيقاف الموجز.
feed-none = احصل على جلساتك المميَّزة في تطبيق التقويم لديك عبر عنوان خاص يتبع كل تغيير في البرنامج.
feed-create = إنشاء عنوان تقويمي
flash-feed-made = عنوان تقويمك جاهز. لم يعد أي عنوان سابق يعمل.
flash-feed-revoked = توقف موجز التقويم. لم يعد عنوانه يعمل.
error-too-many-stars = لقد ميَّزت أقصى عدد من الجلسات يمكن لحساب واحد حفظه (1000). أزل بعض التمييزات أولًا.

## Automation API
api-invalid = بعض الحقول غير صالحة؛ راجع رسالة كل حقل.
api-error-not-found = لا يوجد شيء هنا، أو لا يحق لهذا الحساب رؤيته.
api-error-unauthenticated = أرسل رمز وصول شخصيًا صالحًا وغير منتهٍ: Authorization: Bearer wsis_…
api-error-forbidden = لا يحق لهذا الرمز أو لحسابه القيام بذلك.
api-error-rate-limited = طلبات كثيرة جدًا من هذا الرمز؛ انتظر المدة المذكورة في Retry-After.
api-error-internal = حدث خطأ من جهتنا، وقد سُجّل.
api-error-no-such-route = لا يوجد مسار بهذا الاسم في الواجهة. راجع ‎/api/v1/openapi.json.
api-error-bad-json = نص الطلب ليس بصيغة JSON التي يتوقعها هذا المسار.
api-error-bad-query = سلسلة الاستعلام ليست كما يتوقعها هذا المسار.
tokens-title = رموز الواجهة البرمجية
tokens-intro = تتيح رموز الوصول الشخصية لبرامجك النصية استخدام واجهة الأتمتة في البوابة باسمك وبصلاحياتك. امنح كل برنامج رمزه الخاص وألغه عندما لا تعود بحاجة إليه.
tokens-openapi = وصف الواجهة (OpenAPI)
tokens-yours = رموزك
tokens-none = ليس لديك رموز بعد.
token-new = إنشاء رمز
token-name = الاسم
token-name-hint = الغرض منه، مثل «مزامنة البرنامج».
token-scopes = ما يحق له فعله
token-scope-read = القراءة
token-scope-write = التغيير (الإنشاء والبت والجدولة)
token-days = ينتهي بعد (أيام)
token-days-hint = اتركه فارغًا لرمز يبقى صالحًا حتى تلغيه.
token-create = إنشاء الرمز
token-created = رمزك الجديد «{ $name }»:
token-created-once = انسخه الآن: لن يُعرض إلا هذه المرة ولا يمكن عرضه مجددًا.
token-prefix = يبدأ بـ
token-created-at = أُنشئ
token-last-used = آخر استخدام
token-expires = ينتهي
token-actions = الإجراءات
token-never-used = لم يُستخدم
token-no-expiry = لا ينتهي
token-revoked = أُلغي
token-revoke = إلغاء { $name }
flash-token-revoked = أُلغي الرمز؛ لم يعد بوسع البرامج التي تستخدمه الدخول.

## People (admins)
nav-people = الأشخاص
people-title = الأشخاص
people-search = الاسم أو العنوان أو المنظمة
people-role = الدور
people-count = عدد الأشخاص: { $n }.
people-status = الحالة
people-change = التغيير
people-active = نشط
people-inactive = معطَّل
people-roles-of = أدوار { $name }
people-save-roles = حفظ الأدوار
people-deactivate = تعطيل { $name }
people-reactivate = إعادة تنشيط { $name }
people-pages = الصفحات
people-invite = دعوة شخص
people-invite-hint = المراجعون وميسرو خطوط العمل والمنظمون والمسؤولون. يحصل العنوان الذي له حساب على الدور فورًا؛ ويتلقى العنوان الجديد رسالة فيها رابط لاختيار كلمة مرور، صالح سبعة أيام.
people-name-hint = مطلوب فقط إذا لم يكن للعنوان حساب بعد.
people-line = خط العمل
people-line-hint = للميسرين: الخط الذي ييسرونه، مثل C7 أو C7-EHEALTH.
people-invite-send = دعوة
flash-person-invited = الدعوة في طريقها.
flash-person-role-added = الحساب موجود من قبل؛ وصار له الدور الآن.
flash-person-roles-saved = حُفظت الأدوار.
flash-person-deactivated = عُطّل الحساب وسُجّل خروجه من كل مكان.
flash-person-reactivated = صار الحساب نشطًا من جديد.
error-cannot-deactivate-self = لا يمكنك تعطيل حسابك.
email-staff-invitation-subject = أنت مدعو إلى بوابة التشاور لمنتدى القمة العالمية لمجتمع المعلومات
email-staff-invitation-body =
    مرحبًا { $name }،

    دعاك { $inviter } إلى بوابة التشاور لمنتدى القمة العالمية لمجتمع المعلومات. اختر كلمة المرور من هنا (الرابط صالح سبعة أيام):

    { $link }
audit-csv = تنزيل هذه الأحداث (CSV)
outbox-title = صندوق البريد الصادر
outbox-intro = ينتظر كل بريد تكتبه البوابة هنا حتى يقبله خادم SMTP؛ ويُعاد إرسال ما فشل بفواصل متزايدة لنحو يوم. أعد محاولة إرسال رسالة فاشلة أو منتظرة الآن، أو أرسل رسالة مسلَّمة مرة أخرى.
outbox-status = الحالة
outbox-status-pending = في الانتظار
outbox-status-sent = أُرسلت
outbox-status-failed = فشلت
outbox-to = المستلم
outbox-subject = الموضوع
outbox-written = كُتبت
outbox-count = عدد الرسائل: { $n }.
outbox-retry = إعادة المحاولة الآن
outbox-resend = الإرسال مرة أخرى
flash-email-requeued = وُضعت الرسالة في الانتظار وستُرسل خلال دقيقة.
account-my-data = تنزيل بياناتي (JSON)

# حماية البيانات: المحو
account-erase-title = محو حسابي
account-erase-lead = يُحذف اسمك وعنوان بريدك الإلكتروني وكلمة مرورك، ويُسجَّل خروجك من كل الأجهزة. تبقى المقترحات والمراجعات التي شاركت فيها لدى منظماتها، دون اسمك. لا يمكن التراجع عن ذلك.
account-erase-confirm = أفهم أنه لا يمكن التراجع عن ذلك.
account-erase-submit = محو حسابي
error-erase-not-confirmed = ضع علامة في المربع للتأكيد.
error-already-erased = سبق محو هذا الحساب.
error-last-admin = تحتاج البوابة إلى مسؤول نشط واحد على الأقل: عيِّن مسؤولاً آخر أولاً.
flash-account-erased = تم محو حسابك. شكراً لمشاركتك.
people-erase = محو البيانات الشخصية لـ { $name }
people-erase-confirm = طلب هذا الشخص المحو، وأفهم أنه لا يمكن التراجع عن ذلك.
people-erase-submit = محو
flash-person-erased = تم محو البيانات الشخصية؛ تبقى المقترحات والمراجعات دون الاسم.
flash-erase-needs-confirmation = لم يُمحَ شيء: ضع علامة في مربع التأكيد أولاً.

# E-mail template previews (admins)
mailpreview-title = قوالب البريد الإلكتروني
mailpreview-intro = كل رسالة ترسلها البوابة، مكتوبة بقيم أمثلة باللغة التي تختارها. تعرض رسائل القرارات النص الافتراضي؛ ويمكن للمنظمين تكييفه لكل دورة في صفحة القرارات.
mailpreview-languages = لغة القالب
template-verify-email = تأكيد عنوان البريد الإلكتروني
template-account-exists = تسجيل بعنوان له حساب
template-reset-password = إعادة تعيين كلمة المرور
template-proposal-received = إيصال المقترح
template-draft-reminder = تذكير بالمسودة قبل الموعد النهائي
template-speaker-invitation = دعوة متحدث
template-coorganizer-invitation = دعوة منظم مشارك
template-join-request = طلب الانضمام إلى منظمة
template-decision-accept = القرار: مقبول
template-decision-waitlist = القرار: على قائمة الانتظار
template-decision-reject = القرار: لم يُختر
template-decision-merge = القرار: مدمج
template-agenda-added = جدول الأعمال: جلسة مجدولة
template-agenda-moved = جدول الأعمال: جلسة نُقلت
template-agenda-cancelled = جدول الأعمال: جلسة أُلغيت
template-staff-invitation = دعوة موظف

## Action Lines and SDGs of the edition (/organize/taxonomy)
taxonomy-title = خطوط العمل وأهداف التنمية المستدامة
taxonomy-lead = يختار مقدمو المقترحات من خطوط العمل وأهداف التنمية المستدامة المعروضة هنا. يمكنك إعادة تسمية بند أو سحبه أو إضافة موضوع فرعي يديره شريك تحت خط عمل. المقترح الذي اختار بندًا مسحوبًا من قبل يحتفظ به.
taxonomy-fixed = أنواع أصحاب المصلحة ومناطق الاتحاد الدولي للاتصالات والبلدان تتبع قوائم الأمم المتحدة والاتحاد ولا تُعدَّل هنا.
taxonomy-lines = خطوط العمل والخطوط الفرعية والمواضيع الفرعية
taxonomy-sdgs = أهداف التنمية المستدامة
taxonomy-offered = معروض
taxonomy-retired = مسحوب
taxonomy-added = مضاف في هذه الدورة
taxonomy-edit = تعديل { $code }
taxonomy-name = الاسم
taxonomy-name-hint = اتركه فارغًا لاستخدام الاسم المعتمد مترجمًا إلى كل لغة. الاسم المكتوب هنا يظهر كما هو في جميع اللغات.
taxonomy-moderator = يديره
taxonomy-active = معروض لمقدمي المقترحات
taxonomy-save = حفظ { $code }
taxonomy-add-title = إضافة موضوع فرعي
taxonomy-add-lead = الموضوع الفرعي يتبع خط عمل، وكثيرًا ما تديره منظمة شريكة، ويُعرض على مقدمي المقترحات فورًا.
taxonomy-parent = خط العمل
taxonomy-code = الرمز
taxonomy-code-hint = رمز خط العمل ثم شرطة ثم من 2 إلى 12 حرفًا لاتينيًا كبيرًا أو رقمًا، مثل C3-OPENDATA.
taxonomy-add = إضافة الموضوع الفرعي
flash-taxonomy-saved = تم حفظ البند.
flash-taxonomy-added-flash = تمت إضافة الموضوع الفرعي وهو معروض الآن لمقدمي المقترحات.
error-keep-one-active = أبقِ بندًا واحدًا على الأقل من هذه القائمة معروضًا، وإلا فلن يمكن تقديم أي مقترح.
error-theme-code-format = استخدم رمز خط العمل ثم شرطة ثم من 2 إلى 12 حرفًا لاتينيًا كبيرًا أو رقمًا (مثل C3-OPENDATA).
error-theme-code-taken = هذا الرمز مستخدم من قبل. اختر رمزًا آخر.

## Submissions beyond session proposals (issue 10)
nav-submissions = مساهمات أخرى
submissions-title = مساهمات أخرى
submissions-lead = إلى جانب مقترحات الجلسات، تتلقى المشاورات آراءك بشأن مواضيع المنتدى وشكله، والتوصيات بالمتحدثين، وترشيحات الميسّرين للمسار الرفيع المستوى، وطلبات الحصول على مساحة في المعرض. تُقدَّم كل مساهمة باسم منظمتك، ويمكنك حفظ مسودة، وتعديل المساهمة حتى موعدها النهائي، أو سحبها.
submissions-mine = مساهمات منظمتك
submissions-none = لم تبدأ منظمتك أي مساهمة بعد.
submissions-kinds = إرسال مساهمة
submissions-back = العودة إلى المساهمات
submission-kind-thematic-view = آراء بشأن الجوانب المواضيعية
submission-kind-format-view = آراء بشأن الابتكارات في الشكل
submission-kind-speaker-recommendation = التوصية بمتحدث
submission-kind-hlt-nomination = ترشيح ميسّر للمسار الرفيع المستوى
submission-kind-exhibition-request = طلب مساحة في المعرض
submission-thematic-view-lead = أخبر المنظِّمين بالمواضيع التي ينبغي أن يتناولها المنتدى، وسبب ذلك. واذكر خطوط العمل وأهداف التنمية المستدامة التي تتعلق بها آراؤك.
submission-thematic-view-title = الموضوع
submission-thematic-view-body = آراؤك
submission-format-view-lead = اقترح طرقاً جديدة لتنظيم المنتدى: أشكال الجلسات، والمشاركة الهجينة، وإمكانية النفاذ، والشمول.
submission-format-view-title = الموضوع
submission-format-view-body = اقتراحك
submission-speaker-recommendation-lead = أوصِ بشخص ينبغي أن يتحدث في المنتدى، واذكر الموضوع الذي سيتحدث فيه.
submission-speaker-recommendation-title = الموضوع الذي سيتحدث فيه الشخص
submission-speaker-recommendation-body = لماذا هذا الشخص
submission-speaker-recommendation-person = الشخص الذي توصي به
submission-hlt-nomination-lead = رشّح شخصاً لتيسير جلسة في المسار الرفيع المستوى بشأن أحد خطوط العمل.
submission-hlt-nomination-title = جلسة المسار الرفيع المستوى أو موضوعها
submission-hlt-nomination-body = لماذا هذا الشخص
submission-hlt-nomination-person = الشخص الذي ترشّحه
submission-exhibition-request-lead = اطلب مساحة في معرض المنتدى لعرض أعمالك.
submission-exhibition-request-title = ما ستعرضه
submission-exhibition-request-body = الوصف والاحتياجات (الكهرباء، والشاشات، والإنترنت، والأثاث)
submission-themes-hint = اختر { $max } على الأكثر.
submission-person-name = الاسم الكامل
submission-person-organization = المنظمة
submission-person-gender = الجنس
submission-person-email = عنوان البريد الإلكتروني
submission-person-email-hint = اختياري. لا يراه إلا المنظِّمون، وقد يراسلون الشخص.
submission-space-size = المساحة
submission-space-option = { $m2 } m²
submission-on-behalf-legend = صاحب المداخلة
submission-on-behalf-hint = الشخص الذي تحدّث في الاجتماع. تُوسَم المساهمة بأن المنظِّمين سجّلوها نيابةً عنه.
submission-on-behalf-name = اسم المتحدث ومنظمته
submission-record-heading = { $kind }: مداخلة في { $meeting }
submission-edit-heading = { $kind } { $code }
submission-deadline = مفتوح حتى { $deadline }.
submission-limit = الحد الأقصى لما يمكن أن ترسله كل منظمة من هذا النوع: { $count }.
submission-consent = إدراج هذه المساهمة في تقرير النتائج العلني
submission-consent-hint = يحتسب التقرير دائماً جميع المساهمات. وبموافقتك، يعرض أيضاً العنوان ومنظمتك ونصّك (ولا يعرض أبداً بيانات الشخص الذي توصي به أو ترشّحه).
submission-consent-short = الإدراج العلني
submission-consent-given = موافق
submission-consent-not-given = غير موافق
submission-record = تسجيل المداخلة
submission-save-changes = حفظ التغييرات
submission-send = إرسال
submission-save-draft = الحفظ كمسودة
submission-status-draft = مسودة
submission-status-submitted = مُرسلة
submission-status-withdrawn = مسحوبة
submission-kind-not-offered = غير مقبول في هذه الدورة.
submission-closes = مفتوح حتى { $deadline }.
submission-closed-on = أُغلق في { $deadline }.
submission-start = بدء: { $kind }
submission-col-title = العنوان
submission-col-kind = النوع
submission-col-updated = آخر تغيير
submission-col-themes = المواضيع
submission-from = من
submission-received-how = طريقة الاستلام
submission-received-online = عبر الاستمارة الإلكترونية
submission-received-meeting = في { $meeting }، وسجّلها المنظِّمون نيابةً عن { $name }
submission-at-meeting = في { $meeting }
submission-sent-at = تاريخ الإرسال
submission-change = تعديل
submission-withdraw = سحب
submission-editable-until = يمكنك تعديلها أو سحبها حتى { $deadline }.
submission-organizer-tools = للمنظِّمين
submission-tags = الوسوم
submission-no-tags = لا توجد وسوم بعد.
submission-tag-new = وسم جديد
submission-tag-hint = موضوع في بضع كلمات، مثلاً «الفجوة بين الجنسين». تُحتسب الوسوم في تقرير النتائج.
submission-tag-add = إضافة الوسم
submission-tag-remove = إزالة الوسم { $tag }
submission-uses = الاستخدام في البرنامج
submission-use-kind = استخدامها بوصفها
submission-use-speaker = متحدثاً في جلسة
submission-use-session = ملاحظة على جلسة
submission-use-line = ملاحظة على مسار خط عمل
submission-use-target = الجلسة أو خط العمل
submission-use-target-hint = رمز الجلسة (مثلاً WF27-0042) أو رمز خط العمل (مثلاً C5).
submission-use-note = ملاحظة
submission-use-note-hint = اختياري. في الملاحظات، يُستخدم عنوان المساهمة إذا تُرك الحقل فارغاً.
submission-use-save = استخدامها
submission-used-speaker = أُضيف متحدثاً إلى الجلسة { $target }
submission-used-session = ملاحظة على الجلسة { $target }
submission-used-line = ملاحظة على مسار { $target }
submission-region = منطقة الاتحاد الدولي للاتصالات
submission-count = { $count ->
    [zero] لا توجد مساهمات.
    [one] مساهمة واحدة.
    [two] مساهمتان.
    [few] { $count } مساهمات.
    [many] { $count } مساهمة.
   *[other] { $count } مساهمة.
}
filter-submissions = تصفية المساهمات
organize-submissions-title = مساهمات المشاورات
organize-submissions-lead = جميع المساهمات من جميع الأنواع، سواء أُرسلت عبر الإنترنت أو سُجّلت في اجتماع تشاوري. أما المسودات فتبقى لدى أصحابها.
consultation-settings-title = إعدادات المشاورات واجتماعاتها
consultation-settings-lead = أنواع المساهمات التي تقبلها الدعوة، وحتى متى، وبأي عدد، واجتماعات المشاورات.
submission-kinds-title = أنواع المساهمات
submission-kind-open = قبول المساهمات من هذا النوع
submission-kind-deadline = موعد نهائي خاص (بتوقيت جنيف)
submission-kind-deadline-hint = إذا تُرك فارغاً: الموعد النهائي للدعوة. ولا يمكن أن يكون بعد موعد الدعوة.
submission-kind-max-org = الحد الأقصى لكل منظمة
submission-kind-max-chars = الحد الأقصى لعدد أحرف النص
submission-kind-save = حفظ: { $kind }
meetings-title = الاجتماعات التشاورية
meetings-none = لم يُضف أي اجتماع بعد.
meeting-add = إضافة اجتماع
meeting-change = تعديل الاجتماع
meeting-title = العنوان
meeting-mode = طريقة الانعقاد
meeting-mode-virtual = افتراضي
meeting-mode-physical = حضوري
meeting-mode-hybrid = هجين
meeting-starts = البداية (بتوقيت جنيف)
meeting-ends = النهاية (بتوقيت جنيف)
meeting-when = الموعد
meeting-time-hint = مثلاً 2027-01-20T14:00.
meeting-location = المكان
meeting-location-hint = مطلوب للاجتماعات الحضورية والهجينة.
meeting-remote-url = رابط المشاركة عن بُعد
meeting-remote-url-hint = مطلوب للاجتماعات الافتراضية والهجينة، مثلاً https://meet.example.org/wsis.
meeting-save = حفظ الاجتماع
meeting-inputs = المداخلات
meeting-inputs-title = المداخلات الواردة في هذا الاجتماع
meeting-inputs-lead = سجّل ما قاله متحدث أو قدّمه، بوصفه مساهمة نيابةً عنه.
meeting-no-inputs = لم تُسجَّل أي مداخلة بعد.
meeting-record = تسجيل: { $kind }
outcomes-edit-title = تقرير النتائج
outcomes-title = { $edition }: نتائج عملية التشاور المفتوحة
outcomes-published-on = نُشر في { $date }.
outcomes-is-public = التقرير منشور للعموم.
outcomes-not-public = التقرير غير منشور للعموم بعد. اكتب ملخصه، ثم انشره.
outcomes-view-public = عرض الصفحة العامة
outcomes-summary = الملخص
outcomes-summary-hint = Markdown. مطلوب للنشر.
outcomes-programme-answer = كيف يستجيب البرنامج للمشاورات
outcomes-answer-hint = Markdown. اختياري.
outcomes-save = حفظ
outcomes-publish = نشر التقرير
outcomes-unpublish = سحب التقرير من العموم
outcomes-preview = معاينة
outcomes-total = مساهمة محتسبة
outcomes-from-meetings = منها وردت في اجتماعات تشاورية
outcomes-listed = مدرجة بموافقة أصحابها
outcomes-lines-hint = الأشرطة: حصة كل خط عمل من المساهمات، ومن الجلسات المقبولة في البرنامج.
outcomes-listed-title = المساهمات المدرجة بموافقة أصحابها
outcomes-listed-lead = مساهمات وافق أصحابها على نشرها. ولا تُذكر أسماء الأشخاص الموصى بهم أو المرشَّحين.
outcomes-listed-none = لم يوافق أي من أصحاب المساهمات على النشر.
outcomes-csv-counts = تنزيل الأعداد (CSV)
outcomes-csv-list = تنزيل المساهمات المدرجة (CSV)
outcomes-print-hint = للاحتفاظ بنسخة PDF، اطبع هذه الصفحة من متصفحك واختر «الحفظ بصيغة PDF».
outcomes-dim-kind = أنواع المساهمات
outcomes-dim-stakeholder = فئة أصحاب المصلحة لمقدّمي المساهمات
outcomes-dim-region = منطقة الاتحاد الدولي للاتصالات لمقدّمي المساهمات
outcomes-dim-country = بلد مقدّمي المساهمات
outcomes-dim-line = خطوط العمل التي تتعلق بها المساهمات
outcomes-dim-sdg = أهداف التنمية المستدامة التي تتعلق بها المساهمات
outcomes-dim-tag = المواضيع التي وسمها المنظِّمون
flash-submission-sent = أُرسلت مساهمتك. إيصال الاستلام في طريقه إلى بريدك.
flash-submission-draft-saved = حُفظت المسودة.
flash-submission-saved = حُفظت تغييراتك.
flash-submission-not-editable = لم يعد بالإمكان تعديل هذه المساهمة.
flash-submission-withdrawn = سُحبت المساهمة.
flash-submission-tagged = أُضيف الوسم.
flash-submission-untagged = أُزيل الوسم.
flash-submission-used = تم: أصبحت المساهمة جزءاً من مواد البرنامج.
flash-submission-kind-saved = حُفظت الإعدادات.
flash-meeting-saved = حُفظ الاجتماع.
flash-meeting-input-recorded = سُجّلت المداخلة.
flash-outcomes-published = أصبح تقرير النتائج منشوراً للعموم.
flash-outcomes-unpublished = لم يعد تقرير النتائج منشوراً للعموم.
flash-outcomes-saved = حُفظ التقرير.
error-too-many = اختر { $limit } على الأكثر.
error-tag-format = استخدم الحروف والأرقام والمسافات والشرطات فقط.
error-kind-closed = هذا النوع من المساهمات غير مقبول في هذه الدورة.
error-submission-limit = أرسلت منظمتك بالفعل الحد الأقصى من المساهمات من هذا النوع الذي تسمح به هذه الدورة.
error-session-not-found = لا توجد جلسة في هذه الدورة تحمل هذا الرمز.
error-session-not-accepted = لم يُقبل هذا المقترح بوصفه جلسة.
error-deadline-after-call = يجب ألا يكون هذا الموعد بعد الموعد النهائي للدعوة.
email-submission-received-subject = تم استلام المساهمة { $code }
email-submission-received-body =
    مرحباً { $name }،

    شكراً لك: تسلّمنا مساهمتك { $code } ({ $kind }) «{ $title }».

    يمكنك قراءتها أو تعديلها أو سحبها حتى موعدها النهائي من هنا:

    { $link }

    أمانة منتدى القمة العالمية لمجتمع المعلومات
template-submission-received = إيصال المساهمة
api-error-bad-path = يشير العنوان إلى عنصر بصيغة لا يقبلها هذا المسار.
error-bad-json = نص الطلب ليس بصيغة JSON التي يتوقعها هذا المسار.
error-bad-query = سلسلة الاستعلام ليست كما يتوقعها هذا المسار.
error-bad-path = يشير العنوان إلى عنصر بصيغة لا يقبلها هذا المسار.
consultation-notes-title = من المشاورات
consultation-notes-lead = ملاحظات أرفقها المنظمون انطلاقاً من المساهمات المقدمة في المشاورات.
profile-title = ملفك التعريفي بصفتك متحدثًا
profile-title-staff = الملف التعريفي للمتحدث { $name }
profile-staff-note = أنت تعدّل هذا الملف التعريفي نيابةً عن المتحدث. ويُسجَّل تعديلك باسمك في سجل التدقيق.
profile-lead = هكذا يعرضك البرنامج في صفحات جلساتك وفي صفحتك بصفتك متحدثًا. جلساتك:
profile-print-name = الاسم كما يُطبع
profile-print-name-hint = كما ينبغي أن يظهر في البرنامج، دون لقب.
profile-honorific = اللقب
profile-honorific-hint = اختياري، مثل د. أو أ.د. أو معالي.
profile-job-title = المسمى الوظيفي
profile-organization = المنظمة
profile-pronouns = الضمائر
profile-pronouns-hint = اختياري، مثل هي.
profile-bio = نبذة مختصرة
profile-bio-hint = 1500 حرف على الأكثر. يمكنك استخدام Markdown: *مائل* و**عريض** و[روابط](https://example.org).
profile-links = الروابط
profile-links-hint = موقعك الإلكتروني أو حساباتك على وسائل التواصل الاجتماعي: عنوان كامل واحد في كل سطر، و5 عناوين على الأكثر.
profile-photo = الصورة
profile-photo-hint = JPEG أو PNG أو WebP، بحجم 5 ميغابايت على الأكثر. نحتفظ بالمربع الأوسط من الصورة ونحذف بيانات الموقع والكاميرا.
profile-photo-current = صورتك الحالية
profile-photo-remove = إزالة صورتي
profile-public-title = ما يعرضه البرنامج
profile-public-hint = يُعرض اسمك المطبوع دائمًا، ولا يُعرض عنوان بريدك الإلكتروني أبدًا. ضع علامة على ما يجوز نشره أيضًا.
profile-public-details = عرض لقبي ومسمّاي الوظيفي ومنظمتي
profile-public-bio = عرض نبذتي
profile-public-links = عرض روابطي
profile-public-pronouns = عرض ضمائري
profile-public-photo = عرض صورتي
profile-save = حفظ الملف التعريفي
profile-availability-title = الأوقات التي لا يمكنك التحدث فيها
profile-availability-lead = أبلغ المنظمين بالأوقات التي لا تكون فيها متاحًا، حتى لا تُوضع جلساتك فيها. الأوقات بتوقيت جنيف ({ $zone } خلال المنتدى)؛ وتُعقد الجلسات في الفترة { $hours }.
profile-unavailable-none = لم تُعلن عن أي أوقات بعد.
profile-unavailable-new = إضافة وقت لا يمكنك التحدث فيه
profile-unavailable-day = اليوم
profile-unavailable-start = من
profile-unavailable-end = حتى
profile-time-hint = بتوقيت جنيف، مثل 14:00.
profile-whole-day = اليوم بأكمله
profile-unavailable-add = إضافة
profile-unavailable-remove = سحب ({ $day })
profile-unavailable-by-organizers = (سجّله المنظمون)
profile-edit-link = عدّل ملفك التعريفي بصفتك متحدثًا وأخبرنا بالأوقات التي لا يمكنك التحدث فيها
flash-profile-saved = حُفظ ملفك التعريفي.
flash-profile-unavailable-added = أُضيف الوقت.
flash-profile-unavailable-removed = سُحب الوقت.
error-photo-too-large = حجم هذا الملف أكبر من 5 ميغابايت. اختر صورة أصغر.
error-photo-wrong-type = هذه ليست صورة بتنسيق JPEG أو PNG أو WebP. اختر صورة بأحد هذه التنسيقات.
error-photo-corrupt = هذا الملف تالف أو غير مكتمل. اختر نسخة أخرى.
error-photo-too-many-pixels = هذه الصورة كبيرة جدًا (12000 بكسل على الأكثر لكل ضلع و50 ميغابكسل إجمالًا). اختر صورة أصغر.
error-photo-too-small = هذه الصورة صغيرة جدًا: اختر صورة لا يقل عرضها وارتفاعها عن 96 بكسل.
error-too-many-links = أدرج ما لا يزيد على { $limit } من العناوين.
speaker-links = الروابط
speaker-pronouns = الضمائر: { $pronouns }
speaker-photo-alt = صورة { $name }
venue-profile-edit = الملف التعريفي لـ { $email }
venue-profile-lookup = تعديل الملف التعريفي لمتحدث
venue-profile-email = عنوان البريد الإلكتروني للمتحدث، كما يرد في فريق المتحدثين
venue-profile-open = فتح الملف التعريفي
unavailable-by-speaker = أعلنه المتحدث
profile-not-on-panel = عنوانك { $email } غير مدرج في فريق المتحدثين لأي جلسة. إذا ذكرك أحد مقدّمي المقترحات بعنوان آخر، فاستخدم الرابط الوارد في رسالة البريد الإلكتروني التي تلقيتها على ذلك العنوان.
account-speaker-profile-lead = هل أنت عضو في فريق المتحدثين لإحدى الجلسات؟ عدّل الطريقة التي يعرضك بها البرنامج، وأبلغ المنظمين بالأوقات التي لا يمكنك التحدث فيها.
account-speaker-profile-link = ملفك التعريفي بصفتك متحدثًا
