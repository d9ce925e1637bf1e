## The desktop app: every word on its screens. Officers read this under pressure: short,
## plain, kind. Errors say what to do next.

## Frame
app-loading = جارٍ فتح Waypoint…
app-ui-language = لغتك
app-quick-hide = إخفاء
app-quick-hide-hint = إخفاء كل شيء الآن (Esc)
app-lock = قفل
app-dismiss = إغلاق
app-save-saving = جارٍ الحفظ…
app-save-saved = تم الحفظ
app-save-error = لم يُحفظ — انظر الرسالة
app-neutral-title = Waypoint
app-neutral-continue = متابعة

## Set-up and unlock
app-setup-title = إعداد هذا الجهاز
app-setup-explain = كل ما على هذا الجهاز مشفَّر بعبارة المرور الخاصة بك. يُرجى اختيار عبارة يسهل عليك تذكّرها، فلا يمكن استعادتها إذا فُقدت.
app-setup-site = الموقع (نقطة حدودية أو مأوى)
app-setup-submit = إعداد
app-user = اسم المستخدم
app-passphrase = عبارة المرور
app-passphrase-again = عبارة المرور مرة أخرى
app-unlock-title = فتح القفل
app-unlock-submit = فتح القفل

## Case list
app-search-placeholder = البحث بالاسم (بأي خط) أو برمز الحالة
app-new-case = حالة جديدة
app-no-cases = لم يُعثر على أي حالة.
app-no-name = (لا يوجد اسم بعد)
app-filter-any = الكل
app-filter-site = الموقع
app-filter-status = الوضع
app-filter-risk = الخطر
app-filter-age-band = العمر
app-filter-flag = العلامة
app-status-open = مفتوحة
app-status-transferred = منقولة
app-status-closed = مغلقة
app-risk-none = لا توجد مؤشرات خطر
app-risk-low = خطر منخفض
app-risk-medium = خطر متوسط
app-risk-high = خطر مرتفع
app-age-band-0-4 = 0–4
app-age-band-5-11 = 5–11
app-age-band-12-14 = 12–14
app-age-band-15-17 = 15–17
app-age-band-18-59 = 18–59
app-age-band-60-plus = 60 فأكثر
app-age-band-unknown = العمر غير معروف
app-flag-child = طفل
app-flag-unaccompanied = غير مصحوب
app-flag-separated = منفصل عن ذويه
app-flag-referral-prompt = تلزم إحالة
app-flag-age-disputed = العمر متنازع عليه
app-flag-trafficking-risk = خطر الاتجار بالبشر
app-flag-not-shared = على هذا الجهاز فقط
app-conflicts-count = { $count ->
    [zero] لا توجد تعارضات بحاجة إلى حل
    [one] تعارض واحد بحاجة إلى حل
    [two] تعارضان بحاجة إلى حل
    [few] { $count } تعارضات بحاجة إلى حل
    [many] { $count } تعارضاً بحاجة إلى حل
   *[other] { $count } تعارض بحاجة إلى حل
}

## Case
app-back-to-list = → الحالات
app-cases-title = الحالات
app-case-sections = أقسام الحالة
app-interview-keys = المفاتيح: Alt+N السؤال التالي · Alt+P السؤال السابق · Alt+D رفض الإجابة · Alt+R نعود إليه لاحقاً · Alt+O لم يُطرح
app-tab-registration = التسجيل
app-tab-consent = الموافقة
app-tab-interview = المقابلة
app-tab-age = العمر
app-tab-tracing = البحث عن العائلة
app-tab-screening = الفحص
app-tab-referrals = الإحالات والمتابعة
app-tab-transfer = النقل
app-tab-conflicts = التعارضات
app-referral-prompt = يجب إحالة هذا الشخص الآن:
app-age-treated-as-child = يُعامَل كطفل{ $basis ->
    [doubt] { " " }(العمر غير مؤكد)
    [disputed_assessment] { " " }(تقدير العمر متنازع عليه)
   *[other] {""}
}
app-age-adult = يُعامَل كشخص بالغ
app-age-range = { $min }–{ $max } سنة

