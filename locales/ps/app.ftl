## The desktop app: every word on its screens. Officers read this under pressure: short,
## plain, kind. Errors say what to do next.

## Frame
app-loading = Waypoint پرانیستل کېږي…
app-ui-language = ستاسو ژبه
app-quick-hide = پټول
app-quick-hide-hint = همدا اوس هر څه پټ کړئ (Esc)
app-lock = قلف
app-dismiss = بندول
app-save-saving = خوندي کېږي…
app-save-saved = خوندي شو
app-save-error = خوندي نه شو — پیغام وګورئ
app-neutral-title = Waypoint
app-neutral-continue = ادامه

## Set-up and unlock
app-setup-title = دا وسیله چمتو کړئ
app-setup-explain = په دې وسیله کې هر څه ستاسو په پټ نوم کوډ شوي دي. داسې پټ نوم وټاکئ چې په یاد مو پاتې شي: که هېر شي، بېرته نه شي ترلاسه کېدای.
app-setup-site = ځای (د پولې پوسته یا پناه ځای)
app-setup-submit = چمتو کول
app-user = د کاروونکي نوم
app-passphrase = پټ نوم
app-passphrase-again = پټ نوم بیا ولیکئ
app-unlock-title = قلف خلاصول
app-unlock-submit = خلاصول

## Case list
app-search-placeholder = د نوم (په هر لیکدود) یا د دوسیې د کوډ له مخې لټون
app-new-case = نوې دوسیه
app-no-cases = هېڅ دوسیه ونه موندل شوه.
app-no-name = (تر اوسه نوم نشته)
app-filter-any = ټول
app-filter-site = ځای
app-filter-status = حالت
app-filter-risk = خطر
app-filter-age-band = عمر
app-filter-flag = نښان
app-status-open = خلاصه
app-status-transferred = لېږدول شوې
app-status-closed = تړل شوې
app-risk-none = د خطر هېڅ نښه نشته
app-risk-low = لږ خطر
app-risk-medium = منځنی خطر
app-risk-high = ډېر خطر
app-age-band-0-4 = 0–4
app-age-band-5-11 = 5–11
app-age-band-12-14 = 12–14
app-age-band-15-17 = 15–17
app-age-band-18-59 = 18–59
app-age-band-60-plus = 60 کاله او زیات
app-age-band-unknown = عمر نامعلوم
app-flag-child = ماشوم
app-flag-unaccompanied = بې ملګري
app-flag-separated = له کورنۍ جلا
app-flag-referral-prompt = لېږلو ته اړتیا
app-flag-age-disputed = پر عمر اعتراض
app-flag-trafficking-risk = د انساني قاچاق خطر
app-flag-not-shared = یوازې په دې وسیله کې
app-conflicts-count = { $count ->
    [one] یو تضاد چې باید حل شي
   *[other] { $count } تضادونه چې باید حل شي
}

## Case
app-back-to-list = → دوسیې
app-cases-title = دوسیې
app-case-sections = د دوسیې برخې
app-interview-keys = تڼۍ: Alt+N بله پوښتنه · Alt+P مخکینۍ پوښتنه · Alt+D ځواب یې ونه غوښت · Alt+R وروسته به بېرته ورته راشو · Alt+O ونه پوښتل شوه
app-tab-registration = ثبت
app-tab-consent = رضایت
app-tab-interview = مرکه
app-tab-age = عمر
app-tab-tracing = د کورنۍ لټون
app-tab-screening = د خطر ارزونه
app-tab-referrals = لېږل او تعقیبي کارونه
app-tab-transfer = لېږد
app-tab-conflicts = تضادونه
app-referral-prompt = دا کس همدا اوس خدماتو ته ولېږئ:
app-age-treated-as-child = ماشوم ګڼل کېږي{ $basis ->
    [doubt] { " " }(پر عمر شک دی)
    [disputed_assessment] { " " }(پر ارزونه اعتراض شوی)
   *[other] {""}
}
app-age-adult = بالغ ګڼل کېږي
app-age-range = { $min }–{ $max } کاله

