### The intake interview (template intake, version 1: assets/templates/intake-v1.json).
### Read aloud to the person, or shown to the officer where a message ends in -note.
### Plain, warm, short words. Messages ending in -child are for children of about 8 to 12.
### Pashto: everyone, children too, is addressed with the polite plural «تاسو», which avoids gendered forms.

## Title and purpose, explained before any question

interview-title = له تاسو سره پېژندګلوي
interview-intro-who-we-are = موږ دلته یو چې د خلکو په خوندي ساتلو کې مرسته وکړو، په ځانګړي ډول د هغو ماشومانو او ځوانانو چې بې له کورنۍ سفر کوي. موږ دلته ستاسو د قضاوت لپاره نه یو.
interview-intro-why-we-ask = غواړم له تاسو نه څو پوښتنې وکړم. ستاسو ځوابونه له موږ سره مرسته کوي چې پوه شو تاسو څه ته اړتیا لرئ، تاسو خوندي وساتو، او که وغواړئ، ستاسو کورنۍ ولټوو.
interview-intro-nothing-mandatory = هېڅ پوښتنې ته ځواب ورکول اړین نه دي. که ځواب ورنه کړئ، هېڅ ستونزه به درته پېښه نه شي، او بیا به هم مرسته درسره کېږي.
interview-intro-decline = که نه غواړئ کوم شي ته ځواب ورکړئ، یوازې ووایاست «نه غواړم ځواب ورکړم». هېڅ ستونزه نه لري.
interview-intro-no-wrong-answers = که نه پوهېږئ یا مو په یاد نه وي، هم هېڅ ستونزه نه لري. هېڅ ځواب غلط نه دی.
interview-intro-pause-stop = هر وخت کولای شئ د دمې یا د بندولو غوښتنه وکړئ. یوازې ما ته ووایاست، یا د «دمه» تڼۍ کېکاږئ.
interview-intro-protection = هغه څه چې تاسو یې موږ ته وایاست، خوندي او پټ ساتل کېږي. یوازې هغه کسان یې لیدلای شي چې ستاسو په دوسیه کې مرسته کوي.
interview-intro-consent = موږ یې له نورو سره، لکه له هغو کسانو سره چې ستاسو د کورنۍ په موندلو کې مرسته کولای شي، یوازې هغه وخت شریکوو چې تاسو موافقه وکړئ. وروسته هم کولای شئ خپل نظر بدل کړئ.

## Controls, always visible during the interview

interview-control-pause = دمه
interview-control-stop = د نن لپاره بس
interview-control-decline = نه غواړم ځواب ورکړم
interview-control-revisit = وروسته به دې ته بېرته راشو
interview-control-not-asked = ونه پوښتل شوه
interview-control-resume = ادامه
interview-control-break-offer = غواړئ لږ دمه وکړئ؟ کولای شو یو څه وخت ودرېږو او وروسته ادامه ورکړو.

## Reasons for not asking a question (shown to the officer)

interview-not-asked-distressed = کس خپه یا ډېر ستړی و
interview-not-asked-too-young = د کس له عمر سره سمون نه لري
interview-not-asked-not-relevant = په دې کس پورې اړه نه لري
interview-not-asked-interpreter-unavailable = مناسب ژباړن نه و
interview-not-asked-time = په دې ناسته کې وخت پاتې نه شو
interview-not-asked-safety-concern = دلته یې پوښتل خوندي نه دي، د بېلګې په توګه ځکه چې بل څوک هم حاضر دی
interview-not-asked-asked-elsewhere = له مخکې د بلې ادارې له خوا پوښتل شوې

## Section: Welcome

interview-section-welcome = ښه راغلاست
interview-section-welcome-intro = مخکې له دې چې پیل وکړو، راځئ ډاډ ترلاسه کړو چې تاسو آرام یاست.

