### The intake interview (template intake, version 1: assets/templates/intake-v1.json).
### Read aloud to the person, or shown to the officer where a message ends in -note.
### Plain, warm, short words. Messages ending in -child are for children of about 8 to 12.
### Persian: adults are addressed with «شما», children (-child) with «تو».

## Title and purpose, explained before any question

interview-title = آشنایی با شما
interview-intro-who-we-are = ما اینجا هستیم تا کمک کنیم مردم در امان باشند، به‌ویژه کودکان و نوجوانانی که بدون خانواده‌شان سفر می‌کنند. ما اینجا نیستیم که شما را قضاوت کنیم.
interview-intro-why-we-ask = می‌خواهم چند سؤال از شما بپرسم. جواب‌های شما به ما کمک می‌کند بفهمیم به چه چیزی نیاز دارید، از شما محافظت کنیم و اگر بخواهید، خانواده‌تان را پیدا کنیم.
interview-intro-nothing-mandatory = لازم نیست به هیچ سؤالی جواب بدهید. اگر جواب ندهید، برایتان مشکلی پیش نمی‌آید و باز هم کمک می‌گیرید.
interview-intro-decline = اگر نمی‌خواهید به چیزی جواب بدهید، فقط بگویید «نمی‌خواهم جواب بدهم». مشکلی نیست.
interview-intro-no-wrong-answers = اگر نمی‌دانید یا یادتان نیست، آن هم مشکلی نیست. هیچ جوابی اشتباه نیست.
interview-intro-pause-stop = هر وقت بخواهید، می‌توانید استراحت کنید یا بخواهید که تمام کنیم. فقط به من بگویید، یا دکمهٔ «استراحت» را بزنید.
interview-intro-protection = آنچه به ما می‌گویید امن و محرمانه نگه داشته می‌شود. فقط کسانی که در کار پرونده‌تان کمک می‌کنند می‌توانند آن را ببینند.
interview-intro-consent = ما فقط اگر خودتان موافق باشید آن را به دیگران می‌گوییم، مثلاً به کسانی که می‌توانند در پیدا کردن خانواده‌تان کمک کنند. بعداً هم می‌توانید نظرتان را عوض کنید.

## Controls, always visible during the interview

interview-control-pause = استراحت
interview-control-stop = برای امروز کافی است
interview-control-decline = نمی‌خواهم جواب بدهم
interview-control-revisit = بعداً به این برگردیم
interview-control-not-asked = پرسیده نشد
interview-control-resume = ادامه
interview-control-break-offer = می‌خواهید کمی استراحت کنید؟ می‌توانیم مدتی دست نگه داریم و بعداً ادامه بدهیم.

## Reasons for not asking a question (shown to the officer)

interview-not-asked-distressed = شخص ناراحت یا خیلی خسته بود
interview-not-asked-too-young = برای سن شخص مناسب نیست
interview-not-asked-not-relevant = به این شخص مربوط نمی‌شود
interview-not-asked-interpreter-unavailable = مترجم مناسب نبود
interview-not-asked-time = در این جلسه وقت باقی نماند
interview-not-asked-safety-concern = پرسیدنش اینجا امن نیست، مثلاً چون کس دیگری حاضر است
interview-not-asked-asked-elsewhere = نهاد دیگری قبلاً آن را پرسیده است

## Section: Welcome

interview-section-welcome = خوش آمدید
interview-section-welcome-intro = پیش از شروع، بیایید مطمئن شویم که راحت هستید.

interview-welcome-needs-now = پیش از شروع، به چیزی نیاز دارید؟
interview-welcome-needs-now-child = الان چیزی لازم داری؟
interview-welcome-needs-now-note = اول نیازهای اساسی را برآورده کنید. اگر شخص گرسنه است، سردش است، درد دارد یا خیلی خسته است، دست نگه دارید و بعداً برگردید.
interview-welcome-needs-now-water = آب یا چیزی برای نوشیدن
interview-welcome-needs-now-food = چیزی برای خوردن
interview-welcome-needs-now-rest = کمی استراحت
interview-welcome-needs-now-toilet = توالت
interview-welcome-needs-now-warm = لباس گرم
interview-welcome-needs-now-medical = دیدن پرستار یا دکتر
interview-welcome-needs-now-nothing = هیچ‌چیز، حالم خوب است