## Registration
app-names = نومونه
app-name-given = نوم
app-name-family = د کورنۍ نوم
app-name-alias = بل نوم یا بله املا
app-add = زیاتول
app-remove = لرې کول
app-sex = جنسیت
app-sex-female = ښځینه
app-sex-male = نارینه
app-sex-other = بل
app-sex-not-stated = نه غواړي ووایي
app-birth = د زېږېدو نېټه یا عمر
app-birth-kind-unknown = نامعلوم
app-birth-kind-exact = دقیقه نېټه
app-birth-kind-approximate = کال (او میاشت)
app-birth-kind-stated-age = هغه عمر چې کس یې پخپله وایي
app-birth-date = د زېږېدو نېټه، میلادي (کال-میاشت-ورځ)
app-birth-year = کال (میلادي)
app-birth-month = میاشت (1–12)
app-stated-age = عمر په کلونو
app-origin = تابعیت او ژبې
app-nationalities = تابعیتونه (په کامې سره یې جلا کړئ)
app-languages-spoken = هغه ژبې چې کس پرې خبرې کوي (کوډونه لکه ar, ti, so)
app-preferred-language = د مرکې غوره ژبه
app-not-known = نامعلوم
app-accompaniment = له چا سره سفر کوي
app-accompaniment-unaccompanied = یوازې (بې ملګري)
app-accompaniment-separated = له مور و پلار یا معمول ساتونکي جلا
app-accompaniment-accompanied = له مور و پلار یا معمول ساتونکي سره
app-adults = هغه لویان چې له کس سره سفر کوي
app-adults-explain = د هر لوی کس لپاره: ځان څوک بولي، دا څنګه وڅېړل شو، او هر هغه څه چې تاسو اندېښمن کوي. هغه ماشوم چې له داسې لوی کس سره وي چې اړیکه یې مشکوکه ده، یا تاسو اندېښمن کوي، د ماشوم ساتنې ته لېږل کېږي.
app-adults-none = هېڅ لوی کس نه دی ثبت شوی.
app-adult-name = د لوی کس نوم
app-adult-relationship = هغه اړیکه چې یې وایي
app-adult-verified = د اړیکې څېړنه
app-adult-verified-not-verified = تر اوسه نه ده څېړل شوې
app-adult-verified-verified = تایید شوې
app-adult-verified-doubtful = مشکوکه
app-adult-verified-how = څنګه وڅېړل شوه
app-adult-documents = لیدل شوي اسناد
app-adult-concern = ستاسو اندېښنه، که وي
app-adult-add = دا لوی کس زیاتول
app-adult-save = بدلونونه خوندي کول
app-encounter = کس چېرته او څنګه ولیدل شو
app-encounter-place = ځای
app-encounter-circumstances = حالات

## Consent
app-consent-explain = هره موخه په { $language } ژبه تشریح کړئ او د کس خپله پرېکړه ثبت کړئ. د هرې موخې په اړه جلا پرېکړه کېږي، او رضایت هر وخت بېرته اخیستل کېدای شي.
app-consent-read-aloud = دا کس ته ولولئ:
app-consent-withdraw-sharing-explain = د دې رضایت بېرته اخیستل دوسیه په مرکزي دفتر او په ټولو نورو وسیلو کې پاکوي؛ دوسیه یوازې په دې وسیله کې پاتې کېږي، او مرکزي دفتر یوازې یو بې نومه شمېر ساتي. ایا رضایت بېرته واخیستل شي؟
app-consent-withdraw-confirm = هو، بېرته اخیستل
app-consent-withdraw-cancel = شریکولو ته دوام ورکول
app-consent-given-by = پرېکړه چا وکړه
app-consent-giver-person = کس پخپله
app-consent-giver-guardian = مور، پلار یا سرپرست
app-consent-giver-best-interest-decision = د ماشوم د غوره ګټو پر بنسټ پرېکړه
app-consent-guardian-name = د مور، پلار یا سرپرست نوم
app-consent-role = د پرېکړه کوونکي مسلکي کس دنده
app-consent-purpose = { $purpose ->
    [registration] د کس د معلوماتو ثبت
    [sharing_with_hq] له مرکزي دفتر سره شریکول
    [family_tracing] د کورنۍ لټون
    [referral] خدماتو ته لېږل
   *[photo] عکس
}
app-consent-not-asked = تر اوسه نه دی پوښتل شوی
app-consent-given = ورکړل شو
app-consent-refused = رد شو
app-consent-withdrawn = بېرته واخیستل شو
app-consent-give = رضایت ورکوي
app-consent-refuse = نه یې ورکوي
app-consent-withdraw = بېرته یې اخلي