interview-welcome-needs-now = مخکې له دې چې پیل وکړو، څه شي ته اړتیا لرئ؟
interview-welcome-needs-now-child = همدا اوس څه شي ته اړتیا لرئ؟
interview-welcome-needs-now-note = لومړی اساسي اړتیاوې پوره کړئ. که کس وږی وي، یخ یې وي، درد ولري یا ډېر ستړی وي، ودرېږئ او وروسته بېرته راشئ.
interview-welcome-needs-now-water = اوبه یا د څښلو لپاره څه
interview-welcome-needs-now-food = د خوړلو لپاره څه
interview-welcome-needs-now-rest = دمه
interview-welcome-needs-now-toilet = تشناب
interview-welcome-needs-now-warm = ګرمې جامې
interview-welcome-needs-now-medical = له نرس یا ډاکټر سره لیدل
interview-welcome-needs-now-nothing = هېڅ نه، زه ښه یم

interview-welcome-preferred-language = په کومه ژبه خبرې کول غواړئ؟
interview-welcome-preferred-language-child = په کومه ژبه خبرې کول خوښوئ؟
interview-welcome-preferred-language-note = ډاډ ترلاسه کړئ چې کس او ژباړن په یو بل ښه پوهېږي. که نه پوهېږي، ودرېږئ او بل ژباړن پیدا کړئ.

interview-welcome-someone-present = غواړئ یو څوک چې باور پرې لرئ، دلته له موږ سره وي؟
interview-welcome-someone-present-child = غواړئ یو څوک چې باور پرې لرئ، ستاسو تر څنګ کېني؟
interview-welcome-someone-present-note = کېدای شي ماشوم وغواړي چې یو باوري لوی کس، لکه سرپرست یا ټولنیز کارکوونکی، ورسره وي. داسې لوی کس مه راولئ چې له ماشوم سره یې اړیکه تایید شوې نه وي، یا داسې ښکاري چې ماشوم کنټرولوي.

interview-welcome-ready = اوس پیل کولای شو؟ هر وخت چې وغواړئ، درولای یې شئ.
interview-welcome-ready-child = راځئ پیل وکړو؟ هر کله چې وغواړئ، ودرېدلای شو.
interview-welcome-ready-note = که ځواب نه وي، پیل مه کوئ. دمه وړاندې کړئ او وروسته بیا وپوښتئ.

## Section: About you

interview-section-about-you = ستاسو په اړه
interview-section-about-you-intro = لومړی، ستاسو په اړه یو څو اسانه پوښتنې.

interview-about-you-called-name = غواړئ په کوم نوم درته غږ وکړو؟
interview-about-you-called-name-child = په څه نوم درته غږ وکړو؟
interview-about-you-called-name-note = د خبرو تر پایه همدا نوم وکاروئ.

interview-about-you-full-name = ستاسو بشپړ نوم څه دی؟ که وغواړئ، کولای شئ پخپله یې ولیکئ.
interview-about-you-full-name-child = ستاسو پوره نوم څه دی؟ که غواړئ، پخپله یې لیکلای شئ.
interview-about-you-full-name-note = هره املا او هر لیکدود ثبت کړئ. که کس کولای شي، پرېږدئ چې نوم په خپل لیکدود ولیکي.

interview-about-you-age = تر هغه ځایه چې پوهېږئ، عمر مو څو کاله دی؟
interview-about-you-age-child = عمر مو څو کاله دی؟ که ډاډه نه یاست، هېڅ ستونزه نه لري.
interview-about-you-age-note = هغه څه ولیکئ چې کس یې وایي. هېڅکله یې له ثابتولو مه غواړئ. که شک وي، کس ماشوم ګڼل کېږي.

interview-about-you-birth-date = د زېږېدو نېټه مو درته معلومه ده؟ یوازې کال هم بس دی.
interview-about-you-birth-date-child = پوهېږئ چې د زوکړې ورځ یا کال مو کوم دی؟
interview-about-you-birth-date-note = هر څه چې معلوم وي، ثبت یې کړئ، که یوازې کال هم وي. د کس خبره مه سموئ.