interview-welcome-preferred-language = دوست دارید به چه زبانی صحبت کنیم؟
interview-welcome-preferred-language-child = دوست داری به چه زبانی حرف بزنیم؟
interview-welcome-preferred-language-note = مطمئن شوید که شخص و مترجم حرف همدیگر را خوب می‌فهمند. اگر نمی‌فهمند، دست نگه دارید و مترجم دیگری پیدا کنید.

interview-welcome-someone-present = دوست دارید کسی که به او اعتماد دارید اینجا پیش ما باشد؟
interview-welcome-someone-present-child = دوست داری کسی که به او اعتماد داری کنارت بنشیند؟
interview-welcome-someone-present-note = ممکن است کودک بخواهد یک بزرگسال مورد اعتمادش، مثل سرپرست یا مددکار اجتماعی، کنارش باشد. بزرگسالی را که رابطه‌اش با کودک تأیید نشده است، یا به نظر می‌رسد کودک را کنترل می‌کند، در جلسه حاضر نکنید.

interview-welcome-ready = الان می‌توانیم شروع کنیم؟ هر وقت بخواهید می‌توانید دست نگه دارید.
interview-welcome-ready-child = شروع کنیم؟ هر وقت بخواهی می‌توانیم بس کنیم.
interview-welcome-ready-note = اگر جواب نه است، شروع نکنید. استراحت پیشنهاد کنید و بعداً دوباره بپرسید.

## Section: About you

interview-section-about-you = دربارهٔ شما
interview-section-about-you-intro = اول، چند سؤال ساده دربارهٔ خودتان.

interview-about-you-called-name = دوست دارید شما را به چه نامی صدا کنیم؟
interview-about-you-called-name-child = دوست داری تو را چه صدا کنیم؟
interview-about-you-called-name-note = در بقیهٔ گفت‌وگو همین نام را به کار ببرید.

interview-about-you-full-name = نام کامل شما چیست؟ اگر بخواهید، می‌توانید خودتان آن را بنویسید.
interview-about-you-full-name-child = اسم کاملت چیست؟ اگر بخواهی، می‌توانی خودت آن را بنویسی.
interview-about-you-full-name-note = همهٔ شکل‌های املایی و همهٔ خط‌ها را ثبت کنید. اگر شخص می‌تواند، بگذارید نام را با خط خودش بنویسد.

interview-about-you-age = تا جایی که می‌دانید، چند سال دارید؟
interview-about-you-age-child = چند سال داری؟ اگر مطمئن نیستی، مشکلی نیست.
interview-about-you-age-note = آنچه شخص می‌گوید را بنویسید. هرگز از او نخواهید که آن را ثابت کند. اگر تردیدی هست، شخص کودک در نظر گرفته می‌شود.

interview-about-you-birth-date = می‌دانید کی به دنیا آمده‌اید؟ فقط سال هم کافی است.
interview-about-you-birth-date-child = روز تولدت را می‌دانی، یا سالی که به دنیا آمدی؟
interview-about-you-birth-date-note = هرچه معلوم است ثبت کنید، حتی اگر فقط سال باشد. حرف شخص را تصحیح نکنید.

interview-about-you-languages = به چه زبان‌هایی صحبت می‌کنید؟
interview-about-you-languages-child = به چه زبان‌هایی می‌توانی حرف بزنی؟

interview-about-you-home = اهل کجا هستید؟ نام یک شهر یا منطقه کافی است.
interview-about-you-home-child = خانه‌ات کجاست؟ اسم آن شهر یا ده چیست؟
interview-about-you-home-note = دربارهٔ محل بپرسید، نه دربارهٔ مدارک. اگر شخص نمی‌خواهد بگوید، مشکلی نیست.

## Section: Your journey

interview-section-journey = سفر شما
interview-section-journey-intro = حالا می‌خواهم دربارهٔ سفرتان بپرسم. عجله نکنید.

interview-journey-left-home = کی از خانه رفتید؟ گفتن ماه یا فصل کافی است.
interview-journey-left-home-child = کی از خانه رفتی؟ می‌توانی ماه یا فصل را بگویی.

