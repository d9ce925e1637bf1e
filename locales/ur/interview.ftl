### The intake interview (template intake, version 1: assets/templates/intake-v1.json).
### Read aloud to the person, or shown to the officer where a message ends in -note.
### Plain, warm, short words. Messages ending in -child are for children of about 8 to 12.

## Title and purpose, explained before any question

interview-title = آپ سے جان پہچان
interview-intro-who-we-are = ہم یہاں لوگوں کو محفوظ رکھنے میں مدد کے لیے ہیں، خاص طور پر ان بچوں اور نوجوانوں کو جو اپنے خاندان کے بغیر سفر کرتے ہیں۔ ہم آپ کو قصوروار ٹھہرانے کے لیے یہاں نہیں ہیں۔
interview-intro-why-we-ask = مجھے آپ سے کچھ سوال پوچھنے ہیں۔ آپ کے جوابات سے ہم سمجھ سکیں گے کہ آپ کو کیا چاہیے، آپ کو محفوظ رکھ سکیں گے، اور اگر آپ چاہیں تو آپ کے خاندان کو ڈھونڈ سکیں گے۔
interview-intro-nothing-mandatory = کسی بھی سوال کا جواب دینا ضروری نہیں۔ اگر آپ جواب نہ دیں تو آپ کو کوئی پریشانی نہیں ہوگی، اور آپ کو پھر بھی مدد ملے گی۔
interview-intro-decline = اگر آپ کسی بات کا جواب نہ دینا چاہیں تو بس کہہ دیں: "مجھے جواب نہیں دینا"۔ یہ بالکل ٹھیک ہے۔
interview-intro-no-wrong-answers = اگر آپ کو معلوم نہ ہو یا یاد نہ ہو تو یہ بھی ٹھیک ہے۔ کوئی جواب غلط نہیں ہوتا۔
interview-intro-pause-stop = آپ جب چاہیں وقفہ لے لیں، یا رکنے کا کہہ دیں۔ بس مجھے بتا دیں، یا وقفے کا بٹن دبا دیں۔
interview-intro-protection = آپ کی بتائی ہوئی باتیں محفوظ اور راز میں رکھی جاتی ہیں۔ صرف وہی لوگ انہیں دیکھ سکتے ہیں جو آپ کے کیس میں مدد کرتے ہیں۔
interview-intro-consent = ہم یہ باتیں دوسروں کے ساتھ، مثلاً ان لوگوں کے ساتھ جو آپ کے خاندان کو ڈھونڈنے میں مدد کر سکتے ہیں، صرف آپ کی اجازت سے شیئر کرتے ہیں۔ بعد میں اپنا فیصلہ بدلنے کا آپ کو پورا حق ہے۔

## Controls, always visible during the interview

interview-control-pause = وقفہ لیں
interview-control-stop = آج کے لیے بس کریں
interview-control-decline = مجھے جواب نہیں دینا
interview-control-revisit = اس پر بعد میں واپس آئیں
interview-control-not-asked = نہیں پوچھا گیا
interview-control-resume = جاری رکھیں
interview-control-break-offer = کیا آپ کو وقفہ چاہیے؟ ہم تھوڑی دیر کے لیے رک کر بعد میں دوبارہ شروع کر سکتے ہیں۔

## Reasons for not asking a question (shown to the officer)

interview-not-asked-distressed = یہ شخص پریشان یا بہت تھکا ہوا تھا
interview-not-asked-too-young = اس شخص کی عمر کے لحاظ سے مناسب نہیں
interview-not-asked-not-relevant = اس شخص پر لاگو نہیں ہوتا
interview-not-asked-interpreter-unavailable = کوئی مناسب ترجمان دستیاب نہیں
interview-not-asked-time = اس نشست میں وقت ختم ہو گیا
interview-not-asked-safety-concern = یہاں پوچھنا محفوظ نہیں، مثلاً اس لیے کہ کوئی اور موجود ہے
interview-not-asked-asked-elsewhere = کسی اور ادارے نے پہلے ہی پوچھ لیا ہے

## Section: Welcome

interview-section-welcome = خوش آمدید
interview-section-welcome-intro = شروع کرنے سے پہلے، آئیے دیکھ لیں کہ آپ آرام سے ہیں۔

