### Family tracing: candidate matches between a sought person and registered persons.
### Reasons are shown to a caseworker next to each candidate, so that they can judge the match.

## Why a candidate was found (or counts less)

tracing-reason-names-match = Імена збігаються
tracing-reason-names-match-across-scripts = Імена збігаються, хоча записані різними системами письма
tracing-reason-names-similar = Імена схожі, але це можуть бути різні імена
tracing-reason-sex-matches = Стать збігається
tracing-reason-sex-differs = Стать відрізняється
tracing-reason-ages-overlap = Вікові діапазони перетинаються
tracing-reason-ages-close = Вік близький, але діапазони не перетинаються
tracing-reason-ages-apart = Вік дуже відрізняється
tracing-reason-same-nationality = Громадянство збігається
tracing-reason-nationality-differs = Громадянство відрізняється
tracing-reason-shared-language = Є спільна мова
tracing-reason-no-shared-language = Немає спільної мови
tracing-reason-place-matches = Зареєстровано там, де людину бачили востаннє
tracing-reason-registered-after-last-seen = Зареєстровано після дати, коли людину бачили востаннє
tracing-reason-registered-before-last-seen = Зареєстровано задовго до дати, коли людину бачили востаннє
tracing-reason-relationship-fits = Вік і стать відповідають спорідненості
tracing-reason-relationship-unlikely = Вік або стать не відповідають спорідненості

## Relationship of the sought person to the person looking for them

tracing-relationship-mother = Мати
tracing-relationship-father = Батько
tracing-relationship-son = Син
tracing-relationship-daughter = Донька
tracing-relationship-sister = Сестра
tracing-relationship-brother = Брат
tracing-relationship-spouse = Чоловік, дружина або партнер
tracing-relationship-grandparent = Бабуся або дідусь
tracing-relationship-other = Інший родич або друг

## Candidate list

tracing-candidates-title = Можливі збіги для { $name }
tracing-candidates-none = Можливих збігів поки немає. Пошук повторюється щоразу, коли реєструють нових людей.
tracing-candidate-score = Ступінь збігу: { $percent }%
tracing-candidate-confirm = Підтвердити збіг
tracing-candidate-reject = Це не та людина