## Registration
app-names = الأسماء
app-name-given = الاسم الأول
app-name-family = اسم العائلة
app-name-alias = اسم آخر أو طريقة كتابة أخرى
app-add = إضافة
app-remove = إزالة
app-sex = الجنس
app-sex-female = أنثى
app-sex-male = ذكر
app-sex-other = غير ذلك
app-sex-not-stated = يفضّل الشخص عدم الإفصاح
app-birth = تاريخ الميلاد أو العمر
app-birth-kind-unknown = غير معروف
app-birth-kind-exact = تاريخ دقيق
app-birth-kind-approximate = السنة (والشهر)
app-birth-kind-stated-age = العمر الذي يذكره الشخص
app-birth-date = تاريخ الميلاد (السنة-الشهر-اليوم)
app-birth-year = السنة
app-birth-month = الشهر (1–12)
app-stated-age = العمر بالسنوات
app-origin = الجنسية واللغات
app-nationalities = الجنسيات (تُفصل بينها بفواصل)
app-languages-spoken = اللغات التي يتحدث بها الشخص (رموز مثل ar, ti, so)
app-preferred-language = لغة المقابلة المفضّلة
app-not-known = غير معروف
app-accompaniment = السفر برفقة
app-accompaniment-unaccompanied = دون أي مرافق (غير مصحوب)
app-accompaniment-separated = منفصل عن الوالدين أو عن مقدّم الرعاية المعتاد
app-accompaniment-accompanied = مع الوالدين أو مع مقدّم الرعاية المعتاد
app-adults = البالغون المسافرون مع الشخص
app-adults-explain = لكل شخص بالغ: مَن يقول إنه، وكيف جرى التحقق من ذلك، وأي أمر يثير قلقك. الطفل الذي يرافقه شخص بالغ صلته به مشكوك فيها، أو يثير قلقك، يُحال إلى حماية الطفل.
app-adults-none = لم يُسجَّل أي شخص بالغ.
app-adult-name = اسم الشخص البالغ
app-adult-relationship = الصلة التي يذكرها
app-adult-verified = التحقق من الصلة
app-adult-verified-not-verified = لم يُتحقَّق منها بعد
app-adult-verified-verified = مؤكَّدة
app-adult-verified-doubtful = مشكوك فيها
app-adult-verified-how = كيف جرى التحقق
app-adult-documents = الوثائق التي اطُّلع عليها
app-adult-concern = ما يقلقك، إن وُجد
app-adult-add = إضافة هذا الشخص البالغ
app-adult-save = حفظ التغييرات
app-encounter = أين وكيف جرى لقاء الشخص
app-encounter-place = المكان
app-encounter-circumstances = الظروف

## Consent
app-consent-explain = يُرجى شرح كل غرض باللغة { $language } وتسجيل قرار الشخص نفسه. يُتخذ القرار في كل غرض على حدة، ويمكن سحب الموافقة في أي وقت.
app-consent-read-aloud = يُرجى قراءة هذا على الشخص:
app-consent-withdraw-sharing-explain = سحب هذه الموافقة يحذف الملف في المقر الرئيسي وعلى كل جهاز آخر؛ فيبقى على هذا الجهاز فقط، ولا يحتفظ المقر الرئيسي إلا بإحصاء مجهول الهوية. هل تريد سحب الموافقة؟
app-consent-withdraw-confirm = نعم، سحب الموافقة
app-consent-withdraw-cancel = مواصلة المشاركة
app-consent-given-by = مَن اتخذ القرار
app-consent-giver-person = الشخص نفسه
app-consent-giver-guardian = أحد الوالدين أو وليّ الأمر
app-consent-giver-best-interest-decision = قرار يراعي مصلحة الطفل الفضلى
app-consent-guardian-name = اسم أحد الوالدين أو وليّ الأمر
app-consent-role = صفة المختص الذي يتخذ القرار
app-consent-purpose = { $purpose ->
    [registration] تسجيل بيانات الشخص
    [sharing_with_hq] المشاركة مع المقر الرئيسي
    [family_tracing] البحث عن العائلة
    [referral] الإحالة إلى الخدمات
   *[photo] التقاط صورة
}
app-consent-not-asked = لم يُسأل بعد
app-consent-given = ممنوحة
app-consent-refused = مرفوضة
app-consent-withdrawn = مسحوبة
app-consent-give = موافقة
app-consent-refuse = رفض
app-consent-withdraw = سحب الموافقة

