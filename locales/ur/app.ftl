## The desktop app: every word on its screens. Officers read this under pressure: short,
## plain, kind. Errors say what to do next.

## Frame
app-loading = Waypoint کھل رہا ہے…
app-ui-language = آپ کی زبان
app-quick-hide = چھپائیں
app-quick-hide-hint = ابھی سب کچھ چھپائیں (Esc)
app-lock = لاک کریں
app-dismiss = بند کریں
app-save-saving = محفوظ ہو رہا ہے…
app-save-saved = محفوظ ہو گیا
app-save-error = محفوظ نہیں ہوا — پیغام دیکھیں
app-neutral-title = Waypoint
app-neutral-continue = جاری رکھیں

## Set-up and unlock
app-setup-title = اس ڈیوائس کو سیٹ اپ کریں
app-setup-explain = اس ڈیوائس پر موجود ہر چیز آپ کے پاس فریز سے انکرپٹ کی جاتی ہے۔ ایسا پاس فریز چنیں جو آپ کو یاد رہے: کھو جانے پر اسے واپس حاصل نہیں کیا جا سکتا۔
app-setup-site = مقام (سرحدی چوکی یا پناہ گاہ)
app-setup-submit = سیٹ اپ کریں
app-user = صارف کا نام
app-passphrase = پاس فریز
app-passphrase-again = پاس فریز دوبارہ
app-unlock-title = ان لاک کریں
app-unlock-submit = ان لاک کریں

## Case list
app-search-placeholder = نام (کسی بھی رسم الخط میں) یا کیس کوڈ سے تلاش کریں
app-new-case = نیا کیس
app-no-cases = کوئی کیس نہیں ملا۔
app-no-name = (ابھی کوئی نام نہیں)
app-filter-any = سب
app-filter-site = مقام
app-filter-status = صورتحال
app-filter-risk = خطرہ
app-filter-age-band = عمر
app-filter-flag = نشان
app-status-open = کھلا
app-status-transferred = منتقل شدہ
app-status-closed = بند
app-risk-none = خطرے کی کوئی علامت نہیں
app-risk-low = کم خطرہ
app-risk-medium = درمیانہ خطرہ
app-risk-high = زیادہ خطرہ
app-age-band-0-4 = 0–4
app-age-band-5-11 = 5–11
app-age-band-12-14 = 12–14
app-age-band-15-17 = 15–17
app-age-band-18-59 = 18–59
app-age-band-60-plus = 60 سال اور زیادہ
app-age-band-unknown = عمر معلوم نہیں
app-flag-child = بچہ
app-flag-unaccompanied = بغیر ساتھی
app-flag-separated = خاندان سے جدا
app-flag-referral-prompt = ریفرل ضروری
app-flag-age-disputed = عمر پر اختلاف
app-flag-trafficking-risk = انسانی ٹریفکنگ کا خطرہ
app-flag-not-shared = صرف اس ڈیوائس پر
app-conflicts-count = { $count ->
    [one] ایک تضاد جسے حل کرنا ہے
   *[other] { $count } تضادات جنہیں حل کرنا ہے
}

## Case
app-back-to-list = → کیسز
app-cases-title = کیسز
app-case-sections = کیس کے حصے
app-interview-keys = کلیدیں: Alt+N اگلا سوال · Alt+P پچھلا سوال · Alt+D جواب دینے سے انکار · Alt+R بعد میں دوبارہ دیکھنا ہے · Alt+O نہیں پوچھا گیا
app-tab-registration = رجسٹریشن
app-tab-consent = رضامندی
app-tab-interview = انٹرویو
app-tab-age = عمر
app-tab-tracing = خاندان کی تلاش
app-tab-screening = اسکریننگ
app-tab-referrals = ریفرل اور فالو اپ
app-tab-transfer = منتقلی
app-tab-conflicts = تضادات
app-referral-prompt = اس شخص کو ابھی ریفر کریں:
app-age-treated-as-child = بچہ سمجھا جاتا ہے{ $basis ->
    [doubt] { " " }(عمر میں شک ہے)
    [disputed_assessment] { " " }(اندازے پر اعتراض ہے)
   *[other] {""}
}
app-age-adult = بالغ سمجھا جاتا ہے
app-age-range = { $min }–{ $max } سال

