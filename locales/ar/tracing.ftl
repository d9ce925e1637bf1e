### Family tracing: candidate matches between a sought person and registered persons.
### Reasons are shown to a caseworker next to each candidate, so that they can judge the match.

## Why a candidate was found (or counts less)

tracing-reason-names-match = الأسماء متطابقة
tracing-reason-names-match-across-scripts = الأسماء متطابقة رغم كتابتها بأبجديات مختلفة
tracing-reason-names-similar = الأسماء متشابهة، لكنها قد تكون أسماء مختلفة
tracing-reason-sex-matches = الجنس نفسه
tracing-reason-sex-differs = الجنس مختلف
tracing-reason-ages-overlap = نطاقات العمر متداخلة
tracing-reason-ages-close = الأعمار متقاربة، لكن نطاقاتها غير متداخلة
tracing-reason-ages-apart = الأعمار متباعدة كثيراً
tracing-reason-same-nationality = الجنسية نفسها
tracing-reason-nationality-differs = الجنسية مختلفة
tracing-reason-shared-language = توجد لغة مشتركة
tracing-reason-no-shared-language = لا توجد لغة مشتركة
tracing-reason-place-matches = التسجيل في المكان الذي شوهد فيه الشخص آخر مرة
tracing-reason-registered-after-last-seen = التسجيل بعد تاريخ آخر مرة شوهد فيها الشخص
tracing-reason-registered-before-last-seen = التسجيل قبل تاريخ آخر مرة شوهد فيها الشخص بوقت طويل
tracing-reason-relationship-fits = العمر والجنس يتوافقان مع صلة القرابة
tracing-reason-relationship-unlikely = العمر أو الجنس لا يتوافق مع صلة القرابة

## Relationship of the sought person to the person looking for them

tracing-relationship-mother = الأم
tracing-relationship-father = الأب
tracing-relationship-son = الابن
tracing-relationship-daughter = الابنة
tracing-relationship-sister = الأخت
tracing-relationship-brother = الأخ
tracing-relationship-spouse = الزوج أو الزوجة أو شريك الحياة
tracing-relationship-grandparent = الجد أو الجدة
tracing-relationship-other = قريب آخر أو صديق

## Candidate list

tracing-candidates-title = تطابقات محتملة مع { $name }
tracing-candidates-none = لا يوجد تطابق محتمل حتى الآن. يُعاد البحث كلما سُجّل أشخاص جدد.
tracing-candidate-score = درجة التطابق: { $percent }٪
tracing-candidate-confirm = تأكيد التطابق
tracing-candidate-reject = ليس هذا الشخص