## Interview
app-interview-language = لغة المقابلة
app-sitting-controls = الجلسة
app-end-sitting = إنهاء الجلسة (اكتملت)
app-in-your-language = بلغتك
app-interpreter = المترجم (إن وُجد)
app-start-interview = بدء المقابلة باللغة { $language }
app-continue-interview = متابعة المقابلة باللغة { $language }
app-sitting-completed = اكتملت
app-sitting-paused = متوقفة مؤقتاً
app-sitting-stopped-by-person = أوقفها الشخص
app-sitting-stopped-by-officer = أوقفها الموظف
app-question-progress = السؤال { $n } من { $total }
app-layout-section = عرض القسم كاملاً
app-layout-one = سؤال واحد في كل مرة
app-previous = السابق
app-next = التالي
app-sensitive-question = سؤال حسّاس: لا يُطرح إلا عندما يكون الشخص مستعداً، ويُعرض عليه أخذ استراحة.
app-officer-note = ملاحظة للموظف
app-officer-only = لاطّلاعك فقط: لا يُقرأ هذا بصوت عالٍ ولا يُعرض على الشخص.
app-yes = نعم
app-no = لا
app-answer-answered = أُجيب عنه
app-answer-declined = رفض الإجابة
app-answer-not-asked = لم يُطرح
app-answer-revisit = نعود إليه لاحقاً

## Age assessment
app-age-new = تقدير عمر جديد
app-age-method = الطريقة
app-age-method-documents = الوثائق
app-age-method-statement = أقوال الشخص
app-age-method-holistic = تقدير شامل
app-age-min = الحد الأدنى للعمر
app-age-max = الحد الأعلى للعمر
app-age-indicators = ما يستند إليه التقدير (عنصر واحد في كل سطر)
app-age-outcome = النتيجة
app-age-disputed = الشخص يعترض على هذا التقدير
app-age-save = تسجيل التقدير

## Family tracing
app-tracing-explain = الأقارب الذين يبحث عنهم هذا الشخص. يُرجى كتابة كل طريقة كتابة تسمعها للاسم، بأي خط: يجري البحث عن التطابقات عبر الخطوط المختلفة وفي كل المواقع.
app-tracing-add = إضافة قريب للبحث عنه
app-tracing-relationship = صلة القرابة (أم، أخ، عمة…)
app-tracing-names = الأسماء وطرق كتابتها (واحد في كل سطر)
app-tracing-age = العمر بالسنوات، أو تاريخ الميلاد
app-tracing-last-seen-place = المكان الذي شوهد فيه آخر مرة
app-tracing-last-seen-date = تاريخ آخر مرة شوهد فيها (2023 أو 2023-06 أو 2023-06-21)
app-tracing-contacts = جهات الاتصال، أو أشخاص قد يعرفون شيئاً (واحد في كل سطر)
app-tracing-find = البحث عن تطابقات
app-tracing-no-candidates = لا يوجد شخص مسجَّل مطابق حتى الآن. يُرجى البحث مرة أخرى لاحقاً: تصل تسجيلات جديدة مع كل مزامنة.
app-tracing-score = تطابق { $score }٪
app-tracing-confirm = الشخص نفسه
app-tracing-reject = ليس الشخص نفسه
app-tracing-confirmed = مؤكَّد
app-tracing-rejected = مرفوض
app-tracing-decided-by = من قِبل { $user }، { $when }

## Screening for trafficking and exploitation
app-screening-explain = يُرجى تسجيل ما تلاحظه أو ما يخبرك به الشخص. لا تقرأ هذه القائمة على الشخص.
app-screening-source = مصدر المعلومة
app-indicator-source-observed = ملاحظة مباشرة
app-indicator-source-stated = قاله الشخص نفسه
app-indicator-source-document = في وثيقة
app-indicator-source-third-party = قاله شخص آخر
app-indicator-source-interview-answer = من المقابلة
app-screening-record = تسجيل
app-screening-dismiss = لا ينطبق
app-screening-restore = ينطبق فعلاً
app-screening-dismissed = تقرَّر أنه لا ينطبق
app-screening-reasons = الأسباب:
app-screening-no-reasons = لم تُسجَّل أي مؤشرات.