## Interview
app-interview-language = د مرکې ژبه
app-sitting-controls = ناسته
app-end-sitting = ناسته پای ته ورسوئ (بشپړه شوه)
app-in-your-language = ستاسو په ژبه
app-interpreter = ژباړن (که وي)
app-start-interview = مرکه په { $language } ژبه پیل کړئ
app-continue-interview = مرکې ته په { $language } ژبه ادامه ورکړئ
app-sitting-completed = بشپړه شوه
app-sitting-paused = د لنډ وخت لپاره ودرول شوه
app-sitting-stopped-by-person = کس ودروله
app-sitting-stopped-by-officer = کارکوونکي ودروله
app-question-progress = پوښتنه { $n } له { $total } څخه
app-layout-section = ټوله برخه وښایاست
app-layout-one = یو ځل یوه پوښتنه
app-previous = مخکینۍ
app-next = بله
app-sensitive-question = حساسه پوښتنه: یوازې هغه وخت یې وپوښتئ چې کس چمتو وي، او دمه وړاندې کړئ.
app-officer-note = د کارکوونکي لپاره یادښت
app-officer-only = یوازې ستاسو لپاره: دا په لوړ غږ مه لولئ او کس ته یې مه ښایاست.
app-yes = هو
app-no = نه
app-answer-answered = ځواب ورکړل شو
app-answer-declined = ځواب یې ونه غوښت
app-answer-not-asked = ونه پوښتل شوه
app-answer-revisit = وروسته به بېرته ورته راشو

## Age assessment
app-age-new = د عمر نوې ارزونه
app-age-method = طریقه
app-age-method-documents = اسناد
app-age-method-statement = د کس خپله خبره
app-age-method-holistic = هر اړخیزه ارزونه
app-age-min = تر ټولو کم عمر
app-age-max = تر ټولو زیات عمر
app-age-indicators = ارزونه پر څه ولاړه ده (په هره کرښه کې یو شی)
app-age-outcome = پایله
app-age-disputed = کس پر دې اعتراض لري
app-age-save = ارزونه ثبت کړئ

## Family tracing
app-tracing-explain = هغه خپلوان چې دا کس یې لټوي. هره املا چې اورئ، په هر لیکدود، ولیکئ: سمونونه په بېلابېلو لیکدودونو او په ټولو ځایونو کې موندل کېږي.
app-tracing-add = د لټون لپاره یو خپلوان زیاتول
app-tracing-relationship = خپلوي (مور، ورور، ترور…)
app-tracing-names = نومونه او املاوې (په هره کرښه کې یو)
app-tracing-age = عمر په کلونو، یا د زېږېدو نېټه
app-tracing-last-seen-place = وروستی ځل چېرته ولیدل شو
app-tracing-last-seen-date = وروستی ځل کله ولیدل شو (میلادي: 2023، 2023-06 یا 2023-06-21)
app-tracing-contacts = د اړیکې لارې، یا هغه کسان چې ښايي خبر وي (په هره کرښه کې یو)
app-tracing-find = د سمونونو لټون
app-tracing-no-candidates = تر اوسه هېڅ ثبت شوی کس سمون نه لري. وروسته بیا وګورئ: له هرې همغږۍ سره نوي ثبتونه راځي.
app-tracing-score = سمون { $score }٪
app-tracing-confirm = همغه کس دی
app-tracing-reject = همغه کس نه دی
app-tracing-confirmed = تایید شو
app-tracing-rejected = رد شو
app-tracing-decided-by = د { $user } له خوا، { $when }

