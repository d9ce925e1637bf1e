### The intake interview (template intake, version 1: assets/templates/intake-v1.json).
### Read aloud to the person, or shown to the officer where a message ends in -note.
### Plain, warm, short words. Messages ending in -child are for children of about 8 to 12.

## Title and purpose, explained before any question

interview-title = التعرّف عليك
interview-intro-who-we-are = نحن هنا لنساعد في حماية الناس، وخاصة الأطفال والشباب الذين يسافرون دون عائلاتهم. لسنا هنا لنحكم عليك.
interview-intro-why-we-ask = أودّ أن أطرح عليك بعض الأسئلة. إجاباتك تساعدنا على فهم احتياجاتك، والحفاظ على سلامتك، والبحث عن عائلتك إن رغبت في ذلك.
interview-intro-nothing-mandatory = لا يلزمك الإجابة عن أي سؤال. عدم الإجابة لن يوقعك في أي مشكلة، وستبقى المساعدة متاحة لك.
interview-intro-decline = إن لم تكن لديك رغبة في الإجابة عن أمر ما، فيكفي قول: «لا أريد أن أجيب». لا بأس في ذلك.
interview-intro-no-wrong-answers = ولا بأس أيضاً بقول «لا أعرف» أو «لا أتذكر». لا توجد إجابات خاطئة.
interview-intro-pause-stop = يمكنك طلب استراحة، أو طلب التوقف، في أي وقت. يكفي إخباري، أو لمس زر الاستراحة.
interview-intro-protection = كلامك معنا يبقى آمناً وسرياً. لا يطّلع عليه إلا الأشخاص الذين يساعدون في ملفك.
interview-intro-consent = لا نشاركه مع آخرين، مثل من يستطيعون المساعدة في العثور على عائلتك، إلا بموافقتك. ويمكنك تغيير رأيك لاحقاً.

## Controls, always visible during the interview

interview-control-pause = استراحة
interview-control-stop = نتوقف لهذا اليوم
interview-control-decline = لا أريد أن أجيب
interview-control-revisit = نعود إلى هذا لاحقاً
interview-control-not-asked = لم يُطرح
interview-control-resume = متابعة
interview-control-break-offer = ما رأيك أن نأخذ استراحة؟ يمكننا التوقف قليلاً ثم نكمل لاحقاً.

## Reasons for not asking a question (shown to the officer)

interview-not-asked-distressed = كان الشخص منزعجاً أو متعباً جداً
interview-not-asked-too-young = غير مناسب لعمر الشخص
interview-not-asked-not-relevant = لا ينطبق على هذا الشخص
interview-not-asked-interpreter-unavailable = لا يتوفر مترجم مناسب
interview-not-asked-time = لم يبقَ وقت في هذه الجلسة
interview-not-asked-safety-concern = ليس من الآمن طرحه هنا، مثلاً بسبب وجود شخص آخر
interview-not-asked-asked-elsewhere = سبق أن طرحته جهة خدمية أخرى

## Section: Welcome

interview-section-welcome = مرحباً بك
interview-section-welcome-intro = قبل أن نبدأ، لنتأكد من راحتك.

interview-welcome-needs-now = قبل أن نبدأ، هل يلزمك شيء؟
interview-welcome-needs-now-child = هل ينقصك شيء الآن؟
interview-welcome-needs-now-note = تُلبّى الاحتياجات الأساسية أولاً. إذا كان الشخص جائعاً، أو يشعر بالبرد أو الألم، أو متعباً جداً، يُرجى التوقف والعودة لاحقاً.
interview-welcome-needs-now-water = ماء أو شيء للشرب
interview-welcome-needs-now-food = شيء للأكل
interview-welcome-needs-now-rest = راحة
interview-welcome-needs-now-toilet = دورة المياه
interview-welcome-needs-now-warm = ملابس دافئة
interview-welcome-needs-now-medical = أن أرى ممرضاً أو طبيباً
interview-welcome-needs-now-nothing = لا شيء، أنا بخير