## Referrals and follow-ups
app-service-child-protection = حماية الطفل
app-service-anti-trafficking = خدمة مكافحة الاتجار بالبشر
app-service-health = الرعاية الصحية
app-service-psychosocial = الدعم النفسي والاجتماعي
app-service-legal = المساعدة القانونية
app-service-shelter = المأوى
app-service-guardianship = الوصاية
app-service-family-tracing = خدمة البحث عن العائلة
app-referral-service = الخدمة
app-referral-urgent = عاجلة
app-referral-note = ملاحظة للخدمة
app-referral-status = الوضع
app-referral-status-proposed = مقترَحة
app-referral-status-made = تمت الإحالة
app-referral-status-accepted = مقبولة
app-referral-status-declined = مرفوضة
app-referral-status-completed = مكتملة
app-referrals-add = إضافة إحالة
app-referrals-none = لا توجد إحالات بعد.
app-referral-basis = ما يسمح بهذه الإحالة
app-referral-basis-consent = موافقة الشخص على الإحالة
app-referral-basis-best-interest-decision = قرار يراعي مصلحة الطفل الفضلى
app-referral-basis-mandatory-report = إبلاغ يفرضه القانون
app-follow-ups = المتابعات
app-follow-up-due = الموعد المحدد
app-follow-up-note = ما يجب فعله
app-follow-up-add = إضافة متابعة
app-follow-up-done = تمّت
app-follow-up-overdue = متأخرة
app-follow-ups-none = لا توجد متابعات مخطط لها.

## Transfer
app-transfer-explain = تسليم هذه الحالة إلى موقع آخر. يسلّم المقر الرئيسي الحالة إلى ذلك الموقع عند المزامنة التالية.
app-transfer-to = الموقع المستلِم
app-transfer-reason = السبب
app-transfer-do = نقل الحالة
app-transfer-history = من { $from } إلى { $to }، { $when }، من قِبل { $user }

## Conflicts
app-conflicts-explain = غيَّر جهازان المعلومة نفسها أثناء عدم الاتصال. تُحفظ القيمتان إلى أن تختار إحداهما، ويُرسَل اختيارك مثل أي تغيير آخر.
app-conflicts-none = لا يوجد ما يحتاج إلى حل في هذه الحالة.
app-conflict-written = كتبه { $user }، { $when }
app-conflict-unknown-writer = لا يُعرف مَن كتبه
app-conflict-keep = الإبقاء على هذه القيمة

## Errors from the app's checks (shown next to the field)
app-error-locked = أُقفل Waypoint تلقائياً لحماية البيانات. يُرجى فتح القفل للمتابعة؛ كل ما حُفظ باقٍ.
app-error-unlock-failed = اسم المستخدم أو عبارة المرور غير صحيح. يُرجى التحقق من لغة لوحة المفاتيح ومن مفتاح الأحرف الكبيرة (Caps Lock)، ثم المحاولة مرة أخرى.
app-error-passphrase-mismatch = عبارتا المرور غير متطابقتين.
app-error-site-missing = يُرجى إدخال الموقع الذي يخدمه هذا الجهاز.
app-error-user-missing = يُرجى إدخال اسم مستخدم.
app-error-auto-lock-range = يُرجى اختيار مدة بين { $min } و{ $max } دقيقة.
app-error-hq-url = يجب أن يبدأ عنوان المقر الرئيسي بـ http:// أو https://.
app-error-text-too-long = هذا النص طويل جداً (الحد الأقصى { $max } حرف).
app-error-language-invalid = هذا ليس رمز لغة (يُرجى استخدام رموز مثل ar أو ti أو so).
app-error-guardian-name-missing = يُرجى إدخال اسم أحد الوالدين أو وليّ الأمر.
app-error-adult-name-missing = يُرجى إدخال اسم الشخص البالغ.
app-error-referral-needs-basis = { $state ->
        [refused] رفض الشخص الموافقة على الإحالة.
        [withdrawn] سحب الشخص موافقته على الإحالة.
       *[other] لم يُسأل الشخص عن الإحالة بعد.
    } من دون هذه الموافقة، يُرجى اختيار الأساس القانوني للإحالة: قرار يراعي مصلحة الطفل الفضلى، أو إبلاغ يفرضه القانون.
app-error-no-open-sitting = يُرجى بدء المقابلة أو متابعتها أولاً.
app-error-unknown-question = هذا السؤال ({ $question }) غير موجود في قالب المقابلة.
app-error-not-asked-reason = يُرجى اختيار سبب عدم طرح السؤال.
app-error-answer-kind = هذه الإجابة لا تناسب السؤال.
app-error-partial-date = يُرجى كتابة التاريخ بصيغة سنة (2015)، أو سنة وشهر (2015-06)، أو تاريخ كامل (2015-06-21).
app-error-birth-date-invalid = هذا التاريخ غير موجود. يُرجى كتابته بصيغة السنة-الشهر-اليوم، مثلاً 2011-04-23.
app-error-birth-date-future = هذا التاريخ في المستقبل.
app-error-birth-year-range = يجب أن تكون السنة بين { $min } و{ $max }.
app-error-age-too-high = لا يمكن أن يزيد العمر على { $max }.
app-error-age-range-inverted = الحد الأعلى للعمر أقل من الحد الأدنى. يُرجى التحقق من الرقمين.
app-error-entry-missing = هذا الإدخال لم يعد موجوداً (ربما تغيّر على جهاز آخر). يُرجى فتح الحالة مرة أخرى.
app-error-transfer-same-site = الحالة موجودة في هذا الموقع بالفعل. يُرجى إدخال الموقع المستلِم.

