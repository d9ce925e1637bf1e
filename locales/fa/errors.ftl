# Errors, validation diagnostics, consent refusals and risk reasons.
# Shown to officers in the app, the CLI and the HQ dashboard. Plain words; say what to do next.
# Arguments never carry personal data of the people registered.

## Store and login

error-wrong-passphrase = رمز عبور درست نیست. زبان صفحه‌کلید و Caps Lock را بررسی کنید و دوباره امتحان کنید.
error-unknown-user = کاربری به نام { $user } در این دستگاه وجود ندارد. از مدیر سیستم بخواهید شما را اضافه کند.
error-user-exists = کاربری به نام { $user } از قبل در این دستگاه وجود دارد. نام دیگری انتخاب کنید.
error-store-missing = هیچ داده‌ای از Waypoint در { $path } پیدا نشد. اول این دستگاه را راه‌اندازی کنید.
error-store-exists = داده‌های Waypoint از قبل در { $path } وجود دارد. چیزی تغییر نکرد.
error-store-corrupt = داده‌های این دستگاه آسیب دیده است و خوانده نمی‌شود. چیزی را پاک نکنید؛ با مدیر سیستم تماس بگیرید. او می‌تواند داده‌ها را از دفتر مرکزی بازیابی کند.
error-store-truncated = فایل داده در این دستگاه ناقص است (شاید فقط بخشی از آن کپی شده باشد). چیزی را پاک نکنید؛ با مدیر سیستم تماس بگیرید.
error-store-too-new = این داده‌ها با نسخهٔ جدیدتری از Waypoint نوشته شده است (قالب { $found }؛ این نسخه تا قالب { $supported } را می‌خواند). Waypoint را در این دستگاه به‌روز کنید.
error-case-not-found = پروندهٔ { $case } در این دستگاه نیست.
error-sought-person-not-found = این پرونده هیچ شخص مورد جست‌وجویی با شناسهٔ { $entry } ندارد. شاید در دستگاه دیگری حذف شده باشد؛ پرونده را دوباره بارگذاری کنید.
error-passphrase-too-short = رمز عبور خیلی کوتاه است. دست‌کم { $min } حرف به کار ببرید؛ چند کلمه کنار هم را آسان می‌شود به خاطر سپرد.
error-audit-broken = دفتر ثبت رویدادها در ردیف { $seq } تغییر کرده یا آسیب دیده است. این را به سرپرست خود گزارش دهید.
error-case-invalid = این پرونده خوانده نشد. چیزی تغییر نکرد.
error-io = دستگاه نتوانست داده‌هایش را بخواند یا بنویسد ({ $detail }). بررسی کنید که دیسک جای خالی داشته باشد و دوباره امتحان کنید.
error-internal = مشکلی در داخل Waypoint پیش آمد. چیزی از آنچه ذخیره کرده بودید از دست نرفته است. دوباره امتحان کنید؛ اگر باز هم تکرار شد، به مدیر سیستم خبر دهید.

## Validation of a case (shown next to the field; nothing typed is lost)

diag-no-name = هنوز نامی ثبت نشده است. پرونده را بدون نام هم می‌شود ذخیره کرد.
diag-name-empty = این نام خالی است.
diag-age-range-inverted = کمترین سن ({ $min }) از بیشترین سن ({ $max }) بالاتر است. هر دو عدد را بررسی کنید.
diag-age-implausible = سن بالاتر از { $max } ممکن نیست. عدد را بررسی کنید.
diag-age-single-indicator = ارزیابی سن نباید فقط بر یک نشانه تکیه کند.
diag-date-future = این تاریخ در آینده است.
diag-date-impossible = این تاریخ وجود ندارد. روز و ماه را بررسی کنید.
diag-answer-without-value = این سؤال «جواب داده شد» علامت خورده است، اما هیچ جوابی ثبت نشده است.
diag-not-asked-without-reason = بنویسید چرا این سؤال پرسیده نشد.
diag-ends-before-start = زمان پایان این جلسه پیش از زمان شروع آن است.

## Consent

# $purpose is one of: registration, sharing_with_hq, family_tracing, referral, photo.
consent-needed = این کار به رضایت برای { $purpose ->
        [registration] ثبت‌نام
        [sharing_with_hq] فرستادن اطلاعات به دفتر مرکزی
        [family_tracing] جست‌وجوی خانواده
        [referral] ارجاع به خدمات
        [photo] گرفتن عکس
       *[other] این کار
    } نیاز دارد. اول از خود شخص (یا سرپرستش) بپرسید و جوابش را ثبت کنید.
consent-withdrawn-stops = رضایت برای { $purpose ->
        [registration] ثبت‌نام
        [sharing_with_hq] فرستادن اطلاعات به دفتر مرکزی
        [family_tracing] جست‌وجوی خانواده
        [referral] ارجاع به خدمات
        [photo] گرفتن عکس
       *[other] این کار
    } پس گرفته شد، به همین دلیل این کار متوقف شد.