interview-welcome-preferred-language = ما اللغة التي تناسبك للحديث؟
interview-welcome-preferred-language-child = بأي لغة نتكلم معك؟
interview-welcome-preferred-language-note = يُرجى التأكد من أن الشخص والمترجم يفهم أحدهما الآخر جيداً. وإن لم يكن الأمر كذلك، يجب التوقف والبحث عن مترجم آخر.

interview-welcome-someone-present = هل يريحك أن يكون معنا هنا شخص موضع ثقتك؟
interview-welcome-someone-present-child = هل يريحك أن يجلس معك شخص قريب منك وموثوق؟
interview-welcome-someone-present-note = قد يرغب الطفل في وجود شخص بالغ موثوق، مثل الوصي أو الأخصائي الاجتماعي. لا يُستعان بشخص بالغ لم يُتحقَّق من صلته بالطفل، أو يبدو أنه يتحكم فيه.

interview-welcome-ready = هل يناسبك أن نبدأ الآن؟ يمكنك التوقف في أي وقت.
interview-welcome-ready-child = هل نبدأ؟ يمكنك التوقف متى شئت.
interview-welcome-ready-note = إذا كانت الإجابة «لا»، فلا تُبدأ المقابلة. يُعرض على الشخص أخذ استراحة، ويُسأل مرة أخرى لاحقاً.

## Section: About you

interview-section-about-you = معلومات عنك
interview-section-about-you-intro = أولاً، بعض الأسئلة السهلة عنك.

interview-about-you-called-name = ما الاسم المفضّل لديك لكي نناديك به؟
interview-about-you-called-name-child = بماذا نناديك؟
interview-about-you-called-name-note = يُستخدم هذا الاسم في بقية المحادثة.

interview-about-you-full-name = ما اسمك الكامل؟ يمكنك كتابته بنفسك إن شئت.
interview-about-you-full-name-child = ما اسمك كاملاً؟ يمكنك كتابته إذا أردت.
interview-about-you-full-name-note = يُسجَّل الاسم بكل طرق كتابته وبكل أنواع الخط. ويُترك للشخص أن يكتب اسمه بخط لغته إن استطاع.

interview-about-you-age = كم عمرك، على حدّ علمك؟
interview-about-you-age-child = كم عمرك؟ لا مشكلة إن لم يكن الرقم أكيداً.
interview-about-you-age-note = يُكتب ما يقوله الشخص. لا يُطلب منه أبداً إثبات عمره. وعند الشك، يُعامَل الشخص على أنه طفل.

interview-about-you-birth-date = هل لديك فكرة عن تاريخ ميلادك؟ تكفي السنة.
interview-about-you-birth-date-child = متى عيد ميلادك؟ أو في أي سنة وُلدت؟
interview-about-you-birth-date-note = يُسجَّل ما هو معروف، ولو كان السنة فقط. لا يُصحَّح كلام الشخص.

interview-about-you-languages = ما اللغات التي يمكنك التحدث بها؟
interview-about-you-languages-child = بأي لغات يمكنك الكلام؟

interview-about-you-home = من أين أنت؟ يكفي ذكر المدينة أو المنطقة.
interview-about-you-home-child = أين بيتك؟ ما اسم المدينة أو القرية؟
interview-about-you-home-note = يُسأل عن المكان، لا عن الوثائق. ولا بأس إن لم يرغب الشخص في الإجابة.

## Section: Your journey

interview-section-journey = رحلتك
interview-section-journey-intro = الآن أودّ أن أسألك عن رحلتك. لا داعي للعجلة.

interview-journey-left-home = متى غادرت بيتك؟ يكفي ذكر الشهر أو فصل السنة.
interview-journey-left-home-child = متى تركت بيتك؟ يمكنك ذكر الشهر، أو فصل السنة مثل الصيف أو الشتاء.