## Sync with headquarters (top bar, sync screen, and why a sync did not finish)
app-sync-title = المزامنة مع المقر الرئيسي
app-sync-status-not-enrolled = غير مرتبط بالمقر الرئيسي
app-sync-status-running = جارٍ المزامنة…
app-sync-status-error = لم تتم المزامنة
app-sync-status-never = لم تتم المزامنة بعد
app-sync-status-ok = تمت المزامنة في { $when }
app-sync-progress = أُرسل حتى الآن: { $sent }، واستُلم: { $received }
app-sync-pending-label = بانتظار الإرسال
app-sync-pending =
    { $count ->
        [zero] لا توجد حالات
        [one] حالة واحدة
        [two] حالتان
        [few] { $count } حالات
        [many] { $count } حالةً
       *[other] { $count } حالة
    }
app-sync-nothing-pending = لا شيء: كل ما على هذا الجهاز وصل إلى المقر الرئيسي.
app-sync-last-success = آخر مزامنة
app-sync-last-attempt = آخر محاولة
app-sync-works-offline = يُرجى مواصلة العمل كالمعتاد: كل شيء محفوظ على هذا الجهاز، والمزامنة تجري في الخلفية دون أن تقاطع عملك.
app-sync-now = المزامنة الآن
app-sync-hq = عنوان المقر الرئيسي
app-sync-code = رمز التسجيل
app-sync-enroll = ربط هذا الجهاز
app-sync-enroll-hint = يُرجى طلب رمز تسجيل يُستخدم مرة واحدة لهذا الموقع من المقر الرئيسي، ثم إدخاله هنا.
app-sync-not-enrolled = هذا الجهاز غير مرتبط بالمقر الرئيسي بعد.
app-sync-unreachable = يتعذّر الوصول إلى المقر الرئيسي. عملك في أمان على هذا الجهاز، وسيُرسل عند عودة الاتصال.
app-sync-impostor = لم يُقبَل هذا الرمز: ربما أُدخل بشكل خاطئ، أو سبق استخدامه، أو انتهت صلاحيته (صلاحية الرمز 24 ساعة)، أو أن الرد لم يصدر عن المقر الرئيسي الذي أصدر الرمز. لم يُسجَّل أي شيء. يُرجى التحقق من الرمز ومن عنوان المقر الرئيسي، أو طلب رمز جديد من المقر الرئيسي.
app-sync-unauthenticated = تعذّر التحقق من رد يدّعي أنه صادر عن المقر الرئيسي، لذلك لم يُنفَّذ أي شيء مما فيه، وحالاتك لم تتغير. ربما يتدخّل أحدٌ في الشبكة؛ يُرجى المحاولة لاحقاً أو عبر شبكة أخرى.
app-sync-reenroll = رُبط هذا الجهاز قبل أن يبدأ المقر الرئيسي بتوقيع ردوده. يُرجى طلب رمز تسجيل جديد من المقر الرئيسي، ثم ربط الجهاز مرة أخرى؛ تبقى حالاتك على هذا الجهاز.
app-sync-insecure-url = يجب الوصول إلى المقر الرئيسي بعنوان يبدأ بـ https://. لا يُسمح باستخدام http:// العادي إلا للاتصال بهذا الحاسوب نفسه (localhost).
app-sync-certificate = قدّم المقر الرئيسي شهادة أمان غير التي وثق بها هذا الجهاز عند تسجيله، لذلك أُوقفت المزامنة قبل إرسال أي شيء. ربما يتدخّل أحدٌ في الشبكة؛ يُرجى إبلاغ المقر الرئيسي.
app-sync-failed = لم تكتمل المزامنة. لم يُفقد أي شيء، وستُعاد المحاولة تلقائياً.
app-sync-revoked = ألغى المقر الرئيسي اعتماد هذا الجهاز، لذلك حُذفت الحالات منه. يُرجى التواصل مع المشرف.
app-sync-unknown-device = لا يتعرّف المقر الرئيسي على هذا الجهاز. يُرجى طلب رمز تسجيل جديد.
app-sync-clock = تاريخ هذا الجهاز أو وقته غير صحيح. يُرجى تصحيحه في إعدادات النظام، ثم إجراء المزامنة مرة أخرى.
app-sync-enrollment-code = رمز التسجيل هذا غير صحيح، أو سبق استخدامه، أو انتهت صلاحيته. يُرجى طلب رمز جديد من المقر الرئيسي.
app-sync-enroll-later = لا يقبل المقر الرئيسي طلبات التسجيل من هذه الشبكة حاليًا. لا يزال رمزك صالحًا: يُرجى المحاولة مرة أخرى بعد عشر دقائق.
app-sync-version = يعمل المقر الرئيسي بإصدار مختلف من Waypoint. يُرجى طلب تحديث هذا التطبيق.
app-sync-site-mismatch = هذا الرمز مخصص للموقع { $hq }، لكن هذا الجهاز يخدم الموقع { $device }. يُرجى طلب رمز للموقع { $device }.
app-sync-code-missing = يُرجى إدخال رمز التسجيل.
app-sync-already-enrolled = هذا الجهاز مرتبط بالمقر الرئيسي بالفعل.

