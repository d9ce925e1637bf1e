# Errors, validation diagnostics, consent refusals and risk reasons.
# Shown to officers in the app, the CLI and the HQ dashboard. Plain words; say what to do next.
# Arguments never carry personal data of the people registered.

## Store and login

error-wrong-passphrase = پټ نوم سم نه دی. د کیبورډ ژبه او Caps Lock وګورئ، بیا هڅه وکړئ.
error-unknown-user = په دې وسیله کې د { $user } په نوم کاروونکی نشته. له خپل مدیر نه وغواړئ چې تاسو ور زیات کړي.
error-user-exists = په دې وسیله کې د { $user } په نوم کاروونکی له مخکې شته. بل نوم وټاکئ.
error-store-missing = په { $path } کې د Waypoint معلومات ونه موندل شول. لومړی دا وسیله چمتو کړئ.
error-store-exists = په { $path } کې د Waypoint معلومات له مخکې شته. هېڅ شی بدل نه شو.
error-store-corrupt = په دې وسیله کې معلومات خراب شوي دي او نه لوستل کېږي. هېڅ شی مه پاکوئ؛ له خپل مدیر سره اړیکه ونیسئ، هغه کولای شي دا له مرکزي دفتر نه بېرته راوګرځوي.
error-store-truncated = په دې وسیله کې د معلوماتو فایل نیمګړی دی (کېدای شي یوازې یوه برخه یې کاپي شوې وي). هېڅ شی مه پاکوئ؛ له خپل مدیر سره اړیکه ونیسئ.
error-store-too-new = دا معلومات د Waypoint د یوې نوې نسخې له خوا لیکل شوي (بڼه { $found }؛ دا نسخه تر { $supported } پورې لوستلای شي). په دې وسیله کې Waypoint تازه کړئ.
error-case-not-found = دوسیه { $case } په دې وسیله کې نشته.
error-sought-person-not-found = په دې دوسیه کې داسې لټول شوی کس نشته چې پېژند یې { $entry } وي. کېدای شي په بله وسیله کې لرې شوی وي؛ دوسیه بیا پرانیزئ.
error-passphrase-too-short = پټ نوم ډېر لنډ دی. لږ تر لږه { $min } توري وکاروئ؛ څو کلمې یو ځای په اسانۍ په یاد پاتې کېږي.
error-audit-broken = د پلټنې ثبت په { $seq } شمېره ننوتنه کې بدل یا خراب شوی دی. خپل څارونکي ته یې خبر ورکړئ.
error-case-invalid = د دې دوسیې ثبت ونه لوستل شو. هېڅ شی بدل نه شو.
error-io = وسیله ونه توانېده چې خپل معلومات ولولي یا ولیکي ({ $detail }). وګورئ چې په ډیسک کې ځای شته، بیا هڅه وکړئ.
error-internal = د Waypoint دننه یوه ستونزه پېښه شوه. هغه څه چې تاسو خوندي کړي وو، له منځه نه دي تللي. بیا هڅه وکړئ؛ که بیا پېښ شي، خپل مدیر ته ووایاست.

## Validation of a case (shown next to the field; nothing typed is lost)

diag-no-name = تر اوسه هېڅ نوم نه دی ثبت شوی. دوسیه بې له نومه هم خوندي کېدای شي.
diag-name-empty = دا نوم تش دی.
diag-age-range-inverted = تر ټولو کم عمر ({ $min }) تر ټولو زیات عمر ({ $max }) نه لوړ دی. دواړه شمېرې وګورئ.
diag-age-implausible = له { $max } نه زیات عمر ممکن نه دی. شمېره وګورئ.
diag-age-single-indicator = د عمر ارزونه باید یوازې پر یوې نښې ولاړه نه وي.
diag-date-future = دا نېټه په راتلونکي کې ده.
diag-date-impossible = دا نېټه شتون نه لري. ورځ او میاشت وګورئ.
diag-answer-without-value = دا پوښتنه د ځواب شوې په توګه نښه شوې، خو هېڅ ځواب نه دی ثبت شوی.
diag-not-asked-without-reason = ولیکئ چې دا پوښتنه ولې ونه پوښتل شوه.
diag-ends-before-start = د دې ناستې پای له پیل نه مخکې دی.

## Consent

# $purpose is one of: registration, sharing_with_hq, family_tracing, referral, photo.
consent-needed = دا کار { $purpose ->
        [registration] د ثبت
        [sharing_with_hq] له مرکزي دفتر سره د شریکولو
        [family_tracing] د کورنۍ د لټون
        [referral] خدماتو ته د لېږلو
        [photo] د عکس اخیستلو
       *[other] د دې کار
    } لپاره رضایت ته اړتیا لري. لومړی له دغه کس یا له سرپرست نه یې وپوښتئ او ځواب یې ثبت کړئ.
consent-withdrawn-stops = { $purpose ->
        [registration] د ثبت
        [sharing_with_hq] له مرکزي دفتر سره د شریکولو
        [family_tracing] د کورنۍ د لټون
        [referral] خدماتو ته د لېږلو
        [photo] د عکس اخیستلو
       *[other] د دې کار
    } لپاره رضایت بېرته واخیستل شو، نو دا کار ودرول شو.
