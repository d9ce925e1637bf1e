## The desktop app: every word on its screens. Officers read this under pressure: short,
## plain, kind. Errors say what to do next.

## Frame
app-loading = Открываем Waypoint…
app-ui-language = Ваш язык
app-quick-hide = Скрыть
app-quick-hide-hint = Сразу скрыть всё (Esc)
app-lock = Заблокировать
app-dismiss = Закрыть
app-save-saving = Сохранение…
app-save-saved = Сохранено
app-save-error = Не сохранено — см. сообщение
app-neutral-title = Waypoint
app-neutral-continue = Продолжить

## Set-up and unlock
app-setup-title = Настроить это устройство
app-setup-explain = Все данные на этом устройстве зашифрованы вашей парольной фразой. Выберите такую, которую сможете запомнить: если её забыть, восстановить её не получится.
app-setup-site = Место (пункт пропуска или приют)
app-setup-submit = Настроить
app-user = Имя пользователя
app-passphrase = Парольная фраза
app-passphrase-again = Парольная фраза ещё раз
app-unlock-title = Разблокировать
app-unlock-submit = Разблокировать

## Case list
app-search-placeholder = Поиск по имени (в любой системе письма) или коду дела
app-new-case = Новое дело
app-no-cases = Дела не найдены.
app-no-name = (имя ещё не указано)
app-filter-any = Все
app-filter-site = Место
app-filter-status = Статус
app-filter-risk = Риск
app-filter-age-band = Возраст
app-filter-flag = Отметка
app-status-open = Открыто
app-status-transferred = Передано
app-status-closed = Закрыто
app-risk-none = Нет признаков риска
app-risk-low = Низкий риск
app-risk-medium = Средний риск
app-risk-high = Высокий риск
app-age-band-0-4 = 0–4
app-age-band-5-11 = 5–11
app-age-band-12-14 = 12–14
app-age-band-15-17 = 15–17
app-age-band-18-59 = 18–59
app-age-band-60-plus = 60 и старше
app-age-band-unknown = Возраст неизвестен
app-flag-child = Ребёнок
app-flag-unaccompanied = Без сопровождения
app-flag-separated = Разлучение с родителями
app-flag-referral-prompt = Нужно направление
app-flag-age-disputed = Возраст оспаривается
app-flag-trafficking-risk = Риск торговли людьми
app-flag-not-shared = Только на этом устройстве
app-conflicts-count = { $count ->
    [one] { $count } конфликт нужно разрешить
    [few] { $count } конфликта нужно разрешить
    [many] { $count } конфликтов нужно разрешить
   *[other] { $count } конфликта нужно разрешить
}

## Case
app-back-to-list = ← Дела
app-cases-title = Дела
app-case-sections = Разделы дела
app-interview-keys = Клавиши: Alt+N следующий вопрос · Alt+P предыдущий вопрос · Alt+D отказ отвечать · Alt+R вернуться позже · Alt+O не задавался
app-tab-registration = Регистрация
app-tab-consent = Согласие
app-tab-interview = Интервью
app-tab-age = Возраст
app-tab-tracing = Поиск семьи
app-tab-screening = Скрининг
app-tab-referrals = Направления и дальнейшие действия
app-tab-transfer = Передача
app-tab-conflicts = Конфликты
app-referral-prompt = Направьте этого человека сейчас:
app-age-treated-as-child = Считается ребёнком{ $basis ->
    [doubt] { " " }(возраст под сомнением)
    [disputed_assessment] { " " }(оценка оспаривается)
   *[other] {""}
}
app-age-adult = Считается взрослым человеком
app-age-range = { $min }–{ $max } { $max ->
    [one] год
    [few] года
   *[other] лет
}

