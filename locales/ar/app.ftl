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
app-tab-registration = التسجيل
app-tab-consent = الموافقة
app-tab-interview = المقابلة
app-tab-age = العمر
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
app-encounter = أين وكيف جرى لقاء الشخص
app-encounter-place = المكان
app-encounter-circumstances = الظروف

## Consent
app-consent-explain = يُرجى شرح كل غرض باللغة { $language } وتسجيل قرار الشخص نفسه. يُتخذ القرار في كل غرض على حدة، ويمكن سحب الموافقة في أي وقت.
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
