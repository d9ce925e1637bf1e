### Family tracing: candidate matches between a sought person and registered persons.
### Reasons are shown to a caseworker next to each candidate, so that they can judge the match.

## Why a candidate was found (or counts less)

tracing-reason-names-match = نومونه سره سمون لري
tracing-reason-names-match-across-scripts = نومونه په بېلابېلو لیکدودونو لیکل شوي، خو سره سمون لري
tracing-reason-names-similar = نومونه سره ورته دي، خو کېدای شي بېل نومونه وي
tracing-reason-sex-matches = جنسیت یو شان دی
tracing-reason-sex-differs = جنسیت توپیر لري
tracing-reason-ages-overlap = د عمر حدونه یو له بل سره ګډ دي
tracing-reason-ages-close = عمرونه سره نږدې دي، خو د عمر حدونه سره ګډ نه دي
tracing-reason-ages-apart = د عمرونو ترمنځ ډېر توپیر دی
tracing-reason-same-nationality = تابعیت یو شان دی
tracing-reason-nationality-differs = تابعیت توپیر لري
tracing-reason-shared-language = ګډه ژبه لري
tracing-reason-no-shared-language = هېڅ ګډه ژبه نه لري
tracing-reason-place-matches = په هماغه ځای کې ثبت شوی چې وروستی ځل پکې لیدل شوی و
tracing-reason-registered-after-last-seen = د وروستي ځل لیدو له نېټې وروسته ثبت شوی
tracing-reason-registered-before-last-seen = د وروستي ځل لیدو له نېټې ډېر مخکې ثبت شوی
tracing-reason-relationship-fits = عمر او جنسیت له خپلوۍ سره سمون لري
tracing-reason-relationship-unlikely = عمر یا جنسیت له خپلوۍ سره سمون نه لري

## Relationship of the sought person to the person looking for them

tracing-relationship-mother = مور
tracing-relationship-father = پلار
tracing-relationship-son = زوی
tracing-relationship-daughter = لور
tracing-relationship-sister = خور
tracing-relationship-brother = ورور
tracing-relationship-spouse = مېړه، مېرمن یا د ژوند ملګری
tracing-relationship-grandparent = نیکه یا انا
tracing-relationship-other = بل خپلوان یا ملګری

## Candidate list

tracing-candidates-title = د { $name } لپاره احتمالي سمونونه
tracing-candidates-none = تر اوسه هېڅ احتمالي سمون نشته. هر کله چې نوي کسان ثبت شي، لټون بیا کېږي.
tracing-candidate-score = د سمون کچه: { $percent }٪
tracing-candidate-confirm = سمون تایید کړئ
tracing-candidate-reject = دا هغه کس نه دی
