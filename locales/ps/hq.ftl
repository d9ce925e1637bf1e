# The `waypoint-hq` command for headquarters administrators.

hq-listening = مرکزي دفتر په { $address } پته د اړیکو په تمه دی.
hq-certificate = مرکزي دفتر خپل د TLS سند (certificate) جوړ کړ؛ د SHA-256 د ګوتو نښه (fingerprint) یې { $fingerprint } ده. هغه وسیلې چې نوم لیکنه کوي یوازې پر همدې سند باور کوي؛ دا نښه له هغه څه سره پرتله کړئ چې براوزر یې ښيي کله چې پوښتنه کوي چې پر ډشبورډ باور وکړئ که نه.
hq-plain-http-refused = ساده HTTP، بې له کوډبندۍ، یوازې په همدې کمپیوټر کې وړاندې کېږي (په loopback پته لکه 127.0.0.1)، هېڅکله په { $address } پته نه. --plain-http مه کاروئ، نو مرکزي دفتر به پخپله HTTPS وړاندې کړي.
hq-keys-beside-cases = خبرداری: د قضیو کیلي په هماغه PostgreSQL سرور کې ساتل کېږي چې قضیې پکې دي، نو د هغه سرور یو بیک اپ هره قضیه له خپلې کیلي سره لري، او د یوې قضیې پاکول نه شي کولای چې داسې بیک اپ د نه لوستلو وړ کړي. د کیلیو ډیټابیس په بل سرور کې کېږدئ (--keys-database)، او د هغه بیک اپونه یوازې لږ وخت وساتئ.
hq-proxy-certificate-invalid = د پراکسي (proxy) د سند د SHA-256 د ګوتو نښه --proxy-certificate ته ورکول کېږي: 64 هېکساډېسیمل عددونه (د «:» نښه هم منل کېږي). هېڅ شی پیل نه شو.
hq-tls-unusable = د TLS سند یا کیلي نه شي کارېدای: فایلونه نه لوستل کېږي، هېڅ PEM سند یا کیلي پکې نشته، یا یو له بل سره سمون نه خوري. هېڅ شی پیل نه شو.
hq-listen-failed = په { $address } پته د اړیکو انتظار نه شي کېدای: دا پته مخکې له مخکې کارېږي یا یې اجازه نشته.
hq-storage-failed = د مرکزي دفتر ډیټابیس پرانیستل یا پکې لیکل ونه شول. هېڅ شی بدل نه شو؛ د جزئیاتو لپاره لاګ (log) وګورئ.
hq-device-code = په { $site } کې د یوې وسیلې د نوم لیکنې کوډ: { $code } (د { $hours ->
    [one] { $hours } ساعت
   *[other] { $hours } ساعتونو
} لپاره د اعتبار وړ، یوازې یو ځل).
hq-device-revoked = د وسیلې اجازه لغوه شوه. په راتلونکې اړیکه کې به رد شي او ورته به وویل شي چې خپل معلومات پاک کړي.
hq-device-unknown = هېڅ وسیله دا پېژند نه لري.
hq-device-id-invalid = د وسیلې پېژند له 32 هېکساډېسیمل (hexadecimal) عددونو جوړ وي.
hq-case-id-invalid = د دوسیې پېژند UUID وي (32 هېکساډېسیمل عددونه؛ ډش (-) اختیاري دي).
hq-case-erased = دوسیه په مرکزي دفتر کې پاکه شوه. هغه وسیلې چې دا دوسیه لري، په راتلونکې همغږۍ (sync) کې به یې لرې کړي او تایید به یې کړي.

hq-user-password-prompt = د نوي کارن پټنوم
hq-user-password-again = پټنوم بیا ولیکئ
hq-user-passwords-differ = دواړه پټنومونه سره توپیر لري. هېڅ شی بدل نه شو.
hq-user-password-unreadable = پټنوم ونه لوستل شو. هېڅ شی بدل نه شو.
hq-user-password-short = پټنوم باید لږ تر لږه { $count } توري ولري. هېڅ شی بدل نه شو.
hq-user-role-invalid = رول باید له دې څخه یو وي: officer، caseworker، interpreter، supervisor، analyst، admin.
hq-user-name-invalid = کارن نوم له ۱ تر ۶۴ د چاپ وړ تورو لري.
hq-user-exists = په دې نوم یو کارن دمخه شته. هېڅ شی بدل نه شو.
hq-user-added = کارن د { $role } رول سره زیات شو. اوس کولای شي ډشبورډ ته ننوځي.

## The dashboard (`waypoint-hq serve`, in a browser).

