# Errors, validation diagnostics, consent refusals and risk reasons.
# Shown to officers in the app, the CLI and the HQ dashboard. Plain words; say what to do next.
# Arguments never carry personal data of the people registered.

## Store and login

error-wrong-passphrase = پاس فریز درست نہیں ہے۔ کی بورڈ کی زبان اور Caps Lock چیک کریں، پھر دوبارہ کوشش کریں۔
error-unknown-user = اس ڈیوائس پر { $user } نام کا کوئی صارف نہیں ہے۔ اپنے ایڈمنسٹریٹر سے کہیں کہ آپ کو شامل کیا جائے۔
error-user-exists = اس ڈیوائس پر { $user } نام کا صارف پہلے سے موجود ہے۔ کوئی دوسرا نام منتخب کریں۔
error-store-missing = { $path } پر Waypoint کا کوئی ڈیٹا نہیں ملا۔ پہلے اس ڈیوائس کو سیٹ اپ کریں۔
error-store-exists = { $path } پر Waypoint کا ڈیٹا پہلے سے موجود ہے۔ کچھ بھی تبدیل نہیں کیا گیا۔
error-store-corrupt = اس ڈیوائس پر موجود ڈیٹا خراب ہو گیا ہے اور پڑھا نہیں جا سکتا۔ کچھ بھی ڈیلیٹ نہ کریں؛ اپنے ایڈمنسٹریٹر سے رابطہ کریں، جو اسے ہیڈکوارٹرز سے بحال کر سکتے ہیں۔
error-store-truncated = اس ڈیوائس پر ڈیٹا فائل نامکمل ہے (ممکن ہے اس کا صرف کچھ حصہ کاپی ہوا ہو)۔ کچھ بھی ڈیلیٹ نہ کریں؛ اپنے ایڈمنسٹریٹر سے رابطہ کریں۔
error-store-too-new = یہ ڈیٹا Waypoint کے کسی نئے ورژن نے لکھا ہے (فارمیٹ { $found }؛ یہ ورژن زیادہ سے زیادہ { $supported } تک پڑھ سکتا ہے)۔ اس ڈیوائس پر Waypoint اپ ڈیٹ کریں۔
error-case-not-found = کیس { $case } اس ڈیوائس پر موجود نہیں ہے۔
error-sought-person-not-found = اس کیس میں آئی ڈی { $entry } والا کوئی ایسا شخص نہیں ہے جس کی تلاش ہو رہی ہو۔ ہو سکتا ہے اسے کسی دوسری ڈیوائس پر ہٹا دیا گیا ہو؛ کیس دوبارہ لوڈ کریں۔
error-passphrase-too-short = پاس فریز بہت چھوٹا ہے۔ کم از کم { $min } حروف استعمال کریں؛ چند الفاظ کو ملا کر بنا جملہ یاد رکھنا آسان ہوتا ہے۔
error-audit-broken = آڈٹ لاگ میں اندراج نمبر { $seq } پر تبدیلی کی گئی ہے یا وہ خراب ہو گیا ہے۔ اس کی اطلاع اپنے سپروائزر کو دیں۔
error-case-invalid = اس کیس کا ریکارڈ پڑھا نہیں جا سکا۔ کچھ بھی تبدیل نہیں کیا گیا۔
error-io = ڈیوائس اپنا ڈیٹا پڑھ یا لکھ نہیں سکی ({ $detail })۔ دیکھ لیں کہ ڈسک میں جگہ خالی ہے، پھر دوبارہ کوشش کریں۔
error-internal = Waypoint کے اندر کوئی خرابی پیش آ گئی۔ آپ کا محفوظ کیا ہوا کچھ بھی ضائع نہیں ہوا۔ دوبارہ کوشش کریں؛ اگر پھر ایسا ہو تو اپنے ایڈمنسٹریٹر کو بتائیں۔

## Validation of a case (shown next to the field; nothing typed is lost)