interview-welcome-needs-now = شروع کرنے سے پہلے، کیا آپ کو کسی چیز کی ضرورت ہے؟
interview-welcome-needs-now-child = کیا آپ کو ابھی کچھ چاہیے؟
interview-welcome-needs-now-note = پہلے بنیادی ضروریات پوری کریں۔ اگر اس شخص کو بھوک لگی ہو، سردی لگ رہی ہو، درد ہو یا بہت تھکن ہو تو وقفہ کریں اور بعد میں واپس آئیں۔
interview-welcome-needs-now-water = پانی یا پینے کی کوئی چیز
interview-welcome-needs-now-food = کھانے کی کوئی چیز
interview-welcome-needs-now-rest = آرام
interview-welcome-needs-now-toilet = باتھ روم (ٹوائلٹ)
interview-welcome-needs-now-warm = پہننے کے لیے کوئی گرم چیز
interview-welcome-needs-now-medical = نرس یا ڈاکٹر سے ملنا
interview-welcome-needs-now-nothing = کچھ نہیں، میں ٹھیک ہوں

interview-welcome-preferred-language = آپ کے لیے کس زبان میں بات کرنا بہتر ہے؟
interview-welcome-preferred-language-child = آپ کو کس زبان میں بات کرنا اچھا لگتا ہے؟
interview-welcome-preferred-language-note = دیکھ لیں کہ یہ شخص اور ترجمان ایک دوسرے کی بات اچھی طرح سمجھ رہے ہیں۔ اگر ایسا نہیں ہے تو رک جائیں اور کوئی دوسرا ترجمان تلاش کریں۔

interview-welcome-someone-present = کیا آپ کی خواہش ہے کہ کوئی ایسا شخص، جس پر آپ کو بھروسہ ہو، یہاں ہمارے ساتھ موجود ہو؟
interview-welcome-someone-present-child = کیا آپ کا دل ہے کہ کوئی ایسا شخص آپ کے پاس بیٹھے جس پر آپ کو بھروسہ ہے؟
interview-welcome-someone-present-note = ہو سکتا ہے بچہ کسی قابلِ اعتماد بڑے، جیسے سرپرست یا سوشل ورکر، کو ساتھ رکھنا چاہے۔ کسی ایسے بالغ کو شامل نہ کریں جس کا بچے سے رشتہ تصدیق شدہ نہ ہو، یا جو بچے کو کنٹرول کرتا دکھائی دے۔

interview-welcome-ready = کیا اب شروع کرنا ٹھیک ہے؟ کسی بھی وقت رکنا ہو تو بتا دیں۔
interview-welcome-ready-child = کیا ہم شروع کریں؟ جب بھی آپ کا دل چاہے، ہم رک جائیں گے۔
interview-welcome-ready-note = اگر جواب "نہیں" ہو تو شروع نہ کریں۔ وقفے کی پیشکش کریں اور بعد میں دوبارہ پوچھیں۔

## Section: About you

interview-section-about-you = آپ کے بارے میں
interview-section-about-you-intro = پہلے، آپ کے بارے میں کچھ آسان سوال۔

interview-about-you-called-name = آپ کو کس نام سے پکارا جانا پسند ہے؟
interview-about-you-called-name-child = ہم آپ کو کس نام سے بلائیں؟
interview-about-you-called-name-note = باقی گفتگو میں یہی نام استعمال کریں۔

interview-about-you-full-name = آپ کا پورا نام کیا ہے؟ چاہیں تو خود بھی لکھ دیں۔
interview-about-you-full-name-child = آپ کا پورا نام کیا ہے؟ چاہیں تو آپ خود لکھ دیں۔
interview-about-you-full-name-note = ہر ہجے اور ہر رسم الخط درج کریں۔ اگر ممکن ہو تو اس شخص کو اپنا نام اپنے رسم الخط میں خود لکھنے دیں۔

interview-about-you-age = جہاں تک آپ کو معلوم ہے، آپ کی عمر کتنی ہے؟
interview-about-you-age-child = آپ کی عمر کتنی ہے؟ اگر پکا پتا نہیں تو کوئی بات نہیں۔
interview-about-you-age-note = یہ شخص جو بتائے وہی لکھیں۔ کبھی ثبوت نہ مانگیں۔ اگر شک ہو تو اس شخص کو بچہ ہی سمجھا جائے۔

interview-about-you-birth-date = کیا آپ کو اپنی تاریخِ پیدائش معلوم ہے؟ صرف سال بھی کافی ہے۔
interview-about-you-birth-date-child = کیا آپ کو اپنی سالگرہ کا دن، یا اپنی پیدائش کا سال معلوم ہے؟
interview-about-you-birth-date-note = جو معلوم ہو وہ درج کریں، چاہے صرف سال ہی ہو۔ اس شخص کی بات کی تصحیح نہ کریں۔