## Registration
app-names = Имена
app-name-given = Имя
app-name-family = Фамилия
app-name-alias = Другое имя или написание
app-add = Добавить
app-remove = Убрать
app-sex = Пол
app-sex-female = Женский
app-sex-male = Мужской
app-sex-other = Другой
app-sex-not-stated = Предпочитает не указывать
app-birth = Дата рождения или возраст
app-birth-kind-unknown = Неизвестно
app-birth-kind-exact = Точная дата
app-birth-kind-approximate = Год (и месяц)
app-birth-kind-stated-age = Возраст со слов человека
app-birth-date = Дата рождения (год-месяц-день)
app-birth-year = Год
app-birth-month = Месяц (1–12)
app-stated-age = Возраст (полных лет)
app-origin = Гражданство и языки
app-nationalities = Гражданство (несколько — через запятую)
app-languages-spoken = Языки, на которых говорит человек (коды, например ar, ti, so)
app-preferred-language = Предпочтительный язык интервью
app-not-known = Неизвестно
app-accompaniment = С кем путешествует
app-accompaniment-unaccompanied = Ни с кем (без сопровождения)
app-accompaniment-separated = Разлучение с родителями или с человеком, который обычно заботится о ребёнке
app-accompaniment-accompanied = С родителями или с человеком, который обычно заботится о ребёнке
app-adults = Взрослые, которые путешествуют с человеком
app-adults-explain = Для каждого взрослого: кем он себя называет, как это проверили и что вас беспокоит. Ребёнка, который находится со взрослым, чья связь с ним вызывает сомнения или который вас беспокоит, направляют в службу защиты детей.
app-adults-none = Взрослые не записаны.
app-adult-name = Имя взрослого
app-adult-relationship = Кем приходится человеку (с его слов)
app-adult-verified = Проверка связи
app-adult-verified-not-verified = Ещё не проверено
app-adult-verified-verified = Подтверждено
app-adult-verified-doubtful = Вызывает сомнения
app-adult-verified-how = Как проверяли
app-adult-documents = Просмотренные документы
app-adult-concern = Что вас беспокоит (если есть)
app-adult-add = Добавить этого взрослого
app-adult-save = Сохранить изменения
app-encounter = Где и как встретили человека
app-encounter-place = Место
app-encounter-circumstances = Обстоятельства

## Consent
app-consent-explain = Объясните каждую цель на языке { $language } и запишите решение самого человека. По каждой цели решение принимается отдельно, а согласие можно отозвать в любой момент.
app-consent-read-aloud = Прочитайте это человеку:
app-consent-withdraw-sharing-explain = Отзыв этого согласия стирает дело в головном офисе и на всех остальных устройствах; оно остаётся только на этом устройстве, а головной офис сохраняет лишь обезличенный подсчёт. Отозвать?
app-consent-withdraw-confirm = Да, отозвать
app-consent-withdraw-cancel = Продолжить передачу
app-consent-given-by = Кто принимает решение
app-consent-giver-person = Сам человек
app-consent-giver-guardian = Родитель или опекун
app-consent-giver-best-interest-decision = Решение в наилучших интересах ребёнка
app-consent-guardian-name = Имя родителя или опекуна
app-consent-role = Должность специалиста, который принимает решение
app-consent-purpose = { $purpose ->
    [registration] Запись личных данных
    [sharing_with_hq] Передача данных в головной офис
    [family_tracing] Поиск семьи
    [referral] Направление в службы помощи
   *[photo] Фото
}
app-consent-not-asked = Ещё не спрашивали
app-consent-given = Дано
app-consent-refused = Отказано
app-consent-withdrawn = Отозвано
app-consent-give = Даёт согласие
app-consent-refuse = Отказывается
app-consent-withdraw = Отзывает согласие

## Interview
app-interview-language = Язык интервью
app-sitting-controls = Сеанс
app-end-sitting = Завершить сеанс (всё сделано)
app-in-your-language = На вашем языке
app-interpreter = Переводчик (если есть)
app-start-interview = Начать интервью на языке { $language }
app-continue-interview = Продолжить интервью на языке { $language }
app-sitting-completed = завершён
app-sitting-paused = приостановлен
app-sitting-stopped-by-person = остановлен по просьбе человека
app-sitting-stopped-by-officer = остановлен сотрудником
app-question-progress = Вопрос { $n } из { $total }
app-layout-section = Показать весь раздел
app-layout-one = По одному вопросу
app-previous = Назад
app-next = Далее
app-sensitive-question = Деликатный вопрос: задавайте его, только когда человек готов, и предложите перерыв.
app-officer-note = Примечание для сотрудника
app-officer-only = Только для вас: не зачитывайте это вслух и не показывайте человеку.
app-yes = Да
app-no = Нет
app-answer-answered = Есть ответ
app-answer-declined = Отказ отвечать
app-answer-not-asked = Не задавался
app-answer-revisit = Вернуться позже