interview-about-you-languages = په کومو ژبو خبرې کوئ؟
interview-about-you-languages-child = په کومو ژبو خبرې کولای شئ؟

interview-about-you-home = له کوم ځای نه یاست؟ د ښار یا سیمې نوم بس دی.
interview-about-you-home-child = ستاسو کور چېرته دی؟ د ښار یا کلي نوم یې څه دی؟
interview-about-you-home-note = د ځای په اړه وپوښتئ، نه د اسنادو په اړه. که کس نه غواړي ووایي، هېڅ ستونزه نه لري.

## Section: Your journey

interview-section-journey = ستاسو سفر
interview-section-journey-intro = اوس غواړم ستاسو د سفر په اړه وپوښتم. بېړه مه کوئ.

interview-journey-left-home = کور مو کله پرېښود؟ میاشت یا موسم بس دی.
interview-journey-left-home-child = کور مو کله پرېښود؟ میاشت یا موسم ویلای شئ.

interview-journey-travelled-with = له تاسو سره چا سفر کاوه؟
interview-journey-travelled-with-child = په سفر کې له تاسو سره څوک وو؟
interview-journey-travelled-with-note = څو ځوابونه ممکن دي. که کس له داسې لوی کس سره سفر کړی وي چې مور یا پلار یې نه دی، په نرمۍ وپوښتئ چې هغه له کومه پېژني.
interview-journey-travelled-with-alone = هېڅوک نه، یوازې وم
interview-journey-travelled-with-parents = مور یا پلار مې
interview-journey-travelled-with-siblings = وروڼه یا خویندې مې
interview-journey-travelled-with-relatives = نور خپلوان مې
interview-journey-travelled-with-friends = ملګري مې
interview-journey-travelled-with-met-on-way = هغه خلک چې په لاره کې مې ولیدل
interview-journey-travelled-with-organiser = هغه څوک چې سفر یې برابر کړ
interview-journey-travelled-with-other = بل څوک

interview-journey-organised-by = سفر چا برابر کړ؟
interview-journey-organised-by-child = د سفر پلان چا جوړ کړ؟
interview-journey-organised-by-note = پرته له قضاوته وپوښتئ. ډېر خلک د سفر لپاره د نورو مرستې ته اړتیا لري. دا پوښتنه د پوهېدو لپاره ده، نه د ملامتولو لپاره.
interview-journey-organised-by-self = ما پخپله
interview-journey-organised-by-family = زما کورنۍ
interview-journey-organised-by-friend = یو ملګري
interview-journey-organised-by-someone-else = بل چا
interview-journey-organised-by-do-not-know = نه پوهېږم

interview-journey-paid-by = د سفر پیسې چا ورکړې؟
interview-journey-paid-by-child = د سفر پیسې چا ورکړې؟
interview-journey-paid-by-note = که کس باید پیسې بېرته ورکړي، وروسته د خوندیتوب په پوښتنو کې وپوښتئ چې ایا لا هم پور پرې شته.
interview-journey-paid-by-self = ما پخپله
interview-journey-paid-by-family = زما کورنۍ
interview-journey-paid-by-someone-else = بل چا
interview-journey-paid-by-pay-back-later = باید وروسته یې بېرته ورکړم
interview-journey-paid-by-do-not-know = نه پوهېږم

interview-journey-route = سفر مو څنګه وکړ؟ د بېلګې په توګه په بس، موټر، کښتۍ یا پلي.
interview-journey-route-child = سفر مو څنګه وکړ؟ په بس، موټر، کښتۍ که پلي؟

interview-journey-travelled-hidden = ایا کله داسې پېښ شوي چې پټ سفر وکړئ، یا له رسمي تېرېدو ځای پرته له بل ځای نه پوله واوړئ؟
interview-journey-travelled-hidden-child = ایا په سفر کې کله داسې وخت راغلی چې ځان پټ کړئ؟
interview-journey-travelled-hidden-note = ډېرو خلکو د سفر لپاره خوندي لاره نه درلوده. روښانه کړئ چې دا د هغوی د خوندیتوب لپاره پوښتئ، نه د سزا ورکولو لپاره.