interview-about-you-languages = آپ کو کون کون سی زبانیں آتی ہیں؟
interview-about-you-languages-child = آپ کو کون کون سی زبانیں بولنی آتی ہیں؟

interview-about-you-home = آپ کہاں سے ہیں؟ کسی شہر یا علاقے کا نام کافی ہے۔
interview-about-you-home-child = آپ کا گھر کہاں ہے؟ اس شہر یا گاؤں کا نام کیا ہے؟
interview-about-you-home-note = جگہ کے بارے میں پوچھیں، کاغذات کے بارے میں نہیں۔ اگر یہ شخص نہ بتانا چاہے تو کوئی بات نہیں۔

## Section: Your journey

interview-section-journey = آپ کا سفر
interview-section-journey-intro = اب مجھے آپ کے سفر کے بارے میں کچھ پوچھنا ہے۔ کوئی جلدی نہیں، آرام سے بتائیں۔

interview-journey-left-home = آپ نے گھر کب چھوڑا؟ کوئی مہینہ یا موسم بتا دینا کافی ہے۔
interview-journey-left-home-child = آپ نے گھر کب چھوڑا؟ کسی مہینے یا موسم کا نام بتا دیں۔

interview-journey-travelled-with = آپ کے ساتھ کس نے سفر کیا؟
interview-journey-travelled-with-child = سفر میں آپ کے ساتھ کون تھا؟
interview-journey-travelled-with-note = ایک سے زیادہ جواب ہو سکتے ہیں۔ اگر اس شخص نے کسی ایسے بالغ کے ساتھ سفر کیا جو والدین میں سے نہیں، تو نرمی سے پوچھیں کہ ان کی آپس میں جان پہچان کیسے ہے۔
interview-journey-travelled-with-alone = کوئی نہیں، میں نے اکیلے سفر کیا
interview-journey-travelled-with-parents = میری امی یا ابو
interview-journey-travelled-with-siblings = میرے بھائی یا بہنیں
interview-journey-travelled-with-relatives = خاندان کے دوسرے لوگ
interview-journey-travelled-with-friends = دوست
interview-journey-travelled-with-met-on-way = وہ لوگ جن سے راستے میں ملاقات ہوئی
interview-journey-travelled-with-organiser = وہ شخص جس نے سفر کا انتظام کیا
interview-journey-travelled-with-other = کوئی اور

interview-journey-organised-by = سفر کا انتظام کس نے کیا؟
interview-journey-organised-by-child = سفر کا منصوبہ کس نے بنایا؟
interview-journey-organised-by-note = کوئی رائے قائم کیے بغیر پوچھیں۔ بہت سے لوگوں کو سفر کے لیے دوسروں کی مدد کی ضرورت ہوتی ہے۔ یہ سوال صورتحال سمجھنے کے لیے ہے، الزام لگانے کے لیے نہیں۔
interview-journey-organised-by-self = میں نے
interview-journey-organised-by-family = میرے خاندان نے
interview-journey-organised-by-friend = ایک دوست نے
interview-journey-organised-by-someone-else = کسی اور نے
interview-journey-organised-by-do-not-know = مجھے نہیں معلوم

interview-journey-paid-by = سفر کا خرچ کس نے اٹھایا؟
interview-journey-paid-by-child = سفر کے پیسے کس نے دیے؟
interview-journey-paid-by-note = اگر اس شخص کو یہ رقم واپس کرنی ہے تو بعد میں، حفاظت والے سوالات میں، پوچھیں کہ کیا اس پر اب بھی قرض باقی ہے۔
interview-journey-paid-by-self = میں نے
interview-journey-paid-by-family = میرے خاندان نے
interview-journey-paid-by-someone-else = کسی اور نے
interview-journey-paid-by-pay-back-later = مجھے یہ پیسے بعد میں واپس کرنے ہیں
interview-journey-paid-by-do-not-know = مجھے نہیں معلوم

interview-journey-route = آپ نے سفر کیسے کیا؟ مثلاً بس، گاڑی، کشتی سے یا پیدل۔
interview-journey-route-child = آپ نے سفر کیسے کیا؟ بس میں، گاڑی میں، کشتی میں، یا پیدل چل کر؟