## Age assessment
app-age-new = Новая оценка возраста
app-age-method = Метод
app-age-method-documents = Документы
app-age-method-statement = Слова самого человека
app-age-method-holistic = Комплексная оценка
app-age-min = Наименьший возраст
app-age-max = Наибольший возраст
app-age-indicators = На чём основана оценка (по одному пункту в строке)
app-age-outcome = Результат
app-age-disputed = Человек не согласен с этой оценкой
app-age-save = Записать оценку

## Family tracing
app-tracing-explain = Родственники, которых ищет этот человек. Записывайте каждое написание, которое слышите, в любой системе письма: совпадения ищутся во всех системах письма и во всех пунктах.
app-tracing-add = Добавить разыскиваемого родственника
app-tracing-relationship = Степень родства (мать, брат, тётя…)
app-tracing-names = Имена и варианты написания (по одному в строке)
app-tracing-age = Возраст в годах или дата рождения
app-tracing-last-seen-place = Где видели в последний раз
app-tracing-last-seen-date = Когда видели в последний раз (2023, 2023-06 или 2023-06-21)
app-tracing-contacts = Контакты или люди, которые могут что-то знать (по одному в строке)
app-tracing-find = Искать совпадения
app-tracing-no-candidates = Пока ни один зарегистрированный человек не совпадает. Поищите позже: новые регистрации приходят с каждой синхронизацией.
app-tracing-score = Совпадение { $score } %
app-tracing-confirm = Тот же человек
app-tracing-reject = Не тот человек
app-tracing-confirmed = Подтверждено
app-tracing-rejected = Отклонено
app-tracing-decided-by = пользователь { $user }, { $when }

## Screening for trafficking and exploitation
app-screening-explain = Записывайте то, что вы наблюдаете или что рассказывает человек. Не зачитывайте этот список человеку.
app-screening-source = Откуда вы это знаете
app-indicator-source-observed = Наблюдение
app-indicator-source-stated = Со слов человека
app-indicator-source-document = В документе
app-indicator-source-third-party = Со слов другого человека
app-indicator-source-interview-answer = Из интервью
app-screening-record = Записать
app-screening-dismiss = Не относится
app-screening-restore = Всё же относится
app-screening-dismissed = признано неприменимым
app-screening-reasons = Почему:
app-screening-no-reasons = Признаки не записаны.

## Referrals and follow-ups
app-service-child-protection = Защита детей
app-service-anti-trafficking = Служба противодействия торговле людьми
app-service-health = Медицинская помощь
app-service-psychosocial = Психосоциальная поддержка
app-service-legal = Юридическая помощь
app-service-shelter = Приют
app-service-guardianship = Опека
app-service-family-tracing = Служба поиска семей
app-referral-service = Служба
app-referral-urgent = Срочно
app-referral-note = Примечание для службы
app-referral-status = Статус
app-referral-status-proposed = Предложено
app-referral-status-made = Направлено
app-referral-status-accepted = Принято
app-referral-status-declined = Отклонено
app-referral-status-completed = Завершено
app-referrals-add = Добавить направление
app-referrals-none = Направлений пока нет.
app-referral-basis = Основание для направления
app-referral-basis-consent = Согласие человека на направление
app-referral-basis-best-interest-decision = Решение в наилучших интересах ребёнка
app-referral-basis-mandatory-report = Сообщение, которого требует закон
app-follow-ups = Дальнейшие действия
app-follow-up-due = Срок
app-follow-up-note = Что сделать
app-follow-up-add = Добавить действие
app-follow-up-done = Выполнено
app-follow-up-overdue = Просрочено
app-follow-ups-none = Дальнейших действий не запланировано.

## Transfer
app-transfer-explain = Передайте это дело другому пункту. Головной офис передаст дело этому пункту при следующей синхронизации.
app-transfer-to = Принимающий пункт
app-transfer-reason = Причина
app-transfer-do = Передать дело
app-transfer-history = Из { $from } в { $to }, { $when }, пользователь { $user }

## Conflicts
app-conflicts-explain = Два устройства изменили одно и то же поле без связи. Оба значения сохраняются, пока вы не выберете одно; ваш выбор отправляется, как любое другое изменение.
app-conflicts-none = В этом деле нечего разрешать.
app-conflict-written = Записано: { $user }, { $when }
app-conflict-unknown-writer = Неизвестно, кто записал
app-conflict-keep = Оставить это

