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
app-filter-site = Місце
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
app-flag-not-shared = Лише на цьому пристрої
app-conflicts-count = { $count ->
    [one] { $count } конфлікт потрібно розв’язати
    [few] { $count } конфлікти потрібно розв’язати
    [many] { $count } конфліктів потрібно розв’язати
   *[other] { $count } конфлікту потрібно розв’язати
}

## Case
app-back-to-list = ← Справи
app-cases-title = Справи
app-case-sections = Розділи справи
app-interview-keys = Клавіші: Alt+N наступне запитання · Alt+P попереднє запитання · Alt+D відмова відповідати · Alt+R повернутися пізніше · Alt+O не запитано
app-tab-registration = Реєстрація
app-tab-consent = Згода
app-tab-interview = Інтерв’ю
app-tab-age = Вік
app-tab-tracing = Пошук родини
app-tab-screening = Скринінг
app-tab-referrals = Направлення й подальші дії
app-tab-transfer = Передання
app-tab-conflicts = Конфлікти
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
app-adults = Дорослі, які подорожують з особою
app-adults-explain = Для кожного дорослого: ким він себе називає, як це перевірили і що вас непокоїть. Дитину, яка перебуває з дорослим, чий зв’язок із нею викликає сумнів або який вас непокоїть, направляють до служби захисту дітей.
app-adults-none = Дорослих не записано.
app-adult-name = Ім’я дорослого
app-adult-relationship = Ким доводиться особі (з його слів)
app-adult-verified = Перевірка зв’язку
app-adult-verified-not-verified = Ще не перевірено
app-adult-verified-verified = Підтверджено
app-adult-verified-doubtful = Викликає сумнів
app-adult-verified-how = Як перевіряли
app-adult-documents = Переглянуті документи
app-adult-concern = Що вас непокоїть (якщо є)
app-adult-add = Додати цього дорослого
app-adult-save = Зберегти зміни
app-encounter = Де і як зустріли особу
app-encounter-place = Місце
app-encounter-circumstances = Обставини

## Consent
app-consent-explain = Поясніть кожну мету мовою { $language } і запишіть рішення самої особи. Щодо кожної мети рішення ухвалюють окремо, а згоду можна відкликати будь-коли.
app-consent-read-aloud = Прочитайте це особі:
app-consent-withdraw-sharing-explain = Відкликання цієї згоди стирає справу в головному офісі та на всіх інших пристроях; вона залишається лише на цьому пристрої, а головний офіс зберігає тільки знеособлений підрахунок. Відкликати?
app-consent-withdraw-confirm = Так, відкликати
app-consent-withdraw-cancel = Продовжити передавання
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
app-officer-only = Лише для вас: не зачитуйте це вголос і не показуйте особі.
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

## Family tracing
app-tracing-explain = Родичі, яких шукає ця особа. Записуйте кожне написання, яке чуєте, будь-якою системою письма: збіги шукають у всіх системах письма й на всіх пунктах.
app-tracing-add = Додати родича, якого шукають
app-tracing-relationship = Спорідненість (мати, брат, тітка…)
app-tracing-names = Імена та варіанти написання (по одному в рядку)
app-tracing-age = Вік у роках або дата народження
app-tracing-last-seen-place = Де бачили востаннє
app-tracing-last-seen-date = Коли бачили востаннє (2023, 2023-06 або 2023-06-21)
app-tracing-contacts = Контакти або люди, які можуть щось знати (по одному в рядку)
app-tracing-find = Шукати збіги
app-tracing-no-candidates = Поки що жодна зареєстрована особа не збігається. Пошукайте пізніше: нові реєстрації надходять із кожною синхронізацією.
app-tracing-score = Збіг { $score }%
app-tracing-confirm = Та сама особа
app-tracing-reject = Не та сама особа
app-tracing-confirmed = Підтверджено
app-tracing-rejected = Відхилено
app-tracing-decided-by = користувач { $user }, { $when }

## Screening for trafficking and exploitation
app-screening-explain = Записуйте те, що ви спостерігаєте або що розповідає особа. Не зачитуйте цей список особі.
app-screening-source = Звідки ви це знаєте
app-indicator-source-observed = Спостереження
app-indicator-source-stated = Зі слів особи
app-indicator-source-document = У документі
app-indicator-source-third-party = Зі слів іншої людини
app-indicator-source-interview-answer = З інтерв’ю
app-screening-record = Записати
app-screening-dismiss = Не стосується
app-screening-restore = Усе ж стосується
app-screening-dismissed = визнано таким, що не стосується
app-screening-reasons = Чому:
app-screening-no-reasons = Ознак не записано.