## Registration
app-names = نام
app-name-given = پہلا نام
app-name-family = خاندانی نام
app-name-alias = کوئی اور نام یا ہجے
app-add = شامل کریں
app-remove = ہٹائیں
app-sex = جنس
app-sex-female = مؤنث
app-sex-male = مذکر
app-sex-other = دیگر
app-sex-not-stated = بتانا نہیں چاہتے
app-birth = تاریخ پیدائش یا عمر
app-birth-kind-unknown = معلوم نہیں
app-birth-kind-exact = پوری تاریخ
app-birth-kind-approximate = سال (اور مہینہ)
app-birth-kind-stated-age = وہ عمر جو یہ شخص خود بتائے
app-birth-date = تاریخ پیدائش (سال-مہینہ-دن)
app-birth-year = سال
app-birth-month = مہینہ (1–12)
app-stated-age = عمر (سالوں میں)
app-origin = قومیت اور زبانیں
app-nationalities = قومیتیں (کاما لگا کر الگ کریں)
app-languages-spoken = بولی جانے والی زبانیں (کوڈ جیسے ar, ti, so)
app-preferred-language = انٹرویو کے لیے پسندیدہ زبان
app-not-known = معلوم نہیں
app-accompaniment = کس کے ساتھ سفر
app-accompaniment-unaccompanied = اکیلے (بغیر کسی ساتھی کے)
app-accompaniment-separated = والدین یا معمول کے دیکھ بھال کرنے والے سے جدا
app-accompaniment-accompanied = والدین یا معمول کے دیکھ بھال کرنے والے کے ساتھ
app-adults = اس شخص کے ساتھ سفر کرنے والے بالغ
app-adults-explain = ہر بالغ کے لیے: وہ اپنے آپ کو کون بتاتا ہے، اس کی جانچ کیسے کی گئی، اور کوئی بھی بات جس سے آپ کو تشویش ہو۔ جو بچہ کسی ایسے بالغ کے ساتھ ہو جس کا رشتہ مشکوک ہو، یا جس کے بارے میں آپ کو تشویش ہو، اسے بچوں کے تحفظ کے لیے ریفر کیا جاتا ہے۔
app-adults-none = کوئی بالغ درج نہیں۔
app-adult-name = بالغ کا نام
app-adult-relationship = بتایا گیا رشتہ
app-adult-verified = رشتے کی جانچ
app-adult-verified-not-verified = ابھی جانچ نہیں ہوئی
app-adult-verified-verified = تصدیق شدہ
app-adult-verified-doubtful = مشکوک
app-adult-verified-how = جانچ کیسے کی گئی
app-adult-documents = دیکھی گئی دستاویزات
app-adult-concern = آپ کی تشویش، اگر کوئی ہو
app-adult-add = اس بالغ کو شامل کریں
app-adult-save = تبدیلیاں محفوظ کریں
app-encounter = اس شخص سے ملاقات کہاں اور کیسے ہوئی
app-encounter-place = جگہ
app-encounter-circumstances = حالات

