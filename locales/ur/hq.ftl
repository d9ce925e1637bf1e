# The `waypoint-hq` command for headquarters administrators.

hq-listening = ہیڈکوارٹرز { $address } پر کنکشنز کا انتظار کر رہا ہے۔
hq-certificate = ہیڈکوارٹرز نے اپنا TLS سرٹیفکیٹ خود بنایا ہے؛ اس کا SHA-256 فنگرپرنٹ { $fingerprint } ہے۔ رجسٹر ہونے والی ڈیوائسز بالکل اسی سرٹیفکیٹ پر بھروسا کرتی ہیں؛ جب براؤزر پوچھے کہ کیا ڈیش بورڈ پر بھروسا کیا جائے تو وہ جو فنگرپرنٹ دکھائے اس سے اس کا موازنہ کریں۔
hq-plain-http-refused = غیر خفیہ کردہ HTTP صرف اسی مشین پر فراہم کیا جاتا ہے (127.0.0.1 جیسے کسی loopback ایڈریس پر)، کبھی { $address } پر نہیں۔ --plain-http ہٹا دیں تو ہیڈکوارٹرز خود HTTPS فراہم کرے گا۔
hq-keys-beside-cases = انتباہ: کیسز کی کلیدیں اسی PostgreSQL سرور پر رکھی گئی ہیں جس پر کیسز موجود ہیں، اس لیے اس سرور کے ایک بیک اپ میں ہر کیس اپنی کلید سمیت موجود ہوتا ہے، اور کیس حذف کرنے کے بعد بھی ایسا بیک اپ پڑھا جا سکتا ہے۔ کلیدوں کا ڈیٹا بیس کسی دوسرے سرور پر رکھیں (--keys-database)، اور اس کے بیک اپ صرف تھوڑی مدت کے لیے رکھیں۔
hq-proxy-certificate-invalid = پراکسی کے سرٹیفکیٹ کا SHA-256 فنگرپرنٹ --proxy-certificate کے ساتھ دیا جاتا ہے: 64 ہیکسا ڈیسیمل ہندسے (کولن کی اجازت ہے)۔ کچھ بھی شروع نہیں کیا گیا۔
hq-tls-unusable = اس TLS سرٹیفکیٹ یا کلید کو استعمال نہیں کیا جا سکتا: فائلیں پڑھی نہیں جا سکتیں، ان میں کوئی PEM سرٹیفکیٹ یا کلید نہیں ہے، یا سرٹیفکیٹ اور کلید آپس میں مطابقت نہیں رکھتے۔ کچھ بھی شروع نہیں کیا گیا۔
hq-listen-failed = { $address } پر کنکشنز کا انتظار نہیں کیا جا سکتا: یہ ایڈریس پہلے سے استعمال میں ہے یا اس کی اجازت نہیں ہے۔
hq-storage-failed = ہیڈکوارٹرز کا ڈیٹا بیس کھولا نہیں جا سکا یا اس میں لکھا نہیں جا سکا۔ کچھ بھی تبدیل نہیں کیا گیا؛ تفصیلات کے لیے لاگ دیکھیں۔
hq-device-code = { $site } پر کسی ڈیوائس کے لیے رجسٹریشن کوڈ: { $code } ({ $hours ->
    [one] { $hours } گھنٹے
   *[other] { $hours } گھنٹوں
} کے لیے درست، صرف ایک بار)۔
hq-device-revoked = ڈیوائس کی رسائی منسوخ کر دی گئی ہے۔ اگلے رابطے پر اسے مسترد کر دیا جائے گا اور اپنا ڈیٹا مٹانے کو کہا جائے گا۔
hq-device-unknown = اس آئی ڈی والی کوئی ڈیوائس نہیں ہے۔
hq-device-id-invalid = ڈیوائس آئی ڈی 32 ہیکسا ڈیسیمل ہندسوں پر مشتمل ہوتی ہے۔
hq-case-id-invalid = کیس آئی ڈی ایک UUID ہوتی ہے (32 ہیکسا ڈیسیمل ہندسے، ڈیش اختیاری)۔
hq-case-erased = کیس ہیڈکوارٹرز پر مٹا دیا گیا ہے۔ جن ڈیوائسز میں یہ موجود ہے وہ اگلی سنک (sync) پر اسے ڈیلیٹ کر دیں گی اور تصدیق کریں گی۔