diag-no-name = ابھی تک کوئی نام درج نہیں کیا گیا۔ کیس نام کے بغیر بھی محفوظ کیا جا سکتا ہے۔
diag-name-empty = یہ نام خالی ہے۔
diag-age-range-inverted = کم سے کم عمر ({ $min }) زیادہ سے زیادہ عمر ({ $max }) سے بڑھ کر ہے۔ دونوں نمبر چیک کریں۔
diag-age-implausible = { $max } سے زیادہ عمر ممکن نہیں۔ نمبر چیک کریں۔
diag-age-single-indicator = عمر کا اندازہ صرف ایک علامت کی بنیاد پر نہیں لگانا چاہیے۔
diag-date-future = یہ تاریخ مستقبل کی ہے۔
diag-date-impossible = یہ تاریخ موجود نہیں ہے۔ دن اور مہینہ چیک کریں۔
diag-answer-without-value = اس سوال پر "جواب دیا گیا" کا نشان لگا ہے، لیکن کوئی جواب درج نہیں ہے۔
diag-not-asked-without-reason = بتائیں کہ یہ سوال کیوں نہیں پوچھا گیا۔
diag-ends-before-start = یہ نشست شروع ہونے سے پہلے ختم ہو رہی ہے۔

## Consent

# $purpose is one of: registration, sharing_with_hq, family_tracing, referral, photo.
consent-needed = اس کے لیے { $purpose ->
        [registration] رجسٹریشن
        [sharing_with_hq] ہیڈکوارٹرز کے ساتھ معلومات شیئر کرنے
        [family_tracing] خاندان کی تلاش
        [referral] خدمات کے لیے ریفرل
        [photo] تصویر لینے
       *[other] اس کام
    } کی رضامندی ضروری ہے۔ پہلے اس شخص (یا اس کے سرپرست) سے پوچھیں اور ان کا جواب درج کریں۔
consent-withdrawn-stops = { $purpose ->
        [registration] رجسٹریشن
        [sharing_with_hq] ہیڈکوارٹرز کے ساتھ معلومات شیئر کرنے
        [family_tracing] خاندان کی تلاش
        [referral] خدمات کے لیے ریفرل
        [photo] تصویر لینے
       *[other] اس کام
    } کی رضامندی واپس لے لی گئی ہے، اس لیے یہ عمل روک دیا گیا ہے۔
consent-refused-stops = { $purpose ->
        [registration] رجسٹریشن
        [sharing_with_hq] ہیڈکوارٹرز کے ساتھ معلومات شیئر کرنے
        [family_tracing] خاندان کی تلاش
        [referral] خدمات کے لیے ریفرل
        [photo] تصویر لینے
       *[other] اس کام
    } کی رضامندی نہیں دی گئی، اس لیے یہ عمل آگے نہیں بڑھ سکتا۔

## Risk reasons (why a risk level was given)