## Consent
app-consent-explain = ہر مقصد { $language } میں سمجھائیں اور اس شخص کا اپنا فیصلہ درج کریں۔ ہر مقصد کا فیصلہ الگ سے ہوتا ہے، اور رضامندی کسی بھی وقت واپس لی جا سکتی ہے۔
app-consent-read-aloud = یہ اس شخص کو پڑھ کر سنائیں:
app-consent-withdraw-sharing-explain = یہ رضامندی واپس لینے سے فائل ہیڈکوارٹرز اور باقی ہر ڈیوائس سے مٹ جائے گی؛ یہ صرف اسی ڈیوائس پر رہے گی، اور ہیڈکوارٹرز کے پاس صرف ایک گمنام گنتی رہے گی۔ رضامندی واپس لیں؟
app-consent-withdraw-confirm = ہاں، واپس لیں
app-consent-withdraw-cancel = شیئر کرنا جاری رکھیں
app-consent-given-by = فیصلہ کس نے کیا
app-consent-giver-person = یہ شخص خود
app-consent-giver-guardian = والدین میں سے کوئی یا سرپرست
app-consent-giver-best-interest-decision = بچے کے بہترین مفاد کا فیصلہ
app-consent-guardian-name = والد، والدہ یا سرپرست کا نام
app-consent-role = فیصلہ کرنے والے ماہر کا عہدہ
app-consent-purpose = { $purpose ->
    [registration] ذاتی تفصیلات درج کرنا
    [sharing_with_hq] ہیڈکوارٹرز کے ساتھ شیئر کرنا
    [family_tracing] خاندان کی تلاش
    [referral] خدمات کے لیے ریفرل
   *[photo] تصویر
}
app-consent-not-asked = ابھی نہیں پوچھا گیا
app-consent-given = دی گئی
app-consent-refused = انکار کیا گیا
app-consent-withdrawn = واپس لی گئی
app-consent-give = رضامندی دیتے ہیں
app-consent-refuse = انکار کرتے ہیں
app-consent-withdraw = رضامندی واپس لیتے ہیں

## Interview
app-interview-language = انٹرویو کی زبان
app-sitting-controls = نشست
app-end-sitting = نشست ختم کریں (مکمل)
app-in-your-language = آپ کی زبان میں
app-interpreter = ترجمان (اگر ہو)
app-start-interview = انٹرویو { $language } میں شروع کریں
app-continue-interview = انٹرویو { $language } میں جاری رکھیں
app-sitting-completed = مکمل
app-sitting-paused = عارضی طور پر روکی گئی
app-sitting-stopped-by-person = اس شخص نے روک دی
app-sitting-stopped-by-officer = افسر نے روک دی
app-question-progress = { $total } میں سے سوال { $n }
app-layout-section = پورا حصہ دکھائیں
app-layout-one = ایک وقت میں ایک سوال
app-previous = پچھلا
app-next = اگلا
app-sensitive-question = حساس سوال: صرف تب پوچھیں جب یہ شخص تیار ہو، اور وقفے کی پیشکش کریں۔
app-officer-note = افسر کے لیے نوٹ
app-officer-only = صرف آپ کے لیے: اسے بلند آواز سے نہ پڑھیں اور نہ ہی اس شخص کو دکھائیں۔
app-yes = ہاں
app-no = نہیں
app-answer-answered = جواب دیا گیا
app-answer-declined = جواب دینے سے انکار
app-answer-not-asked = نہیں پوچھا گیا
app-answer-revisit = بعد میں دوبارہ دیکھنا ہے

## Age assessment
app-age-new = عمر کا نیا اندازہ
app-age-method = طریقہ
app-age-method-documents = دستاویزات
app-age-method-statement = اس شخص کا اپنا بیان
app-age-method-holistic = ہمہ جہت اندازہ
app-age-min = کم سے کم عمر
app-age-max = زیادہ سے زیادہ عمر
app-age-indicators = اندازہ کس بنیاد پر ہے (ہر لائن میں ایک بات)
app-age-outcome = نتیجہ
app-age-disputed = اس شخص کو اس پر اعتراض ہے
app-age-save = اندازہ درج کریں