interview-journey-travelled-hidden = کیا آپ کو کبھی چھپ کر سفر کرنا پڑا، یا سرکاری راستے کے بجائے کسی اور جگہ سے سرحد پار کرنی پڑی؟
interview-journey-travelled-hidden-child = کیا سفر میں آپ کو کبھی چھپنا پڑا؟
interview-journey-travelled-hidden-note = بہت سے لوگوں کے پاس سفر کا کوئی محفوظ راستہ نہیں تھا۔ واضح کریں کہ یہ سوال ان کی حفاظت کے لیے ہے، سزا دینے کے لیے نہیں۔

interview-journey-promised-job = گھر چھوڑنے سے پہلے، کیا کسی نے آپ سے وعدہ کیا تھا کہ سفر کے آخر میں آپ کو نوکری، تعلیم یا بہتر زندگی ملے گی؟
interview-journey-promised-job-child = کیا کسی نے آپ سے وعدہ کیا تھا کہ آگے جا کر آپ کو کام، اسکول یا اچھی زندگی ملے گی؟
interview-journey-promised-job-note = اگر جواب "ہاں" ہو تو اگلا سوال پوچھیں۔ اگر "نہیں" ہو تو اگلے سوال کو "لاگو نہیں ہوتا" کے طور پر چھوڑ دیں۔

interview-journey-promise-kept = کیا سب کچھ ویسا ہی تھا جیسا وعدہ کیا گیا تھا؟
interview-journey-promise-kept-child = کیا سب کچھ ویسا ہی تھا جیسا انہوں نے کہا تھا؟
interview-journey-promise-kept-note = صرف اس صورت میں پوچھیں جب کسی نے وعدہ کیا ہو۔
interview-journey-promise-kept-as-promised = ہاں، وعدے کے مطابق تھا
interview-journey-promise-kept-different = نہیں، مختلف تھا
interview-journey-promise-kept-not-yet = ابھی مجھے نہیں معلوم

interview-journey-documents-holder = آپ کے کاغذات، جیسے پاسپورٹ یا شناختی کارڈ، اب کس کے پاس ہیں؟
interview-journey-documents-holder-child = آپ کے کاغذات، جیسے پاسپورٹ یا شناختی کارڈ، کہاں ہیں؟ اب وہ کس کے پاس ہیں؟
interview-journey-documents-holder-note = یہاں کاغذات دکھانے کا نہ کہیں۔ کاغذات کا نہ ہونا عام بات ہے اور شک کی وجہ نہیں۔
interview-journey-documents-holder-me = میرے پاس ہیں
interview-journey-documents-holder-family = میرے خاندان میں کسی کے پاس
interview-journey-documents-holder-organiser = اس شخص کے پاس جس نے سفر کا انتظام کیا
interview-journey-documents-holder-employer = کسی ایسے شخص کے پاس جس کے لیے میں نے کام کیا
interview-journey-documents-holder-someone-else = کسی اور کے پاس
interview-journey-documents-holder-taken = کسی نے مجھ سے لے لیے
interview-journey-documents-holder-lost = کھو گئے
interview-journey-documents-holder-never-had = میرے پاس کبھی کاغذات نہیں تھے

## Section: Your family

interview-section-family = آپ کا خاندان
interview-section-family-intro = اب آپ کے خاندان کے بارے میں کچھ سوال۔ اگر کسی بات پر بات کرنا مشکل ہو تو مجھے بتا دیں، ہم اسے چھوڑ دیں گے۔

interview-family-parents = اپنی والدہ اور والد کے بارے میں مجھے کچھ بتائیں۔ ان کے نام کیا ہیں، اور اگر آپ کو معلوم ہو تو وہ اب کہاں ہیں؟
interview-family-parents-child = مجھے اپنی امی اور ابو کے بارے میں بتائیں۔ ان کے نام کیا ہیں؟ وہ اب کہاں ہیں؟
interview-family-parents-note = ہو سکتا ہے والدین میں سے کوئی فوت ہو چکا ہو یا لاپتا ہو۔ بات کو اس شخص کی مرضی سے آگے بڑھنے دیں، اور تفصیلات پر زور نہ دیں۔

interview-family-siblings = کیا آپ کے بہن بھائی ہیں؟ وہ اب کہاں ہیں؟
interview-family-siblings-child = کیا آپ کے بہن بھائی ہیں؟ وہ کہاں ہیں؟

interview-family-separated-suddenly = کیا آپ کا اپنے خاندان سے ساتھ اچانک، بغیر کسی منصوبے کے، چھوٹ گیا تھا؟
interview-family-separated-suddenly-child = کیا آپ کا اپنے گھر والوں سے اچانک ساتھ چھوٹ گیا، جب آپ کو اس کی امید نہیں تھی؟
interview-family-separated-suddenly-note = اس سوال سے تکلیف دہ یادیں تازہ ہو سکتی ہیں۔ پریشانی کی علامات پر نظر رکھیں اور وقفے کی پیشکش کریں۔

