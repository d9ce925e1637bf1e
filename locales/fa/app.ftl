## The desktop app: every word on its screens. Officers read this under pressure: short,
## plain, kind. Errors say what to do next.

## Frame
app-loading = در حال باز کردن Waypoint…
app-ui-language = زبان شما
app-quick-hide = پنهان کردن
app-quick-hide-hint = پنهان کردن همه‌چیز، همین حالا (Esc)
app-lock = قفل
app-dismiss = بستن
app-save-saving = در حال ذخیره…
app-save-saved = ذخیره شد
app-save-error = ذخیره نشد — پیام را ببینید
app-neutral-title = Waypoint
app-neutral-continue = ادامه

## Set-up and unlock
app-setup-title = راه‌اندازی این دستگاه
app-setup-explain = همهٔ اطلاعات این دستگاه با رمز عبور شما رمزگذاری می‌شود. رمزی انتخاب کنید که بتوانید به خاطر بسپارید: اگر فراموش شود، بازیابی نمی‌شود.
app-setup-site = محل (گذرگاه مرزی یا سرپناه)
app-setup-submit = راه‌اندازی
app-user = نام کاربری
app-passphrase = رمز عبور
app-passphrase-again = تکرار رمز عبور
app-unlock-title = باز کردن قفل
app-unlock-submit = باز کردن قفل

## Case list
app-search-placeholder = جست‌وجو با نام (به هر خطی) یا کد پرونده
app-new-case = پروندهٔ جدید
app-no-cases = پرونده‌ای پیدا نشد.
app-no-name = (هنوز بی‌نام)
app-filter-any = همه
app-filter-site = محل
app-filter-status = وضعیت
app-filter-risk = خطر
app-filter-age-band = سن
app-filter-flag = برچسب
app-status-open = باز
app-status-transferred = منتقل‌شده
app-status-closed = بسته
app-risk-none = بدون نشانهٔ خطر
app-risk-low = خطر کم
app-risk-medium = خطر متوسط
app-risk-high = خطر زیاد
app-age-band-0-4 = 0–4
app-age-band-5-11 = 5–11
app-age-band-12-14 = 12–14
app-age-band-15-17 = 15–17
app-age-band-18-59 = 18–59
app-age-band-60-plus = 60 سال و بیشتر
app-age-band-unknown = سن نامعلوم
app-flag-child = کودک
app-flag-unaccompanied = بدون همراه
app-flag-separated = جدا از خانواده
app-flag-referral-prompt = نیاز به ارجاع
app-flag-age-disputed = سن مورد اعتراض
app-flag-trafficking-risk = خطر قاچاق انسان
app-flag-not-shared = فقط در این دستگاه
app-conflicts-count = { $count ->
    [one] { $count } تعارض که باید حل شود
   *[other] { $count } تعارض که باید حل شوند
}

## Case
app-back-to-list = → پرونده‌ها
app-cases-title = پرونده‌ها
app-case-sections = بخش‌های پرونده
app-interview-keys = کلیدها: Alt+N سؤال بعدی · Alt+P سؤال قبلی · Alt+D نخواست جواب بدهد · Alt+R بعداً به آن برگردیم · Alt+O پرسیده نشد
app-tab-registration = ثبت‌نام
app-tab-consent = رضایت
app-tab-interview = مصاحبه
app-tab-age = سن
app-tab-tracing = جست‌وجوی خانواده
app-tab-screening = غربالگری
app-tab-referrals = ارجاع‌ها و پیگیری‌ها
app-tab-transfer = انتقال
app-tab-conflicts = تعارض‌ها
app-referral-prompt = این شخص را همین حالا ارجاع دهید:
app-age-treated-as-child = کودک در نظر گرفته می‌شود{ $basis ->
    [doubt] { " " }(سن مورد تردید است)
    [disputed_assessment] { " " }(به ارزیابی اعتراض شده است)
   *[other] {""}
}
app-age-adult = بزرگسال در نظر گرفته می‌شود
app-age-range = { $min }–{ $max } سال