## Referrals and follow-ups
app-service-child-protection = Захист дітей
app-service-anti-trafficking = Служба протидії торгівлі людьми
app-service-health = Медична допомога
app-service-psychosocial = Психосоціальна підтримка
app-service-legal = Правова допомога
app-service-shelter = Притулок
app-service-guardianship = Опіка
app-service-family-tracing = Служба пошуку родин
app-referral-service = Служба
app-referral-urgent = Терміново
app-referral-note = Примітка для служби
app-referral-status = Статус
app-referral-status-proposed = Запропоновано
app-referral-status-made = Направлено
app-referral-status-accepted = Прийнято
app-referral-status-declined = Відхилено
app-referral-status-completed = Завершено
app-referrals-add = Додати направлення
app-referrals-none = Направлень ще немає.
app-referral-basis = Підстава для направлення
app-referral-basis-consent = Згода особи на направлення
app-referral-basis-best-interest-decision = Рішення в найкращих інтересах дитини
app-referral-basis-mandatory-report = Повідомлення, якого вимагає закон
app-follow-ups = Подальші дії
app-follow-up-due = Термін
app-follow-up-note = Що зробити
app-follow-up-add = Додати подальшу дію
app-follow-up-done = Виконано
app-follow-up-overdue = Прострочено
app-follow-ups-none = Подальших дій не заплановано.

## Transfer
app-transfer-explain = Передайте цю справу іншому пункту. Головний офіс передасть справу цьому пункту під час наступної синхронізації.
app-transfer-to = Пункт, який приймає справу
app-transfer-reason = Причина
app-transfer-do = Передати справу
app-transfer-history = З { $from } до { $to }, { $when }, користувач { $user }

## Conflicts
app-conflicts-explain = Два пристрої змінили те саме поле без зв’язку. Обидва значення зберігаються, доки ви не виберете одне; ваш вибір надсилається, як і будь-яка інша зміна.
app-conflicts-none = У цій справі нічого розв’язувати.
app-conflict-written = Записано: { $user }, { $when }
app-conflict-unknown-writer = Невідомо, хто записав
app-conflict-keep = Залишити це

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
app-error-adult-name-missing = Введіть ім’я дорослого.
app-error-referral-needs-basis = { $state ->
        [refused] Особа відмовилася дати згоду на направлення.
        [withdrawn] Особа відкликала згоду на направлення.
       *[other] Особу ще не запитували про направлення.
    } Без згоди виберіть правову підставу для направлення: рішення в найкращих інтересах дитини або повідомлення, якого вимагає закон.
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
app-error-entry-missing = Цього запису вже немає (можливо, його змінили на іншому пристрої). Відкрийте справу знову.
app-error-transfer-same-site = Справа вже в цьому пункті. Вкажіть пункт, який приймає справу.

## Sync with headquarters (top bar, sync screen, and why a sync did not finish)
app-sync-title = Синхронізація з головним офісом
app-sync-status-not-enrolled = Не під’єднано до головного офісу
app-sync-status-running = Синхронізація…
app-sync-status-error = Не синхронізовано
app-sync-status-never = Ще не синхронізовано
app-sync-status-ok = Синхронізовано { $when }
app-sync-progress = Поки що надіслано: { $sent }, отримано: { $received }
app-sync-pending-label = Очікують надсилання
app-sync-pending =
    { $count ->
        [one] { $count } справа
        [few] { $count } справи
        [many] { $count } справ
       *[other] { $count } справи
    }