interview-journey-travelled-with = مَن سافر معك؟
interview-journey-travelled-with-child = مَن جاء معك في الرحلة؟
interview-journey-travelled-with-note = يمكن اختيار أكثر من إجابة. إذا سافر الشخص مع شخص بالغ ليس أحد والديه، يُسأل بلطف عن كيفية معرفته به.
interview-journey-travelled-with-alone = لا أحد، كنت وحدي
interview-journey-travelled-with-parents = أمي أو أبي
interview-journey-travelled-with-siblings = إخوتي أو أخواتي
interview-journey-travelled-with-relatives = أفراد آخرون من عائلتي
interview-journey-travelled-with-friends = أصدقاء
interview-journey-travelled-with-met-on-way = أشخاص تعرّفت عليهم في الطريق
interview-journey-travelled-with-organiser = الشخص الذي نظّم الرحلة
interview-journey-travelled-with-other = شخص آخر

interview-journey-organised-by = مَن نظّم الرحلة؟
interview-journey-organised-by-child = مَن خطّط للرحلة؟
interview-journey-organised-by-note = يُطرح السؤال دون إصدار أحكام. كثير من الناس يحتاجون إلى مساعدة الآخرين ليسافروا. الهدف هو الفهم، لا اللوم.
interview-journey-organised-by-self = أنا
interview-journey-organised-by-family = عائلتي
interview-journey-organised-by-friend = صديق لي
interview-journey-organised-by-someone-else = شخص آخر
interview-journey-organised-by-do-not-know = لا أعرف

interview-journey-paid-by = مَن دفع تكاليف الرحلة؟
interview-journey-paid-by-child = مَن دفع ثمن الرحلة؟
interview-journey-paid-by-note = إذا كان على الشخص أن يردّ المال، يُسأل لاحقاً، في أسئلة السلامة، عمّا إذا كان لا يزال مديناً.
interview-journey-paid-by-self = أنا
interview-journey-paid-by-family = عائلتي
interview-journey-paid-by-someone-else = شخص آخر
interview-journey-paid-by-pay-back-later = عليّ أن أردّ المال لاحقاً
interview-journey-paid-by-do-not-know = لا أعرف

interview-journey-route = كيف سافرت؟ مثلاً بالحافلة، أو بالسيارة، أو بالقارب، أو مشياً على الأقدام.
interview-journey-route-child = كيف سافرت؟ بالحافلة، أو بالسيارة، أو بالقارب، أو مشياً؟

interview-journey-travelled-hidden = هل اضطررت في أي وقت إلى السفر في الخفاء، أو إلى عبور الحدود بعيداً عن المعبر الرسمي؟
interview-journey-travelled-hidden-child = هل اضطررت إلى الاختباء خلال الرحلة؟
interview-journey-travelled-hidden-note = كثير من الناس لم يكن لديهم طريق آمن للسفر. يجب التوضيح للشخص أن السؤال من أجل سلامته، لا لمعاقبته.

interview-journey-promised-job = قبل مغادرتك، هل وعدك أحد بعمل، أو دراسة، أو حياة أفضل في نهاية الرحلة؟
interview-journey-promised-job-child = هل وعدك أحد بعمل، أو مدرسة، أو حياة أفضل في المكان الذي سافرت إليه؟
interview-journey-promised-job-note = إذا كانت الإجابة «نعم»، يُطرح السؤال التالي. وإذا كانت «لا»، يُتخطّى على أنه لا ينطبق.

interview-journey-promise-kept = هل كان الأمر كما وعدوك؟
interview-journey-promise-kept-child = هل كان مثل ما قالوا لك؟
interview-journey-promise-kept-note = يُطرح فقط إذا قطع أحدٌ وعداً.
interview-journey-promise-kept-as-promised = نعم، كان كما وعدوا
interview-journey-promise-kept-different = لا، كان مختلفاً
interview-journey-promise-kept-not-yet = لا أعرف بعد