## Registration
app-names = نام‌ها
app-name-given = نام
app-name-family = نام خانوادگی
app-name-alias = نام دیگر یا املای دیگر
app-add = افزودن
app-remove = حذف
app-sex = جنسیت
app-sex-female = مؤنث
app-sex-male = مذکر
app-sex-other = دیگر
app-sex-not-stated = ترجیح می‌دهد نگوید
app-birth = تاریخ تولد یا سن
app-birth-kind-unknown = نامعلوم
app-birth-kind-exact = تاریخ دقیق
app-birth-kind-approximate = سال (و ماه)
app-birth-kind-stated-age = سنی که خود شخص می‌گوید
app-birth-date = تاریخ تولد به میلادی (سال-ماه-روز)
app-birth-year = سال (میلادی)
app-birth-month = ماه (1–12)
app-stated-age = سن (به سال)
app-origin = ملیت و زبان‌ها
app-nationalities = ملیت‌ها (با ویرگول از هم جدا کنید)
app-languages-spoken = زبان‌هایی که شخص صحبت می‌کند (کدهایی مانند ar, ti, so)
app-preferred-language = زبان دلخواه برای مصاحبه
app-not-known = نامعلوم
app-accompaniment = همراه با
app-accompaniment-unaccompanied = تنها (بدون همراه)
app-accompaniment-separated = جدا از پدر و مادر یا سرپرست همیشگی
app-accompaniment-accompanied = همراه پدر و مادر یا سرپرست همیشگی
app-adults = بزرگسالانی که با این شخص سفر می‌کنند
app-adults-explain = برای هر بزرگسال: خودش را چه کسی معرفی می‌کند، این موضوع چگونه بررسی شد، و هر چیزی که شما را نگران می‌کند. کودکی که همراه بزرگسالی است که نسبتش با او مشکوک است، یا شما را نگران می‌کند، به حمایت از کودک ارجاع داده می‌شود.
app-adults-none = هیچ بزرگسالی ثبت نشده است.
app-adult-name = نام بزرگسال
app-adult-relationship = نسبتی که اعلام می‌کند
app-adult-verified = بررسی نسبت
app-adult-verified-not-verified = هنوز بررسی نشده
app-adult-verified-verified = تأیید شده
app-adult-verified-doubtful = مشکوک
app-adult-verified-how = چگونه بررسی شد
app-adult-documents = مدارکی که دیده شد
app-adult-concern = نگرانی شما، اگر هست
app-adult-add = افزودن این بزرگسال
app-adult-save = ذخیرهٔ تغییرات
app-encounter = کجا و چگونه با این شخص روبه‌رو شدید
app-encounter-place = محل
app-encounter-circumstances = شرایط

## Consent
app-consent-explain = هر هدف را به زبان { $language } توضیح دهید و تصمیم خود شخص را ثبت کنید. دربارهٔ هر هدف جداگانه تصمیم گرفته می‌شود و رضایت را هر زمان می‌توان پس گرفت.
app-consent-read-aloud = این را برای شخص بخوانید:
app-consent-withdraw-sharing-explain = با پس گرفتن این رضایت، پرونده در دفتر مرکزی و در همهٔ دستگاه‌های دیگر پاک می‌شود؛ فقط در این دستگاه می‌ماند، و دفتر مرکزی فقط یک شمارش بی‌نام نگه می‌دارد. رضایت پس گرفته شود؟
app-consent-withdraw-confirm = بله، پس گرفتن
app-consent-withdraw-cancel = ادامهٔ فرستادن
app-consent-given-by = تصمیم‌گیرنده
app-consent-giver-person = خود شخص
app-consent-giver-guardian = پدر، مادر یا سرپرست
app-consent-giver-best-interest-decision = تصمیم بر اساس بهترین منافع کودک
app-consent-guardian-name = نام پدر، مادر یا سرپرست
app-consent-role = نقش متخصصی که تصمیم می‌گیرد
app-consent-purpose = { $purpose ->
    [registration] ثبت اطلاعات شخص
    [sharing_with_hq] فرستادن اطلاعات به دفتر مرکزی
    [family_tracing] جست‌وجوی خانواده
    [referral] ارجاع به خدمات
   *[photo] عکس
}
app-consent-not-asked = هنوز پرسیده نشده
app-consent-given = رضایت داده شد
app-consent-refused = رد شد
app-consent-withdrawn = پس گرفته شد
app-consent-give = رضایت می‌دهد
app-consent-refuse = رد می‌کند
app-consent-withdraw = پس می‌گیرد