interview-journey-promised-job = مخکې له دې چې ووځئ، ایا چا تاسو ته د سفر په پای کې د کار، ښوونځي یا ښه ژوند ژمنه کړې وه؟
interview-journey-promised-job-child = ایا چا تاسو ته ویلي وو چې هلته به کار، ښوونځی یا ښه ژوند ولرئ؟
interview-journey-promised-job-note = که ځواب هو وي، بله پوښتنه وپوښتئ. که نه وي، هغه د «په دې کس پورې اړه نه لري» په توګه پرېږدئ.

interview-journey-promise-kept = ایا هغسې و لکه څنګه چې یې ژمنه کړې وه؟
interview-journey-promise-kept-child = ایا هغسې و لکه څنګه چې یې ویلي وو؟
interview-journey-promise-kept-note = یوازې هغه وخت وپوښتئ چې چا ژمنه کړې وي.
interview-journey-promise-kept-as-promised = هو، لکه څنګه چې ژمنه شوې وه
interview-journey-promise-kept-different = نه، بل ډول و
interview-journey-promise-kept-not-yet = لا نه پوهېږم

interview-journey-documents-holder = اوس ستاسو اسناد، لکه پاسپورټ یا تذکره، له چا سره دي؟
interview-journey-documents-holder-child = ستاسو کاغذونه، لکه پاسپورټ یا تذکره، چېرته دي؟ اوس له چا سره دي؟
interview-journey-documents-holder-note = دلته د اسنادو د لیدلو غوښتنه مه کوئ. اسناد نه لرل عام دي او د شک دلیل نه دی.
interview-journey-documents-holder-me = له ما سره دي
interview-journey-documents-holder-family = زما د کورنۍ له یو غړي سره
interview-journey-documents-holder-organiser = له هغه چا سره چې سفر یې برابر کړ
interview-journey-documents-holder-employer = له هغه چا سره چې ما ورته کار کاوه
interview-journey-documents-holder-someone-else = له بل چا سره
interview-journey-documents-holder-taken = یو چا را نه واخیستل
interview-journey-documents-holder-lost = ورک شول
interview-journey-documents-holder-never-had = هېڅکله مې اسناد نه درلودل

## Section: Your family

interview-section-family = ستاسو کورنۍ
interview-section-family-intro = اوس ستاسو د کورنۍ په اړه یو څو پوښتنې. که د کوم شي په اړه خبرې کول درته ګران وي، ما ته ووایاست او له هغې تېرېدای شو.

interview-family-parents = کولای شئ د خپلې مور او پلار په اړه راته ووایاست؟ نومونه یې څه دي، او که پوهېږئ، اوس چېرته دي؟
interview-family-parents-child = د خپلې مور او پلار په اړه راته ووایاست؟ نومونه یې څه دي؟ اوس چېرته دي؟
interview-family-parents-note = کېدای شي مور یا پلار نور ژوندي نه وي یا ورک وي. پرېږدئ چې کس پخپله خبرې مخته بوځي، او په جزئیاتو ټینګار مه کوئ.

interview-family-siblings = وروڼه یا خویندې لرئ؟ اوس چېرته دي؟
interview-family-siblings-child = وروڼه یا خویندې لرئ؟ چېرته دي؟

interview-family-separated-suddenly = ایا له خپلې کورنۍ نه ناڅاپه، بې له پلانه، جلا شوئ؟
interview-family-separated-suddenly-child = ایا ناڅاپه له خپلې کورنۍ نه بېل شوئ، په داسې وخت کې چې تمه مو نه درلوده؟
interview-family-separated-suddenly-note = دا کېدای شي دردناکې خاطرې بېرته راژوندۍ کړي. د پرېشانۍ نښو ته پام وکړئ او دمه وړاندې کړئ.