consent-refused-stops = { $purpose ->
        [registration] د ثبت
        [sharing_with_hq] له مرکزي دفتر سره د شریکولو
        [family_tracing] د کورنۍ د لټون
        [referral] خدماتو ته د لېږلو
        [photo] د عکس اخیستلو
       *[other] د دې کار
    } لپاره رضایت ور نه کړل شو، نو دا کار نه شي کېدای.

## Risk reasons (why a risk level was given)

risk-reason-irregular-travel = د سفر غیر منظمه یا غیر معمولي لاره یا ترتیبات.
risk-reason-sudden-separation = له کورنۍ نه ناڅاپي جلا کېدل.
risk-reason-living-change = د کس د اوسېدو په ځای، یا په هغو خلکو کې چې ورسره اوسېږي، ناڅاپي بدلون.
risk-reason-documents-held-by-others = د کس د پېژندنې یا سفر اسناد له بل چا سره دي.
risk-reason-debt-bondage = پر کس د هغو خلکو پور دی چې سفر یا کار یې ورته برابر کړی.
risk-reason-work-exploitation = بې مزده، جبري یا خطرناک کار.
risk-reason-signs-of-abuse = د جسمي، جنسي یا رواني ناوړه چلند نښې.
risk-reason-controlled-movement = بل څوک ټاکي چې کس چېرته ولاړ شي.
risk-reason-deceptive-recruitment = په دروغجنو ژمنو کار ته جلبول.
risk-reason-no-contact-with-family = له کورنۍ سره د اړیکې اجازه یا امکان نه لري.
risk-reason-fear-of-authorities = ورته ویل شوي چې له چارواکو ووېرېږي.
risk-reason-scripted-account = بیان داسې ښکاري چې تمرین شوی وي یا نورو ورته ښودلی وي.
risk-reason-someone-else-answers = بل څوک د کس پر ځای ځواب ورکوي، یا یې له کارکوونکي سره یوازې نه پرېږدي.
risk-reason-worst-forms-of-child-labour = خطرناک کار: په کان کې، له خطرناکو ماشینونو یا کیمیاوي موادو سره، د درنو بارونو وړل یا د شپې کار.
risk-reason-child-labour-under-minimum-age = د کار له لږ تر لږه عمر مخکې یې کار پیل کړی.
risk-reason-sexual-exploitation = جنسي استثمار.
risk-reason-forced-marriage = جبري واده یا د ماشوم واده.
risk-reason-armed-group-recruitment = د یو وسله وال ځواک یا وسله والې ډلې له خوا جلب شوی یا کارول شوی.
risk-reason-child-exploitation = یو ماشوم استثمارېږي. د ماشوم لپاره یوازې همدا انساني قاچاق دی: د زور، درغلۍ یا دوکې ثابتول اړین نه دي.
risk-reason-doubtful-adult = ماشوم له داسې لوی کس سره سفر کوي چې اړیکه یې مشکوکه ده یا کارکوونکی یې اندېښمن کړی.
risk-reason-unaccompanied-child = داسې ماشوم چې مور، پلار یا معمول ساتونکی ورسره نه وي.
risk-reason-strong-indicator-child = د انساني قاچاق یوه قوي نښه د یو ماشوم په اړه ده.
risk-reason-several-strong = څو قوي نښې یو ځای.

## Interview templates (shown to whoever loads or edits a template)

template-error-json = د نمونې فایل سم نه دی (کرښه { $line }، ستون { $column }). هلته د لیکنې نښې او د فیلډونو نومونه وګورئ.
template-error-invalid-message-id = د متن کیلي { $key } د پیغام سم نوم نه دی.
template-error-duplicate-not-asked-reason = دلیل { $reason } دوه ځله راغلی دی.
template-error-duplicate-section = برخه { $section } دوه ځله راغلې ده.
template-error-duplicate-question = پوښتنه { $question } دوه ځله راغلې ده.
template-error-malformed-question-id = د پوښتنې پېژند { $question } باید د section.name په بڼه ولیکل شي.
template-error-question-outside-section = پوښتنه { $question } په { $section } برخه کې ایښودل شوې، خو پېژند یې د دې برخې نوم نه لري.
template-error-missing-choices = پوښتنه { $question } انتخابونه وړاندې کوي، خو هېڅ انتخاب یې نه دی لیکلی.
template-error-unexpected-choices = پوښتنه { $question } انتخابي پوښتنه نه ده، خو انتخابونه یې لیکلي دي.
template-error-duplicate-choice = پوښتنه { $question } انتخاب { $choice } دوه ځله لیکلی دی.
template-error-unknown-indicator = پوښتنه { $question } یوې نامعلومې نښې ته اشاره کوي: { $indicator }.
template-error-screening-not-supported = پوښتنه { $question } نښې نه شي فعالولای: یوازې هو/نه او انتخابي ځوابونه دا کار کولای شي.
template-error-empty-when = پوښتنه { $question } له { $indicator } سره تړلې ده، خو هېڅ داسې ځواب نه یادوي چې هغه فعال کړي.
template-error-invalid-yes-no = پوښتنه { $question } هو/نه ده، خو تړاو یې { $value } یادوي.
template-error-unknown-choice = پوښتنه { $question } د { $choice } په نوم انتخاب نه لري.