interview-journey-documents-holder = مَن يحتفظ بأوراقك الآن، مثل جواز السفر أو بطاقة الهوية؟
interview-journey-documents-holder-child = أين أوراقك، مثل جواز السفر أو بطاقة الهوية؟ مع مَن هي الآن؟
interview-journey-documents-holder-note = لا يُطلب رؤية الوثائق هنا. عدم وجود أوراق أمر شائع، وليس سبباً للشك.
interview-journey-documents-holder-me = معي
interview-journey-documents-holder-family = أحد أفراد عائلتي
interview-journey-documents-holder-organiser = الشخص الذي نظّم الرحلة
interview-journey-documents-holder-employer = شخص عملت لديه
interview-journey-documents-holder-someone-else = شخص آخر
interview-journey-documents-holder-taken = أخذها أحدهم مني
interview-journey-documents-holder-lost = ضاعت
interview-journey-documents-holder-never-had = لم تكن لديّ أوراق أبداً

## Section: Your family

interview-section-family = عائلتك
interview-section-family-intro = الآن بعض الأسئلة عن عائلتك. إذا كان الكلام عن أمر ما صعباً، يكفي إخباري، ويمكننا تخطيه.

interview-family-parents = هل يمكنك الحديث عن والدتك ووالدك؟ ما اسماهما، وأين هما الآن، إن كان ذلك معروفاً لك؟
interview-family-parents-child = هل يمكنك الكلام عن أمك وأبيك؟ ما اسماهما؟ أين هما الآن؟
interview-family-parents-note = قد يكون أحد الوالدين متوفى أو مفقوداً. يُترك للشخص أن يقود الحديث، ولا يُضغط عليه لذكر التفاصيل.

interview-family-siblings = هل لديك إخوة أو أخوات؟ أين هم الآن؟
interview-family-siblings-child = هل عندك إخوة أو أخوات؟ أين هم؟

interview-family-separated-suddenly = هل انفصلت عن عائلتك فجأة، دون تخطيط لذلك؟
interview-family-separated-suddenly-child = هل افترقت عن عائلتك فجأة، دون أن يخطر ذلك ببالك؟
interview-family-separated-suddenly-note = قد يعيد هذا السؤال ذكريات مؤلمة. يُرجى الانتباه لعلامات الضيق، وعرض استراحة.

interview-family-sudden-move = قبل مغادرتك، هل اضطررت فجأة إلى الانتقال إلى مكان آخر، أو إلى العيش مع أشخاص آخرين؟
interview-family-sudden-move-child = قبل الرحلة، هل اضطررت فجأة إلى العيش في مكان جديد، أو مع أشخاص جدد؟

interview-family-last-contact = متى كان آخر تواصل بينك وبين عائلتك؟
interview-family-last-contact-child = متى تكلمت مع عائلتك آخر مرة؟

interview-family-can-contact = هل يمكنك التواصل مع عائلتك متى شئت؟
interview-family-can-contact-child = هل يمكنك الاتصال بعائلتك، أو إرسال رسالة إليهم، متى شئت؟
interview-family-can-contact-note = إذا كان أحدٌ يتحكم في التواصل، فهذا مصدر قلق يتعلق بالحماية. يُعرض على الشخص إجراء مكالمة هاتفية إذا كان ذلك آمناً ورغب فيه.
interview-family-can-contact-yes-freely = نعم، في أي وقت أريد
interview-family-can-contact-only-when-allowed = فقط عندما يسمح لي أحدهم
interview-family-can-contact-someone-stops-me = أحدهم يمنعني، أو أخذ هاتفي
interview-family-can-contact-no-means = ليس لديّ هاتف أو رقم
interview-family-can-contact-do-not-know-where = لا أعرف أين هم

interview-family-wish-to-trace = هل لديك رغبة في أن نساعدك في البحث عن أحد أفراد عائلتك؟
interview-family-wish-to-trace-child = هل نساعدك في البحث عن أحد من عائلتك؟
interview-family-wish-to-trace-note = يتطلب البحث عن العائلة موافقة، أو قراراً يراعي مصلحة الطفل الفضلى إذا كان الشخص طفلاً. يجب تسجيل ذلك قبل بدء أي بحث.

interview-family-who-to-find = مَن الشخص الذي نبحث عنه من أجلك؟ ما اسمه، وأين ومتى رأيته آخر مرة؟
interview-family-who-to-find-child = مَن الشخص الذي نبحث عنه؟ ما اسمه؟ أين رأيته آخر مرة؟
interview-family-who-to-find-note = تُسجَّل الأسماء بكل طرق الكتابة التي تُسمع. هذه الإجابة تبدأ البحث بمجرد تسجيل الموافقة.