interview-family-sudden-move = مخکې له دې چې ووځئ، ایا ناڅاپه مجبور شوئ چې بل ځای ته ولاړ شئ، یا له نورو خلکو سره واوسېږئ؟
interview-family-sudden-move-child = له سفر نه مخکې، ایا ناڅاپه مجبور شوئ چې یو نوي ځای ته ولاړ شئ، یا له نویو خلکو سره واوسېږئ؟

interview-family-last-contact = وروستی ځل مو له خپلې کورنۍ سره کله اړیکه درلوده؟
interview-family-last-contact-child = وروستی ځل مو له خپلې کورنۍ سره کله خبرې وکړې؟

interview-family-can-contact = ایا هر کله چې وغواړئ، له خپلې کورنۍ سره اړیکه نیولای شئ؟
interview-family-can-contact-child = ایا هر کله چې وغواړئ، خپلې کورنۍ ته زنګ وهلای یا پیغام لېږلای شئ؟
interview-family-can-contact-note = که څوک په دې اړیکه کنټرول لري، دا د ساتنې اندېښنه ده. که خوندي وي او کس یې وغواړي، د تلیفون زنګ وړاندې کړئ.
interview-family-can-contact-yes-freely = هو، هر کله چې وغواړم
interview-family-can-contact-only-when-allowed = یوازې کله چې څوک اجازه راکړي
interview-family-can-contact-someone-stops-me = څوک مې مخه نیسي، یا یې تلیفون رانه اخیستی دی
interview-family-can-contact-no-means = تلیفون یا شمېره نه لرم
interview-family-can-contact-do-not-know-where = نه پوهېږم چې چېرته دي

interview-family-wish-to-trace = غواړئ چې د خپلې کورنۍ د کوم غړي په موندلو کې درسره مرسته وکړو؟
interview-family-wish-to-trace-child = غواړئ چې ستاسو د کورنۍ یو څوک پیدا کړو؟
interview-family-wish-to-trace-note = د کورنۍ لټون رضایت ته اړتیا لري، او د ماشوم لپاره د ماشوم د غوره ګټو پر بنسټ پرېکړې ته. مخکې له دې چې هر لټون پیل شي، دا ثبت کړئ.

interview-family-who-to-find = څوک پیدا کول غواړئ؟ نوم یې راته ووایاست، او دا چې وروستی ځل مو چېرته او کله ولید.
interview-family-who-to-find-child = څوک غواړئ چې پیدا یې کړو؟ نوم یې څه دی؟ وروستی ځل مو چېرته ولید؟
interview-family-who-to-find-note = نومونه په هره املا چې یې اورئ ثبت کړئ. کله چې رضایت ثبت شي، دا ځواب لټون پیلوي.

## Section: Safety and work

interview-section-safety-and-work = خوندیتوب او کار
interview-section-safety-and-work-intro = راتلونکې پوښتنې ستاسو د خوندیتوب په اړه دي. ځینې یې کېدای شي سختې وي. کولای شئ له هرې یوې تېر شئ، او کولای شئ دمه وکړئ.

interview-safety-and-work-feels-safe = ایا اوس ځان خوندي احساسوئ؟
interview-safety-and-work-feels-safe-child = ایا دلته ځان خوندي احساسوئ؟
interview-safety-and-work-feels-safe-note = که ځواب نه وي، وپوښتئ چې څه به مرسته وکړي، او مخکې له دې چې ادامه ورکړئ، هغه کار وکړئ.

interview-safety-and-work-worked = ایا د سفر پر مهال، یا دلته تر راتلو مخکې، کوم کار مو کړی دی؟
interview-safety-and-work-worked-child = ایا په سفر کې، یا مخکې له دې چې دلته راشئ، مجبور وئ چې کار وکړئ؟
interview-safety-and-work-worked-note = هر ډول کار حساب کړئ: په کور کې، په کروندو کې، د شیانو پلورل، ګدایي یا د ماشومانو ساتنه.