interview-journey-travelled-with = چه کسانی با شما سفر کردند؟
interview-journey-travelled-with-child = چه کسی در سفر با تو بود؟
interview-journey-travelled-with-note = چند جواب ممکن است. اگر شخص با بزرگسالی سفر کرده که پدر یا مادرش نیست، به آرامی بپرسید او را از کجا می‌شناسد.
interview-journey-travelled-with-alone = هیچ‌کس، تنها بودم
interview-journey-travelled-with-parents = مادر یا پدرم
interview-journey-travelled-with-siblings = برادرها یا خواهرهایم
interview-journey-travelled-with-relatives = دیگر اعضای خانواده‌ام
interview-journey-travelled-with-friends = دوستانم
interview-journey-travelled-with-met-on-way = کسانی که در راه دیدم
interview-journey-travelled-with-organiser = کسی که سفر را ترتیب داد
interview-journey-travelled-with-other = کس دیگری

interview-journey-organised-by = چه کسی سفر را ترتیب داد؟
interview-journey-organised-by-child = چه کسی برنامهٔ سفر را ریخت؟
interview-journey-organised-by-note = بدون قضاوت بپرسید. بسیاری از مردم برای سفر به کمک دیگران نیاز دارند. این سؤال برای فهمیدن است، نه برای سرزنش کردن.
interview-journey-organised-by-self = خودم
interview-journey-organised-by-family = خانواده‌ام
interview-journey-organised-by-friend = یک دوست
interview-journey-organised-by-someone-else = کس دیگری
interview-journey-organised-by-do-not-know = نمی‌دانم

interview-journey-paid-by = چه کسی پول سفر را داد؟
interview-journey-paid-by-child = چه کسی پول سفر را داد؟
interview-journey-paid-by-note = اگر شخص باید پول را پس بدهد، بعداً در سؤال‌های مربوط به امنیت بپرسید که آیا هنوز بدهکار است.
interview-journey-paid-by-self = خودم
interview-journey-paid-by-family = خانواده‌ام
interview-journey-paid-by-someone-else = کس دیگری
interview-journey-paid-by-pay-back-later = باید بعداً آن را پس بدهم
interview-journey-paid-by-do-not-know = نمی‌دانم

interview-journey-route = چطور سفر کردید؟ مثلاً با اتوبوس، ماشین، قایق یا پیاده.
interview-journey-route-child = چطور سفر کردی؟ با اتوبوس، ماشین، قایق یا پیاده؟

interview-journey-travelled-hidden = آیا هیچ‌وقت مجبور شدید پنهانی سفر کنید، یا از جایی غیر از گذرگاه رسمی از مرز بگذرید؟
interview-journey-travelled-hidden-child = آیا در سفر هیچ‌وقت مجبور شدی پنهان شوی؟
interview-journey-travelled-hidden-note = بسیاری از مردم راه امنی برای سفر نداشتند. روشن کنید که این را برای امنیت خودشان می‌پرسید، نه برای مجازات آنها.

interview-journey-promised-job = پیش از رفتن، آیا کسی به شما قول کار، درس خواندن یا زندگی بهتر در پایان سفر داد؟
interview-journey-promised-job-child = آیا کسی به تو قول داد که جایی که می‌روی کار، درس یا زندگی بهتری داری؟
interview-journey-promised-job-note = اگر جواب بله است، سؤال بعدی را بپرسید. اگر نه، آن را با دلیل «به این شخص مربوط نمی‌شود» کنار بگذارید.

interview-journey-promise-kept = آیا همان‌طور بود که قول داده بودند؟
interview-journey-promise-kept-child = آیا همان‌طور بود که گفته بودند؟
interview-journey-promise-kept-note = فقط اگر کسی قولی داده بود بپرسید.
interview-journey-promise-kept-as-promised = بله، همان‌طور بود که قول داده بودند
interview-journey-promise-kept-different = نه، فرق داشت
interview-journey-promise-kept-not-yet = هنوز نمی‌دانم