## Family tracing
app-tracing-explain = وہ رشتہ دار جنہیں یہ شخص تلاش کر رہا ہے۔ جو بھی ہجے آپ سنیں، کسی بھی رسم الخط میں، سب لکھیں: مماثلتیں مختلف رسم الخط میں اور ہر مقام پر تلاش کی جاتی ہیں۔
app-tracing-add = تلاش کے لیے رشتہ دار شامل کریں
app-tracing-relationship = رشتہ (والدہ، بھائی، خالہ…)
app-tracing-names = نام اور ان کے ہجے (ہر لائن میں ایک)
app-tracing-age = عمر (سالوں میں) یا تاریخ پیدائش
app-tracing-last-seen-place = آخری بار کہاں دیکھا گیا
app-tracing-last-seen-date = آخری بار کب دیکھا گیا (2023، 2023-06 یا 2023-06-21)
app-tracing-contacts = رابطے، یا وہ لوگ جو شاید جانتے ہوں (ہر لائن میں ایک)
app-tracing-find = مماثلتیں تلاش کریں
app-tracing-no-candidates = ابھی تک کوئی رجسٹرڈ شخص مماثل نہیں۔ بعد میں دوبارہ دیکھیں: ہر سنک کے ساتھ نئے اندراج آتے ہیں۔
app-tracing-score = مماثلت { $score }%
app-tracing-confirm = یہی شخص ہے
app-tracing-reject = یہ وہ شخص نہیں
app-tracing-confirmed = تصدیق شدہ
app-tracing-rejected = مسترد
app-tracing-decided-by = از { $user }، { $when }

## Screening for trafficking and exploitation
app-screening-explain = جو آپ خود دیکھیں یا جو یہ شخص آپ کو بتائے، وہ درج کریں۔ یہ فہرست اس شخص کو پڑھ کر نہ سنائیں۔
app-screening-source = آپ کو کیسے معلوم ہوا
app-indicator-source-observed = خود دیکھا
app-indicator-source-stated = اس شخص نے خود بتایا
app-indicator-source-document = کسی دستاویز میں
app-indicator-source-third-party = کسی اور نے بتایا
app-indicator-source-interview-answer = انٹرویو سے
app-screening-record = درج کریں
app-screening-dismiss = لاگو نہیں ہوتا
app-screening-restore = دراصل لاگو ہوتا ہے
app-screening-dismissed = لاگو نہ ہونے کا فیصلہ کیا گیا
app-screening-reasons = وجوہات:
app-screening-no-reasons = کوئی علامت درج نہیں کی گئی۔

## Referrals and follow-ups
app-service-child-protection = بچوں کا تحفظ
app-service-anti-trafficking = انسانی ٹریفکنگ کے خلاف سروس
app-service-health = صحت کی دیکھ بھال
app-service-psychosocial = نفسیاتی و سماجی مدد
app-service-legal = قانونی امداد
app-service-shelter = پناہ گاہ
app-service-guardianship = سرپرستی
app-service-family-tracing = خاندان کی تلاش کی سروس
app-referral-service = سروس
app-referral-urgent = فوری
app-referral-note = سروس کے لیے نوٹ
app-referral-status = صورتحال
app-referral-status-proposed = تجویز کیا گیا
app-referral-status-made = ریفر کر دیا گیا
app-referral-status-accepted = قبول کر لیا گیا
app-referral-status-declined = مسترد کر دیا گیا
app-referral-status-completed = مکمل
app-referrals-add = ریفرل شامل کریں
app-referrals-none = ابھی کوئی ریفرل نہیں۔
app-referral-basis = اس ریفرل کی بنیاد
app-referral-basis-consent = ریفرل کے لیے اس شخص کی رضامندی
app-referral-basis-best-interest-decision = بچے کے بہترین مفاد کا فیصلہ
app-referral-basis-mandatory-report = قانون کے تحت لازمی رپورٹ
app-follow-ups = فالو اپ
app-follow-up-due = آخری تاریخ
app-follow-up-note = کیا کرنا ہے
app-follow-up-add = فالو اپ شامل کریں
app-follow-up-done = ہو گیا
app-follow-up-overdue = وقت گزر چکا
app-follow-ups-none = کوئی فالو اپ طے نہیں۔