## Screening for trafficking and exploitation
app-screening-explain = هغه څه ثبت کړئ چې تاسو یې وینئ یا کس یې درته وايي. دا لېست کس ته مه لولئ.
app-screening-source = تاسو څنګه خبر شوئ
app-indicator-source-observed = ولیدل شو
app-indicator-source-stated = کس پخپله وویل
app-indicator-source-document = په یوه سند کې
app-indicator-source-third-party = بل چا وویل
app-indicator-source-interview-answer = له مرکې
app-screening-record = ثبتول
app-screening-dismiss = نه تطبیقېږي
app-screening-restore = په حقیقت کې تطبیقېږي
app-screening-dismissed = وټاکل شو چې نه تطبیقېږي
app-screening-reasons = ولې:
app-screening-no-reasons = هېڅ نښه نه ده ثبت شوې.

## Referrals and follow-ups
app-service-child-protection = د ماشوم ساتنه
app-service-anti-trafficking = د انساني قاچاق پر وړاندې خدمت
app-service-health = روغتیايي پاملرنه
app-service-psychosocial = رواني-ټولنیز ملاتړ
app-service-legal = حقوقي مرسته
app-service-shelter = پناه ځای
app-service-guardianship = سرپرستي
app-service-family-tracing = د کورنۍ د لټون خدمت
app-referral-service = خدمت
app-referral-urgent = بېړنی
app-referral-note = د خدمت لپاره یادښت
app-referral-status = حالت
app-referral-status-proposed = وړاندیز شوی
app-referral-status-made = ولېږل شو
app-referral-status-accepted = ومنل شو
app-referral-status-declined = رد شو
app-referral-status-completed = بشپړ شو
app-referrals-add = لېږل ثبتول
app-referrals-none = تر اوسه هېڅ لېږل نه دي ثبت شوي.
app-referral-basis = د دې لېږلو بنسټ
app-referral-basis-consent = لېږلو ته د کس رضایت
app-referral-basis-best-interest-decision = د ماشوم د غوره ګټو پر بنسټ پرېکړه
app-referral-basis-mandatory-report = هغه راپور چې قانون یې غواړي
app-follow-ups = تعقیبي کارونه
app-follow-up-due = وروستۍ نېټه
app-follow-up-note = څه باید وشي
app-follow-up-add = تعقیبي کار زیاتول
app-follow-up-done = وشو
app-follow-up-overdue = وخت یې تېر شوی
app-follow-ups-none = هېڅ تعقیبي کار نه دی پلان شوی.

## Transfer
app-transfer-explain = دا دوسیه بل ځای ته وسپارئ. مرکزي دفتر به دوسیه په راتلونکې همغږۍ کې هغه ځای ته ورکړي.
app-transfer-to = ترلاسه کوونکی ځای
app-transfer-reason = ولې
app-transfer-do = دوسیه لېږدول
app-transfer-history = له { $from } څخه { $to } ته، { $when }، د { $user } له خوا

## Conflicts
app-conflicts-explain = دوو وسیلو له اړیکې پرته یو شی بدل کړ. دواړه ارزښتونه ساتل کېږي تر هغه چې تاسو یو وټاکئ؛ ستاسو انتخاب د هر بل بدلون په څېر لېږل کېږي.
app-conflicts-none = په دې دوسیه کې د حل لپاره هېڅ نشته.
app-conflict-written = د { $user } لیکلی، { $when }
app-conflict-unknown-writer = نه ده معلومه چې چا لیکلی
app-conflict-keep = همدا ساتل