app-sync-nothing-pending = Нічого: у головному офісі вже є все з цього пристрою.
app-sync-last-success = Остання синхронізація
app-sync-last-attempt = Остання спроба
app-sync-works-offline = Працюйте як звичайно: усе зберігається на цьому пристрої, а синхронізація відбувається у фоновому режимі й не заважає вам.
app-sync-now = Синхронізувати зараз
app-sync-hq = Адреса головного офісу
app-sync-code = Код реєстрації
app-sync-enroll = Під’єднати цей пристрій
app-sync-enroll-hint = Попросіть у головному офісі одноразовий код реєстрації для цього пункту й введіть його тут.
app-sync-not-enrolled = Цей пристрій ще не під’єднано до головного офісу.
app-sync-unreachable = Не вдається зв’язатися з головним офісом. Ваша робота в безпеці на цьому пристрої, її буде надіслано, щойно відновиться зв’язок.
app-sync-impostor = Цей код не прийнято: можливо, його введено з помилкою, він уже використаний чи прострочений (код діє 24 години), або відповідь надійшла не від того головного офісу, який його видав. Нічого не зареєстровано. Перевірте код і адресу головного офісу або попросіть новий код у головному офісі.
app-sync-unauthenticated = Не вдалося перевірити відповідь, яка нібито надійшла від головного офісу, тому нічого з неї не виконано, і ваші справи не змінилися. Можливо, хтось втручається в роботу мережі; спробуйте пізніше або через іншу мережу.
app-sync-reenroll = Цей пристрій було під’єднано до того, як головний офіс почав підписувати свої відповіді. Попросіть у головному офісі новий код реєстрації та під’єднайте пристрій знову; ваші справи залишаться на цьому пристрої.
app-sync-insecure-url = До головного офісу треба звертатися за адресою, що починається з https://. Простий http:// дозволено лише для цього самого комп’ютера (localhost).
app-sync-certificate = Головний офіс пред’явив не той сертифікат безпеки, якому цей пристрій довірився під час реєстрації, тому синхронізацію зупинено, перш ніж щось було надіслано. Можливо, хтось втручається в роботу мережі; повідомте головний офіс.
app-sync-failed = Синхронізацію не завершено. Нічого не втрачено; спроба повториться автоматично.
app-sync-revoked = Головний офіс відкликав цей пристрій, тому справи з нього видалено. Зверніться до свого керівника.
app-sync-unknown-device = Головний офіс не розпізнає цей пристрій. Попросіть новий код реєстрації.
app-sync-clock = Дата або час на цьому пристрої неправильні. Виправте їх у системних налаштуваннях і знову запустіть синхронізацію.
app-sync-enrollment-code = Цей код реєстрації неправильний, уже використаний або прострочений. Попросіть новий у головному офісі.
app-sync-enroll-later = Головний офіс зараз не приймає реєстрації з цієї мережі. Ваш код і далі дійсний: спробуйте знову за десять хвилин.
app-sync-version = У головному офісі працює інша версія Waypoint. Попросіть оновити цей застосунок.
app-sync-site-mismatch = Цей код призначено для пункту { $hq }, а цей пристрій працює в пункті { $device }. Попросіть код для { $device }.
app-sync-code-missing = Введіть код реєстрації.
app-sync-already-enrolled = Цей пристрій уже під’єднано до головного офісу.

## Consent, explained to the person in their language (read aloud; -child: for a child)

app-consent-tell-registration = Ми хотіли б записати ваше ім’я і те, що ви нам розповідаєте, щоб ми могли вам допомогти. Ви можете сказати «ні».
app-consent-tell-registration-child = Можна ми запишемо твоє ім’я і те, що ти нам розповідаєш? Так нам буде легше тобі допомогти. Ти можеш сказати «ні».
app-consent-tell-sharing-with-hq = Ми хотіли б надіслати вашу справу до нашого головного офісу, щоб інші наші офіси могли вам допомогти, якщо ви переїдете. Якщо ви скажете «ні», ваша справа залишиться в цьому офісі, на цьому комп’ютері, а головний офіс лише порахує, що в цьому офісі зустріли людину, і дізнається тільки місяць, вашу вікову групу, жінка ви чи чоловік і чи хвилюємося ми за вашу безпеку. Ні вашого імені, ні того, що ви нам розповіли, він ніколи не отримає. Якщо ви скажете «так», а потім передумаєте, ми видалимо вашу справу в головному офісі та на інших комп’ютерах, і в головному офісі залишиться тільки цей підрахунок.
app-consent-tell-sharing-with-hq-child = Можна ми надішлемо записи про тебе до нашого головного офісу? Тоді інші наші офіси зможуть тобі допомогти, якщо ти поїдеш в інше місце. Якщо ти скажеш «ні», записи про тебе залишаться тут, на цьому комп’ютері, і твоє ім’я ми до головного офісу не надішлемо. Ти можеш потім передумати, і тоді ми заберемо їх назад.
app-consent-tell-family-tracing = Ми хотіли б використати ваші дані, щоб шукати вашу родину і щоб ваша родина могла знайти вас через нас. Ви можете сказати «ні» або будь-коли це зупинити.
app-consent-tell-family-tracing-child = Можна ми за твоїм ім’ям пошукаємо твою родину і допоможемо рідним знайти тебе? Ти можеш сказати «ні» або попросити нас зупинитися.
app-consent-tell-referral = Ми хотіли б розповісти про вас іншій службі, наприклад лікареві, юристові чи притулку, щоб там вам допомогли. Ми повідомляємо їм лише те, що їм потрібно. Ви можете сказати «ні».
app-consent-tell-referral-child = Можна ми розповімо про тебе іншим людям, які допомагають, наприклад лікареві або людям із безпечного місця, де можна пожити? Ми розкажемо їм лише те, що їм треба знати. Ти можеш сказати «ні».
app-consent-tell-photo = Ми хотіли б сфотографувати вас, лише для вашої справи. Ви можете сказати «ні».
app-consent-tell-photo-child = Можна ми тебе сфотографуємо? Фото буде лише в записах про тебе. Ти можеш сказати «ні».
