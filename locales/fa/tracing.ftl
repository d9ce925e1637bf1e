### Family tracing: candidate matches between a sought person and registered persons.
### Reasons are shown to a caseworker next to each candidate, so that they can judge the match.

## Why a candidate was found (or counts less)

tracing-reason-names-match = نام‌ها با هم مطابقت دارند
tracing-reason-names-match-across-scripts = نام‌ها با خط‌های متفاوت نوشته شده‌اند، ولی با هم مطابقت دارند
tracing-reason-names-similar = نام‌ها شبیه هم هستند، ولی ممکن است نام‌های متفاوتی باشند
tracing-reason-sex-matches = جنسیت یکسان است
tracing-reason-sex-differs = جنسیت متفاوت است
tracing-reason-ages-overlap = بازه‌های سنی با هم همپوشانی دارند
tracing-reason-ages-close = سن‌ها نزدیک هم هستند، ولی بازه‌های سنی همپوشانی ندارند
tracing-reason-ages-apart = سن‌ها خیلی با هم فاصله دارند
tracing-reason-same-nationality = ملیت یکسان است
tracing-reason-nationality-differs = ملیت متفاوت است
tracing-reason-shared-language = زبان مشترکی دارند
tracing-reason-no-shared-language = هیچ زبان مشترکی ندارند
tracing-reason-place-matches = در همان جایی ثبت شده که آخرین بار دیده شده بود
tracing-reason-registered-after-last-seen = بعد از تاریخی که آخرین بار دیده شده بود، ثبت شده است
tracing-reason-registered-before-last-seen = مدت‌ها پیش از تاریخی که آخرین بار دیده شده بود، ثبت شده است
tracing-reason-relationship-fits = سن و جنسیت با نسبت خانوادگی سازگار است
tracing-reason-relationship-unlikely = سن یا جنسیت با نسبت خانوادگی سازگار نیست

## Relationship of the sought person to the person looking for them

tracing-relationship-mother = مادر
tracing-relationship-father = پدر
tracing-relationship-son = پسر
tracing-relationship-daughter = دختر
tracing-relationship-sister = خواهر
tracing-relationship-brother = برادر
tracing-relationship-spouse = همسر یا شریک زندگی
tracing-relationship-grandparent = پدربزرگ یا مادربزرگ
tracing-relationship-other = خویشاوند دیگر یا دوست

## Candidate list

tracing-candidates-title = تطابق‌های احتمالی برای { $name }
tracing-candidates-none = هنوز هیچ تطابق احتمالی پیدا نشده است. هر بار که افراد تازه‌ای ثبت شوند، جست‌وجو دوباره انجام می‌شود.
tracing-candidate-score = میزان تطابق: { $percent }٪
tracing-candidate-confirm = تأیید تطابق
tracing-candidate-reject = این شخص نیست