## Errors from the app's checks (shown next to the field)
app-error-locked = Waypoint د معلوماتو د ساتنې لپاره پخپله قلف شو. د ادامې لپاره یې خلاص کړئ؛ هر څه چې خوندي شوي، پاتې دي.
app-error-unlock-failed = د کاروونکي نوم یا پټ نوم سم نه دی. د کیبورډ ژبه او Caps Lock وګورئ، بیا هڅه وکړئ.
app-error-passphrase-mismatch = دواړه پټ نومونه یو شان نه دي.
app-error-site-missing = هغه ځای ولیکئ چې دا وسیله پکې کارېږي.
app-error-user-missing = د کاروونکي نوم ولیکئ.
app-error-auto-lock-range = د { $min } او { $max } دقیقو ترمنځ وټاکئ.
app-error-hq-url = د مرکزي دفتر پته باید په http:// یا https:// پیل شي.
app-error-text-too-long = دا ډېر اوږد دی (تر ټولو زیات { $max } توري).
app-error-language-invalid = دا د ژبې کوډ نه دی (کوډونه لکه ar، ti یا so وکاروئ).
app-error-guardian-name-missing = د مور، پلار یا سرپرست نوم ولیکئ.
app-error-adult-name-missing = د لوی کس نوم ولیکئ.
app-error-referral-needs-basis = { $state ->
        [refused] کس خدماتو ته د لېږلو رضایت ور نه کړ.
        [withdrawn] کس خدماتو ته د لېږلو رضایت بېرته واخیست.
       *[other] تر اوسه له کس نه د لېږلو په اړه پوښتنه نه ده شوې.
    } له رضایت پرته، د لېږلو قانوني بنسټ وټاکئ: د ماشوم د غوره ګټو پر بنسټ پرېکړه، یا هغه راپور چې قانون یې غواړي.
app-error-no-open-sitting = لومړی مرکه پیل کړئ یا یې ادامه ورکړئ.
app-error-unknown-question = دا پوښتنه ({ $question }) د مرکې په نمونه کې نشته.
app-error-not-asked-reason = وټاکئ چې پوښتنه ولې ونه پوښتل شوه.
app-error-answer-kind = دا ځواب له پوښتنې سره سمون نه لري.
app-error-partial-date = میلادي نېټه داسې ولیکئ: کال (2015)، کال او میاشت (2015-06)، یا بشپړه نېټه (2015-06-21).
app-error-birth-date-invalid = دا نېټه شتون نه لري. داسې یې ولیکئ: کال-میاشت-ورځ، د بېلګې په توګه 2011-04-23.
app-error-birth-date-future = دا نېټه په راتلونکي کې ده.
app-error-birth-year-range = کال باید د { $min } او { $max } ترمنځ وي.
app-error-age-too-high = له { $max } نه زیات عمر ممکن نه دی.
app-error-age-range-inverted = تر ټولو زیات عمر له تر ټولو کم عمر نه ټیټ دی. دواړه شمېرې وګورئ.
app-error-entry-missing = دا برخه نور نشته (کېدای شي په بله وسیله کې بدله شوې وي). دوسیه بیا پرانیزئ.
app-error-transfer-same-site = دوسیه له مخکې په همدې ځای کې ده. ترلاسه کوونکی ځای ولیکئ.

## Sync with headquarters (top bar, sync screen, and why a sync did not finish)
app-sync-title = له مرکزي دفتر سره همغږي
app-sync-status-not-enrolled = له مرکزي دفتر سره نه ده نښلول شوې
app-sync-status-running = همغږي روانه ده…
app-sync-status-error = همغږي ونه شوه
app-sync-status-never = تر اوسه همغږي نه ده شوې
app-sync-status-ok = همغږي شوه: { $when }
app-sync-progress = تر اوسه: { $sent } ولېږل شول، { $received } ترلاسه شول
app-sync-pending-label = د لېږلو په تمه
app-sync-pending =
    { $count ->
        [one] یوه دوسیه
       *[other] { $count } دوسیې
    }