## Interview
app-interview-language = زبان مصاحبه
app-sitting-controls = جلسه
app-end-sitting = پایان جلسه (تمام شد)
app-in-your-language = به زبان شما
app-interpreter = مترجم (اگر هست)
app-start-interview = شروع مصاحبه به زبان { $language }
app-continue-interview = ادامهٔ مصاحبه به زبان { $language }
app-sitting-completed = تمام شد
app-sitting-paused = موقتاً متوقف شد
app-sitting-stopped-by-person = شخص آن را متوقف کرد
app-sitting-stopped-by-officer = کارمند آن را متوقف کرد
app-question-progress = سؤال { $n } از { $total }
app-layout-section = نمایش کل بخش
app-layout-one = هر بار یک سؤال
app-previous = قبلی
app-next = بعدی
app-sensitive-question = سؤال حساس: فقط وقتی بپرسید که شخص آماده است، و به او پیشنهاد استراحت بدهید.
app-officer-note = یادداشت برای کارمند
app-officer-only = فقط برای شما: این را بلند نخوانید و به شخص نشان ندهید.
app-yes = بله
app-no = نه
app-answer-answered = جواب داده شد
app-answer-declined = نخواست جواب بدهد
app-answer-not-asked = پرسیده نشد
app-answer-revisit = بعداً به آن برگردیم

## Age assessment
app-age-new = ارزیابی جدید سن
app-age-method = روش
app-age-method-documents = مدارک
app-age-method-statement = گفتهٔ خود شخص
app-age-method-holistic = ارزیابی همه‌جانبه
app-age-min = کمترین سن
app-age-max = بیشترین سن
app-age-indicators = ارزیابی بر چه چیزهایی تکیه دارد (هر مورد در یک خط)
app-age-outcome = نتیجه
app-age-disputed = شخص این را قبول ندارد
app-age-save = ثبت ارزیابی

## Family tracing
app-tracing-explain = خویشاوندانی که این شخص دنبالشان می‌گردد. هر املایی را که می‌شنوید، به هر خطی، بنویسید: تطابق‌ها در خط‌های مختلف و در همهٔ محل‌ها پیدا می‌شوند.
app-tracing-add = افزودن خویشاوندی که باید پیدا شود
app-tracing-relationship = نسبت خانوادگی (مادر، برادر، خاله…)
app-tracing-names = نام‌ها و املاها (هر کدام در یک خط)
app-tracing-age = سن به سال، یا تاریخ تولد
app-tracing-last-seen-place = آخرین بار کجا دیده شده
app-tracing-last-seen-date = آخرین بار کی دیده شده (میلادی: 2023، 2023-06 یا 2023-06-21)
app-tracing-contacts = راه‌های تماس، یا کسانی که شاید خبر داشته باشند (هر کدام در یک خط)
app-tracing-find = جست‌وجوی تطابق‌ها
app-tracing-no-candidates = هنوز هیچ شخص ثبت‌شده‌ای تطابق ندارد. بعداً دوباره جست‌وجو کنید: با هر همگام‌سازی، ثبت‌نام‌های تازه می‌رسند.
app-tracing-score = تطابق { $score }٪
app-tracing-confirm = همان شخص است
app-tracing-reject = همان شخص نیست
app-tracing-confirmed = تأیید شد
app-tracing-rejected = رد شد
app-tracing-decided-by = توسط { $user }، { $when }

