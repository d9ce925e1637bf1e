# Errors, validation diagnostics, consent refusals and risk reasons.
# Shown to officers in the app, the CLI and the HQ dashboard. Plain words; say what to do next.
# Arguments never carry personal data of the people registered.

## Store and login

error-wrong-passphrase = Неверная парольная фраза. Проверьте раскладку клавиатуры и Caps Lock и попробуйте ещё раз.
error-unknown-user = На этом устройстве нет пользователя { $user }. Попросите администратора добавить вас.
error-user-exists = Пользователь с именем { $user } уже есть на этом устройстве. Выберите другое имя.
error-store-missing = По адресу { $path } данные Waypoint не найдены. Сначала настройте это устройство.
error-store-exists = Данные Waypoint уже есть по адресу { $path }. Ничего не изменено.
error-store-corrupt = Данные на этом устройстве повреждены и не читаются. Ничего не удаляйте; обратитесь к администратору: данные можно восстановить из головного офиса.
error-store-truncated = Файл данных на этом устройстве неполный (возможно, он был скопирован лишь частично). Ничего не удаляйте; обратитесь к администратору.
error-store-too-new = Эти данные записаны более новой версией Waypoint (формат { $found }; эта версия читает форматы до { $supported }). Обновите Waypoint на этом устройстве.
error-case-not-found = Дела { $case } нет на этом устройстве.
error-sought-person-not-found = В этом деле нет искомого человека с идентификатором { $entry }. Возможно, запись о нём удалили на другом устройстве; загрузите дело заново.
error-passphrase-too-short = Парольная фраза слишком короткая. Минимальное число символов: { $min }. Несколько слов подряд легко запомнить.
error-audit-broken = Журнал аудита изменён или повреждён на записи { $seq }. Сообщите об этом своему руководителю.
error-case-invalid = Не удалось прочитать эту запись дела. Ничего не изменено.
error-io = Устройству не удалось прочитать или записать свои данные ({ $detail }). Проверьте, есть ли место на диске, и попробуйте ещё раз.
error-internal = Внутри Waypoint произошла ошибка. Всё, что вы сохранили, на месте. Попробуйте ещё раз; если это повторится, сообщите администратору.

## Validation of a case (shown next to the field; nothing typed is lost)

diag-no-name = Имя ещё не записано. Дело можно сохранить и без него.
diag-name-empty = Это имя пустое.
diag-age-range-inverted = Наименьший возраст ({ $min }) больше наибольшего ({ $max }). Проверьте оба числа.
diag-age-implausible = Возраст больше { $max } невозможен. Проверьте число.
diag-age-single-indicator = Оценка возраста не должна опираться только на один признак.
diag-date-future = Эта дата в будущем.
diag-date-impossible = Такой даты не существует. Проверьте день и месяц.
diag-answer-without-value = Вопрос отмечен как отвеченный, но ответ не записан.
diag-not-asked-without-reason = Укажите, почему этот вопрос не задан.
diag-ends-before-start = Этот сеанс заканчивается раньше, чем начинается.

## Consent

# $purpose is one of: registration, sharing_with_hq, family_tracing, referral, photo.
consent-needed = Для этого нужно согласие на { $purpose ->
        [registration] регистрацию
        [sharing_with_hq] передачу данных в головной офис
        [family_tracing] поиск семьи
        [referral] направление в службы помощи
        [photo] фотографирование
       *[other] это
    }. Сначала спросите человека (или опекуна) и запишите ответ.
consent-withdrawn-stops = Согласие на { $purpose ->
        [registration] регистрацию
        [sharing_with_hq] передачу данных в головной офис
        [family_tracing] поиск семьи
        [referral] направление в службы помощи
        [photo] фотографирование
       *[other] это
    } отозвано, поэтому это действие остановлено.
consent-refused-stops = Согласие на { $purpose ->
        [registration] регистрацию
        [sharing_with_hq] передачу данных в головной офис
        [family_tracing] поиск семьи
        [referral] направление в службы помощи
        [photo] фотографирование
       *[other] это
    } не дано, поэтому продолжить нельзя.