interview-journey-documents-holder = مدارک شما، مثل پاسپورت یا تذکره (کارت شناسایی)، الان دست چه کسی است؟
interview-journey-documents-holder-child = مدارکت، مثل پاسپورت یا تذکره، کجاست؟ الان دست چه کسی است؟
interview-journey-documents-holder-note = اینجا نخواهید که مدارک را ببینید. نداشتن مدرک رایج است و دلیلی برای شک نیست.
interview-journey-documents-holder-me = پیش خودم است
interview-journey-documents-holder-family = پیش یکی از اعضای خانواده‌ام
interview-journey-documents-holder-organiser = پیش کسی که سفر را ترتیب داد
interview-journey-documents-holder-employer = پیش کسی که برایش کار می‌کردم
interview-journey-documents-holder-someone-else = پیش کس دیگری
interview-journey-documents-holder-taken = کسی آنها را از من گرفت
interview-journey-documents-holder-lost = گم شدند
interview-journey-documents-holder-never-had = هیچ‌وقت مدرک نداشتم

## Section: Your family

interview-section-family = خانوادهٔ شما
interview-section-family-intro = حالا چند سؤال دربارهٔ خانواده‌تان. اگر حرف زدن دربارهٔ چیزی سخت است، به من بگویید تا از آن بگذریم.

interview-family-parents = می‌توانید دربارهٔ مادر و پدرتان بگویید؟ نامشان چیست، و اگر می‌دانید، الان کجا هستند؟
interview-family-parents-child = می‌توانی دربارهٔ مادر و پدرت بگویی؟ اسمشان چیست؟ الان کجا هستند؟
interview-family-parents-note = ممکن است پدر یا مادر فوت کرده یا گم شده باشد. بگذارید خود شخص گفت‌وگو را پیش ببرد، و برای جزئیات اصرار نکنید.

interview-family-siblings = خواهر یا برادر دارید؟ الان کجا هستند؟
interview-family-siblings-child = خواهر یا برادر داری؟ کجا هستند؟

interview-family-separated-suddenly = آیا ناگهان و بدون برنامه از خانواده‌تان جدا شدید؟
interview-family-separated-suddenly-child = آیا ناگهان، وقتی انتظارش را نداشتی، از خانواده‌ات جدا شدی؟
interview-family-separated-suddenly-note = این سؤال ممکن است خاطره‌های دردناک را زنده کند. به نشانه‌های ناراحتی توجه کنید و استراحت پیشنهاد کنید.

interview-family-sudden-move = پیش از رفتن، آیا ناگهان مجبور شدید به جای دیگری بروید یا با آدم‌های دیگری زندگی کنید؟
interview-family-sudden-move-child = پیش از سفر، آیا ناگهان مجبور شدی به یک جای تازه بروی یا با آدم‌های تازه زندگی کنی؟

interview-family-last-contact = آخرین بار کی با خانواده‌تان در تماس بودید؟
interview-family-last-contact-child = آخرین بار کی با خانواده‌ات حرف زدی؟

interview-family-can-contact = آیا هر وقت بخواهید می‌توانید با خانواده‌تان تماس بگیرید؟
interview-family-can-contact-child = آیا هر وقت بخواهی می‌توانی به خانواده‌ات زنگ بزنی یا پیام بدهی؟
interview-family-can-contact-note = اگر کسی این تماس را کنترل می‌کند، این یک نگرانی حفاظتی است. اگر امن است و شخص می‌خواهد، یک تماس تلفنی پیشنهاد کنید.
interview-family-can-contact-yes-freely = بله، هر وقت بخواهم
interview-family-can-contact-only-when-allowed = فقط وقتی کسی اجازه بدهد
interview-family-can-contact-someone-stops-me = کسی نمی‌گذارد، یا موبایلم را گرفته است
interview-family-can-contact-no-means = موبایل یا شماره ندارم
interview-family-can-contact-do-not-know-where = نمی‌دانم کجا هستند

interview-family-wish-to-trace = دوست دارید کمکتان کنیم کسی از خانواده‌تان را پیدا کنید؟
interview-family-wish-to-trace-child = می‌خواهی کمکت کنیم کسی از خانواده‌ات را پیدا کنیم؟
interview-family-wish-to-trace-note = جست‌وجوی خانواده به رضایت نیاز دارد، یا برای کودک، به تصمیمی بر اساس بهترین منافع کودک. پیش از شروع هر جست‌وجو، آن را ثبت کنید.