## Transfer
app-transfer-explain = یہ کیس کسی دوسرے مقام کے حوالے کریں۔ اگلے سنک پر ہیڈکوارٹرز یہ کیس اس مقام کو دے دیتا ہے۔
app-transfer-to = وصول کرنے والا مقام
app-transfer-reason = وجہ
app-transfer-do = کیس منتقل کریں
app-transfer-history = { $from } سے { $to } کو، { $when }، از { $user }

## Conflicts
app-conflicts-explain = دو ڈیوائسز نے آف لائن ہوتے ہوئے ایک ہی چیز بدل دی۔ دونوں قدریں اس وقت تک رکھی جاتی ہیں جب تک آپ ایک نہ چن لیں؛ آپ کا انتخاب کسی بھی دوسری تبدیلی کی طرح بھیجا جاتا ہے۔
app-conflicts-none = اس کیس میں حل کرنے کو کچھ نہیں۔
app-conflict-written = لکھنے والا: { $user }، { $when }
app-conflict-unknown-writer = لکھنے والا معلوم نہیں
app-conflict-keep = یہی رکھیں

## Errors from the app's checks (shown next to the field)
app-error-locked = ڈیٹا کی حفاظت کے لیے Waypoint خود بخود لاک ہو گیا۔ جاری رکھنے کے لیے ان لاک کریں؛ جو کچھ محفوظ ہو چکا ہے وہ برقرار ہے۔
app-error-unlock-failed = صارف کا نام یا پاس فریز درست نہیں ہے۔ کی بورڈ کی زبان اور Caps Lock چیک کریں، پھر دوبارہ کوشش کریں۔
app-error-passphrase-mismatch = دونوں پاس فریز ایک جیسے نہیں ہیں۔
app-error-site-missing = وہ مقام درج کریں جہاں یہ ڈیوائس استعمال ہوتی ہے۔
app-error-user-missing = صارف کا نام درج کریں۔
app-error-auto-lock-range = { $min } سے { $max } منٹ کے درمیان انتخاب کریں۔
app-error-hq-url = ہیڈکوارٹرز کا پتا http:// یا https:// سے شروع ہونا چاہیے۔
app-error-text-too-long = یہ بہت لمبا ہے (زیادہ سے زیادہ { $max } حروف)۔
app-error-language-invalid = یہ زبان کا کوڈ نہیں ہے (ar، ti یا so جیسے کوڈ استعمال کریں)۔
app-error-guardian-name-missing = والد، والدہ یا سرپرست کا نام درج کریں۔
app-error-adult-name-missing = بالغ کا نام درج کریں۔
app-error-referral-needs-basis = { $state ->
        [refused] اس شخص نے ریفرل کے لیے رضامندی سے انکار کیا۔
        [withdrawn] اس شخص نے ریفرل کے لیے اپنی رضامندی واپس لے لی۔
       *[other] اس شخص سے ابھی ریفرل کے بارے میں نہیں پوچھا گیا۔
    } رضامندی کے بغیر، ریفرل کی قانونی بنیاد منتخب کریں: بچے کے بہترین مفاد کا فیصلہ، یا قانون کے تحت لازمی رپورٹ۔
app-error-no-open-sitting = پہلے انٹرویو شروع کریں یا جاری رکھیں۔
app-error-unknown-question = یہ سوال ({ $question }) انٹرویو کے ٹیمپلیٹ میں موجود نہیں ہے۔
app-error-not-asked-reason = منتخب کریں کہ سوال کیوں نہیں پوچھا گیا۔
app-error-answer-kind = یہ جواب اس سوال سے مطابقت نہیں رکھتا۔
app-error-partial-date = تاریخ یوں لکھیں: سال (2015)، سال اور مہینہ (2015-06)، یا پوری تاریخ (2015-06-21)۔
app-error-birth-date-invalid = یہ تاریخ موجود نہیں ہے۔ اسے سال-مہینہ-دن کی صورت میں لکھیں، مثلاً 2011-04-23۔
app-error-birth-date-future = یہ تاریخ مستقبل کی ہے۔
app-error-birth-year-range = سال { $min } اور { $max } کے درمیان ہونا چاہیے۔
app-error-age-too-high = { $max } سے زیادہ عمر ممکن نہیں۔
app-error-age-range-inverted = زیادہ سے زیادہ عمر کم سے کم عمر سے کم ہے۔ دونوں نمبر چیک کریں۔
app-error-entry-missing = یہ اندراج اب موجود نہیں (شاید کسی دوسری ڈیوائس پر بدل گیا ہو)۔ کیس دوبارہ کھولیں۔
app-error-transfer-same-site = کیس پہلے ہی اس مقام پر ہے۔ وصول کرنے والا مقام درج کریں۔