## Errors from the app's checks (shown next to the field)
app-error-locked = Waypoint заблокировался, чтобы защитить данные. Разблокируйте, чтобы продолжить; всё сохранённое останется.
app-error-unlock-failed = Неверное имя пользователя или парольная фраза. Проверьте раскладку клавиатуры и Caps Lock и попробуйте ещё раз.
app-error-passphrase-mismatch = Парольные фразы не совпадают.
app-error-site-missing = Укажите место, где работает это устройство.
app-error-user-missing = Введите имя пользователя.
app-error-auto-lock-range = Укажите число минут от { $min } до { $max }.
app-error-hq-url = Адрес головного офиса должен начинаться с http:// или https://.
app-error-text-too-long = Текст слишком длинный. Максимальное число символов: { $max }.
app-error-language-invalid = Это не код языка (используйте коды, например ar, ti или so).
app-error-guardian-name-missing = Введите имя родителя или опекуна.
app-error-adult-name-missing = Введите имя взрослого.
app-error-referral-needs-basis = { $state ->
        [refused] Человек отказался дать согласие на направление.
        [withdrawn] Человек отозвал согласие на направление.
       *[other] Человека ещё не спрашивали о направлении.
    } Без согласия выберите правовое основание для направления: решение в наилучших интересах ребёнка или сообщение, которого требует закон.
app-error-no-open-sitting = Сначала начните или продолжите интервью.
app-error-unknown-question = Этого вопроса ({ $question }) нет в шаблоне интервью.
app-error-not-asked-reason = Выберите, почему вопрос не задан.
app-error-answer-kind = Этот ответ не подходит к вопросу.
app-error-partial-date = Запишите дату как год (2015), год и месяц (2015-06) или полную дату (2015-06-21).
app-error-birth-date-invalid = Такой даты не существует. Запишите её в виде год-месяц-день, например 2011-04-23.
app-error-birth-date-future = Эта дата в будущем.
app-error-birth-year-range = Год должен быть от { $min } до { $max }.
app-error-age-too-high = Возраст больше { $max } невозможен.
app-error-age-range-inverted = Наибольший возраст меньше наименьшего. Проверьте оба числа.
app-error-entry-missing = Этой записи больше нет (возможно, её изменили на другом устройстве). Откройте дело заново.
app-error-transfer-same-site = Дело уже находится в этом пункте. Укажите принимающий пункт.

## Sync with headquarters (top bar, sync screen, and why a sync did not finish)
app-sync-title = Синхронизация с головным офисом
app-sync-status-not-enrolled = Не подключено к головному офису
app-sync-status-running = Синхронизация…
app-sync-status-error = Не синхронизировано
app-sync-status-never = Ещё не синхронизировано
app-sync-status-ok = Синхронизировано { $when }
app-sync-progress = Пока отправлено: { $sent }, получено: { $received }
app-sync-pending-label = Ожидают отправки
app-sync-pending =
    { $count ->
        [one] { $count } дело
        [few] { $count } дела
        [many] { $count } дел
       *[other] { $count } дела
    }