hq-user-password-prompt = نئے صارف کا پاس ورڈ
hq-user-password-again = پاس ورڈ دوبارہ لکھیں
hq-user-passwords-differ = دونوں پاس ورڈ مختلف ہیں۔ کچھ تبدیل نہیں ہوا۔
hq-user-password-unreadable = پاس ورڈ پڑھا نہیں جا سکا۔ کچھ تبدیل نہیں ہوا۔
hq-user-password-short = پاس ورڈ میں کم از کم { $count } حروف ہونے چاہییں۔ کچھ تبدیل نہیں ہوا۔
hq-user-role-invalid = کردار ان میں سے ایک ہونا چاہیے: officer، caseworker، interpreter، supervisor، analyst، admin۔
hq-user-name-invalid = صارف نام 1 سے 64 قابلِ طباعت حروف پر مشتمل ہوتا ہے۔
hq-user-exists = اس نام کا صارف پہلے سے موجود ہے۔ کچھ تبدیل نہیں ہوا۔
hq-user-added = صارف کو { $role } کے کردار کے ساتھ شامل کر دیا گیا۔ وہ اب ڈیش بورڈ میں سائن اِن کر سکتا ہے۔

## The dashboard (`waypoint-hq serve`, in a browser).

hq-title = Waypoint ہیڈکوارٹر
hq-login-title = سائن اِن
hq-login-name = صارف نام
hq-login-password = پاس ورڈ
hq-login-submit = سائن اِن کریں
hq-login-failed = صارف نام یا پاس ورڈ غلط ہے، یا بہت زیادہ کوششیں ہو چکی ہیں۔ تھوڑا انتظار کریں اور دوبارہ کوشش کریں۔
hq-logout = سائن آؤٹ
hq-signed-in-as = { $user } کے طور پر سائن اِن، { $role }
hq-role = { $role ->
    [officer] سرحدی افسر
    [caseworker] پناہ گاہ کا کیس ورکر
    [interpreter] ترجمان
    [supervisor] نگران
    [analyst] ہیڈکوارٹر تجزیہ کار
   *[admin] منتظم
}
hq-language = زبان
hq-language-submit = تبدیل کریں
hq-nav-cases = کیس
hq-nav-conflicts = تضادات
hq-nav-matches = مماثلتیں اور دہرے ریکارڈ
hq-nav-transfers = منتقلیاں
hq-nav-devices = آلات
hq-nav-erasures = حذف
hq-nav-audit = آڈٹ ریکارڈ
hq-nav-figures = اعداد و شمار
hq-search-label = کسی بھی رسم الخط میں نام، یا کیس کوڈ
hq-search-submit = تلاش کریں
hq-none = دکھانے کے لیے کچھ نہیں۔
hq-done = ہو گیا۔
hq-col-code = کوڈ
hq-col-name = نام
hq-col-site = مقام
hq-col-status = حیثیت
hq-col-actions = کارروائیاں
hq-col-confirmations = حذف کی تصدیق کرنے والے آلات
hq-col-age = عمر کا گروپ
hq-col-risk = خطرہ
hq-col-when = کب
hq-col-user = کس نے
hq-col-action = کارروائی
hq-col-case = کیس
hq-col-detail = تفصیل
hq-col-device = آلہ
hq-col-field = خانہ
hq-col-score = اسکور
hq-col-reasons = وجوہات
hq-case-title = کیس { $code }
hq-case-answers = انٹرویو کے جوابات
hq-case-risk = خطرہ
hq-time = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }
hq-when = { $date } { $time } UTC
hq-value-by = { $user } نے { $when } کو لکھا
hq-value-sent-by = مقام { $site } کے آلے { $device }… نے بھیجا۔ اوپر لکھنے والے کا نام وہی ہے جو اس آلے نے بتایا۔
hq-value-sent-at-hq = یہیں ہیڈکوارٹر میں کیا گیا۔
hq-value-sender-unknown = معلوم نہیں کہ یہ کس آلے نے بھیجا۔
hq-value-keep = یہ قدر رکھیں
hq-conflict-explain = دو افراد نے یہ خانہ ایک ہی وقت میں لکھا۔ جب تک آپ ایک کا انتخاب نہ کریں دونوں قدریں محفوظ رہتی ہیں؛ آلات آپ کا انتخاب اگلی ہم آہنگی میں وصول کرتے ہیں۔
hq-match-sought = { $name } ({ $relationship })، جس کی تلاش کیس { $code } میں ہے
hq-match-confirm = مماثلت کی تصدیق کریں
hq-match-reject = یہ وہی شخص نہیں
hq-match-status = { $status ->
    [confirmed] تصدیق شدہ
    [rejected] مسترد
   *[potential] جائزے کے لیے
}
hq-duplicates = ممکنہ دہرے ریکارڈ (جائزے کے لیے؛ کچھ بھی خود بخود ضم نہیں ہوتا)
hq-duplicate-same = ایک ہی شخص
hq-duplicate-different = دو مختلف افراد
hq-duplicate-confirmed = تصدیق ہو گئی کہ دونوں کیس ایک ہی شخص کے ہیں۔ زیادہ مکمل کیس رکھیں اور دوسرا کیس حذف کرنے کا حکم دیں، وجہ «دہرا ریکارڈ» کے ساتھ۔
hq-transfer-title = کیس کسی اور مقام کو دیں
hq-transfer-case = کیس کی شناخت
hq-transfer-site = وصول کرنے والا مقام
hq-transfer-submit = منتقل کریں
hq-device-enroll = اندراج کوڈ بنائیں
hq-device-code-shown = { $site } کے لیے اندراج کوڈ: { $code }۔ یہ 24 گھنٹے کے لیے درست ہے اور صرف ایک بار کام کرتا ہے۔ ابھی لکھ لیں؛ یہ دوبارہ نہیں دکھایا جائے گا۔
hq-device-revoke = منسوخ کریں
hq-device-revoke-ask = منسوخ کریں…
hq-device-revoke-title = اس آلے کی رسائی منسوخ کریں؟
hq-device-revoke-explain = مقام { $site } کے آلے { $device } کو اب سے مسترد کر دیا جائے گا، اور اگلے رابطے پر اسے کہا جائے گا کہ اپنے پاس موجود تمام کیس مٹا دے۔ اس کے کیس یہیں ہیڈکوارٹر میں رہیں گے۔ اسے واپس نہیں لیا جا سکتا: آلے کو نئے کوڈ کے ساتھ دوبارہ اندراج کرنا ہوگا۔
hq-cancel = واپس جائیں
hq-back = صفحے پر واپس جائیں
hq-skip = صفحے کے مواد پر جائیں
hq-nav-label = صفحات
hq-audit-filter = دکھائیں
hq-audit-shown = { $count ->
    [one] ایک اندراج، نئے پہلے (زیادہ سے زیادہ { $max } دکھائے جاتے ہیں: پرانے اندراجات دیکھنے کے لیے تلاش کو محدود کریں)۔
   *[other] { $count } اندراجات، نئے پہلے (زیادہ سے زیادہ { $max } دکھائے جاتے ہیں: پرانے اندراجات دیکھنے کے لیے تلاش کو محدود کریں)۔
}
hq-device-state = { $revoked ->
    [yes] منسوخ
   *[no] فعال
}
hq-erase-title = کیس حذف کرنے کا حکم
hq-erase-explain = کیس ہیڈکوارٹر میں، بیک اپ سمیت، اور ہر آلے پر اس کی اگلی ہم آہنگی میں حذف ہو جاتا ہے۔ اسے واپس نہیں لیا جا سکتا۔
hq-erase-reason = وجہ
hq-erase-reason-option = { $reason ->
    [person_request] اس شخص نے درخواست کی
    [duplicate] دہرا ریکارڈ
    [entered_in_error] غلطی سے درج ہوا
    [legal_order] قانونی حکم
    [consent_withdrawn] ہیڈکوارٹر کے ساتھ شیئر کرنے کی رضامندی واپس لے لی گئی
   *[retention_expired] محفوظ رکھنے کی مدت ختم
}
hq-erase-submit = ہر جگہ حذف کریں
hq-erase-ask = حذف کریں…
hq-erase-confirm-title = اس کیس کو ہر جگہ حذف کریں؟
hq-erase-confirm-explain = مقام { $site } کا کیس { $code } ({ $reason }) یہیں ہیڈکوارٹر میں اور ہر اس آلے پر جس میں یہ موجود ہے، بیک اپ سمیت، حذف کر دیا جائے گا۔ اسے واپس نہیں لیا جا سکتا۔
hq-erase-confirmations = { $count ->
    [one] ایک آلے نے تصدیق کی
   *[other] { $count } آلات نے تصدیق کی
}
hq-figures-title = اعداد و شمار (گمنام)
hq-figures-explain = کیس اس مہینے کے لحاظ سے جب اس شخص سے ملاقات ہوئی۔ 5 سے کم تعداد «x» کی صورت میں دکھائی جاتی ہے تاکہ کسی کی نشاندہی نہ ہو سکے۔ یہاں کوئی نام یا کیس کی تفصیل نہیں دکھائی جاتی۔
hq-figures-withheld = جس کیس کو ہیڈکوارٹر کے ساتھ شیئر کرنے پر اس شخص نے رضامندی نہیں دی، اسے ایک گمنام ریکارڈ (مہینہ، عمر کا گروپ، جنس، خطرہ) سے گنا جاتا ہے: اس کی قومیت اور ہمراہی «ہیڈکوارٹر کے ساتھ شیئر نہیں کیا گیا» کی صورت میں دکھائی جاتی ہیں۔
hq-figures-chart = { $dimension }، چارٹ کی صورت میں: نیچے دیا گیا جدول یہی اعداد و شمار دکھاتا ہے۔
hq-figures-hidden = بعض بڑی تعدادیں بھی «x» کی صورت میں دکھائی جاتی ہیں تاکہ کوئی چھوٹی تعداد میزان سے معلوم نہ کی جا سکے۔
hq-figures-csv = CSV ڈاؤن لوڈ کریں
hq-figures-total = کل کیس: { $total }
hq-figures-all-months = تمام مہینے
hq-dimension = { $dimension ->
    [age_band] عمر کا گروپ
    [sex] جنس
    [nationality] قومیت
    [accompaniment] ہمراہی
    [risk] انسانی اسمگلنگ کے خطرے کی علامت
   *[site] مقام
}
hq-figure-value = { $value ->
    [flagged] نشان زد
    [not_flagged] نشان زد نہیں
    [unknown] نامعلوم
    [withheld] ہیڈکوارٹر کے ساتھ شیئر نہیں کیا گیا
    [unlisted] متن کے طور پر لکھا گیا، ملک کا کوڈ نہیں
   *[other] { $value }
}
hq-error-forbidden = آپ کا کردار اس کی اجازت نہیں دیتا۔
hq-nav-welcome = خوش آمدید
hq-device-awaiting = منظوری کا منتظر: جب تک اس کے مقام کا کوئی نگران اسے منظور نہ کرے، کوئی کیس وصول نہیں کرتا۔
hq-device-approve = منظور کریں: اسے اپنے مقام کے کیس وصول کرنے دیں
hq-col-sites = مقامات
hq-sites-every = تمام مقامات
hq-sites-none = کوئی نہیں (کوئی کیس نہیں دیکھتا)
hq-accounts-change-sites = مقامات تبدیل کریں
hq-accounts-sites-hint = مقامات: وہ مقامات جن کے کیس یہ اکاؤنٹ دیکھتا ہے، کوما «,» سے الگ کیے ہوئے (مثلاً border-north, shelter-central)، یا تمام مقامات کے لیے *۔ سرحدی افسر، پناہ گاہوں کے کیس ورکر اور نگران صرف اپنے مقامات کے کیس اور وہ کیس دیکھتے ہیں جو ان مقامات میں سے کسی کو منتقل کیے گئے ہوں۔
hq-error-sites = مقامات کے نام (لاطینی حروف، ہندسے، ڈیش، نقطے یا انڈر اسکور) کوما «,» سے الگ کر کے لکھیں، یا تمام مقامات کے لیے * لکھیں۔
hq-nothing-for-role = آپ کے کردار کا ہیڈکوارٹر میں کوئی صفحہ نہیں: ترجمان آلات پر، کسی سرحدی افسر کے ساتھ، کام کرتے ہیں اور یہاں کوئی کیس نہیں دیکھتے۔
hq-error-not-found = نہیں ملا۔ ممکن ہے یہ حذف یا تبدیل ہو گیا ہو۔
hq-error-signed-out = براہِ کرم دوبارہ سائن اِن کریں۔
hq-error-internal = ہیڈکوارٹر میں کچھ غلط ہو گیا۔ کچھ تبدیل نہیں ہوا؛ دوبارہ کوشش کریں۔
hq-error-case-id = کیس کی شناخت ایک UUID ہے (32 ہیکساڈیسیمل ہندسے، ڈیش اختیاری)۔
hq-error-site = مقام کا نام لاطینی حروف، ہندسوں، ڈیش، نقطوں یا انڈر اسکور سے بنتا ہے۔
hq-error-device-id = آلے کی شناخت 32 ہیکساڈیسیمل ہندسے ہے۔
hq-error-reason = کوئی وجہ منتخب کریں۔
hq-error-choice = قدروں میں سے ایک منتخب کریں۔
hq-database-invalid = ڈیٹا بیس کا پتہ sqlite:PATH یا postgres://user@host:port/name ہوتا ہے۔
hq-database-in-clear = یہ ڈیٹا بیس کسی دوسری مشین پر ہے، اور sslmode={ $mode } کے ساتھ کیسز کی کلیدیں وہاں بغیر خفیہ کاری کے بھیجی جا سکتی ہیں۔ sslmode ہٹا دیں (تب ہیڈکوارٹرز TLS اور کسی عوامی سرٹیفکیٹ ادارے کا ایسا سرٹیفکیٹ لازمی کرے گا جس میں سرور کا نام درج ہو)، یا sslmode=verify-full کے ساتھ sslrootcert=PATH دیں جو اس ادارے کے سرٹیفکیٹ کی طرف اشارہ کرے جس نے سرور کے سرٹیفکیٹ پر دستخط کیے ہیں۔
hq-database-certificate = ڈیٹا بیس سرور کا سرٹیفکیٹ قبول نہیں کیا گیا (sslmode={ $mode })۔ جانچ لیں کہ sslrootcert اسی ادارے کی نشاندہی کرتا ہے جس نے اس پر دستخط کیے ہیں، اور verify-full کی صورت میں یہ کہ سرٹیفکیٹ میں وہی ہوسٹ درج ہے جو ایڈریس میں ہے۔ کچھ بھی تبدیل نہیں کیا گیا۔
hq-database-roots = جو فائل sslrootcert کے طور پر دی گئی ہے وہ پڑھی نہیں جا سکتی یا اس میں کوئی سرٹیفکیٹ نہیں ہے۔
hq-migrated = PostgreSQL میں منتقل کر دیا گیا: آلات: { $devices }، کیسز: { $cases }، تبدیلیاں: { $changes }۔ آلات وہیں سے جاری رکھیں گے جہاں رکے تھے۔
hq-migrate-target-not-empty = ہدف ڈیٹا بیس میں پہلے سے آلات یا کیسز موجود ہیں۔ منتقلی صرف ہیڈکوارٹر کے خالی ڈیٹا بیس کو بھرتی ہے؛ کچھ نہیں بدلا گیا۔