## Section: Safety and work

interview-section-safety-and-work = السلامة والعمل
interview-section-safety-and-work-intro = الأسئلة التالية عن سلامتك. قد يكون بعضها صعباً. يمكنك تخطي أي سؤال منها، ويمكنك أخذ استراحة.

interview-safety-and-work-feels-safe = هل لديك شعور بالأمان الآن؟
interview-safety-and-work-feels-safe-child = هل أنت في أمان هنا؟
interview-safety-and-work-feels-safe-note = إذا كانت الإجابة «لا»، يُسأل الشخص عمّا يساعده، ويُتخذ إجراء بشأن ذلك قبل المتابعة.

interview-safety-and-work-worked = هل عملت خلال الرحلة، أو قبل مجيئك إلى هنا؟
interview-safety-and-work-worked-child = هل اضطررت إلى العمل في الرحلة، أو قبل مجيئك إلى هنا؟
interview-safety-and-work-worked-note = يُحتسب أي عمل: في منزل، أو في مزرعة، أو بيع أشياء، أو التسوّل، أو رعاية الأطفال.

interview-safety-and-work-work-kind = ما نوع ذلك العمل؟
interview-safety-and-work-work-kind-child = ما نوع العمل الذي قمت به؟
interview-safety-and-work-work-kind-note = يُطرح فقط إذا كان الشخص قد عمل. يمكن اختيار أكثر من إجابة.
interview-safety-and-work-work-kind-house = التنظيف أو الطبخ أو أعمال المنزل
interview-safety-and-work-work-kind-childcare = رعاية الأطفال
interview-safety-and-work-work-kind-farm = العمل في مزرعة أو مع الحيوانات
interview-safety-and-work-work-kind-building = العمل في البناء أو في مصنع
interview-safety-and-work-work-kind-selling = بيع أشياء
interview-safety-and-work-work-kind-begging = التسوّل
interview-safety-and-work-work-kind-mine = العمل في منجم أو مقلع حجارة
interview-safety-and-work-work-kind-dangerous = العمل بآلات أو مواد كيميائية خطيرة، أو حمل أحمال ثقيلة، أو العمل ليلاً
interview-safety-and-work-work-kind-sexual = أمور جنسية، أو صور أو مقاطع فيديو من هذا النوع
interview-safety-and-work-work-kind-armed-group = العمل لدى جنود أو جماعة مسلحة: القتال، أو حمل الأشياء، أو الحراسة، أو الطبخ
interview-safety-and-work-work-kind-other = عمل آخر

interview-safety-and-work-age-started-work = كم كان عمرك عندما بدأت العمل لأول مرة؟
interview-safety-and-work-age-started-work-child = كم كان عمرك عندما بدأت تعمل؟
interview-safety-and-work-age-started-work-note = يُطرح فقط إذا كان الشخص قد عمل. العمل قبل سن 15 (أو قبل سن 13 في الأعمال الخفيفة) يُعدّ دون الحد الأدنى لسن العمل في معظم البلدان (اتفاقية منظمة العمل الدولية رقم 138).
interview-safety-and-work-age-started-work-under-13 = أصغر من 13 سنة
interview-safety-and-work-age-started-work-13-to-14 = 13 أو 14 سنة
interview-safety-and-work-age-started-work-15-or-older = 15 سنة أو أكثر
interview-safety-and-work-age-started-work-not-sure = لست متأكداً

interview-safety-and-work-paid = هل حصلت على أجر مقابل هذا العمل؟
interview-safety-and-work-paid-child = هل أخذت نقوداً مقابل العمل؟
interview-safety-and-work-paid-note = يُطرح فقط إذا كان الشخص قد عمل.
interview-safety-and-work-paid-paid-fully = نعم، كما اتفقنا
interview-safety-and-work-paid-paid-less = أقل مما اتفقنا عليه
interview-safety-and-work-paid-not-paid = لا
interview-safety-and-work-paid-paid-to-others = شخص آخر أخذ المال