consent-refused-stops = رضایت برای { $purpose ->
        [registration] ثبت‌نام
        [sharing_with_hq] فرستادن اطلاعات به دفتر مرکزی
        [family_tracing] جست‌وجوی خانواده
        [referral] ارجاع به خدمات
        [photo] گرفتن عکس
       *[other] این کار
    } داده نشد، به همین دلیل این کار نمی‌تواند انجام شود.

## Risk reasons (why a risk level was given)

risk-reason-irregular-travel = مسیر یا برنامهٔ سفر نامنظم یا غیرعادی.
risk-reason-sudden-separation = ناگهان از خانواده جدا شده است.
risk-reason-living-change = تغییر ناگهانی در جای زندگی شخص یا در کسانی که با آنها زندگی می‌کند.
risk-reason-documents-held-by-others = مدارک هویتی یا سفر شخص دست کس دیگری است.
risk-reason-debt-bondage = شخص به کسانی که سفر یا کارش را ترتیب داده‌اند بدهکار است.
risk-reason-work-exploitation = کار بی‌مزد، اجباری یا خطرناک.
risk-reason-signs-of-abuse = نشانه‌های آزار جسمی، جنسی یا روانی.
risk-reason-controlled-movement = کس دیگری تعیین می‌کند که شخص کجا برود.
risk-reason-deceptive-recruitment = با وعده‌های دروغ به کار گرفته شده است.
risk-reason-no-contact-with-family = اجازه یا امکان تماس با خانواده‌اش را ندارد.
risk-reason-fear-of-authorities = او را از مقامات ترسانده‌اند.
risk-reason-scripted-account = صحبت‌هایش از پیش تمرین‌شده یا آموختهٔ دیگران به نظر می‌رسد.
risk-reason-someone-else-answers = کس دیگری به جای شخص جواب می‌دهد، یا او را با کارمند تنها نمی‌گذارد.
risk-reason-worst-forms-of-child-labour = کار خطرناک: در معدن، با دستگاه‌ها یا مواد شیمیایی خطرناک، حمل بارهای سنگین یا کار شبانه.
risk-reason-child-labour-under-minimum-age = پیش از رسیدن به حداقل سن کار، کار را شروع کرده است.
risk-reason-sexual-exploitation = بهره‌کشی جنسی.
risk-reason-forced-marriage = ازدواج اجباری یا ازدواج کودک.
risk-reason-armed-group-recruitment = یک نیروی مسلح یا گروه مسلح او را به خدمت گرفته یا از او استفاده کرده است.
risk-reason-child-exploitation = از یک کودک بهره‌کشی می‌شود. برای کودک، همین به‌تنهایی قاچاق انسان است: لازم نیست زور، کلاهبرداری یا فریب ثابت شود.
risk-reason-doubtful-adult = کودک با بزرگسالی سفر می‌کند که نسبتش با او مشکوک است یا کارمند را نگران می‌کند.
risk-reason-unaccompanied-child = کودکی بدون پدر و مادر یا سرپرست همیشگی.
risk-reason-strong-indicator-child = یک نشانهٔ قوی قاچاق انسان دربارهٔ یک کودک است.
risk-reason-several-strong = چند نشانهٔ قوی با هم.

## Interview templates (shown to whoever loads or edits a template)

template-error-json = فایل الگو معتبر نیست (سطر { $line }، ستون { $column }). نشانه‌گذاری و نام فیلدها را در آنجا بررسی کنید.
template-error-invalid-message-id = کلید متن { $key } نام معتبری برای پیام نیست.
template-error-duplicate-not-asked-reason = دلیل { $reason } دو بار آمده است.
template-error-duplicate-section = بخش { $section } دو بار آمده است.
template-error-duplicate-question = سؤال { $question } دو بار آمده است.
template-error-malformed-question-id = شناسهٔ سؤال { $question } باید به شکل section.name نوشته شود.
template-error-question-outside-section = سؤال { $question } در بخش { $section } قرار دارد، اما شناسه‌اش نام این بخش را ندارد.
template-error-missing-choices = سؤال { $question } گزینه‌ای است، اما هیچ گزینه‌ای فهرست نکرده است.
template-error-unexpected-choices = سؤال { $question } گزینه‌ای نیست، اما گزینه فهرست کرده است.
template-error-duplicate-choice = سؤال { $question } گزینهٔ { $choice } را دو بار آورده است.
template-error-unknown-indicator = سؤال { $question } به نشانهٔ ناشناخته‌ای اشاره می‌کند: { $indicator }.
template-error-screening-not-supported = سؤال { $question } نمی‌تواند نشانه‌ای را فعال کند: فقط جواب‌های بله/نه و گزینه‌ای می‌توانند.
template-error-empty-when = سؤال { $question } به { $indicator } وصل است، اما هیچ جوابی را که آن را فعال کند نام نمی‌برد.
template-error-invalid-yes-no = سؤال { $question } بله/نه است، اما پیوندش { $value } را نام می‌برد.
template-error-unknown-choice = سؤال { $question } گزینه‌ای به نام { $choice } ندارد.