## Screening for trafficking and exploitation
app-screening-explain = آنچه را می‌بینید یا شخص به شما می‌گوید ثبت کنید. این فهرست را برای شخص نخوانید.
app-screening-source = از کجا می‌دانید
app-indicator-source-observed = مشاهده شده
app-indicator-source-stated = خود شخص گفته است
app-indicator-source-document = در یک مدرک
app-indicator-source-third-party = کس دیگری گفته است
app-indicator-source-interview-answer = از مصاحبه
app-screening-record = ثبت
app-screening-dismiss = صدق نمی‌کند
app-screening-restore = در واقع صدق می‌کند
app-screening-dismissed = تشخیص داده شد که صدق نمی‌کند
app-screening-reasons = چرا:
app-screening-no-reasons = هیچ نشانه‌ای ثبت نشده است.

## Referrals and follow-ups
app-service-child-protection = حمایت از کودک
app-service-anti-trafficking = خدمات مقابله با قاچاق انسان
app-service-health = مراقبت‌های درمانی
app-service-psychosocial = حمایت روانی-اجتماعی
app-service-legal = کمک حقوقی
app-service-shelter = سرپناه
app-service-guardianship = سرپرستی قانونی
app-service-family-tracing = خدمات جست‌وجوی خانواده
app-referral-service = خدمت
app-referral-urgent = فوری
app-referral-note = یادداشت برای ارائه‌دهندهٔ خدمت
app-referral-status = وضعیت
app-referral-status-proposed = پیشنهاد شده
app-referral-status-made = ارجاع شد
app-referral-status-accepted = پذیرفته شد
app-referral-status-declined = رد شد
app-referral-status-completed = انجام شد
app-referrals-add = افزودن ارجاع
app-referrals-none = هنوز ارجاعی ثبت نشده است.
app-referral-basis = مبنای این ارجاع
app-referral-basis-consent = رضایت شخص به ارجاع
app-referral-basis-best-interest-decision = تصمیم بر اساس بهترین منافع کودک
app-referral-basis-mandatory-report = گزارشی که قانون الزامی کرده است
app-follow-ups = پیگیری‌ها
app-follow-up-due = مهلت
app-follow-up-note = چه باید کرد
app-follow-up-add = افزودن پیگیری
app-follow-up-done = انجام شد
app-follow-up-overdue = مهلتش گذشته
app-follow-ups-none = هیچ پیگیری‌ای برنامه‌ریزی نشده است.

## Transfer
app-transfer-explain = این پرونده را به محل دیگری بسپارید. دفتر مرکزی در همگام‌سازی بعدی پرونده را به آن محل می‌دهد.
app-transfer-to = محل گیرنده
app-transfer-reason = دلیل
app-transfer-do = انتقال پرونده
app-transfer-history = از { $from } به { $to }، { $when }، توسط { $user }

## Conflicts
app-conflicts-explain = دو دستگاه وقتی آفلاین بودند یک مورد را تغییر دادند. هر دو مقدار نگه داشته می‌شوند تا شما یکی را انتخاب کنید؛ انتخاب شما مثل هر تغییر دیگری فرستاده می‌شود.
app-conflicts-none = در این پرونده چیزی برای حل کردن نیست.
app-conflict-written = نوشتهٔ { $user }، { $when }
app-conflict-unknown-writer = نویسنده معلوم نیست
app-conflict-keep = نگه داشتن همین مقدار