interview-family-who-to-find = دوست دارید چه کسی را پیدا کنید؟ نامش را بگویید، و اینکه آخرین بار کجا و کی او را دیدید.
interview-family-who-to-find-child = می‌خواهی چه کسی را پیدا کنیم؟ اسمش چیست؟ آخرین بار کجا او را دیدی؟
interview-family-who-to-find-note = نام‌ها را به هر شکلی که می‌شنوید ثبت کنید. وقتی رضایت ثبت شد، این جواب جست‌وجو را شروع می‌کند.

## Section: Safety and work

interview-section-safety-and-work = امنیت و کار
interview-section-safety-and-work-intro = سؤال‌های بعدی دربارهٔ امنیت شماست. بعضی از آنها ممکن است سخت باشد. می‌توانید از هر کدام بگذرید، و می‌توانید استراحت کنید.

interview-safety-and-work-feels-safe = الان احساس امنیت می‌کنید؟
interview-safety-and-work-feels-safe-child = اینجا احساس می‌کنی در امان هستی؟
interview-safety-and-work-feels-safe-note = اگر جواب نه است، بپرسید چه چیزی کمک می‌کند، و پیش از ادامه همان کار را انجام دهید.

interview-safety-and-work-worked = آیا در طول سفر، یا پیش از آمدن به اینجا، کار کردید؟
interview-safety-and-work-worked-child = آیا در سفر، یا پیش از آمدن به اینجا، مجبور شدی کار کنی؟
interview-safety-and-work-worked-note = هر کاری را حساب کنید: در خانه، در مزرعه، فروختن چیزها، گدایی یا نگهداری از بچه‌ها.

interview-safety-and-work-work-kind = چه نوع کاری بود؟
interview-safety-and-work-work-kind-child = چه کاری می‌کردی؟
interview-safety-and-work-work-kind-note = فقط اگر شخص کار کرده است بپرسید. چند جواب ممکن است.
interview-safety-and-work-work-kind-house = نظافت، آشپزی یا کار خانه
interview-safety-and-work-work-kind-childcare = نگهداری از بچه‌ها
interview-safety-and-work-work-kind-farm = کار در مزرعه یا با حیوانات
interview-safety-and-work-work-kind-building = کار ساختمانی یا کار در کارخانه
interview-safety-and-work-work-kind-selling = فروختن چیزها
interview-safety-and-work-work-kind-begging = گدایی
interview-safety-and-work-work-kind-mine = کار در معدن یا معدن سنگ
interview-safety-and-work-work-kind-dangerous = کار با دستگاه‌های خطرناک، مواد شیمیایی یا بارهای سنگین، یا کار در شب
interview-safety-and-work-work-kind-sexual = کارهای جنسی، یا عکس یا ویدیوهایی از این نوع
interview-safety-and-work-work-kind-armed-group = برای سربازان یا یک گروه مسلح: جنگیدن، باربری، نگهبانی یا آشپزی
interview-safety-and-work-work-kind-other = کار دیگر

interview-safety-and-work-age-started-work = وقتی برای اولین بار شروع به کار کردید، چند سال داشتید؟
interview-safety-and-work-age-started-work-child = وقتی شروع کردی به کار کردن، چند سالت بود؟
interview-safety-and-work-age-started-work-note = فقط اگر شخص کار کرده است بپرسید. کار پیش از ۱۵ سالگی (برای کار سبک، پیش از ۱۳ سالگی) در بیشتر کشورها زیر حداقل سن کار است (مقاوله‌نامهٔ شمارهٔ ۱۳۸ سازمان بین‌المللی کار).
interview-safety-and-work-age-started-work-under-13 = کمتر از ۱۳ سال
interview-safety-and-work-age-started-work-13-to-14 = ۱۳ یا ۱۴ سال
interview-safety-and-work-age-started-work-15-or-older = ۱۵ سال یا بیشتر
interview-safety-and-work-age-started-work-not-sure = مطمئن نیستم

interview-safety-and-work-paid = برای این کار به شما پول دادند؟
interview-safety-and-work-paid-child = برای کارت پول گرفتی؟
interview-safety-and-work-paid-note = فقط اگر شخص کار کرده است بپرسید.
interview-safety-and-work-paid-paid-fully = بله، همان‌قدر که قرار بود
interview-safety-and-work-paid-paid-less = کمتر از آنچه قرار بود
interview-safety-and-work-paid-not-paid = نه
interview-safety-and-work-paid-paid-to-others = پولش را کس دیگری گرفت

