# The `waypoint-hq` command for headquarters administrators.

hq-listening = دفتر مرکزی روی نشانی { $address } منتظر اتصال است.
hq-certificate = دفتر مرکزی گواهی TLS خودش را ساخت؛ اثر انگشت SHA-256 آن { $fingerprint } است. دستگاه‌هایی که ثبت‌نام کنند دقیقاً به همین گواهی اعتماد می‌کنند؛ این اثر انگشت را با آنچه مرورگر هنگام پرسیدن دربارهٔ اعتماد به داشبورد نشان می‌دهد مقایسه کنید.
hq-plain-http-refused = سرویس HTTP بدون رمزنگاری فقط روی همین رایانه (روی یک نشانی loopback مانند 127.0.0.1) ارائه می‌شود، هرگز روی نشانی { $address }. گزینهٔ --plain-http را حذف کنید تا دفتر مرکزی خودش HTTPS ارائه کند.
hq-keys-beside-cases = هشدار: کلیدهای پرونده‌ها روی همان سرور PostgreSQL نگهداری می‌شوند که خود پرونده‌ها، پس یک نسخهٔ پشتیبان از آن سرور همهٔ پرونده‌ها را همراه با کلیدشان در بر دارد و پاک کردن یک پرونده نمی‌تواند چنین نسخهٔ پشتیبانی را ناخوانا کند. پایگاه دادهٔ کلیدها را روی سرور دیگری بگذارید (--keys-database) و نسخه‌های پشتیبان آن را فقط مدت کوتاهی نگه دارید.
hq-proxy-certificate-invalid = گزینهٔ --proxy-certificate اثر انگشت SHA-256 گواهی پراکسی را می‌گیرد: 64 رقم در مبنای شانزده (دونقطه مجاز است). چیزی راه‌اندازی نشد.
hq-tls-unusable = گواهی یا کلید TLS قابل استفاده نیست: فایل‌ها خواندنی نیستند، هیچ گواهی یا کلید PEM در آن‌ها نیست، یا با هم مطابقت ندارند. چیزی راه‌اندازی نشد.
hq-listen-failed = روی نشانی { $address } نمی‌شود منتظر اتصال ماند: این نشانی در حال استفاده است یا مجاز نیست.
hq-storage-failed = پایگاه دادهٔ دفتر مرکزی را نشد باز کرد یا در آن نوشت. چیزی تغییر نکرد؛ برای جزئیات، فایل لاگ را ببینید.
hq-device-code = کد ثبت‌نام یک دستگاه در محل { $site }: { $code } (معتبر به مدت { $hours ->
    [one] { $hours } ساعت
   *[other] { $hours } ساعت
}، فقط برای یک بار).
hq-device-revoked = مجوز دستگاه لغو شد. در تماس بعدی، درخواستش رد می‌شود و به آن گفته می‌شود داده‌هایش را پاک کند.
hq-device-unknown = هیچ دستگاهی این شناسه را ندارد.
hq-device-id-invalid = شناسهٔ دستگاه 32 رقم در مبنای شانزده (هگزادسیمال) است.
hq-case-id-invalid = شناسهٔ پرونده یک UUID است (32 رقم در مبنای شانزده؛ خط تیره اختیاری است).
hq-case-erased = پرونده در دفتر مرکزی پاک شد. دستگاه‌هایی که آن را دارند، در همگام‌سازی بعدی آن را حذف می‌کنند و حذف را تأیید می‌کنند.

hq-user-password-prompt = گذرواژهٔ کاربر جدید
hq-user-password-again = گذرواژه را دوباره بنویسید
hq-user-passwords-differ = دو گذرواژه یکسان نیستند. چیزی تغییر نکرد.
hq-user-password-unreadable = گذرواژه خوانده نشد. چیزی تغییر نکرد.
hq-user-password-short = گذرواژه باید دست‌کم { $count } نویسه داشته باشد. چیزی تغییر نکرد.
hq-user-role-invalid = نقش باید یکی از این‌ها باشد: officer، caseworker، interpreter، supervisor، analyst، admin.
hq-user-name-invalid = نام کاربری ۱ تا ۶۴ نویسهٔ چاپ‌پذیر دارد.
hq-user-exists = کاربری با این نام از پیش وجود دارد. چیزی تغییر نکرد.
hq-user-added = کاربر با نقش { $role } افزوده شد. اکنون می‌تواند وارد داشبورد شود.

## The dashboard (`waypoint-hq serve`, in a browser).