## Errors from the app's checks (shown next to the field)
app-error-locked = Waypoint برای حفاظت از اطلاعات، خودش قفل شد. برای ادامه، قفل را باز کنید؛ هر چه ذخیره شده، باقی می‌ماند.
app-error-unlock-failed = نام کاربری یا رمز عبور درست نیست. زبان صفحه‌کلید و Caps Lock را بررسی کنید و دوباره امتحان کنید.
app-error-passphrase-mismatch = دو رمز عبور یکسان نیستند.
app-error-site-missing = محلی را که این دستگاه در آن به کار می‌رود وارد کنید.
app-error-user-missing = یک نام کاربری وارد کنید.
app-error-auto-lock-range = عددی بین { $min } تا { $max } دقیقه انتخاب کنید.
app-error-hq-url = نشانی دفتر مرکزی باید با http:// یا https:// شروع شود.
app-error-text-too-long = این متن خیلی طولانی است (حداکثر { $max } حرف).
app-error-language-invalid = این کد زبان نیست (از کدهایی مانند ar، ti یا so استفاده کنید).
app-error-guardian-name-missing = نام پدر، مادر یا سرپرست را وارد کنید.
app-error-adult-name-missing = نام بزرگسال را وارد کنید.
app-error-referral-needs-basis = { $state ->
        [refused] شخص به ارجاع رضایت نداد.
        [withdrawn] شخص رضایتش به ارجاع را پس گرفت.
       *[other] هنوز دربارهٔ ارجاع از شخص پرسیده نشده است.
    } بدون رضایت، مبنای قانونی ارجاع را انتخاب کنید: تصمیم بر اساس بهترین منافع کودک، یا گزارشی که قانون الزامی کرده است.
app-error-no-open-sitting = اول مصاحبه را شروع کنید یا ادامه دهید.
app-error-unknown-question = این سؤال ({ $question }) در الگوی مصاحبه نیست.
app-error-not-asked-reason = دلیل پرسیده نشدن سؤال را انتخاب کنید.
app-error-answer-kind = این جواب با سؤال جور نیست.
app-error-partial-date = تاریخ میلادی را به این شکل بنویسید: سال (2015)، سال و ماه (2015-06) یا تاریخ کامل (2015-06-21).
app-error-birth-date-invalid = این تاریخ وجود ندارد. آن را به شکل سال-ماه-روز بنویسید، مثلاً 2011-04-23.
app-error-birth-date-future = این تاریخ در آینده است.
app-error-birth-year-range = سال باید بین { $min } و { $max } باشد.
app-error-age-too-high = سن بالاتر از { $max } ممکن نیست.
app-error-age-range-inverted = بیشترین سن از کمترین سن کمتر است. هر دو عدد را بررسی کنید.
app-error-entry-missing = این مورد دیگر وجود ندارد (شاید در دستگاه دیگری تغییر کرده باشد). پرونده را دوباره باز کنید.
app-error-transfer-same-site = پرونده همین حالا در این محل است. محل گیرنده را وارد کنید.

## Sync with headquarters (top bar, sync screen, and why a sync did not finish)
app-sync-title = همگام‌سازی با دفتر مرکزی
app-sync-status-not-enrolled = به دفتر مرکزی وصل نیست
app-sync-status-running = در حال همگام‌سازی…
app-sync-status-error = همگام‌سازی نشد
app-sync-status-never = هنوز همگام‌سازی نشده
app-sync-status-ok = همگام‌سازی شد: { $when }
app-sync-progress = تا اینجا: { $sent } فرستاده شد، { $received } دریافت شد
app-sync-pending-label = در انتظار ارسال
app-sync-pending =
    { $count ->
        [one] { $count } پرونده
       *[other] { $count } پرونده
    }
