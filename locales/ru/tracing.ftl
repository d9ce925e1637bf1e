### Family tracing: candidate matches between a sought person and registered persons.
### Reasons are shown to a caseworker next to each candidate, so that they can judge the match.

## Why a candidate was found (or counts less)

tracing-reason-names-match = Имена совпадают
tracing-reason-names-match-across-scripts = Имена совпадают, хотя записаны разными системами письма
tracing-reason-names-similar = Имена похожи, но это могут быть разные имена
tracing-reason-sex-matches = Пол совпадает
tracing-reason-sex-differs = Пол не совпадает
tracing-reason-ages-overlap = Возрастные диапазоны пересекаются
tracing-reason-ages-close = Возраст близок, но диапазоны не пересекаются
tracing-reason-ages-apart = Возраст сильно различается
tracing-reason-same-nationality = Гражданство совпадает
tracing-reason-nationality-differs = Гражданство не совпадает
tracing-reason-shared-language = Есть общий язык
tracing-reason-no-shared-language = Нет общего языка
tracing-reason-place-matches = Регистрация там, где человека видели в последний раз
tracing-reason-registered-after-last-seen = Регистрация после даты, когда человека видели в последний раз
tracing-reason-registered-before-last-seen = Регистрация задолго до даты, когда человека видели в последний раз
tracing-reason-relationship-fits = Возраст и пол соответствуют степени родства
tracing-reason-relationship-unlikely = Возраст или пол не соответствуют степени родства

## Relationship of the sought person to the person looking for them

tracing-relationship-mother = Мать
tracing-relationship-father = Отец
tracing-relationship-son = Сын
tracing-relationship-daughter = Дочь
tracing-relationship-sister = Сестра
tracing-relationship-brother = Брат
tracing-relationship-spouse = Муж, жена или партнёр
tracing-relationship-grandparent = Бабушка или дедушка
tracing-relationship-other = Другой родственник или друг

## Candidate list

tracing-candidates-title = Возможные совпадения для { $name }
tracing-candidates-none = Возможных совпадений пока нет. Поиск повторяется каждый раз, когда регистрируют новых людей.
tracing-candidate-score = Степень совпадения: { $percent } %
tracing-candidate-confirm = Подтвердить совпадение
tracing-candidate-reject = Это не тот человек