interview-family-sudden-move = گھر چھوڑنے سے پہلے، کیا آپ کو اچانک کسی دوسری جگہ منتقل ہونا پڑا، یا دوسرے لوگوں کے ساتھ رہنا پڑا؟
interview-family-sudden-move-child = سفر سے پہلے، کیا آپ کو اچانک کسی نئی جگہ یا نئے لوگوں کے ساتھ رہنے جانا پڑا؟

interview-family-last-contact = آخری بار آپ کا اپنے خاندان سے رابطہ کب ہوا تھا؟
interview-family-last-contact-child = آپ نے آخری بار اپنے گھر والوں سے کب بات کی تھی؟

interview-family-can-contact = جب آپ کا دل چاہے، کیا آپ کا اپنے خاندان سے رابطہ ہو سکتا ہے؟
interview-family-can-contact-child = جب آپ کا دل چاہے، کیا آپ کی اپنے گھر والوں سے فون یا میسج پر بات ہو جاتی ہے؟
interview-family-can-contact-note = اگر کوئی اور اس رابطے کو کنٹرول کرتا ہے تو یہ تحفظ کا مسئلہ ہے۔ اگر محفوظ ہو اور یہ شخص چاہے تو فون کال کی پیشکش کریں۔
interview-family-can-contact-yes-freely = ہاں، جب بھی میرا دل چاہے
interview-family-can-contact-only-when-allowed = صرف جب کوئی مجھے اجازت دے
interview-family-can-contact-someone-stops-me = کوئی مجھے روکتا ہے، یا میرا فون لے لیا گیا ہے
interview-family-can-contact-no-means = میرے پاس فون یا نمبر نہیں ہے
interview-family-can-contact-do-not-know-where = مجھے نہیں معلوم وہ کہاں ہیں

interview-family-wish-to-trace = کیا آپ کی خواہش ہے کہ ہم آپ کے خاندان کے کسی فرد کو ڈھونڈنے میں آپ کی مدد کریں؟
interview-family-wish-to-trace-child = کیا آپ کا دل ہے کہ ہم آپ کے گھر والوں میں سے کسی کو ڈھونڈنے میں مدد کریں؟
interview-family-wish-to-trace-note = خاندان کی تلاش کے لیے رضامندی، یا بچے کے معاملے میں اس کے بہترین مفاد کا فیصلہ، ضروری ہے۔ کوئی بھی تلاش شروع ہونے سے پہلے اسے درج کریں۔

interview-family-who-to-find = آپ کو کس کی تلاش ہے؟ مجھے اس کا نام بتائیں، اور یہ کہ آپ نے آخری بار اسے کہاں اور کب دیکھا تھا۔
interview-family-who-to-find-child = ہم کس کو ڈھونڈیں؟ اس کا نام کیا ہے؟ آپ نے آخری بار اسے کہاں دیکھا تھا؟
interview-family-who-to-find-note = نام ہر اس ہجے میں درج کریں جو آپ سنیں۔ رضامندی درج ہوتے ہی یہ جواب تلاش شروع کر دیتا ہے۔

## Section: Safety and work

interview-section-safety-and-work = حفاظت اور کام
interview-section-safety-and-work-intro = اگلے سوال آپ کی حفاظت کے بارے میں ہیں۔ کچھ سوال مشکل ہو سکتے ہیں۔ ان میں سے جو سوال چاہیں چھوڑ دیں، اور جب چاہیں وقفہ لے لیں۔

interview-safety-and-work-feels-safe = کیا اب آپ کو محفوظ محسوس ہوتا ہے؟
interview-safety-and-work-feels-safe-child = کیا آپ کو یہاں محفوظ لگتا ہے؟
interview-safety-and-work-feels-safe-note = اگر جواب "نہیں" ہو تو پوچھیں کہ کس چیز سے مدد ملے گی، اور آگے بڑھنے سے پہلے اس پر عمل کریں۔

interview-safety-and-work-worked = کیا آپ نے سفر کے دوران، یا یہاں آنے سے پہلے، کوئی کام کیا؟
interview-safety-and-work-worked-child = کیا آپ کو سفر میں، یا یہاں آنے سے پہلے، کام کرنا پڑا؟
interview-safety-and-work-worked-note = ہر طرح کا کام شمار کریں: گھر میں، کھیت میں، چیزیں بیچنا، بھیک مانگنا یا بچوں کی دیکھ بھال۔