app-sync-nothing-pending = چیزی نیست: همهٔ اطلاعات این دستگاه به دفتر مرکزی رسیده است.
app-sync-last-success = آخرین همگام‌سازی
app-sync-last-attempt = آخرین تلاش
app-sync-works-offline = مثل همیشه به کارتان ادامه دهید: همه‌چیز در این دستگاه ذخیره می‌شود و همگام‌سازی در پس‌زمینه انجام می‌شود، بی‌آنکه کار شما را قطع کند.
app-sync-now = همگام‌سازی فوری
app-sync-hq = نشانی دفتر مرکزی
app-sync-code = کد ثبت‌نام
app-sync-enroll = وصل کردن این دستگاه
app-sync-enroll-hint = از دفتر مرکزی یک کد ثبت‌نام یک‌بارمصرف برای این محل بخواهید و آن را اینجا وارد کنید.
app-sync-not-enrolled = این دستگاه هنوز به دفتر مرکزی وصل نشده است.
app-sync-unreachable = دسترسی به دفتر مرکزی ممکن نیست. کار شما در این دستگاه امن است و وقتی اتصال برقرار شود، فرستاده می‌شود.
app-sync-impostor = این کد پذیرفته نشد: ممکن است اشتباه وارد شده، قبلاً استفاده شده یا منقضی شده باشد (هر کد ۲۴ ساعت اعتبار دارد)، یا پاسخ از همان دفتر مرکزیِ صادرکنندهٔ کد نیامده باشد. چیزی ثبت نشد. کد و نشانی دفتر مرکزی را بررسی کنید، یا از دفتر مرکزی یک کد جدید بخواهید.
app-sync-unauthenticated = پاسخی که ادعا می‌کرد از دفتر مرکزی آمده است قابل تأیید نبود، بنابراین هیچ کاری بر اساس آن انجام نشد و پرونده‌های شما تغییری نکرده است. ممکن است کسی در شبکه دخالت کند؛ بعداً یا با شبکهٔ دیگری دوباره امتحان کنید.
app-sync-reenroll = این دستگاه پیش از آنکه دفتر مرکزی پاسخ‌هایش را امضا کند وصل شده است. از دفتر مرکزی یک کد ثبت‌نام جدید بخواهید و دستگاه را دوباره وصل کنید؛ پرونده‌های شما در این دستگاه می‌ماند.
app-sync-insecure-url = برای دسترسی به دفتر مرکزی باید از نشانی‌ای استفاده کنید که با https:// شروع شود. استفاده از http:// ساده فقط برای خودِ همین رایانه (localhost) مجاز است.
app-sync-certificate = دفتر مرکزی گواهی امنیتی دیگری نشان داد، نه همان گواهی‌ای که این دستگاه هنگام ثبت‌نام به آن اعتماد کرده بود؛ بنابراین همگام‌سازی پیش از فرستادن هر چیزی متوقف شد. ممکن است کسی در شبکه دخالت کند؛ به دفتر مرکزی اطلاع دهید.
app-sync-failed = همگام‌سازی تمام نشد. چیزی از دست نرفت؛ خودش دوباره امتحان می‌کند.
app-sync-revoked = دفتر مرکزی مجوز این دستگاه را لغو کرد، به همین دلیل پرونده‌ها از این دستگاه پاک شد. با سرپرست خود تماس بگیرید.
app-sync-unknown-device = دفتر مرکزی این دستگاه را نمی‌شناسد. یک کد ثبت‌نام جدید بخواهید.
app-sync-clock = تاریخ یا ساعت این دستگاه درست نیست. آن را در تنظیمات سیستم درست کنید و دوباره همگام‌سازی کنید.
app-sync-enrollment-code = این کد ثبت‌نام نادرست است، قبلاً استفاده شده یا منقضی شده است. از دفتر مرکزی یک کد جدید بخواهید.
app-sync-enroll-later = دفتر مرکزی فعلاً از این شبکه ثبت‌نام نمی‌پذیرد. کد شما هنوز معتبر است: ده دقیقهٔ دیگر دوباره امتحان کنید.
app-sync-version = دفتر مرکزی نسخهٔ دیگری از Waypoint را اجرا می‌کند. بخواهید که این برنامه به‌روز شود.
app-sync-site-mismatch = این کد برای محل { $hq } است، اما این دستگاه در محل { $device } به کار می‌رود. یک کد برای { $device } بخواهید.
app-sync-code-missing = کد ثبت‌نام را وارد کنید.
app-sync-already-enrolled = این دستگاه از قبل به دفتر مرکزی وصل است.