interview-safety-and-work-owes-money = آیا به کسی پول بدهکار هستید، مثلاً برای سفر، غذا یا جای خواب؟
interview-safety-and-work-owes-money-child = آیا کسی می‌گوید که تو به او پول بدهکاری؟
interview-safety-and-work-owes-money-note = از بدهی سفر اغلب برای کنترل مردم استفاده می‌شود. فقط اگر شخص خودش بخواهد، بپرسید به چه کسی.

interview-safety-and-work-marriage = آیا کسی شما را بر خلاف میل‌تان به ازدواج کسی درآورده، یا قول ازدواج شما را به کسی داده است؟
interview-safety-and-work-marriage-child = آیا کسی گفته که تو باید با کسی ازدواج کنی؟
interview-safety-and-work-marriage-note = ازدواج اجباری، و هر ازدواجِ کودک، بهره‌کشی است. اگر شخص کودک است، همین حالا او را به حمایت از کودک ارجاع دهید.

interview-safety-and-work-free-to-leave = آیا هر وقت می‌خواستید می‌توانستید جایی را که در آن کار می‌کردید یا می‌ماندید ترک کنید؟
interview-safety-and-work-free-to-leave-child = آیا هر وقت می‌خواستی می‌توانستی بیرون بروی، یا از جایی که می‌ماندی بروی؟

interview-safety-and-work-controlled-movement = آیا کسی به شما می‌گوید کجا می‌توانید بروید، یا نمی‌گذارد تنها بیرون بروید؟
interview-safety-and-work-controlled-movement-child = آیا کسی تصمیم می‌گیرد که تو کجا بروی، یا نمی‌گذارد تنها بیرون بروی؟
interview-safety-and-work-controlled-movement-note = فقط وقتی بپرسید که هیچ بزرگسال همراهی در اتاق نیست.

interview-safety-and-work-told-not-to-speak = آیا کسی به شما گفت که با پلیس، یا با کسانی مثل من، صحبت نکنید؟
interview-safety-and-work-told-not-to-speak-child = آیا کسی به تو گفت که با پلیس، یا با آدم‌هایی مثل من، حرف نزنی؟
interview-safety-and-work-told-not-to-speak-note = اگر جواب بله است، به شخص بگویید که برای صحبت با ما مجازات نمی‌شود.

interview-safety-and-work-hurt-or-threatened = آیا کسی به شما آسیب زده، یا گفته که به شما یا خانواده‌تان آسیب می‌زند؟
interview-safety-and-work-hurt-or-threatened-child = آیا کسی تو را اذیت کرده، یا تو را ترسانده و گفته که به تو یا خانواده‌ات آسیب می‌زند؟
interview-safety-and-work-hurt-or-threatened-note = جزئیات نپرسید. گوش کنید، باور کنید و بگویید که تقصیر او نیست. اگر جواب بله است، روند حفاظتی را دنبال کنید و حمایت پزشکی و روانی-اجتماعی پیشنهاد کنید.

## Section: Your health

interview-section-health = سلامتی شما
interview-section-health-intro = حالا چند سؤال دربارهٔ حال شما، تا بتوانیم کمک درست را برایتان فراهم کنیم.

interview-health-injuries = آیا زخمی هستید، یا جایی از بدنتان درد می‌کند؟
interview-health-injuries-child = جایی از بدنت درد می‌کند؟
interview-health-injuries-note = اگر جواب بله است، همین حالا مراقبت پزشکی پیشنهاد کنید. معاینه نکنید، و اینجا نپرسید که چطور اتفاق افتاده است.

interview-health-medication = آیا دارویی مصرف می‌کنید، یا لازم است دکتر یا پرستار را ببینید؟
interview-health-medication-child = دارو لازم داری، یا می‌خواهی دکتر یا پرستار را ببینی؟

interview-health-sleep = خوابتان چطور است؟
interview-health-sleep-child = شب‌ها چطور می‌خوابی؟
interview-health-sleep-note = بد خوابیدن و خواب‌های بد بعد از یک سفر سخت رایج است. به شخص بگویید که کمک در دسترس است.
interview-health-sleep-well = خوب
interview-health-sleep-sometimes-badly = گاهی بد
interview-health-sleep-badly = بیشتر شب‌ها بد