interview-safety-and-work-work-kind = وہ کس قسم کا کام تھا؟
interview-safety-and-work-work-kind-child = آپ نے کس طرح کا کام کیا؟
interview-safety-and-work-work-kind-note = صرف اس صورت میں پوچھیں جب اس شخص نے کام کیا ہو۔ ایک سے زیادہ جواب ہو سکتے ہیں۔
interview-safety-and-work-work-kind-house = صفائی، کھانا پکانا یا گھر کا کام
interview-safety-and-work-work-kind-childcare = بچوں کی دیکھ بھال
interview-safety-and-work-work-kind-farm = کھیتی باڑی یا جانوروں کا کام
interview-safety-and-work-work-kind-building = تعمیر یا فیکٹری کا کام
interview-safety-and-work-work-kind-selling = چیزیں بیچنا
interview-safety-and-work-work-kind-begging = بھیک مانگنا
interview-safety-and-work-work-kind-mine = کان یا پتھر کی کان میں کام
interview-safety-and-work-work-kind-dangerous = خطرناک مشینوں یا کیمیکلز کے ساتھ کام، بھاری بوجھ اٹھانا، یا رات کا کام
interview-safety-and-work-work-kind-sexual = جنسی کام، یا اس طرح کی تصویریں یا ویڈیوز
interview-safety-and-work-work-kind-armed-group = فوجیوں یا کسی مسلح گروہ کے لیے: لڑنا، سامان اٹھانا، پہرا دینا یا کھانا پکانا
interview-safety-and-work-work-kind-other = کوئی اور کام

interview-safety-and-work-age-started-work = جب آپ نے پہلی بار کام شروع کیا تو آپ کی عمر کتنی تھی؟
interview-safety-and-work-age-started-work-child = جب آپ نے کام کرنا شروع کیا تو آپ کتنے سال کے تھے؟
interview-safety-and-work-age-started-work-note = صرف اس صورت میں پوچھیں جب اس شخص نے کام کیا ہو۔ 15 سال سے کم عمر میں کام (ہلکے کام کے لیے 13 سال سے کم) زیادہ تر ممالک میں کام کی کم از کم عمر سے کم ہے (آئی ایل او کنونشن 138)۔
interview-safety-and-work-age-started-work-under-13 = 13 سال سے کم
interview-safety-and-work-age-started-work-13-to-14 = 13 یا 14 سال
interview-safety-and-work-age-started-work-15-or-older = 15 سال یا زیادہ
interview-safety-and-work-age-started-work-not-sure = مجھے یقین نہیں

interview-safety-and-work-paid = کیا آپ کو اس کام کی اجرت ملی؟
interview-safety-and-work-paid-child = کیا آپ کو کام کے پیسے ملے؟
interview-safety-and-work-paid-note = صرف اس صورت میں پوچھیں جب اس شخص نے کام کیا ہو۔
interview-safety-and-work-paid-paid-fully = ہاں، جتنے طے ہوئے تھے
interview-safety-and-work-paid-paid-less = طے شدہ رقم سے کم
interview-safety-and-work-paid-not-paid = نہیں
interview-safety-and-work-paid-paid-to-others = پیسے کسی اور کو ملے

interview-safety-and-work-owes-money = کیا آپ پر کسی کا قرض ہے، مثلاً سفر، کھانے یا رہنے کی جگہ کا؟
interview-safety-and-work-owes-money-child = کیا کوئی کہتا ہے کہ آپ نے اس کے پیسے دینے ہیں؟
interview-safety-and-work-owes-money-note = سفر کے قرضوں کو اکثر لوگوں کو قابو میں رکھنے کے لیے استعمال کیا جاتا ہے۔ قرض کس کا ہے، یہ صرف اسی صورت میں پوچھیں جب یہ شخص بتانا چاہے۔

interview-safety-and-work-marriage = کیا کسی نے آپ کی مرضی کے خلاف آپ کی شادی کر دی، یا کسی سے آپ کی شادی کا وعدہ کر دیا؟
interview-safety-and-work-marriage-child = کیا کسی نے آپ سے کہا ہے کہ آپ کو کسی سے شادی کرنی ہوگی؟
interview-safety-and-work-marriage-note = جبری شادی، اور کسی بچے کی کوئی بھی شادی، استحصال ہے۔ اگر یہ شخص بچہ ہے تو ابھی بچوں کے تحفظ کے لیے ریفر کریں۔