interview-safety-and-work-work-kind = څه ډول کار و؟
interview-safety-and-work-work-kind-child = څه ډول کار مو کاوه؟
interview-safety-and-work-work-kind-note = یوازې هغه وخت وپوښتئ چې کس کار کړی وي. څو ځوابونه ممکن دي.
interview-safety-and-work-work-kind-house = پاکول، پخلی یا د کور کار
interview-safety-and-work-work-kind-childcare = د ماشومانو ساتنه
interview-safety-and-work-work-kind-farm = د کروندې کار یا د څارویو ساتنه
interview-safety-and-work-work-kind-building = د ودانۍ یا فابریکې کار
interview-safety-and-work-work-kind-selling = د شیانو پلورل
interview-safety-and-work-work-kind-begging = ګدایي
interview-safety-and-work-work-kind-mine = په کان یا د ډبرو په کان کې کار
interview-safety-and-work-work-kind-dangerous = له خطرناکو ماشینونو، کیمیاوي موادو یا درنو بارونو سره کار، یا د شپې کار
interview-safety-and-work-work-kind-sexual = جنسي کارونه، یا د دې ډول عکسونه یا ویډیوګانې
interview-safety-and-work-work-kind-armed-group = د عسکرو یا یوې وسله والې ډلې لپاره: جګړه، بار وړل، پهره یا پخلی
interview-safety-and-work-work-kind-other = بل کار

interview-safety-and-work-age-started-work = کله چې مو لومړی ځل کار پیل کړ، څو کلن وئ؟
interview-safety-and-work-age-started-work-child = کله چې مو کار کول پیل کړل، څو کلن وئ؟
interview-safety-and-work-age-started-work-note = یوازې هغه وخت وپوښتئ چې کس کار کړی وي. له ۱۵ کلنۍ مخکې کار (د سپکو کارونو لپاره له ۱۳ کلنۍ مخکې) په ډېرو هېوادونو کې د کار له لږ تر لږه عمر څخه کم ګڼل کېږي (د کار د نړیوال سازمان ۱۳۸م کنوانسیون).
interview-safety-and-work-age-started-work-under-13 = له ۱۳ کلونو کم
interview-safety-and-work-age-started-work-13-to-14 = ۱۳ یا ۱۴ کلن
interview-safety-and-work-age-started-work-15-or-older = ۱۵ کلن یا ډېر
interview-safety-and-work-age-started-work-not-sure = ډاډه نه یم

interview-safety-and-work-paid = ایا د دې کار مزد درکړل شو؟
interview-safety-and-work-paid-child = ایا د کار پیسې درکړل شوې؟
interview-safety-and-work-paid-note = یوازې هغه وخت وپوښتئ چې کس کار کړی وي.
interview-safety-and-work-paid-paid-fully = هو، لکه څنګه چې موافقه شوې وه
interview-safety-and-work-paid-paid-less = له موافقې کم
interview-safety-and-work-paid-not-paid = نه
interview-safety-and-work-paid-paid-to-others = پیسې بل چا واخیستې

interview-safety-and-work-owes-money = ایا د چا پور درباندې دی، د بېلګې په توګه د سفر، خوړو یا د خوب د ځای لپاره؟
interview-safety-and-work-owes-money-child = ایا څوک وایي چې د هغوی پیسې درباندې دي؟
interview-safety-and-work-owes-money-note = د سفر پورونه اکثره د خلکو د کنټرول لپاره کارول کېږي. یوازې که کس پخپله وغواړي، وپوښتئ چې د چا.

interview-safety-and-work-marriage = ایا چا ستاسو له خوښې پرته ستاسو واده کړی، یا یې له چا سره ستاسو د واده ژمنه کړې ده؟
interview-safety-and-work-marriage-child = ایا چا درته ویلي چې باید له یو چا سره واده وکړئ؟
interview-safety-and-work-marriage-note = جبري واده، او د ماشوم هر ډول واده، استثمار دی. که کس ماشوم وي، همدا اوس یې د ماشوم ساتنې ته ولېږئ.