app-sync-nothing-pending = Ничего: в головном офисе уже есть всё с этого устройства.
app-sync-last-success = Последняя синхронизация
app-sync-last-attempt = Последняя попытка
app-sync-works-offline = Работайте как обычно: всё сохраняется на этом устройстве, а синхронизация идёт в фоновом режиме и не мешает вам.
app-sync-now = Синхронизировать сейчас
app-sync-hq = Адрес головного офиса
app-sync-code = Код регистрации
app-sync-enroll = Подключить это устройство
app-sync-enroll-hint = Попросите в головном офисе одноразовый код регистрации для этого пункта и введите его здесь.
app-sync-not-enrolled = Это устройство ещё не подключено к головному офису.
app-sync-unreachable = Нет связи с головным офисом. Ваша работа в безопасности на этом устройстве и будет отправлена, когда связь восстановится.
app-sync-impostor = Этот код не принят: возможно, он введён с ошибкой, уже использован или просрочен (код действует 24 часа), либо ответ пришёл не из того головного офиса, который его выдал. Ничего не зарегистрировано. Проверьте код и адрес головного офиса или попросите новый код в головном офисе.
app-sync-unauthenticated = Не удалось проверить ответ, который якобы пришёл из головного офиса, поэтому по нему ничего не сделано и ваши дела не изменились. Возможно, кто-то вмешивается в работу сети; попробуйте позже или через другую сеть.
app-sync-reenroll = Это устройство было подключено до того, как головной офис начал подписывать свои ответы. Попросите в головном офисе новый код регистрации и подключите устройство заново; ваши дела останутся на этом устройстве.
app-sync-insecure-url = К головному офису нужно обращаться по адресу, который начинается с https://. Простой http:// разрешён только для этого же компьютера (localhost).
app-sync-certificate = Головной офис предъявил не тот сертификат безопасности, которому это устройство доверилось при регистрации, поэтому синхронизация остановлена, прежде чем что-либо было отправлено. Возможно, кто-то вмешивается в работу сети; сообщите в головной офис.
app-sync-failed = Синхронизация не завершилась. Ничего не потеряно; попытка повторится автоматически.
app-sync-revoked = Головной офис отозвал это устройство, поэтому дела с него удалены. Обратитесь к своему руководителю.
app-sync-unknown-device = Головной офис не распознаёт это устройство. Попросите новый код регистрации.
app-sync-clock = Дата или время на этом устройстве неверны. Исправьте их в настройках системы и снова запустите синхронизацию.
app-sync-enrollment-code = Этот код регистрации неверный, уже использован или просрочен. Попросите новый в головном офисе.
app-sync-enroll-later = Головной офис сейчас не принимает регистрации из этой сети. Ваш код по-прежнему действует: попробуйте снова через десять минут.
app-sync-version = В головном офисе работает другая версия Waypoint. Попросите обновить это приложение.
app-sync-site-mismatch = Этот код предназначен для пункта { $hq }, а это устройство работает в пункте { $device }. Попросите код для { $device }.
app-sync-code-missing = Введите код регистрации.
app-sync-already-enrolled = Это устройство уже подключено к головному офису.

## Consent, explained to the person in their language (read aloud; -child: for a child)

app-consent-tell-registration = Мы хотели бы записать ваше имя и то, что вы нам рассказываете, чтобы мы могли вам помочь. Вы можете сказать «нет».
app-consent-tell-registration-child = Можно мы запишем твоё имя и то, что ты нам рассказываешь? Так нам будет легче тебе помочь. Ты можешь сказать «нет».
app-consent-tell-sharing-with-hq = Мы хотели бы отправить ваше дело в наш головной офис, чтобы другие наши офисы могли помочь вам, если вы переедете. Если вы скажете «нет», ваше дело останется в этом офисе, на этом компьютере, а головной офис только посчитает, что в этом офисе встретили человека, и узнает лишь месяц, вашу возрастную группу, женщина вы или мужчина и беспокоимся ли мы за вашу безопасность. Ни вашего имени, ни того, что вы нам рассказали, он никогда не получит. Если вы скажете «да», а потом передумаете, мы удалим ваше дело в головном офисе и на других компьютерах, и у головного офиса останется только этот подсчёт.
app-consent-tell-sharing-with-hq-child = Можно мы отправим записи о тебе в наш главный офис? Тогда другие наши офисы смогут тебе помочь, если ты уедешь в другое место. Если ты скажешь «нет», записи о тебе останутся здесь, на этом компьютере, и твоё имя мы в главный офис не отправим. Ты можешь потом передумать, и тогда мы заберём их обратно.
app-consent-tell-family-tracing = Мы хотели бы использовать ваши данные, чтобы искать вашу семью и чтобы ваша семья могла найти вас через нас. Вы можете сказать «нет» или остановить это в любой момент.
app-consent-tell-family-tracing-child = Можно мы по твоему имени поищем твою семью и поможем родным найти тебя? Ты можешь сказать «нет» или попросить нас остановиться.
app-consent-tell-referral = Мы хотели бы рассказать о вас другой службе, например врачу, юристу или приюту, чтобы там вам помогли. Мы сообщаем им только то, что им нужно. Вы можете сказать «нет».
app-consent-tell-referral-child = Можно мы расскажем о тебе другим людям, которые помогают, например врачу или людям из безопасного места, где можно пожить? Мы расскажем им только то, что им нужно знать. Ты можешь сказать «нет».
app-consent-tell-photo = Мы хотели бы сфотографировать вас, только для вашего дела. Вы можете сказать «нет».
app-consent-tell-photo-child = Можно мы тебя сфотографируем? Фото будет только в записях о тебе. Ты можешь сказать «нет».