interview-safety-and-work-free-to-leave = جس جگہ آپ کا کام یا رہائش تھی، کیا آپ کو وہاں سے جب چاہیں نکل جانے کی آزادی تھی؟
interview-safety-and-work-free-to-leave-child = جب آپ کا دل چاہتا، کیا آپ کو باہر جانے یا اپنی رہنے کی جگہ چھوڑنے کی اجازت تھی؟

interview-safety-and-work-controlled-movement = کیا کوئی یہ طے کرتا ہے کہ آپ کہاں جائیں، یا آپ کو اکیلے باہر جانے سے روکتا ہے؟
interview-safety-and-work-controlled-movement-child = کیا کوئی اور فیصلہ کرتا ہے کہ آپ کہاں جائیں، یا آپ کو اکیلے باہر نہیں جانے دیتا؟
interview-safety-and-work-controlled-movement-note = صرف اس وقت پوچھیں جب ساتھ آنے والا کوئی بالغ کمرے میں موجود نہ ہو۔

interview-safety-and-work-told-not-to-speak = کیا کسی نے آپ سے کہا کہ پولیس سے، یا میرے جیسے لوگوں سے، بات نہ کریں؟
interview-safety-and-work-told-not-to-speak-child = کیا کسی نے آپ سے کہا کہ پولیس سے، یا میرے جیسے لوگوں سے، بات نہ کرنا؟
interview-safety-and-work-told-not-to-speak-note = اگر جواب "ہاں" ہو تو اس شخص کو بتائیں کہ ہم سے بات کرنے پر اسے کوئی سزا نہیں ملے گی۔

interview-safety-and-work-hurt-or-threatened = کیا کسی نے آپ کو تکلیف پہنچائی ہے، یا یہ کہا ہے کہ وہ آپ کو یا آپ کے خاندان کو نقصان پہنچائے گا؟
interview-safety-and-work-hurt-or-threatened-child = کیا کسی نے آپ کو تکلیف دی، یا یہ کہہ کر ڈرایا کہ وہ آپ کو یا آپ کے گھر والوں کو نقصان پہنچائے گا؟
interview-safety-and-work-hurt-or-threatened-note = تفصیلات نہ پوچھیں۔ سنیں، یقین کریں، اور بتائیں کہ اس میں ان کا کوئی قصور نہیں۔ اگر جواب "ہاں" ہو تو تحفظ (سیف گارڈنگ) کے طریقۂ کار پر عمل کریں، اور صحت اور نفسیاتی و سماجی مدد کی پیشکش کریں۔

## Section: Your health

interview-section-health = آپ کی صحت
interview-section-health-intro = اب آپ کی طبیعت کے بارے میں کچھ سوال، تاکہ ہم آپ کو صحیح مدد دلا سکیں۔

interview-health-injuries = کیا آپ کو کہیں چوٹ لگی ہے، یا کہیں درد ہے؟
interview-health-injuries-child = کیا آپ کو کہیں درد ہو رہا ہے؟
interview-health-injuries-note = اگر جواب "ہاں" ہو تو ابھی طبی مدد کی پیشکش کریں۔ معائنہ نہ کریں، اور یہاں یہ نہ پوچھیں کہ یہ کیسے ہوا۔

interview-health-medication = کیا آپ کو کوئی دوا لینی ہوتی ہے، یا ڈاکٹر یا نرس کو دکھانے کی ضرورت ہے؟
interview-health-medication-child = کیا آپ کو دوا چاہیے، یا ڈاکٹر یا نرس سے ملنا ہے؟

interview-health-sleep = آپ کی نیند کیسی ہے؟
interview-health-sleep-child = رات کو آپ کو نیند کیسی آتی ہے؟
interview-health-sleep-note = مشکل سفر کے بعد نیند کی خرابی اور برے خواب عام ہیں۔ اس شخص کو بتائیں کہ مدد دستیاب ہے۔
interview-health-sleep-well = اچھی
interview-health-sleep-sometimes-badly = کبھی کبھی خراب
interview-health-sleep-badly = زیادہ تر راتوں کو خراب

interview-health-feeling = آج کل آپ کے دل کا حال کیسا ہے؟
interview-health-feeling-child = آج کل اندر سے آپ کو کیسا لگتا ہے؟
interview-health-feeling-note = ہر جواب قبول کریں، "مجھے نہیں معلوم" بھی۔ اگر یہ شخص بہت پریشان ہو تو وقفہ کریں، سہارا دیں، اور نفسیاتی و سماجی مدد کے لیے ریفرل پر غور کریں۔