interview-safety-and-work-free-to-leave = ایا کولای شوئ هر کله چې مو غوښتل، هغه ځای پرېږدئ چې پکې مو کار کاوه یا اوسېدئ؟
interview-safety-and-work-free-to-leave-child = ایا کولای شوئ هر کله چې مو زړه غوښتل، بهر ووځئ، یا له هغه ځای نه ولاړ شئ چې پکې اوسېدئ؟

interview-safety-and-work-controlled-movement = ایا څوک تاسو ته وایي چې چېرته تللای شئ، یا مو نه پرېږدي چې یوازې بهر ووځئ؟
interview-safety-and-work-controlled-movement-child = ایا څوک پرېکړه کوي چې تاسو چېرته ولاړ شئ، یا مو نه پرېږدي چې یوازې بهر ووځئ؟
interview-safety-and-work-controlled-movement-note = یوازې هغه وخت وپوښتئ چې هېڅ ورسره راغلی لوی کس په کوټه کې نه وي.

interview-safety-and-work-told-not-to-speak = ایا چا درته ویلي چې له پولیسو، یا زما په څېر خلکو سره خبرې مه کوئ؟
interview-safety-and-work-told-not-to-speak-child = ایا چا درته ویلي چې له پولیسو، یا زما په څېر خلکو سره خبرې مه کوئ؟
interview-safety-and-work-told-not-to-speak-note = که ځواب هو وي، کس ته ووایاست چې له موږ سره د خبرو کولو له امله به سزا ونه ویني.

interview-safety-and-work-hurt-or-threatened = ایا چا تاسو ته زیان رسولی، یا یې ویلي چې تاسو یا ستاسو کورنۍ ته به زیان ورسوي؟
interview-safety-and-work-hurt-or-threatened-child = ایا چا تاسو ته تکلیف درکړی؟ یا چا ویلي چې تاسو یا ستاسو کورنۍ ته به تکلیف ورکړي، ترڅو مو وډاروي؟
interview-safety-and-work-hurt-or-threatened-note = د جزئیاتو پوښتنه مه کوئ. غوږ ونیسئ، باور وکړئ، او ووایاست چې دا د هغوی ګناه نه ده. که ځواب هو وي، د ساتنې کړنلاره تعقیب کړئ او روغتیايي او رواني-ټولنیز ملاتړ وړاندې کړئ.

## Section: Your health

interview-section-health = ستاسو روغتیا
interview-section-health-intro = اوس د دې په اړه یو څو پوښتنې چې ځان څنګه احساسوئ، ترڅو تاسو ته سمه مرسته برابره کړو.

interview-health-injuries = ایا کوم ځای مو ټپي دی، یا درد لرئ؟
interview-health-injuries-child = کوم ځای مو درد کوي؟
interview-health-injuries-note = که ځواب هو وي، همدا اوس طبي پاملرنه وړاندې کړئ. معاینه مه کوئ، او دلته مه پوښتئ چې دا څنګه پېښ شو.

interview-health-medication = ایا کوم درمل خورئ، یا ډاکټر یا نرس ته اړتیا لرئ؟
interview-health-medication-child = درملو ته اړتیا لرئ، یا غواړئ ډاکټر یا نرس ووینئ؟

interview-health-sleep = خوب مو څنګه دی؟
interview-health-sleep-child = د شپې څنګه ویده کېږئ؟
interview-health-sleep-note = کم خوب او بد خوبونه له یو سخت سفر وروسته عام دي. کس ته ووایاست چې مرسته شته.
interview-health-sleep-well = ښه
interview-health-sleep-sometimes-badly = کله کله بد
interview-health-sleep-badly = ډېرې شپې بد

interview-health-feeling = په دې وروستیو کې ځان څنګه احساسوئ؟
interview-health-feeling-child = په دې ورځو کې په زړه کې ځان څنګه احساسوئ؟
interview-health-feeling-note = هر ځواب ومنئ، حتی «نه پوهېږم». که کس ډېر خپه وي، ودرېږئ، ملاتړ وړاندې کړئ او رواني-ټولنیز لېږد ته فکر وکړئ.