## Consent, explained to the person in their language (read aloud; -child: for a child)

app-consent-tell-registration = نودّ أن نكتب اسمك وما تخبرنا به، لكي نستطيع مساعدتك. يمكنك أن تقول «لا».
app-consent-tell-registration-child = هل يمكننا أن نكتب اسمك وما تخبرنا به؟ هذا يساعدنا على أن نساعدك. يمكنك أن تقول «لا».
app-consent-tell-sharing-with-hq = نودّ أن نرسل ملفك إلى مكتبنا الرئيسي، لكي تستطيع مكاتبنا الأخرى مساعدتك إذا انتقلت إلى مكان آخر. إذا قلت «لا»، يبقى ملفك في هذا المكتب، على هذا الحاسوب، ولا يحسب المكتب الرئيسي إلا أن هذا المكتب التقى شخصاً: الشهر، وفئتك العمرية، وهل أنت امرأة أم رجل، وهل نحن قلقون على سلامتك. ولا يصل إليه أبداً اسمك ولا ما أخبرتنا به. وإذا قلت «نعم» ثم غيّرت رأيك لاحقاً، نحذف ملفك من المكتب الرئيسي ومن الحواسيب الأخرى، ولا يحتفظ المكتب الرئيسي إلا بهذا العدد.
app-consent-tell-sharing-with-hq-child = هل يمكننا أن نرسل ملفك إلى مكتبنا الرئيسي؟ عندها تستطيع مكاتبنا الأخرى أن تساعدك إذا ذهبت إلى مكان آخر. إذا قلت «لا»، يبقى ملفك هنا على هذا الحاسوب، ولا يُرسَل اسمك إلى المكتب الرئيسي. يمكنك أن تغيّر رأيك لاحقاً، وعندها نسترجعه.
app-consent-tell-family-tracing = نودّ أن نستخدم معلوماتك للبحث عن عائلتك، ولكي تستطيع عائلتك أن تجدك عن طريقنا. يمكنك أن تقول «لا»، أو أن توقف ذلك في أي وقت.
app-consent-tell-family-tracing-child = هل يمكننا أن نستخدم اسمك للبحث عن عائلتك، ولكي يجدوك هم أيضاً؟ يمكنك أن تقول «لا»، أو أن تطلب منا أن نتوقف.
app-consent-tell-referral = نودّ أن نخبر جهة أخرى عنك، مثل طبيب أو محامٍ أو مأوى، لكي يساعدوك. لا نخبرهم إلا بما يحتاجون إليه. يمكنك أن تقول «لا».
app-consent-tell-referral-child = هل يمكننا أن نحكي عنك لأشخاص آخرين يقدّمون المساعدة، مثل طبيب، أو مكان آمن تقيم فيه؟ لا نخبرهم إلا بما يلزمهم أن يعرفوه. يمكنك أن تقول «لا».
app-consent-tell-photo = نودّ أن نلتقط لك صورة، لملفك فقط. يمكنك أن تقول «لا».
app-consent-tell-photo-child = هل يمكننا أن نلتقط لك صورة لملفك؟ يمكنك أن تقول «لا».