risk-reason-irregular-travel = سفر کا بے قاعدہ یا غیر معمولی راستہ یا انتظامات۔
risk-reason-sudden-separation = خاندان سے اچانک جدائی۔
risk-reason-living-change = اس شخص کی رہائش کی جگہ یا ساتھ رہنے والوں میں اچانک تبدیلی۔
risk-reason-documents-held-by-others = اس شخص کی شناختی یا سفری دستاویزات کسی اور کے پاس ہیں۔
risk-reason-debt-bondage = اس شخص پر ان لوگوں کا قرض ہے جنہوں نے سفر یا کام کا انتظام کیا۔
risk-reason-work-exploitation = ایسا کام جس کی اجرت نہ ملی ہو، جو زبردستی کروایا گیا ہو یا خطرناک ہو۔
risk-reason-signs-of-abuse = جسمانی، جنسی یا نفسیاتی بدسلوکی کی علامات۔
risk-reason-controlled-movement = کوئی اور طے کرتا ہے کہ یہ شخص کہاں جائے۔
risk-reason-deceptive-recruitment = جھوٹے وعدوں کے ذریعے بھرتی۔
risk-reason-no-contact-with-family = خاندان سے رابطے کی اجازت یا ذریعہ نہیں۔
risk-reason-fear-of-authorities = اس شخص کو حکام سے ڈرایا گیا ہے۔
risk-reason-scripted-account = بیان رٹا ہوا یا کسی اور کا سکھایا ہوا لگتا ہے۔
risk-reason-someone-else-answers = کوئی اور اس شخص کی جگہ جواب دیتا ہے، یا اسے افسر کے ساتھ اکیلا نہیں چھوڑتا۔
risk-reason-worst-forms-of-child-labour = خطرناک کام: کان میں، خطرناک مشینوں یا کیمیکلز کے ساتھ، بھاری بوجھ اٹھانا یا رات کا کام۔
risk-reason-child-labour-under-minimum-age = کام کی کم از کم عمر سے پہلے کام شروع کیا۔
risk-reason-sexual-exploitation = جنسی استحصال۔
risk-reason-forced-marriage = جبری شادی یا کم عمری کی شادی۔
risk-reason-armed-group-recruitment = کسی مسلح فورس یا مسلح گروہ نے بھرتی کیا یا استعمال کیا۔
risk-reason-child-exploitation = ایک بچے کا استحصال ہو رہا ہے۔ بچے کے معاملے میں صرف یہی انسانی ٹریفکنگ ہے: طاقت، دھوکا دہی یا فریب ثابت کرنا ضروری نہیں۔
risk-reason-doubtful-adult = بچہ کسی ایسے بالغ کے ساتھ سفر کر رہا ہے جس سے اس کا رشتہ مشکوک ہے یا جس کے بارے میں افسر کو تشویش ہے۔
risk-reason-unaccompanied-child = ایسا بچہ جس کے ساتھ نہ والدین ہیں نہ معمول کا دیکھ بھال کرنے والا۔
risk-reason-strong-indicator-child = انسانی ٹریفکنگ کی ایک مضبوط علامت کسی بچے سے متعلق ہے۔
risk-reason-several-strong = کئی مضبوط علامات ایک ساتھ۔

## Interview templates (shown to whoever loads or edits a template)

template-error-json = ٹیمپلیٹ فائل درست نہیں ہے (لائن { $line }، کالم { $column })۔ وہاں اوقاف اور فیلڈز کے نام چیک کریں۔
template-error-invalid-message-id = متن کی کلید { $key } کسی پیغام کا درست نام نہیں ہے۔
template-error-duplicate-not-asked-reason = وجہ { $reason } دو بار درج ہے۔
template-error-duplicate-section = سیکشن { $section } دو بار آیا ہے۔
template-error-duplicate-question = سوال { $question } دو بار آیا ہے۔
template-error-malformed-question-id = سوال کی شناخت { $question } کو section.name کی شکل میں لکھنا ضروری ہے۔
template-error-question-outside-section = سوال { $question } سیکشن { $section } میں رکھا گیا ہے، لیکن اس کی شناخت میں اس سیکشن کا نام نہیں ہے۔
template-error-missing-choices = سوال { $question } انتخابی ہے لیکن اس میں کوئی آپشن درج نہیں۔
template-error-unexpected-choices = سوال { $question } انتخابی سوال نہیں ہے، پھر بھی اس میں آپشنز درج ہیں۔
template-error-duplicate-choice = سوال { $question } میں آپشن { $choice } دو بار درج ہے۔
template-error-unknown-indicator = سوال { $question } ایک نامعلوم علامت { $indicator } کا حوالہ دیتا ہے۔
template-error-screening-not-supported = سوال { $question } علامات کو فعال نہیں کر سکتا: صرف ہاں/نہیں اور انتخابی جوابات ایسا کر سکتے ہیں۔
template-error-empty-when = سوال { $question } کا ربط { $indicator } سے ہے، لیکن اس میں کوئی ایسا جواب درج نہیں جو اسے فعال کرے۔
template-error-invalid-yes-no = سوال { $question } ہاں/نہیں والا ہے، لیکن اس کے ربط میں { $value } درج ہے۔
template-error-unknown-choice = سوال { $question } میں { $choice } نام کا کوئی آپشن نہیں ہے۔