## Accounts (administrators)
hq-nav-accounts = اکاؤنٹس
hq-col-role = کردار
hq-accounts-password = ابتدائی پاس ورڈ
hq-accounts-password-hint = کم از کم { $count } حروف۔ ابتدائی پاس ورڈ ذاتی طور پر حوالے کریں، کبھی ای میل یا پیغام کے ذریعے نہ بھیجیں۔
hq-accounts-add = اکاؤنٹ شامل کریں
hq-accounts-change-role = کردار تبدیل کریں
hq-accounts-remove = ہٹائیں
hq-accounts-remove-ask = ہٹائیں…
hq-accounts-remove-title = اس اکاؤنٹ کو ہٹائیں؟
hq-accounts-remove-explain = اکاؤنٹ { $user } ہٹا دیا جائے گا اور اس کے سیشن فوراً ختم کر دیے جائیں گے۔ اس نے جو کچھ کیا وہ آڈٹ ریکارڈ میں محفوظ رہے گا۔
hq-accounts-you = آپ کا اکاؤنٹ
hq-accounts-not-yourself = اپنے اکاؤنٹ کا کردار تبدیل کرنا یا اسے ہٹانا آپ کے لیے ممکن نہیں؛ یہ کسی دوسرے منتظم کے ذریعے کیا جا سکتا ہے۔
