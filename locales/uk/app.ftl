## The desktop app: every word on its screens. Officers read this under pressure: short,
## plain, kind. Errors say what to do next.

## Frame
app-loading = Відкриваємо Waypoint…
app-ui-language = Ваша мова
app-quick-hide = Сховати
app-quick-hide-hint = Негайно сховати все (Esc)
app-lock = Заблокувати
app-dismiss = Закрити
app-save-saving = Збереження…
app-save-saved = Збережено
app-save-error = Не збережено — див. повідомлення
app-neutral-title = Waypoint
app-neutral-continue = Продовжити

## Set-up and unlock
app-setup-title = Налаштувати цей пристрій
app-setup-explain = Усі дані на цьому пристрої зашифровано вашою парольною фразою. Виберіть таку, яку зможете запам’ятати: якщо її забути, відновити її не вдасться.
app-setup-site = Місце (пункт пропуску або притулок)
app-setup-submit = Налаштувати
app-user = Ім’я користувача
app-passphrase = Парольна фраза
app-passphrase-again = Парольна фраза ще раз
app-unlock-title = Розблокувати
app-unlock-submit = Розблокувати

## Case list
app-search-placeholder = Пошук за ім’ям (будь-якою системою письма) або кодом справи
app-new-case = Нова справа
app-no-cases = Справ не знайдено.
app-no-name = (ім’я ще не вказано)
app-filter-any = Усі
app-filter-status = Статус
app-filter-risk = Ризик
app-filter-age-band = Вік
app-filter-flag = Позначка
app-status-open = Відкрита
app-status-transferred = Передана
app-status-closed = Закрита
app-risk-none = Немає ознак ризику
app-risk-low = Низький ризик
app-risk-medium = Середній ризик
app-risk-high = Високий ризик
app-age-band-0-4 = 0–4
app-age-band-5-11 = 5–11
app-age-band-12-14 = 12–14
app-age-band-15-17 = 15–17
app-age-band-18-59 = 18–59
app-age-band-60-plus = 60 і старше
app-age-band-unknown = Вік невідомий
app-flag-child = Дитина
app-flag-unaccompanied = Без супроводу
app-flag-separated = Розлучення з батьками
app-flag-referral-prompt = Потрібне направлення
app-flag-age-disputed = Вік оскаржується
app-flag-trafficking-risk = Ризик торгівлі людьми
app-conflicts-count = { $count ->
    [one] { $count } конфлікт потрібно розв’язати
    [few] { $count } конфлікти потрібно розв’язати
    [many] { $count } конфліктів потрібно розв’язати
   *[other] { $count } конфлікту потрібно розв’язати
}

## Case
app-back-to-list = ← Справи
app-tab-registration = Реєстрація
app-tab-consent = Згода
app-tab-interview = Інтерв’ю
app-tab-age = Вік
app-referral-prompt = Направте цю особу зараз:
app-age-treated-as-child = Вважається дитиною{ $basis ->
    [doubt] { " " }(вік під сумнівом)
    [disputed_assessment] { " " }(оцінку оскаржено)
   *[other] {""}
}
app-age-adult = Вважається дорослою особою
app-age-range = { $min }–{ $max } { $max ->
    [one] рік
    [few] роки
   *[other] років
}

## Registration
app-names = Імена
app-name-given = Ім’я
app-name-family = Прізвище
app-name-alias = Інше ім’я або написання
app-add = Додати
app-remove = Прибрати
app-sex = Стать
app-sex-female = Жіноча
app-sex-male = Чоловіча
app-sex-other = Інша
app-sex-not-stated = Воліє не вказувати
app-birth = Дата народження або вік
app-birth-kind-unknown = Невідомо
app-birth-kind-exact = Точна дата
app-birth-kind-approximate = Рік (і місяць)
app-birth-kind-stated-age = Вік зі слів особи
app-birth-date = Дата народження (рік-місяць-день)
app-birth-year = Рік
app-birth-month = Місяць (1–12)
app-stated-age = Вік (повних років)
app-origin = Громадянство та мови
app-nationalities = Громадянство (кілька — через кому)
app-languages-spoken = Мови, якими розмовляє особа (коди, наприклад ar, ti, so)
app-preferred-language = Бажана мова інтерв’ю
app-not-known = Невідомо
app-accompaniment = З ким подорожує
app-accompaniment-unaccompanied = Ні з ким (без супроводу)
app-accompaniment-separated = Розлучення з батьками або з людиною, яка зазвичай піклується про дитину
app-accompaniment-accompanied = З батьками або з людиною, яка зазвичай піклується про дитину
app-encounter = Де і як зустріли особу
app-encounter-place = Місце
app-encounter-circumstances = Обставини

