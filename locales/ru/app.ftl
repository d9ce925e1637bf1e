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
app-conflicts-count = { $count ->
    [one] { $count } конфликт нужно разрешить
    [few] { $count } конфликта нужно разрешить
    [many] { $count } конфликтов нужно разрешить
   *[other] { $count } конфликта нужно разрешить
}

## Case
app-back-to-list = ← Дела
app-tab-registration = Регистрация
app-tab-consent = Согласие
app-tab-interview = Интервью
app-tab-age = Возраст
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
app-encounter = Где и как встретили человека
app-encounter-place = Место
app-encounter-circumstances = Обстоятельства

## Consent
app-consent-explain = Объясните каждую цель на языке { $language } и запишите решение самого человека. По каждой цели решение принимается отдельно, а согласие можно отозвать в любой момент.
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