## Section: What you want

interview-section-wishes = هغه څه چې تاسو یې غواړئ
interview-section-wishes-intro = ستاسو غوښتنې مهمې دي. ستاسو په اړه په هره پرېکړه کې به دې ته پام کوو.

interview-wishes-next = غواړئ له دې وروسته څه وشي؟
interview-wishes-next-child = غواړئ اوس څه وشي؟
interview-wishes-next-note = د کس خبرې په خپلو کلمو ولیکئ. داسې ژمنه مه کوئ چې د پوره کولو ډاډ یې نه لرئ.

interview-wishes-trusted-people = په چا باور لرئ، دلته یا بل هر ځای کې؟
interview-wishes-trusted-people-child = په کومو خلکو باور لرئ؟
interview-wishes-trusted-people-note = دا له موږ سره مرسته کوي چې پوه شو څوک له کس سره ملاتړ کولای شي.

interview-wishes-worries = ایا همدا اوس د کوم شي اندېښنه لرئ؟
interview-wishes-worries-child = ایا کوم شی شته چې د هغه له امله اندېښنه لرئ؟

## Section: Finishing

interview-section-closing = پای
interview-section-closing-intro = نږدې پای ته رسېږو. مننه چې له ما سره مو خبرې وکړې.

interview-closing-anything-else = ایا نور څه شته چې غواړئ ما ته یې ووایاست؟
interview-closing-anything-else-child = نور څه غواړئ چې ما ته یې ووایاست؟

interview-closing-questions = ایا له موږ نه کومه پوښتنه لرئ؟
interview-closing-questions-child = غواړئ له موږ نه څه وپوښتئ؟

interview-closing-next-steps-understood = ما تاسو ته ووېل چې وروسته څه کېږي. ایا درته روښانه ده؟
interview-closing-next-steps-understood-child = پوهېږئ چې وروسته به څه کېږي؟
interview-closing-next-steps-understood-note = تشریح کړئ چې څوک به له کس سره اړیکه ونیسي، چېرته به اوسېږي، له موږ سره څنګه اړیکه نیولای شي، او دا چې وروسته کولای شي ځوابونه زیات یا بدل کړي. هېڅکله خبرې په یوې سختې موضوع پای ته مه رسوئ.

## Section: Officer observations

interview-section-officer-observations = د کارکوونکي کتنې
interview-section-officer-observations-intro = یوازې د کارکوونکي لپاره. دا پوښتنې په لوړ غږ مه لولئ. هغه څه ثبت کړئ چې مو ولیدل او واورېدل، نه پایلې.

interview-officer-observations-scripted-account = ایا د کس بیان داسې ښکارېده چې تمرین شوی وي یا بل چا ور زده کړی وي؟ د بېلګې په توګه، هماغه کلمې چې نورو کارولې، یا داسې کلمې چې له عمر سره یې سمون نه خوري.
interview-officer-observations-scripted-account-note = تمرین شوی بیان دروغ نه دي. کېدای شي دا معنا ولري چې چا کس ته ویلي چې څه ووایي.

interview-officer-observations-signs-of-abuse = ایا مو د جسمي یا رواني زیان احتمالي نښې ولیدې، لکه ټپونه، ډار یا ګوښه کېدل؟
interview-officer-observations-signs-of-abuse-note = هغه څه ولیکئ چې مو ولیدل، نه هغه څه چې فکر کوئ د هغو لامل و. د ساتنې کړنلاره تعقیب کړئ.

interview-officer-observations-adult-in-control = ایا ورسره راغلي لوي کس د کس پر ځای ځواب ورکړ، له نږدې یې څارنه کوله، یا داسې ښکارېده چې هغه کنټرولوي؟
interview-officer-observations-adult-in-control-note = که داسې وي، ډاډ ترلاسه کړئ چې راتلونکې خبرې پرته له هغه لوی کس وشي.