## Consent
app-consent-explain = Поясніть кожну мету мовою { $language } і запишіть рішення самої особи. Щодо кожної мети рішення ухвалюють окремо, а згоду можна відкликати будь-коли.
app-consent-given-by = Хто ухвалює рішення
app-consent-giver-person = Сама особа
app-consent-giver-guardian = Один із батьків або опікун
app-consent-giver-best-interest-decision = Рішення в найкращих інтересах дитини
app-consent-guardian-name = Ім’я одного з батьків або опікуна
app-consent-role = Посада фахівця, який ухвалює рішення
app-consent-purpose = { $purpose ->
    [registration] Запис особистих даних
    [sharing_with_hq] Передавання даних до головного офісу
    [family_tracing] Пошук родини
    [referral] Направлення до служб
   *[photo] Фото
}
app-consent-not-asked = Ще не запитано
app-consent-given = Надано
app-consent-refused = Відмовлено
app-consent-withdrawn = Відкликано
app-consent-give = Дає згоду
app-consent-refuse = Відмовляється
app-consent-withdraw = Відкликає згоду

## Interview
app-interview-language = Мова інтерв’ю
app-sitting-controls = Сеанс
app-end-sitting = Завершити сеанс (усе зроблено)
app-in-your-language = Вашою мовою
app-interpreter = Перекладач (якщо є)
app-start-interview = Почати інтерв’ю мовою { $language }
app-continue-interview = Продовжити інтерв’ю мовою { $language }
app-sitting-completed = завершено
app-sitting-paused = призупинено
app-sitting-stopped-by-person = зупинено на прохання особи
app-sitting-stopped-by-officer = зупинено працівником
app-question-progress = Запитання { $n } з { $total }
app-layout-section = Показати весь розділ
app-layout-one = По одному запитанню
app-previous = Попереднє
app-next = Наступне
app-sensitive-question = Делікатне запитання: ставте його лише тоді, коли особа готова, і запропонуйте перерву.
app-officer-note = Примітка для працівника
app-yes = Так
app-no = Ні
app-answer-answered = Є відповідь
app-answer-declined = Відмова відповідати
app-answer-not-asked = Не запитано
app-answer-revisit = Повернутися пізніше

## Age assessment
app-age-new = Нова оцінка віку
app-age-method = Метод
app-age-method-documents = Документи
app-age-method-statement = Слова самої особи
app-age-method-holistic = Комплексна оцінка
app-age-min = Найменший вік
app-age-max = Найбільший вік
app-age-indicators = На чому ґрунтується оцінка (по одному пункту в рядку)
app-age-outcome = Результат
app-age-disputed = Особа не погоджується з цією оцінкою
app-age-save = Записати оцінку

## Errors from the app's checks (shown next to the field)
app-error-locked = Waypoint заблокувався, щоб захистити дані. Розблокуйте, щоб продовжити; усе збережене залишиться.
app-error-unlock-failed = Неправильне ім’я користувача або парольна фраза. Перевірте мову клавіатури та Caps Lock і спробуйте ще раз.
app-error-passphrase-mismatch = Парольні фрази не збігаються.
app-error-site-missing = Вкажіть місце, де працює цей пристрій.
app-error-user-missing = Введіть ім’я користувача.
app-error-auto-lock-range = Вкажіть кількість хвилин від { $min } до { $max }.
app-error-hq-url = Адреса головного офісу має починатися з http:// або https://.
app-error-text-too-long = Текст задовгий. Максимальна кількість символів: { $max }.
app-error-language-invalid = Це не код мови (використовуйте коди, наприклад ar, ti або so).
app-error-guardian-name-missing = Введіть ім’я одного з батьків або опікуна.
app-error-no-open-sitting = Спершу почніть або продовжте інтерв’ю.
app-error-unknown-question = Цього запитання ({ $question }) немає в шаблоні інтерв’ю.
app-error-not-asked-reason = Виберіть, чому запитання не поставили.
app-error-answer-kind = Ця відповідь не підходить до запитання.
app-error-partial-date = Запишіть дату як рік (2015), рік і місяць (2015-06) або повну дату (2015-06-21).
app-error-birth-date-invalid = Такої дати не існує. Запишіть її у форматі рік-місяць-день, наприклад 2011-04-23.
app-error-birth-date-future = Ця дата в майбутньому.
app-error-birth-year-range = Рік має бути від { $min } до { $max }.
app-error-age-too-high = Вік понад { $max } неможливий.
app-error-age-range-inverted = Найбільший вік менший за найменший. Перевірте обидва числа.