hq-title = د Waypoint مرکزي دفتر
hq-login-title = ننوتل
hq-login-name = کارن نوم
hq-login-password = پټنوم
hq-login-submit = ننوتل
hq-login-failed = کارن نوم یا پټنوم سم نه دی، یا ډېرې هڅې شوې. لږ صبر وکړئ او بیا هڅه وکړئ.
hq-logout = وتل
hq-signed-in-as = د { $user } په نوم ننوتلی، { $role }
hq-role = { $role ->
    [officer] پولي مامور
    [caseworker] د پناه ځای قضیه کار
    [interpreter] ژباړن
    [supervisor] څارونکی
    [analyst] د مرکزي دفتر شنونکی
   *[admin] د سیستم مدیر
}
hq-language = ژبه
hq-language-submit = بدلول
hq-nav-cases = قضیې
hq-nav-conflicts = ټکرونه
hq-nav-matches = سمونونه او تکرارونه
hq-nav-transfers = لېږدونه
hq-nav-devices = وسایل
hq-nav-erasures = پاکول
hq-nav-audit = د پلټنې ثبت
hq-nav-figures = شمېرې
hq-search-label = نوم په هر لیکدود، یا د قضیې کوډ
hq-search-submit = لټون
hq-none = د ښودلو لپاره څه نشته.
hq-done = ترسره شو.
hq-col-code = کوډ
hq-col-name = نوم
hq-col-site = ځای
hq-col-status = حالت
hq-col-actions = کړنې
hq-col-confirmations = وسیلې چې پاکول یې تایید کړل
hq-col-age = د عمر ډله
hq-col-risk = خطر
hq-col-when = کله
hq-col-user = څوک
hq-col-action = کړنه
hq-col-case = قضیه
hq-col-detail = جزئیات
hq-col-device = وسیله
hq-col-field = ساحه
hq-col-score = نمره
hq-col-reasons = دلیلونه
hq-case-title = قضیه { $code }
hq-case-answers = د مرکې ځوابونه
hq-case-risk = خطر
hq-time = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }
hq-when = { $date } { $time } UTC
hq-value-by = د { $user } لخوا په { $when } لیکل شوی
hq-value-sent-by = د { $site } ځای د { $device }… وسیلې لخوا لېږل شوی. پورته لیکوال هغه نوم دی چې دې وسیلې ورکړی دی.
hq-value-sent-at-hq = همدلته په مرکزي دفتر کې ترسره شوی.
hq-value-sender-unknown = معلومه نه ده چې دا کومې وسیلې لېږلی دی.
hq-value-keep = دا ارزښت وساتئ
hq-conflict-explain = دوو کسانو دا ساحه په یوه وخت کې لیکلې ده. دواړه ارزښتونه ساتل کېږي تر هغه چې تاسو یو وټاکئ؛ وسایل ستاسو ټاکنه په راتلونکي همغږي کې ترلاسه کوي.
hq-match-sought = { $name } ({ $relationship })، چې په { $code } قضیه کې لټول کېږي
hq-match-confirm = سمون تایید کړئ
hq-match-reject = ورته کس نه دی
hq-match-status = { $status ->
    [confirmed] تایید شوی
    [rejected] رد شوی
   *[potential] د کتنې لپاره
}
hq-duplicates = احتمالي تکرارونه (د کتنې لپاره؛ هېڅ شی په خپله نه یوځای کېږي)
hq-duplicate-same = ورته کس
hq-duplicate-different = دوه بېل کسان
hq-duplicate-confirmed = تایید شوه چې دواړه قضیې د یو کس دي. ډېره بشپړه قضیه وساتئ او د بلې قضیې د پاکولو امر وکړئ، د «تکراري ریکارډ» دلیل سره.
hq-transfer-title = قضیه بل ځای ته سپارل
hq-transfer-case = د قضیې پېژندنه
hq-transfer-site = ترلاسه کوونکی ځای
hq-transfer-submit = لېږدول
hq-device-enroll = د نوم لیکنې کوډ جوړول
hq-device-code-shown = د { $site } لپاره د نوم لیکنې کوډ: { $code }. دا ۲۴ ساعته اعتبار لري او یوازې یو ځل کار کوي. همدا اوس یې ولیکئ؛ بیا نه ښودل کېږي.
hq-device-revoke = لغوه کول
hq-device-revoke-ask = لغوه کول…
hq-device-revoke-title = د دې وسیلې اجازه لغوه شي؟
hq-device-revoke-explain = د { $site } ځای { $device } وسیله به له اوس وروسته رد کېږي، او په راتلونکې اړیکه کې به ورته وویل شي چې ټولې هغه قضیې پاکې کړي چې ورسره دي. د هغې قضیې همدلته په مرکزي دفتر کې پاتې کېږي. دا بېرته نه راګرځي: وسیله باید د یوه نوي کوډ سره بیا نوم لیکنه وکړي.
hq-cancel = بېرته ګرځېدل
hq-back = پاڼې ته بېرته تلل
hq-skip = د پاڼې منځپانګې ته تلل
hq-nav-label = پاڼې
hq-audit-filter = ښودل
hq-audit-shown = { $count ->
    [one] یوه ننوتنه، نوې لومړی (تر ټولو ډېر { $max } ښودل کېږي: د زړو ننوتنو د لیدو لپاره لټون محدود کړئ).
   *[other] { $count } ننوتنې، نوې لومړی (تر ټولو ډېر { $max } ښودل کېږي: د زړو ننوتنو د لیدو لپاره لټون محدود کړئ).
}
hq-device-state = { $revoked ->
    [yes] لغوه شوی
   *[no] فعال
}
hq-erase-title = د قضیې د پاکولو امر
hq-erase-explain = قضیه په مرکزي دفتر کې، د بیک اپونو په ګډون، او په هره وسیله کې د هغې په راتلونکي همغږي کې پاکېږي. دا بېرته نه راګرځي.
hq-erase-reason = دلیل
hq-erase-reason-option = { $reason ->
    [person_request] کس پخپله غوښتنه وکړه
    [duplicate] تکراري ریکارډ
    [entered_in_error] په تېروتنه داخل شوی
    [legal_order] قانوني امر
    [consent_withdrawn] له مرکزي دفتر سره د شریکولو رضایت بېرته اخیستل شوی
   *[retention_expired] د ساتلو موده پای ته رسېدلې
}
hq-erase-submit = هر ځای کې پاکول
hq-erase-ask = پاکول…
hq-erase-confirm-title = دا قضیه په هر ځای کې پاکه شي؟
hq-erase-confirm-explain = د { $site } ځای { $code } قضیه ({ $reason }) به همدلته په مرکزي دفتر کې او په هره هغه وسیله کې چې دا قضیه لري، د بیک اپونو په ګډون، پاکه شي. دا بېرته نه راګرځي.
hq-erase-confirmations = { $count ->
    [one] یوې وسیلې تایید کړ
   *[other] { $count } وسیلو تایید کړ
}
hq-figures-title = شمېرې (بې نومه)
hq-figures-explain = قضیې د هغې میاشتې له مخې چې له کس سره لیدنه وشوه. له ۵ کمې شمېرې د «x» په بڼه ښودل کېږي، څو هېڅوک ونه پېژندل شي. دلته هېڅ نوم یا د قضیې جزئیات نه ښودل کېږي.
hq-figures-withheld = هغه قضیه چې کس یې له مرکزي دفتر سره شریکولو ته موافقه نه ده کړې، له یو بې نومه ریکارډ (میاشت، د عمر ډله، جنس، خطر) څخه شمېرل کېږي: تابعیت او ملتیا یې د «له مرکزي دفتر سره نه دی شریک شوی» په بڼه ښودل کېږي.
hq-figures-chart = { $dimension }، د ګراف په بڼه: لاندې جدول همدا شمېرې ښيي.
hq-figures-hidden = ځینې لویې شمېرې هم د «x» په بڼه ښودل کېږي، څو یوه کوچنۍ شمېره له ټولګو څخه ونه اټکل شي.
hq-figures-csv = CSV ښکته کول
hq-figures-total = ټولې قضیې: { $total }
hq-figures-all-months = ټولې میاشتې
hq-dimension = { $dimension ->
    [age_band] د عمر ډله
    [sex] جنس
    [nationality] تابعیت
    [accompaniment] ملتیا
    [risk] د قاچاق د خطر نښه
   *[site] ځای
}
hq-figure-value = { $value ->
    [flagged] نښه شوی
    [not_flagged] بې نښې
    [unknown] نامعلوم
    [withheld] له مرکزي دفتر سره نه دی شریک شوی
    [unlisted] د متن په توګه لیکل شوی، نه د هېواد کوډ
   *[other] { $value }
}
hq-error-forbidden = ستاسو رول د دې اجازه نه ورکوي.
hq-nav-welcome = ښه راغلاست
hq-device-awaiting = د تایید په تمه: تر هغه چې د دې وسیلې د ځای یو څارونکی یې تایید نه کړي، هېڅ قضیه نه ترلاسه کوي.
hq-device-approve = تایید کول: اجازه ورکول چې د خپل ځای قضیې ترلاسه کړي
hq-col-sites = ځایونه
hq-sites-every = ټول ځایونه
hq-sites-none = هېڅ (هېڅ قضیه نه ویني)
hq-accounts-change-sites = ځایونه بدلول
hq-accounts-sites-hint = ځایونه: هغه ځایونه چې حساب یې قضیې ویني، د کامې «,» په واسطه سره جلا شوي (د بېلګې په توګه border-north, shelter-central)، یا * د ټولو ځایونو لپاره. پولي مامورین، د پناه ځای قضیه کاران او څارونکي یوازې د خپلو ځایونو قضیې ویني او هغه قضیې چې له دې ځایونو څخه یوه ته لېږدول شوې دي.
hq-error-sites = د ځایونو نومونه (لاتیني توري، عددونه، ډشونه، ټکي یا لاندې کرښې) د کامې «,» په واسطه سره جلا ولیکئ، یا د ټولو ځایونو لپاره * ولیکئ.
hq-nothing-for-role = ستاسو رول په مرکزي دفتر کې هېڅ پاڼه نه لري: ژباړنان په وسایلو کې د یوه پولي مامور تر څنګ کار کوي، او دلته هېڅ قضیه نه ویني.
hq-error-not-found = ونه موندل شو. کېدای شي پاک شوی یا بدل شوی وي.
hq-error-signed-out = مهرباني وکړئ بیا ننوځئ.
hq-error-internal = په مرکزي دفتر کې ستونزه رامنځته شوه. هېڅ شی بدل نه شو؛ بیا هڅه وکړئ.
hq-error-case-id = د قضیې پېژندنه یو UUID دی (۳۲ شپاړسیز عددونه، ډش اختیاري دي).
hq-error-site = د ځای نوم له لاتیني تورو، عددونو، ډشونو، ټکو یا لاندې کرښو جوړېږي.
hq-error-device-id = د وسیلې پېژندنه ۳۲ شپاړسیز عددونه دي.
hq-error-reason = یو دلیل وټاکئ.
hq-error-choice = له ارزښتونو څخه یو وټاکئ.
hq-database-invalid = د ډیټابیس پته sqlite:PATH یا postgres://user@host:port/name ده.
hq-database-in-clear = دا ډیټابیس په بل کمپیوټر کې دی، او sslmode={ $mode } کولای شي د قضیو کیلي هلته بې له کوډبندۍ ولېږي. sslmode مه کاروئ (بیا مرکزي دفتر TLS او د یوې عامه ادارې داسې سند غواړي چې د سرور نوم پکې وي)، یا sslmode=verify-full له sslrootcert=PATH سره ورکړئ، چې د هغې ادارې سند ته اشاره وکړي چې د سرور سند یې لاسلیک کړی دی.
hq-database-certificate = د ډیټابیس د سرور سند ونه منل شو (sslmode={ $mode }). وګورئ چې sslrootcert هغې ادارې ته اشاره کوي چې دا سند یې لاسلیک کړی، او د verify-full لپاره دا چې په سند کې د هغه سرور نوم وي چې په پته کې لیکل شوی. هېڅ شی بدل نه شو.
hq-database-roots = هغه فایل چې د sslrootcert په توګه ورکړل شوی نه لوستل کېږي یا هېڅ سند نه لري.
hq-migrated = PostgreSQL ته ولېږدول شو: وسایل: { $devices }، قضیې: { $cases }، بدلونونه: { $changes }. وسایل له هماغه ځایه دوام ورکوي چې پاتې شوي وو.
hq-migrate-target-not-empty = موخه ډیټابیس دمخه وسایل یا قضیې لري. لېږد یوازې د مرکز یو تش ډیټابیس ډکوي؛ هیڅ شی بدل نه شو.

## Accounts (administrators)
hq-nav-accounts = حسابونه
hq-col-role = رول
hq-accounts-password = لومړنی پټنوم
hq-accounts-password-hint = لږ تر لږه { $count } توري. لومړنی پټنوم په حضوري ډول وسپارئ، هېڅکله یې په برېښنالیک یا پیغام کې مه لېږئ.
hq-accounts-add = حساب زیاتول
hq-accounts-change-role = رول بدلول
hq-accounts-remove = لرې کول
hq-accounts-remove-ask = لرې کول…
hq-accounts-remove-title = دا حساب لرې شي؟
hq-accounts-remove-explain = حساب { $user } به لرې شي او ناستې به یې سمدستي پای ته ورسېږي. هغه څه چې له دې حساب سره شوي د پلټنې په ثبت کې پاتې کېږي.
hq-accounts-you = ستاسو حساب
hq-accounts-not-yourself = تاسو نه شئ کولای د خپل حساب رول بدل کړئ یا یې لرې کړئ؛ دا کار یو بل کس کولای شي چې د سیستم د مدیر رول لري.
