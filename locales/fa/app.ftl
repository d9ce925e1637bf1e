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
app-conflicts-count = { $count ->
    [one] { $count } تعارض که باید حل شود
   *[other] { $count } تعارض که باید حل شوند
}

## Case
app-back-to-list = → پرونده‌ها
app-tab-registration = ثبت‌نام
app-tab-consent = رضایت
app-tab-interview = مصاحبه
app-tab-age = سن
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
app-encounter = کجا و چگونه با این شخص روبه‌رو شدید
app-encounter-place = محل
app-encounter-circumstances = شرایط

## Consent
app-consent-explain = هر هدف را به زبان { $language } توضیح دهید و تصمیم خود شخص را ثبت کنید. دربارهٔ هر هدف جداگانه تصمیم گرفته می‌شود و رضایت را هر زمان می‌توان پس گرفت.
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