## Section: What you want

interview-section-wishes = آپ کی خواہش
interview-section-wishes-intro = آپ کی خواہش اہم ہے۔ آپ کے بارے میں ہر فیصلے میں ہم اس کا خیال رکھیں گے۔

interview-wishes-next = آپ کی خواہش ہے کہ آگے کیا ہو؟
interview-wishes-next-child = آپ کا دل کیا چاہتا ہے، اب کیا ہو؟
interview-wishes-next-note = اس شخص کے اپنے الفاظ لکھیں۔ ایسا وعدہ نہ کریں جسے پورا کرنے کا آپ کو یقین نہ ہو۔

interview-wishes-trusted-people = آپ کو یہاں یا کہیں اور کس پر بھروسہ ہے؟
interview-wishes-trusted-people-child = آپ کو کن لوگوں پر بھروسہ ہے؟
interview-wishes-trusted-people-note = اس سے ہمیں پتا چلتا ہے کہ کون اس شخص کا سہارا بن سکتا ہے۔

interview-wishes-worries = کیا اس وقت کوئی بات آپ کو پریشان کر رہی ہے؟
interview-wishes-worries-child = کیا آپ کو کسی بات کی فکر ہے؟

## Section: Finishing

interview-section-closing = اختتام
interview-section-closing-intro = بات تقریباً مکمل ہو گئی ہے۔ مجھ سے بات کرنے کا شکریہ۔

interview-closing-anything-else = کیا کوئی اور بات ہے جو آپ مجھے بتانا چاہیں؟
interview-closing-anything-else-child = کوئی اور بات ہے جو آپ کو مجھے بتانی ہے؟

interview-closing-questions = کیا آپ کا ہم سے کوئی سوال ہے؟
interview-closing-questions-child = کیا آپ کو ہم سے کچھ پوچھنا ہے؟

interview-closing-next-steps-understood = میں نے آپ کو بتایا ہے کہ آگے کیا ہوگا۔ کیا یہ بات آپ کو صاف سمجھ آ گئی؟
interview-closing-next-steps-understood-child = کیا آپ کو سمجھ آیا کہ آگے کیا ہوگا؟
interview-closing-next-steps-understood-note = بتائیں کہ اس شخص سے کون رابطہ کرے گا، اس کی رہائش کہاں ہوگی، ہم سے کیسے رابطہ کیا جا سکتا ہے، اور یہ کہ بعد میں بھی جوابات میں اضافہ یا تبدیلی کی جا سکتی ہے۔ کبھی کسی مشکل موضوع پر بات ختم نہ کریں۔

## Section: Officer observations

interview-section-officer-observations = افسر کے مشاہدات
interview-section-officer-observations-intro = صرف افسر کے لیے۔ یہ سوال بلند آواز سے نہ پڑھیں۔ جو آپ نے دیکھا اور سنا وہ درج کریں، نتائج نہیں۔

interview-officer-observations-scripted-account = کیا اس شخص کا بیان رٹا ہوا یا کسی اور کا سکھایا ہوا لگا؟ مثلاً دوسروں جیسے ہی الفاظ، یا ایسے الفاظ جو اس کی عمر سے میل نہ کھائیں۔
interview-officer-observations-scripted-account-note = رٹا ہوا بیان جھوٹ نہیں ہوتا۔ اس کا مطلب یہ ہو سکتا ہے کہ کسی نے اس شخص کو بتایا کہ کیا کہنا ہے۔

interview-officer-observations-signs-of-abuse = کیا آپ نے جسمانی یا جذباتی نقصان کی ممکنہ علامات دیکھیں، جیسے چوٹیں، خوف، یا خاموش اور الگ تھلگ رہنا؟
interview-officer-observations-signs-of-abuse-note = جو آپ نے دیکھا وہ لکھیں، یہ نہیں کہ آپ کے خیال میں اس کی وجہ کیا تھی۔ تحفظ (سیف گارڈنگ) کے طریقۂ کار پر عمل کریں۔

interview-officer-observations-adult-in-control = کیا ساتھ آنے والے کسی بالغ نے اس شخص کی جگہ جواب دیے، اس پر کڑی نظر رکھی، یا وہ اسے کنٹرول کرتا ہوا لگا؟
interview-officer-observations-adult-in-control-note = اگر ایسا ہے تو یقینی بنائیں کہ اگلی بات چیت اس بالغ کی غیر موجودگی میں ہو۔