interview-health-feeling = این روزها حالتان چطور بوده است؟
interview-health-feeling-child = این روزها در دلت چه حسی داری؟
interview-health-feeling-note = هر جوابی را بپذیرید، حتی «نمی‌دانم». اگر شخص خیلی ناراحت است، دست نگه دارید، حمایت پیشنهاد کنید و به ارجاع روانی-اجتماعی فکر کنید.

## Section: What you want

interview-section-wishes = آنچه شما می‌خواهید
interview-section-wishes-intro = خواسته‌های شما مهم است. در هر تصمیمی دربارهٔ شما به آن فکر می‌کنیم.

interview-wishes-next = دوست دارید بعد از این چه اتفاقی بیفتد؟
interview-wishes-next-child = دوست داری حالا چه بشود؟
interview-wishes-next-note = حرف‌های شخص را با کلمات خودش بنویسید. قولی ندهید که از انجامش مطمئن نیستید.

interview-wishes-trusted-people = به چه کسی اعتماد دارید، اینجا یا هر جای دیگر؟
interview-wishes-trusted-people-child = به چه کسانی اعتماد داری؟
interview-wishes-trusted-people-note = این به ما کمک می‌کند بدانیم چه کسی می‌تواند از شخص حمایت کند.

interview-wishes-worries = آیا الان چیزی شما را نگران کرده است؟
interview-wishes-worries-child = آیا چیزی هست که نگرانش باشی؟

## Section: Finishing

interview-section-closing = پایان
interview-section-closing-intro = تقریباً تمام شد. از اینکه با من صحبت کردید، متشکرم.

interview-closing-anything-else = چیز دیگری هست که بخواهید به من بگویید؟
interview-closing-anything-else-child = چیز دیگری هست که بخواهی به من بگویی؟

interview-closing-questions = سؤالی از ما دارید؟
interview-closing-questions-child = می‌خواهی چیزی از ما بپرسی؟

interview-closing-next-steps-understood = به شما گفتم که بعد از این چه می‌شود. آیا برایتان روشن است؟
interview-closing-next-steps-understood-child = می‌فهمی بعد از این چه اتفاقی می‌افتد؟
interview-closing-next-steps-understood-note = توضیح دهید چه کسی با شخص تماس می‌گیرد، کجا می‌ماند، چطور می‌تواند با ما تماس بگیرد، و اینکه بعداً می‌تواند جواب‌هایش را اضافه یا تغییر دهد. هرگز گفت‌وگو را با یک موضوع سخت تمام نکنید.

## Section: Officer observations

interview-section-officer-observations = مشاهدات کارمند
interview-section-officer-observations-intro = فقط برای کارمند. این سؤال‌ها را بلند نخوانید. آنچه را دیدید و شنیدید ثبت کنید، نه نتیجه‌گیری‌ها را.

interview-officer-observations-scripted-account = آیا صحبت‌های شخص از پیش تمرین‌شده یا یاد داده‌شده از سوی کس دیگری به نظر می‌رسید؟ مثلاً همان کلمات دیگران، یا کلماتی که با سنش جور نیست.
interview-officer-observations-scripted-account-note = صحبت تمرین‌شده دروغ نیست. ممکن است به این معنا باشد که کسی به شخص گفته است چه بگوید.

interview-officer-observations-signs-of-abuse = آیا نشانه‌های احتمالی آسیب جسمی یا عاطفی دیدید، مثل زخم، ترس یا گوشه‌گیری؟
interview-officer-observations-signs-of-abuse-note = آنچه را دیدید بنویسید، نه آنچه فکر می‌کنید علتش بوده است. روند حفاظتی را دنبال کنید.

interview-officer-observations-adult-in-control = آیا بزرگسال همراه به جای شخص جواب داد، او را از نزدیک زیر نظر داشت، یا به نظر می‌رسید او را کنترل می‌کند؟
interview-officer-observations-adult-in-control-note = اگر چنین است، مطمئن شوید که گفت‌وگوی بعدی بدون آن بزرگسال انجام شود.