hq-title = دفتر مرکزی Waypoint
hq-login-title = ورود
hq-login-name = نام کاربری
hq-login-password = گذرواژه
hq-login-submit = ورود
hq-login-failed = نام کاربری یا گذرواژه نادرست است، یا تلاش‌ها بیش از حد بوده است. کمی صبر کنید و دوباره تلاش کنید.
hq-logout = خروج
hq-signed-in-as = واردشده با نام { $user }، { $role }
hq-role = { $role ->
    [officer] مأمور مرزی
    [caseworker] مددکار پناهگاه
    [interpreter] مترجم شفاهی
    [supervisor] سرپرست
    [analyst] تحلیلگر دفتر مرکزی
   *[admin] مدیر سامانه
}
hq-language = زبان
hq-language-submit = تغییر
hq-nav-cases = پرونده‌ها
hq-nav-conflicts = ناسازگاری‌ها
hq-nav-matches = تطابق‌ها و تکراری‌ها
hq-nav-transfers = انتقال‌ها
hq-nav-devices = دستگاه‌ها
hq-nav-erasures = پاک‌سازی
hq-nav-audit = گزارش حسابرسی
hq-nav-figures = آمار
hq-search-label = نام به هر خطی، یا کد پرونده
hq-search-submit = جست‌وجو
hq-none = چیزی برای نمایش نیست.
hq-done = انجام شد.
hq-col-code = کد
hq-col-name = نام
hq-col-site = محل
hq-col-status = وضعیت
hq-col-actions = اقدامات
hq-col-confirmations = دستگاه‌هایی که پاک‌سازی را تأیید کردند
hq-col-age = گروه سنی
hq-col-risk = خطر
hq-col-when = زمان
hq-col-user = چه کسی
hq-col-action = اقدام
hq-col-case = پرونده
hq-col-detail = جزئیات
hq-col-device = دستگاه
hq-col-field = فیلد
hq-col-score = امتیاز
hq-col-reasons = دلایل
hq-case-title = پروندهٔ { $code }
hq-case-answers = پاسخ‌های مصاحبه
hq-case-risk = خطر
hq-time = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }
hq-when = { $date } { $time } UTC
hq-value-by = نوشتهٔ { $user } در { $when }
hq-value-sent-by = توسط دستگاه { $device }… از محل { $site } فرستاده شد. نویسنده‌ای که در بالا آمده، همان است که آن دستگاه اعلام کرده است.
hq-value-sent-at-hq = همین‌جا در دفتر مرکزی انجام شد.
hq-value-sender-unknown = معلوم نیست کدام دستگاه این را فرستاده است.
hq-value-keep = نگه داشتن این مقدار
hq-conflict-explain = دو نفر هم‌زمان این فیلد را نوشته‌اند. هر دو مقدار نگه داشته می‌شود تا شما یکی را برگزینید؛ دستگاه‌ها انتخاب شما را در همگام‌سازی بعدی دریافت می‌کنند.
hq-match-sought = { $name } ({ $relationship })، جست‌وجوشده در پروندهٔ { $code }
hq-match-confirm = تأیید تطابق
hq-match-reject = همان شخص نیست
hq-match-status = { $status ->
    [confirmed] تأییدشده
    [rejected] ردشده
   *[potential] در انتظار بررسی
}
hq-duplicates = تکراری‌های احتمالی (برای بررسی؛ هیچ‌چیز خودکار ادغام نمی‌شود)
hq-duplicate-same = همان شخص
hq-duplicate-different = دو شخص متفاوت
hq-duplicate-confirmed = تأیید شد که هر دو پرونده مربوط به یک شخص است. پروندهٔ کامل‌تر را نگه دارید و دستور پاک‌سازی پروندهٔ دیگر را با دلیل «سابقهٔ تکراری» بدهید.
hq-transfer-title = سپردن پرونده به محلی دیگر
hq-transfer-case = شناسهٔ پرونده
hq-transfer-site = محل گیرنده
hq-transfer-submit = انتقال
hq-device-enroll = ساختن کد ثبت‌نام
hq-device-code-shown = کد ثبت‌نام برای { $site }: { $code }. این کد ۲۴ ساعت اعتبار دارد و یک بار کار می‌کند. همین حالا یادداشتش کنید؛ دوباره نشان داده نمی‌شود.
hq-device-revoke = لغو
hq-device-revoke-ask = لغو…
hq-device-revoke-title = مجوز این دستگاه لغو شود؟
hq-device-revoke-explain = از این پس درخواست‌های دستگاه { $device } از محل { $site } رد می‌شود و در تماس بعدی به آن گفته می‌شود همهٔ پرونده‌هایی را که دارد پاک کند. پرونده‌هایش همین‌جا در دفتر مرکزی می‌مانند. این کار برگشت‌پذیر نیست: دستگاه باید دوباره با یک کد تازه ثبت‌نام کند.
hq-cancel = انصراف
hq-back = بازگشت به صفحه
hq-skip = رفتن به محتوای صفحه
hq-nav-label = صفحه‌ها
hq-audit-filter = نمایش
hq-audit-shown = { $count ->
    [one] { $count } ردیف، جدیدترین‌ها اول (حداکثر { $max } ردیف نشان داده می‌شود: برای دیدن ردیف‌های قدیمی‌تر، جست‌وجو را محدودتر کنید).
   *[other] { $count } ردیف، جدیدترین‌ها اول (حداکثر { $max } ردیف نشان داده می‌شود: برای دیدن ردیف‌های قدیمی‌تر، جست‌وجو را محدودتر کنید).
}
hq-device-state = { $revoked ->
    [yes] لغوشده
   *[no] فعال
}
hq-erase-title = دستور پاک‌سازی یک پرونده
hq-erase-explain = پرونده در دفتر مرکزی، همراه با نسخه‌های پشتیبان، و در هر دستگاه در همگام‌سازی بعدی‌اش پاک می‌شود. این کار برگشت‌پذیر نیست.
hq-erase-reason = دلیل
hq-erase-reason-option = { $reason ->
    [person_request] خود شخص درخواست کرد
    [duplicate] سابقهٔ تکراری
    [entered_in_error] به اشتباه وارد شده
    [legal_order] حکم قانونی
    [consent_withdrawn] رضایت برای فرستادن به دفتر مرکزی پس گرفته شد
   *[retention_expired] مدت نگهداری به پایان رسیده
}
hq-erase-submit = پاک کردن در همه‌جا
hq-erase-ask = پاک کردن…
hq-erase-confirm-title = این پرونده در همه‌جا پاک شود؟
hq-erase-confirm-explain = پروندهٔ { $code } از محل { $site } ({ $reason }) همین‌جا در دفتر مرکزی و در هر دستگاهی که آن را دارد، همراه با نسخه‌های پشتیبان، پاک می‌شود. این کار برگشت‌پذیر نیست.
hq-erase-confirmations = { $count ->
    [one] یک دستگاه تأیید کرد
   *[other] { $count } دستگاه تأیید کردند
}
hq-figures-title = آمار (بی‌نام)
hq-figures-explain = پرونده‌ها بر پایهٔ ماهی که با شخص دیدار شد. شمارش‌های کمتر از ۵ به شکل «x» نشان داده می‌شوند تا هیچ‌کس شناسایی نشود. هیچ نام یا جزئیاتی از پرونده‌ها اینجا نمایش داده نمی‌شود.
hq-figures-withheld = پرونده‌ای که شخص با فرستادنش به دفتر مرکزی موافقت نکرده است، از روی یک سابقهٔ بی‌نام (ماه، گروه سنی، جنس، خطر) شمرده می‌شود: تابعیت و همراهی آن به شکل «به دفتر مرکزی فرستاده نشده» نشان داده می‌شود.
hq-figures-chart = { $dimension }، به شکل نمودار: جدول زیر همین آمار را نشان می‌دهد.
hq-figures-hidden = برخی شمارش‌های بزرگ‌تر نیز به شکل «x» نشان داده می‌شوند تا نتوان یک شمارش کوچک را از جمع‌ها به دست آورد.
hq-figures-csv = دریافت CSV
hq-figures-total = شمار کل پرونده‌ها: { $total }
hq-figures-all-months = همهٔ ماه‌ها
hq-dimension = { $dimension ->
    [age_band] گروه سنی
    [sex] جنس
    [nationality] تابعیت
    [accompaniment] همراهی
    [risk] نشانهٔ خطر قاچاق انسان
   *[site] محل
}
hq-figure-value = { $value ->
    [flagged] نشانه‌دار
    [not_flagged] بدون نشانه
    [unknown] نامعلوم
    [withheld] به دفتر مرکزی فرستاده نشده
    [unlisted] به صورت متن نوشته شده، نه کد کشور
   *[other] { $value }
}
hq-error-forbidden = نقش شما اجازهٔ این کار را نمی‌دهد.
hq-nav-welcome = خوش آمدید
hq-device-awaiting = در انتظار تأیید: تا سرپرستی از محل همین دستگاه آن را تأیید نکند، هیچ پرونده‌ای دریافت نمی‌کند.
hq-device-approve = تأیید: اجازه دادن به دستگاه برای دریافت پرونده‌های محل خودش
hq-col-sites = محل‌ها
hq-sites-every = همهٔ محل‌ها
hq-sites-none = هیچ‌کدام (هیچ پرونده‌ای نمی‌بیند)
hq-accounts-change-sites = تغییر محل‌ها
hq-accounts-sites-hint = محل‌ها: محل‌هایی که این حساب پرونده‌هایشان را می‌بیند، جداشده با ویرگول «,» (برای نمونه border-north, shelter-central)، یا * برای همهٔ محل‌ها. مأموران مرزی، مددکاران پناهگاه و سرپرستان فقط پرونده‌های محل‌های خود و پرونده‌هایی را می‌بینند که به یکی از این محل‌ها منتقل شده‌اند.
hq-error-sites = نام محل‌ها (حروف لاتین، رقم، خط تیره، نقطه یا زیرخط) را جداشده با ویرگول «,» بنویسید، یا برای همهٔ محل‌ها * بنویسید.
hq-nothing-for-role = نقش شما در دفتر مرکزی هیچ صفحه‌ای ندارد: مترجمان شفاهی روی دستگاه‌ها، در کنار یک مأمور مرزی، کار می‌کنند و اینجا هیچ پرونده‌ای نمی‌بینند.
hq-error-not-found = پیدا نشد. شاید پاک یا دگرگون شده باشد.
hq-error-signed-out = لطفاً دوباره وارد شوید.
hq-error-internal = در دفتر مرکزی مشکلی پیش آمد. چیزی تغییر نکرد؛ دوباره تلاش کنید.
hq-error-case-id = شناسهٔ پرونده یک UUID است (۳۲ رقم شانزده‌شانزدهی، خط تیره اختیاری).
hq-error-site = نام محل از حروف لاتین، رقم، خط تیره، نقطه یا زیرخط تشکیل می‌شود.
hq-error-device-id = شناسهٔ دستگاه ۳۲ رقم شانزده‌شانزدهی است.
hq-error-reason = یک دلیل برگزینید.
hq-error-choice = یکی از مقدارها را برگزینید.
hq-database-invalid = نشانی پایگاه داده به شکل sqlite:PATH یا postgres://user@host:port/name است.
hq-database-in-clear = این پایگاه داده روی رایانهٔ دیگری است و با sslmode={ $mode } ممکن است کلیدهای پرونده‌ها بدون رمزنگاری به آنجا فرستاده شود. sslmode را حذف کنید (در این صورت دفتر مرکزی TLS و گواهی‌ای از یک مرجع عمومی را که نام سرور در آن آمده باشد الزامی می‌کند)، یا sslmode=verify-full را همراه با sslrootcert=PATH بدهید که به گواهی مرجعی اشاره کند که گواهی سرور را امضا کرده است.
hq-database-certificate = گواهی سرور پایگاه داده پذیرفته نشد (sslmode={ $mode }). بررسی کنید که sslrootcert به مرجعی اشاره کند که این گواهی را امضا کرده است و، برای verify-full، نام میزبانِ نشانی در گواهی آمده باشد. چیزی تغییر نکرد.
hq-database-roots = فایلی که به‌عنوان sslrootcert داده شده خواندنی نیست یا هیچ گواهی‌ای در آن نیست.
hq-migrated = به PostgreSQL منتقل شد: دستگاه‌ها: { $devices }، پرونده‌ها: { $cases }، تغییرات: { $changes }. دستگاه‌ها از همان جایی که مانده بودند ادامه می‌دهند.
hq-migrate-target-not-empty = پایگاه دادهٔ مقصد از پیش دستگاه یا پرونده دارد. انتقال فقط یک پایگاه دادهٔ خالی ستاد را پر می‌کند؛ چیزی تغییر نکرد.

## Accounts (administrators)
hq-nav-accounts = حساب‌ها
hq-col-role = نقش
hq-accounts-password = گذرواژهٔ اولیه
hq-accounts-password-hint = دست‌کم { $count } نویسه. گذرواژهٔ اولیه را حضوری تحویل دهید، هرگز با ایمیل یا پیام.
hq-accounts-add = افزودن حساب
hq-accounts-change-role = تغییر نقش
hq-accounts-remove = حذف
hq-accounts-remove-ask = حذف…
hq-accounts-remove-title = این حساب حذف شود؟
hq-accounts-remove-explain = حساب { $user } حذف می‌شود و نشست‌های آن بی‌درنگ پایان می‌یابد. کارهایی که با آن انجام شده در گزارش حسابرسی می‌ماند.
hq-accounts-you = حساب شما
hq-accounts-not-yourself = نمی‌توانید نقش حساب خودتان را تغییر دهید یا آن را حذف کنید؛ مدیر سامانهٔ دیگری می‌تواند این کار را انجام دهد.