## Risk reasons (why a risk level was given)

risk-reason-irregular-travel = Нерегулярный или необычный маршрут или условия поездки.
risk-reason-sudden-separation = Внезапное разлучение с семьёй.
risk-reason-living-change = Резкая перемена в том, где и с кем живёт человек.
risk-reason-documents-held-by-others = Удостоверение личности или проездные документы человека находятся у кого-то другого.
risk-reason-debt-bondage = Человек должен деньги тем, кто организовал поездку или работу.
risk-reason-work-exploitation = Неоплачиваемая, принудительная или опасная работа.
risk-reason-signs-of-abuse = Признаки физического, сексуального или психологического насилия.
risk-reason-controlled-movement = Кто-то другой контролирует, куда ходит человек.
risk-reason-deceptive-recruitment = Вербовка с помощью ложных обещаний.
risk-reason-no-contact-with-family = Нет разрешения или возможности связаться с семьёй.
risk-reason-fear-of-authorities = Человека заставили бояться властей.
risk-reason-scripted-account = Рассказ кажется заученным или подсказанным другими.
risk-reason-someone-else-answers = Кто-то другой отвечает за человека или не оставляет его наедине с сотрудником.
risk-reason-worst-forms-of-child-labour = Опасная работа: в шахте, с опасными машинами или химикатами, с тяжёлыми грузами или ночью.
risk-reason-child-labour-under-minimum-age = Начало работы до минимального возраста для работы.
risk-reason-sexual-exploitation = Сексуальная эксплуатация.
risk-reason-forced-marriage = Принудительный или детский брак.
risk-reason-armed-group-recruitment = Вербовка или использование вооружёнными силами или вооружённой группой.
risk-reason-child-exploitation = Ребёнка эксплуатируют. Для ребёнка уже одно это — торговля людьми: доказывать принуждение, мошенничество или обман не нужно.
risk-reason-doubtful-adult = Ребёнок путешествует со взрослым, чья связь с ним вызывает сомнения или который беспокоит сотрудника.
risk-reason-unaccompanied-child = Ребёнок без родителей или человека, который обычно о нём заботится.
risk-reason-strong-indicator-child = Сильный признак торговли людьми касается ребёнка.
risk-reason-several-strong = Несколько сильных признаков одновременно.

## Interview templates (shown to whoever loads or edits a template)

template-error-json = Файл шаблона недействителен (строка { $line }, столбец { $column }). Проверьте там знаки препинания и названия полей.
template-error-invalid-message-id = Ключ текста { $key } не является допустимым именем сообщения.
template-error-duplicate-not-asked-reason = Причина { $reason } указана дважды.
template-error-duplicate-section = Раздел { $section } встречается дважды.
template-error-duplicate-question = Вопрос { $question } встречается дважды.
template-error-malformed-question-id = Идентификатор вопроса { $question } должен иметь вид section.name (раздел.имя).
template-error-question-outside-section = Вопрос { $question } находится в разделе { $section }, но его идентификатор не называет этот раздел.
template-error-missing-choices = Вопрос { $question } предполагает варианты ответа, но ни одного не указано.
template-error-unexpected-choices = Вопрос { $question } не является вопросом с вариантами, но в нём указаны варианты.
template-error-duplicate-choice = В вопросе { $question } вариант { $choice } указан дважды.
template-error-unknown-indicator = Вопрос { $question } ссылается на неизвестный индикатор { $indicator }.
template-error-screening-not-supported = Вопрос { $question } не может активировать индикаторы: это могут только ответы «да/нет» и ответы с вариантами.
template-error-empty-when = Вопрос { $question } связан с { $indicator }, но не указывает ответ, который его активирует.
template-error-invalid-yes-no = Вопрос { $question } предполагает ответ «да/нет», но в его связи указано { $value }.
template-error-unknown-choice = В вопросе { $question } нет варианта { $choice }.