## Consent, explained to the person in their language (read aloud; -child: for a child)

app-consent-tell-registration = می‌خواهیم نام شما و چیزهایی را که به ما می‌گویید بنویسیم، تا بتوانیم به شما کمک کنیم. می‌توانید بگویید نه.
app-consent-tell-registration-child = می‌توانیم اسمت و چیزهایی را که به ما می‌گویی بنویسیم؟ این به ما کمک می‌کند که به تو کمک کنیم. می‌توانی بگویی نه.
app-consent-tell-sharing-with-hq = می‌خواهیم پرونده‌تان را به دفتر مرکزی‌مان بفرستیم، تا اگر جای دیگری رفتید، دفترهای دیگر ما بتوانند به شما کمک کنند. اگر بگویید نه، پرونده‌تان در همین دفتر، روی همین کامپیوتر می‌ماند و دفتر مرکزی فقط می‌شمارد که این دفتر کسی را دیده است: ماهی که شما را دیدیم، گروه سنی شما، این‌که زن هستید یا مرد، و این‌که آیا نگران امنیت شما هستیم. نام شما و چیزهایی که به ما گفته‌اید هرگز به آنجا نمی‌رسد. اگر بگویید بله و بعداً نظرتان عوض شود، پرونده‌تان را در دفتر مرکزی و روی کامپیوترهای دیگر پاک می‌کنیم، و دفتر مرکزی فقط همان شمارش را نگه می‌دارد.
app-consent-tell-sharing-with-hq-child = می‌توانیم پرونده‌ات را به دفتر اصلی‌مان بفرستیم؟ آن‌وقت اگر جای دیگری بروی، دفترهای دیگر ما هم می‌توانند کمکت کنند. اگر بگویی نه، پرونده‌ات همین‌جا روی این کامپیوتر می‌ماند، و اسمت به دفتر اصلی فرستاده نمی‌شود. بعداً می‌توانی نظرت را عوض کنی، و آن‌وقت آن را پس می‌گیریم.
app-consent-tell-family-tracing = می‌خواهیم از اطلاعات شما برای پیدا کردن خانواده‌تان استفاده کنیم، و بگذاریم خانواده‌تان هم از طریق ما شما را پیدا کنند. می‌توانید بگویید نه، یا هر وقت خواستید این کار را متوقف کنید.
app-consent-tell-family-tracing-child = می‌توانیم با اسمت دنبال خانواده‌ات بگردیم، و بگذاریم آنها هم تو را پیدا کنند؟ می‌توانی بگویی نه، یا به ما بگویی که دست نگه داریم.
app-consent-tell-referral = می‌خواهیم دربارهٔ شما به یک نهاد دیگر، مثل دکتر، وکیل یا سرپناه، خبر بدهیم تا به شما کمک کنند. فقط چیزی را که لازم دارند به آنها می‌گوییم. می‌توانید بگویید نه.
app-consent-tell-referral-child = می‌توانیم دربارهٔ تو به کسان دیگری که کمک می‌کنند بگوییم، مثل دکتر یا یک جای امن برای ماندن؟ فقط چیزهایی را به آنها می‌گوییم که لازم است بدانند. می‌توانی بگویی نه.
app-consent-tell-photo = می‌خواهیم از شما یک عکس بگیریم، فقط برای پرونده‌تان. می‌توانید بگویید نه.
app-consent-tell-photo-child = می‌توانیم برای پرونده‌ات یک عکس از تو بگیریم؟ می‌توانی بگویی نه.