app-sync-nothing-pending = هېڅ نه: د دې وسیلې ټول معلومات مرکزي دفتر ته رسېدلي دي.
app-sync-last-success = وروستۍ همغږي
app-sync-last-attempt = وروستۍ هڅه
app-sync-works-offline = د تل په څېر خپل کار ته ادامه ورکړئ: هر څه په دې وسیله کې خوندي کېږي، او همغږي په شاليد کې ترسره کېږي او ستاسو کار نه ګډوډوي.
app-sync-now = همدا اوس همغږي کول
app-sync-hq = د مرکزي دفتر پته
app-sync-code = د نوم لیکنې کوډ
app-sync-enroll = دا وسیله ونښلوئ
app-sync-enroll-hint = له مرکزي دفتر څخه د دې ځای لپاره د یو ځل کارولو د نوم لیکنې کوډ وغواړئ، بیا یې دلته ولیکئ.
app-sync-not-enrolled = دا وسیله تر اوسه له مرکزي دفتر سره نه ده نښلول شوې.
app-sync-unreachable = له مرکزي دفتر سره اړیکه نه کېږي. ستاسو کار په دې وسیله کې خوندي دی او کله چې اړیکه بېرته راشي، لېږل کېږي.
app-sync-impostor = دا کوډ ونه منل شو: کېدای شي کوډ ناسم لیکل شوی وي، مخکې کارول شوی وي یا یې موده تېره شوې وي (یو کوډ ۲۴ ساعته اعتبار لري)، یا ځواب له هغه مرکزي دفتر څخه نه وي راغلی چې کوډ یې ورکړی دی. هېڅ شی ثبت نه شو. کوډ او د مرکزي دفتر پته وګورئ، یا له مرکزي دفتر څخه نوی کوډ وغواړئ.
app-sync-unauthenticated = یو ځواب چې ادعا یې کوله له مرکزي دفتر څخه راغلی، تایید نه شو، نو د هغه پر بنسټ هېڅ کار ونه شو او ستاسو دوسیې نه دي بدلې شوې. کېدای شي څوک په شبکه کې لاسوهنه کوي؛ وروسته یا له بلې شبکې بیا هڅه وکړئ.
app-sync-reenroll = مخکې له دې چې مرکزي دفتر د خپلو ځوابونو لاسلیک پیل کړي، دا وسیله نښلول شوې وه. له مرکزي دفتر څخه د نوم لیکنې نوی کوډ وغواړئ او وسیله بیا ونښلوئ؛ ستاسو دوسیې په دې وسیله کې پاتې کېږي.
app-sync-insecure-url = مرکزي دفتر ته باید د داسې پتې له لارې ورسېږئ چې په https:// پیل شي. ساده http:// یوازې د همدې کمپیوټر (localhost) لپاره اجازه لري.
app-sync-certificate = مرکزي دفتر داسې امنیتي سند وښود چې له هغه سند سره توپیر لري چې دې وسیلې د نوم لیکنې پر مهال باور پرې کړی و، نو همغږي د هر څه له لېږلو مخکې ودرول شوه. کېدای شي څوک په شبکه کې لاسوهنه کوي؛ مرکزي دفتر ته خبر ورکړئ.
app-sync-failed = همغږي بشپړه نه شوه. هېڅ شی ورک نه شو؛ پخپله به بیا هڅه وکړي.
app-sync-revoked = مرکزي دفتر د دې وسیلې اجازه لغوه کړه، نو دوسیې ترې لرې شوې. له خپل څارونکي سره اړیکه ونیسئ.
app-sync-unknown-device = مرکزي دفتر دا وسیله نه پېژني. د نوم لیکنې نوی کوډ وغواړئ.
app-sync-clock = د دې وسیلې نېټه یا وخت سم نه دی. د سیسټم په ترتیباتو کې یې سم کړئ، بیا بیا همغږي وکړئ.
app-sync-enrollment-code = د نوم لیکنې دا کوډ سم نه دی، مخکې کارول شوی یا یې موده تېره شوې ده. له مرکزي دفتر څخه نوی کوډ وغواړئ.
app-sync-enroll-later = مرکزي دفتر اوس مهال له دې شبکې څخه نوم لیکنې نه مني. ستاسو کوډ لا هم کار کوي: لس دقیقې وروسته بیا هڅه وکړئ.
app-sync-version = مرکزي دفتر د Waypoint بله نسخه کاروي. وغواړئ چې دا اپلیکېشن تازه شي.
app-sync-site-mismatch = دا کوډ د { $hq } ځای لپاره دی، خو دا وسیله په { $device } ځای کې کارېږي. د { $device } لپاره کوډ وغواړئ.
app-sync-code-missing = د نوم لیکنې کوډ ولیکئ.
app-sync-already-enrolled = دا وسیله مخکې له مرکزي دفتر سره نښلول شوې ده.