interview-safety-and-work-owes-money = هل عليك دَين لأحد، مثلاً مقابل الرحلة أو الطعام أو مكان النوم؟
interview-safety-and-work-owes-money-child = هل يقول لك أحد إن عليك مالاً له؟
interview-safety-and-work-owes-money-note = كثيراً ما تُستخدم ديون الرحلة للسيطرة على الناس. يُسأل عن هوية الدائن فقط إذا رغب الشخص في قول ذلك.

interview-safety-and-work-marriage = هل زوّجك أحد، أو وعد بتزويجك لشخص ما، دون رغبتك؟
interview-safety-and-work-marriage-child = هل قال لك أحد إن عليك أن تتزوج شخصاً ما؟
interview-safety-and-work-marriage-note = الزواج القسري، وأي زواج لطفل، هو استغلال. إذا كان الشخص طفلاً، يُحال إلى حماية الطفل فوراً.

interview-safety-and-work-free-to-leave = هل كان بإمكانك مغادرة المكان الذي عملت أو أقمت فيه متى شئت؟
interview-safety-and-work-free-to-leave-child = هل كان يمكنك الخروج، أو ترك المكان الذي كنت فيه، متى أردت؟

interview-safety-and-work-controlled-movement = هل يحدد لك أحد الأماكن التي يمكنك الذهاب إليها، أو يمنعك من الخروج وحدك؟
interview-safety-and-work-controlled-movement-child = هل هناك شخص يقرر إلى أين يمكنك الذهاب، أو لا يسمح لك بالخروج وحدك؟
interview-safety-and-work-controlled-movement-note = يُطرح فقط عندما لا يكون في الغرفة أي شخص بالغ مرافق.

interview-safety-and-work-told-not-to-speak = هل طلب منك أحد عدم التحدث إلى الشرطة، أو إلى أشخاص مثلي؟
interview-safety-and-work-told-not-to-speak-child = هل طلب منك أحد عدم الكلام مع الشرطة، أو مع أشخاص مثلي؟
interview-safety-and-work-told-not-to-speak-note = إذا كانت الإجابة «نعم»، يُطمأن الشخص إلى أنه لن يُعاقَب على الحديث معنا.

interview-safety-and-work-hurt-or-threatened = هل آذاك أحد، أو قال إنه سيؤذيك أو يؤذي عائلتك؟
interview-safety-and-work-hurt-or-threatened-child = هل آذاك أحد، أو أخافك بقوله إنه سيؤذيك أو يؤذي عائلتك؟
interview-safety-and-work-hurt-or-threatened-note = لا يُطلب ذكر التفاصيل. يُرجى الاستماع، وتصديق الشخص، وإخباره بأن ما حدث ليس ذنبه. وإذا كانت الإجابة «نعم»، تُتّبع إجراءات الحماية، ويُعرض الدعم الصحي والنفسي الاجتماعي.

## Section: Your health

interview-section-health = صحتك
interview-section-health-intro = الآن بعض الأسئلة عن شعورك، لكي نقدّم لك المساعدة المناسبة.

interview-health-injuries = هل لديك إصابة أو ألم في أي مكان من جسمك؟
interview-health-injuries-child = هل يؤلمك شيء؟
interview-health-injuries-note = إذا كانت الإجابة «نعم»، تُعرض الرعاية الطبية فوراً. لا يُجرى أي فحص، ولا يُسأل هنا عن كيفية حدوث ذلك.

interview-health-medication = هل لديك دواء معتاد، أو حاجة إلى رؤية طبيب أو ممرض؟
interview-health-medication-child = هل يلزمك دواء، أو أن يراك طبيب أو ممرض؟

interview-health-sleep = كيف نومك هذه الأيام؟
interview-health-sleep-child = كيف نومك في الليل؟
interview-health-sleep-note = قلة النوم والكوابيس أمر شائع بعد رحلة صعبة. يُخبَر الشخص بأن المساعدة متاحة.
interview-health-sleep-well = جيد
interview-health-sleep-sometimes-badly = سيّئ أحياناً
interview-health-sleep-badly = سيّئ في معظم الليالي