## Sync with headquarters (top bar, sync screen, and why a sync did not finish)
app-sync-title = ہیڈکوارٹرز کے ساتھ سنک
app-sync-status-not-enrolled = ہیڈکوارٹرز سے منسلک نہیں
app-sync-status-running = سنک ہو رہا ہے…
app-sync-status-error = سنک نہیں ہوا
app-sync-status-never = ابھی تک سنک نہیں ہوا
app-sync-status-ok = سنک ہو گیا: { $when }
app-sync-progress = اب تک: { $sent } بھیجے گئے، { $received } موصول ہوئے
app-sync-pending-label = بھیجے جانے کے منتظر
app-sync-pending =
    { $count ->
        [one] ایک کیس
       *[other] { $count } کیسز
    }
app-sync-nothing-pending = کچھ نہیں: اس ڈیوائس کی ہر چیز ہیڈکوارٹرز تک پہنچ چکی ہے۔
app-sync-last-success = آخری سنک
app-sync-last-attempt = آخری کوشش
app-sync-works-offline = معمول کے مطابق کام جاری رکھیں: ہر چیز اس ڈیوائس پر محفوظ ہوتی ہے، اور سنک پس منظر میں چلتا ہے، آپ کے کام میں رکاوٹ ڈالے بغیر۔
app-sync-now = ابھی سنک کریں
app-sync-hq = ہیڈکوارٹرز کا پتا
app-sync-code = رجسٹریشن کوڈ
app-sync-enroll = اس ڈیوائس کو منسلک کریں
app-sync-enroll-hint = ہیڈکوارٹرز سے اس مقام کے لیے ایک بار استعمال ہونے والا رجسٹریشن کوڈ مانگیں، پھر اسے یہاں درج کریں۔
app-sync-not-enrolled = یہ ڈیوائس ابھی ہیڈکوارٹرز سے منسلک نہیں ہے۔
app-sync-unreachable = ہیڈکوارٹرز سے رابطہ نہیں ہو پا رہا۔ آپ کا کام اس ڈیوائس پر محفوظ ہے اور کنکشن بحال ہوتے ہی بھیج دیا جائے گا۔
app-sync-impostor = یہ کوڈ قبول نہیں کیا گیا: ہو سکتا ہے کوڈ غلط درج ہوا ہو، پہلے استعمال ہو چکا ہو یا اس کی میعاد ختم ہو چکی ہو (ایک کوڈ 24 گھنٹے کے لیے درست رہتا ہے)، یا جواب اس ہیڈکوارٹرز سے نہ آیا ہو جس نے یہ کوڈ جاری کیا تھا۔ کچھ بھی رجسٹر نہیں ہوا۔ کوڈ اور ہیڈکوارٹرز کا پتا چیک کریں، یا ہیڈکوارٹرز سے نیا کوڈ مانگیں۔
app-sync-unauthenticated = ہیڈکوارٹرز سے آنے کا دعویٰ کرنے والے ایک جواب کی تصدیق نہیں ہو سکی، اس لیے اس پر کوئی عمل نہیں کیا گیا اور آپ کے کیسز میں کوئی تبدیلی نہیں ہوئی۔ ہو سکتا ہے کوئی نیٹ ورک میں مداخلت کر رہا ہو؛ بعد میں یا کسی دوسرے نیٹ ورک سے دوبارہ کوشش کریں۔
app-sync-reenroll = یہ ڈیوائس اس وقت منسلک کی گئی تھی جب ہیڈکوارٹرز نے ابھی اپنے جوابات پر دستخط کرنا شروع نہیں کیے تھے۔ ہیڈکوارٹرز سے نیا رجسٹریشن کوڈ مانگیں اور ڈیوائس کو دوبارہ منسلک کریں؛ آپ کے کیسز اسی ڈیوائس پر رہیں گے۔
app-sync-insecure-url = ہیڈکوارٹرز تک ایسے پتے کے ذریعے پہنچنا ضروری ہے جو https:// سے شروع ہو۔ سادہ http:// کی اجازت صرف اسی کمپیوٹر (localhost) کے لیے ہے۔
app-sync-certificate = ہیڈکوارٹرز نے ایسا سکیورٹی سرٹیفکیٹ پیش کیا جو اس سرٹیفکیٹ سے مختلف ہے جس پر اس ڈیوائس نے رجسٹریشن کے وقت بھروسا کیا تھا، اس لیے کچھ بھی بھیجنے سے پہلے سنک روک دیا گیا۔ ہو سکتا ہے کوئی نیٹ ورک میں مداخلت کر رہا ہو؛ ہیڈکوارٹرز کو اطلاع دیں۔
app-sync-failed = سنک مکمل نہیں ہوا۔ کچھ ضائع نہیں ہوا؛ یہ خود بخود دوبارہ کوشش کرے گا۔
app-sync-revoked = ہیڈکوارٹرز نے اس ڈیوائس کی رسائی منسوخ کر دی، اس لیے اس کے کیسز اس سے ہٹا دیے گئے۔ اپنے سپروائزر سے رابطہ کریں۔
app-sync-unknown-device = ہیڈکوارٹرز اس ڈیوائس کو نہیں پہچانتا۔ نیا رجسٹریشن کوڈ مانگیں۔
app-sync-clock = اس ڈیوائس کی تاریخ یا وقت غلط ہے۔ اسے سسٹم سیٹنگز میں درست کریں، پھر دوبارہ سنک کریں۔
app-sync-enrollment-code = یہ رجسٹریشن کوڈ غلط ہے، پہلے استعمال ہو چکا ہے یا اس کی میعاد ختم ہو چکی ہے۔ ہیڈکوارٹرز سے نیا کوڈ مانگیں۔
app-sync-enroll-later = ہیڈکوارٹرز اس وقت اس نیٹ ورک سے رجسٹریشن قبول نہیں کر رہا۔ آپ کا کوڈ اب بھی کارآمد ہے: دس منٹ بعد دوبارہ کوشش کریں۔
app-sync-version = ہیڈکوارٹرز پر Waypoint کا کوئی دوسرا ورژن چل رہا ہے۔ درخواست کریں کہ یہ ایپ اپ ڈیٹ کی جائے۔
app-sync-site-mismatch = یہ کوڈ مقام { $hq } کے لیے ہے، لیکن یہ ڈیوائس مقام { $device } پر استعمال ہوتی ہے۔ { $device } کے لیے کوڈ مانگیں۔
app-sync-code-missing = رجسٹریشن کوڈ درج کریں۔
app-sync-already-enrolled = یہ ڈیوائس پہلے سے ہیڈکوارٹرز سے منسلک ہے۔