## Consent, explained to the person in their language (read aloud; -child: for a child)

app-consent-tell-registration = غواړو ستاسو نوم او هغه څه ولیکو چې تاسو یې موږ ته وایاست، ترڅو له تاسو سره مرسته وکړای شو. کولای شئ «نه» ووایاست.
app-consent-tell-registration-child = ایا کولای شو ستاسو نوم او هغه څه ولیکو چې موږ ته یې وایاست؟ دا له موږ سره مرسته کوي چې له تاسو سره مرسته وکړو. کولای شئ «نه» ووایاست.
app-consent-tell-sharing-with-hq = غواړو ستاسو دوسیه خپل مرکزي دفتر ته ولېږو، ترڅو که تاسو بل ځای ته ولاړ شئ، زموږ نور دفترونه له تاسو سره مرسته وکړای شي. که «نه» ووایاست، ستاسو دوسیه په همدې دفتر کې، په همدې کمپیوټر کې پاتې کېږي، او مرکزي دفتر یوازې دا شمېري چې دې دفتر یو کس ولید: د لیدو میاشت، ستاسو د عمر ډله، دا چې ښځه یاست که سړی، او دا چې ایا موږ ستاسو د خوندیتوب په اړه اندېښمن یو. ستاسو نوم او هغه څه چې تاسو موږ ته ویلي دي هېڅکله هلته نه ځي. که «هو» ووایاست او وروسته مو نظر بدل شي، موږ ستاسو دوسیه په مرکزي دفتر او په نورو کمپیوټرونو کې پاکوو، او مرکزي دفتر یوازې همغه شمېر ساتي.
app-consent-tell-sharing-with-hq-child = ایا کولای شو ستاسو دوسیه خپل اصلي دفتر ته ولېږو؟ بیا، که تاسو بل ځای ته ولاړ شئ، زموږ نور دفترونه هم له تاسو سره مرسته کولای شي. که «نه» ووایاست، ستاسو دوسیه همدلته په دې کمپیوټر کې پاتې کېږي، او ستاسو نوم اصلي دفتر ته نه لېږل کېږي. وروسته کولای شئ خپل نظر بدل کړئ، او بیا یې موږ بېرته اخلو.
app-consent-tell-family-tracing = غواړو ستاسو معلومات ستاسو د کورنۍ د لټولو لپاره وکاروو، او ستاسو کورنۍ ته اجازه ورکړو چې زموږ له لارې تاسو پیدا کړي. کولای شئ «نه» ووایاست، یا هر وخت دا کار ودروئ.
app-consent-tell-family-tracing-child = ایا کولای شو ستاسو نوم ستاسو د کورنۍ د لټولو لپاره وکاروو، او هغوی ته اجازه ورکړو چې تاسو پیدا کړي؟ کولای شئ «نه» ووایاست، یا موږ ته ووایاست چې ودرېږو.
app-consent-tell-referral = غواړو یو بل خدمت ته، لکه ډاکټر، وکیل یا پناه ځای ته، ستاسو په اړه ووایو، ترڅو له تاسو سره مرسته وکړي. یوازې هغه څه ورته وایو چې ورته اړتیا لري. کولای شئ «نه» ووایاست.
app-consent-tell-referral-child = ایا کولای شو نورو مرسته کوونکو ته، لکه ډاکټر یا د اوسېدو یو خوندي ځای ته، ستاسو په اړه ووایو؟ یوازې هغه څه ورته وایو چې پوهېدل یې ورته اړین دي. کولای شئ «نه» ووایاست.
app-consent-tell-photo = غواړو ستاسو یو عکس واخلو، یوازې ستاسو د دوسیې لپاره. کولای شئ «نه» ووایاست.
app-consent-tell-photo-child = ایا کولای شو ستاسو د دوسیې لپاره ستاسو یو عکس واخلو؟ کولای شئ «نه» ووایاست.
