### Family tracing: candidate matches between a sought person and registered persons.
### Reasons are shown to a caseworker next to each candidate, so that they can judge the match.

## Why a candidate was found (or counts less)

tracing-reason-names-match = نام ملتے ہیں
tracing-reason-names-match-across-scripts = نام مختلف رسم الخط میں لکھے ہیں، لیکن ملتے ہیں
tracing-reason-names-similar = نام ملتے جلتے ہیں، لیکن یہ مختلف نام بھی ہو سکتے ہیں
tracing-reason-sex-matches = جنس ایک ہی ہے
tracing-reason-sex-differs = جنس مختلف ہے
tracing-reason-ages-overlap = عمر کی حدیں آپس میں ملتی ہیں
tracing-reason-ages-close = عمریں قریب قریب ہیں، لیکن عمر کی حدیں آپس میں نہیں ملتیں
tracing-reason-ages-apart = عمروں میں بہت فرق ہے
tracing-reason-same-nationality = قومیت ایک ہی ہے
tracing-reason-nationality-differs = قومیت مختلف ہے
tracing-reason-shared-language = کوئی زبان مشترک ہے
tracing-reason-no-shared-language = کوئی زبان مشترک نہیں
tracing-reason-place-matches = اندراج اسی جگہ ہوا جہاں آخری بار دیکھا گیا تھا
tracing-reason-registered-after-last-seen = اندراج آخری بار دیکھے جانے کی تاریخ کے بعد ہوا
tracing-reason-registered-before-last-seen = اندراج آخری بار دیکھے جانے کی تاریخ سے کافی پہلے ہوا
tracing-reason-relationship-fits = عمر اور جنس اس رشتے سے مطابقت رکھتی ہیں
tracing-reason-relationship-unlikely = عمر یا جنس اس رشتے سے مطابقت نہیں رکھتی

## Relationship of the sought person to the person looking for them

tracing-relationship-mother = والدہ
tracing-relationship-father = والد
tracing-relationship-son = بیٹا
tracing-relationship-daughter = بیٹی
tracing-relationship-sister = بہن
tracing-relationship-brother = بھائی
tracing-relationship-spouse = شوہر، بیوی یا جیون ساتھی
tracing-relationship-grandparent = دادا، دادی، نانا یا نانی
tracing-relationship-other = کوئی اور رشتہ دار یا دوست

## Candidate list

tracing-candidates-title = { $name } سے ممکنہ طور پر ملنے والے افراد
tracing-candidates-none = ابھی تک کوئی ممکنہ مماثلت نہیں ملی۔ جب بھی نئے لوگوں کا اندراج ہوگا، تلاش دوبارہ کی جائے گی۔
tracing-candidate-score = مماثلت کا اسکور: { $percent }%
tracing-candidate-confirm = مماثلت کی تصدیق کریں
tracing-candidate-reject = یہ وہ شخص نہیں ہے