## Consent, explained to the person in their language (read aloud; -child: for a child)

app-consent-tell-registration = ہم آپ کا نام اور آپ کی بتائی ہوئی باتیں لکھنا چاہتے ہیں، تاکہ ہم آپ کی مدد کر سکیں۔ آپ انکار بھی کر سکتے ہیں۔
app-consent-tell-registration-child = کیا ہم آپ کا نام اور آپ کی بتائی ہوئی باتیں لکھ لیں؟ اس سے ہم آپ کی مدد کر سکیں گے۔ آپ چاہیں تو منع کر سکتے ہیں۔
app-consent-tell-sharing-with-hq = ہم آپ کی فائل اپنے مرکزی دفتر بھیجنا چاہتے ہیں، تاکہ اگر آپ کہیں اور جائیں تو ہمارے دوسرے دفتر آپ کی مدد کر سکیں۔ اگر آپ انکار کریں تو آپ کی فائل اسی دفتر میں، اسی کمپیوٹر پر رہے گی، اور مرکزی دفتر میں صرف یہ گنا جائے گا کہ اس دفتر نے کسی سے ملاقات کی: ملاقات کا مہینہ، آپ کی عمر کا گروپ، آپ عورت ہیں یا مرد، اور کیا ہمیں آپ کی حفاظت کی فکر ہے۔ آپ کا نام اور آپ کی بتائی ہوئی باتیں کبھی وہاں نہیں جائیں گی۔ اگر آپ ہاں کہیں اور بعد میں آپ کا ارادہ بدل جائے تو ہم آپ کی فائل مرکزی دفتر اور دوسرے کمپیوٹروں سے مٹا دیں گے، اور مرکزی دفتر کے پاس صرف یہی گنتی رہے گی۔
app-consent-tell-sharing-with-hq-child = کیا ہم آپ کی فائل اپنے مرکزی دفتر بھیج دیں؟ پھر اگر آپ کہیں اور چلے جائیں تو ہمارے دوسرے دفتر بھی آپ کی مدد کر سکیں گے۔ اگر آپ منع کریں تو آپ کی فائل یہیں اس کمپیوٹر پر رہے گی، اور آپ کا نام مرکزی دفتر نہیں بھیجا جائے گا۔ آپ بعد میں اپنا ارادہ بدل سکتے ہیں، اور پھر ہم اسے واپس لے لیں گے۔
app-consent-tell-family-tracing = ہم آپ کی معلومات سے آپ کے خاندان کو ڈھونڈنا چاہتے ہیں، اور یہ بھی کہ آپ کا خاندان ہمارے ذریعے آپ کو ڈھونڈ سکے۔ آپ انکار کر سکتے ہیں، یا کسی بھی وقت اسے رکوا سکتے ہیں۔
app-consent-tell-family-tracing-child = کیا ہم آپ کے نام سے آپ کے گھر والوں کو ڈھونڈیں، اور انہیں بھی آپ کو ڈھونڈنے دیں؟ آپ چاہیں تو منع کر سکتے ہیں، یا ہمیں رکنے کا کہہ سکتے ہیں۔
app-consent-tell-referral = ہم کسی دوسری سروس کو، جیسے کسی ڈاکٹر، وکیل یا پناہ گاہ کو، آپ کے بارے میں بتانا چاہتے ہیں تاکہ وہ آپ کی مدد کر سکیں۔ ہم انہیں صرف وہی بتاتے ہیں جو انہیں ضروری ہو۔ آپ انکار بھی کر سکتے ہیں۔
app-consent-tell-referral-child = کیا ہم مدد کرنے والے دوسرے لوگوں کو آپ کے بارے میں بتائیں، جیسے کسی ڈاکٹر کو، یا رہنے کی کسی محفوظ جگہ کو؟ ہم انہیں صرف وہی بتاتے ہیں جو ان کے لیے جاننا ضروری ہو۔ آپ چاہیں تو منع کر سکتے ہیں۔
app-consent-tell-photo = ہم آپ کی ایک تصویر لینا چاہتے ہیں، صرف آپ کی فائل کے لیے۔ آپ انکار بھی کر سکتے ہیں۔
app-consent-tell-photo-child = کیا ہم آپ کی فائل کے لیے آپ کی ایک تصویر لے لیں؟ آپ چاہیں تو منع کر سکتے ہیں۔