interview-health-feeling = كيف كان حالك في الفترة الأخيرة؟
interview-health-feeling-child = كيف مشاعرك هذه الأيام؟
interview-health-feeling-note = تُقبل أي إجابة، بما فيها «لا أعرف». وإذا كان الشخص منزعجاً جداً، يُرجى التوقف، وتقديم الدعم، والتفكير في إحالة إلى الدعم النفسي الاجتماعي.

## Section: What you want

interview-section-wishes = رغباتك
interview-section-wishes-intro = رغباتك مهمة. سنأخذها في الاعتبار في كل قرار يخصّك.

interview-wishes-next = ما الذي يهمّك أن يحدث في الخطوة التالية؟
interview-wishes-next-child = ما الذي يسعدك أن يحدث الآن؟
interview-wishes-next-note = تُكتب كلمات الشخص كما قالها. لا تُقطع وعود لا يمكن ضمان تنفيذها.

interview-wishes-trusted-people = مَن الأشخاص الموثوقون لديك، هنا أو في أي مكان آخر؟
interview-wishes-trusted-people-child = مَن الناس الذين يطمئن لهم قلبك؟
interview-wishes-trusted-people-note = يساعدنا هذا في معرفة مَن يمكنه دعم الشخص.

interview-wishes-worries = هل يقلقك شيء في هذه اللحظة؟
interview-wishes-worries-child = هل هناك شيء يقلقك؟

## Section: Finishing

interview-section-closing = الختام
interview-section-closing-intro = أوشكنا على الانتهاء. شكراً لحديثك معي.

interview-closing-anything-else = هل بقي شيء آخر يهمّك أن أعرفه؟
interview-closing-anything-else-child = هل هناك شيء آخر يهمّك أن أعرفه؟

interview-closing-questions = هل لديك أي أسئلة لنا؟
interview-closing-questions-child = هل عندك سؤال لنا؟

interview-closing-next-steps-understood = لقد أخبرتك بما سيحدث بعد ذلك. هل الأمر واضح لك؟
interview-closing-next-steps-understood-child = هل فهمت ما سيحدث بعد ذلك؟
interview-closing-next-steps-understood-note = يُشرح للشخص مَن سيتواصل معه، وأين سيقيم، وكيف يمكنه الوصول إلينا، وأنه يستطيع إضافة إجابات أو تغييرها لاحقاً. لا يُختتم الحديث أبداً بموضوع صعب.

## Section: Officer observations

interview-section-officer-observations = ملاحظات الموظف
interview-section-officer-observations-intro = للموظف فقط. لا تُقرأ هذه الأسئلة بصوت عالٍ. يُسجَّل ما رأيته وسمعته، لا الاستنتاجات.

interview-officer-observations-scripted-account = هل بدت رواية الشخص محفوظة مسبقاً، أو كأن شخصاً آخر لقّنه إياها؟ مثلاً: الكلمات نفسها التي قالها آخرون، أو كلمات لا تناسب عمره.
interview-officer-observations-scripted-account-note = الرواية المحفوظة مسبقاً ليست كذباً. قد تعني أن أحداً قال للشخص ما يجب أن يقوله.

interview-officer-observations-signs-of-abuse = هل رأيت علامات محتملة على أذى جسدي أو نفسي، مثل الإصابات أو الخوف أو الانطواء؟
interview-officer-observations-signs-of-abuse-note = يُدوَّن ما رأيته، لا ما يُعتقد أنه سببه. وتُتّبع إجراءات الحماية.

interview-officer-observations-adult-in-control = هل أجاب شخص بالغ مرافق نيابةً عن الشخص، أو راقبه عن كثب، أو بدا أنه يتحكم فيه؟
interview-officer-observations-adult-in-control-note = إذا حدث ذلك، يجب التأكد من أن المحادثة التالية تجري دون وجود ذلك الشخص البالغ.
