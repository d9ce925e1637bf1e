# The `waypoint-hq` command for headquarters administrators.

hq-listening = Головной офис ожидает подключений на { $address }.
hq-certificate = Головной офис создал собственный TLS-сертификат; его отпечаток SHA-256 — { $fingerprint }. Регистрирующиеся устройства доверяют именно этому сертификату; сравните отпечаток с тем, что показывает браузер, когда спрашивает, доверять ли панели.
hq-plain-http-refused = Незашифрованный HTTP доступен только на этом компьютере (на loopback-адресе, например 127.0.0.1) и никогда — на { $address }. Не указывайте --plain-http, и головной офис сам будет работать по HTTPS.
hq-keys-beside-cases = Предупреждение: ключи дел хранятся на том же сервере PostgreSQL, что и сами дела, поэтому одна резервная копия этого сервера содержит каждое дело вместе с его ключом, и удаление дела не может сделать такую резервную копию нечитаемой. Разместите базу данных ключей на другом сервере (--keys-database) и храните её резервные копии недолго.
hq-proxy-certificate-invalid = --proxy-certificate принимает отпечаток SHA-256 сертификата прокси: 64 шестнадцатеричные цифры (двоеточия допускаются). Ничего не запущено.
hq-tls-unusable = Невозможно использовать сертификат или ключ TLS: файлы недоступны для чтения, не содержат сертификата или ключа в формате PEM либо не соответствуют друг другу. Ничего не запущено.
hq-listen-failed = Невозможно ожидать подключений на { $address }: адрес уже занят или не разрешён.
hq-storage-failed = Не удалось открыть базу данных головного офиса или записать в неё. Ничего не изменено; подробности см. в журнале.
hq-device-code = Код регистрации для устройства в пункте { $site }: { $code } (действует { $hours ->
    [one] { $hours } час
    [few] { $hours } часа
    [many] { $hours } часов
   *[other] { $hours } часа
}, одноразовый).
hq-device-revoked = Устройство отозвано. При следующем подключении ему будет отказано, и оно получит команду стереть свои данные.
hq-device-unknown = Нет устройства с таким идентификатором.
hq-device-id-invalid = Идентификатор устройства состоит из 32 шестнадцатеричных цифр.
hq-case-id-invalid = Идентификатор дела — это UUID (32 шестнадцатеричные цифры, дефисы необязательны).
hq-case-erased = Дело стёрто в головном офисе. Устройства, на которых оно есть, удалят его при следующей синхронизации и подтвердят удаление.

hq-user-password-prompt = Пароль нового пользователя
hq-user-password-again = Введите пароль ещё раз
hq-user-passwords-differ = Пароли не совпадают. Ничего не изменено.
hq-user-password-unreadable = Не удалось прочитать пароль. Ничего не изменено.
hq-user-password-short = Пароль должен содержать не менее { $count } символов. Ничего не изменено.
hq-user-role-invalid = Роль должна быть одной из: officer, caseworker, interpreter, supervisor, analyst, admin.
hq-user-name-invalid = Имя пользователя — от 1 до 64 печатных символов.
hq-user-exists = Пользователь с таким именем уже есть. Ничего не изменено.
hq-user-added = Пользователь добавлен с ролью { $role }. Теперь он может войти в панель.

## The dashboard (`waypoint-hq serve`, in a browser).

hq-title = Штаб Waypoint
hq-login-title = Вход
hq-login-name = Имя пользователя
hq-login-password = Пароль
hq-login-submit = Войти
hq-login-failed = Неверное имя пользователя или пароль, либо было слишком много попыток. Подождите немного и попробуйте снова.
hq-logout = Выйти
hq-signed-in-as = Вы вошли как { $user }, { $role }
hq-role = { $role ->
    [officer] Пограничник
    [caseworker] Социальный работник приюта
    [interpreter] Переводчик
    [supervisor] Руководитель
    [analyst] Аналитик штаба
   *[admin] Администратор
}
hq-language = Язык
hq-language-submit = Сменить
hq-nav-cases = Дела
hq-nav-conflicts = Конфликты
hq-nav-matches = Совпадения и дубликаты
hq-nav-transfers = Передачи
hq-nav-devices = Устройства
hq-nav-erasures = Удаление
hq-nav-audit = Журнал аудита
hq-nav-figures = Показатели
hq-search-label = Имя любым письмом или код дела
hq-search-submit = Искать
hq-none = Нечего показать.
hq-done = Готово.
hq-col-code = Код
hq-col-name = Имя
hq-col-site = Пункт
hq-col-status = Статус
hq-col-actions = Действия
hq-col-confirmations = Устройства, подтвердившие удаление
hq-col-age = Возрастная группа
hq-col-risk = Риск
hq-col-when = Когда
hq-col-user = Кто
hq-col-action = Действие
hq-col-case = Дело
hq-col-detail = Подробности
hq-col-device = Устройство
hq-col-field = Поле
hq-col-score = Оценка
hq-col-reasons = Причины
hq-case-title = Дело { $code }
hq-case-answers = Ответы на собеседовании
hq-case-risk = Риск
hq-time = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }
hq-when = { $date }, { $time } UTC
hq-value-by = Записал { $user }, { $when }
hq-value-sent-by = Отправлено устройством { $device }… из пункта { $site }. Имя автора, указанное выше, сообщило это устройство.
hq-value-sent-at-hq = Сделано здесь, в штабе.
hq-value-sender-unknown = Неизвестно, какое устройство это отправило.
hq-value-keep = Оставить это значение
hq-conflict-explain = Два человека заполнили это поле одновременно. Оба значения сохраняются, пока вы не выберете одно; устройства получат ваш выбор при следующей синхронизации.
hq-match-sought = { $name } ({ $relationship }), кого ищут в деле { $code }
hq-match-confirm = Подтвердить совпадение
hq-match-reject = Это другой человек
hq-match-status = { $status ->
    [confirmed] Подтверждено
    [rejected] Отклонено
   *[potential] На рассмотрении
}
hq-duplicates = Возможные дубликаты (на рассмотрение; ничего не объединяется автоматически)
hq-duplicate-same = Один и тот же человек
hq-duplicate-different = Два разных человека
hq-duplicate-confirmed = Подтверждено: это один и тот же человек. Оставьте более полное дело, а другое распорядитесь удалить с причиной «Дублирующая запись».
hq-transfer-title = Передать дело другому пункту
hq-transfer-case = Идентификатор дела
hq-transfer-site = Принимающий пункт
hq-transfer-submit = Передать
hq-device-enroll = Создать код регистрации
hq-device-code-shown = Код регистрации для { $site }: { $code }. Действует 24 часа и срабатывает один раз. Запишите его сейчас — больше его не покажут.
hq-device-revoke = Отозвать
hq-device-revoke-ask = Отозвать…
hq-device-revoke-title = Отозвать это устройство?
hq-device-revoke-explain = Устройству { $device } из пункта { $site } отныне будет отказано, а при следующем подключении оно получит команду стереть все дела, которые на нём хранятся. Его дела остаются здесь, в штабе. Это необратимо: устройству придётся заново зарегистрироваться с новым кодом.
hq-cancel = Отмена
hq-back = Вернуться на страницу
hq-skip = Перейти к содержимому страницы
hq-nav-label = Страницы
hq-audit-filter = Показать
hq-audit-shown = { $count ->
    [one] { $count } запись, сначала самые новые (показывается не более { $max } — сузьте поиск, чтобы увидеть более старые).
    [few] { $count } записи, сначала самые новые (показывается не более { $max } — сузьте поиск, чтобы увидеть более старые).
    [many] { $count } записей, сначала самые новые (показывается не более { $max } — сузьте поиск, чтобы увидеть более старые).
   *[other] { $count } записи, сначала самые новые (показывается не более { $max } — сузьте поиск, чтобы увидеть более старые).
}
hq-device-state = { $revoked ->
    [yes] Отозвано
   *[no] Активно
}
hq-erase-title = Распорядиться удалить дело
hq-erase-explain = Дело удаляется в штабе, включая резервные копии, и на каждом устройстве при его следующей синхронизации. Это необратимо.
hq-erase-reason = Причина
hq-erase-reason-option = { $reason ->
    [person_request] Человек попросил об этом
    [duplicate] Дублирующая запись
    [entered_in_error] Внесено по ошибке
    [legal_order] Решение суда
   *[retention_expired] Срок хранения истёк
}
hq-erase-submit = Удалить везде
hq-erase-ask = Удалить…
hq-erase-confirm-title = Удалить это дело везде?
hq-erase-confirm-explain = Дело { $code } из пункта { $site } ({ $reason }) будет удалено здесь, в штабе, и на каждом устройстве, где оно хранится, включая резервные копии. Это необратимо.
hq-erase-confirmations = { $count ->
    [one] { $count } устройство подтвердило
    [few] { $count } устройства подтвердили
   *[other] { $count } устройств подтвердили
}
hq-figures-title = Показатели (обезличенные)
hq-figures-explain = Дела по месяцу встречи с человеком. Числа меньше 5 показаны как «x», чтобы никого нельзя было выделить. Здесь нет имён и подробностей дел.
hq-figures-chart = { $dimension } в виде диаграммы: те же показатели приведены в таблице ниже.
hq-figures-hidden = Некоторые более крупные числа тоже показаны как «x», чтобы малое число нельзя было вычислить по итогам.
hq-figures-csv = Скачать CSV
hq-figures-total = Всего дел: { $total }
hq-figures-all-months = Все месяцы
hq-dimension = { $dimension ->
    [age_band] Возрастная группа
    [sex] Пол
    [nationality] Гражданство
    [accompaniment] Сопровождение
    [risk] Признак риска торговли людьми
   *[site] Пункт
}
hq-figure-value = { $value ->
    [flagged] С признаком
    [not_flagged] Без признака
    [unknown] Неизвестно
   *[other] { $value }
}
hq-error-forbidden = Ваша роль этого не позволяет.
hq-error-not-found = Не найдено. Возможно, это удалено или изменено.
hq-error-signed-out = Пожалуйста, войдите снова.
hq-error-internal = В штабе произошла ошибка. Ничего не изменено; попробуйте ещё раз.
hq-error-case-id = Идентификатор дела — это UUID (32 шестнадцатеричные цифры, дефисы необязательны).
hq-error-site = Название пункта состоит из латинских букв, цифр, дефисов, точек или подчёркиваний.
hq-error-device-id = Идентификатор устройства — 32 шестнадцатеричные цифры.
hq-error-reason = Выберите причину.
hq-error-choice = Выберите одно из значений.
hq-database-invalid = Адрес базы данных имеет вид sqlite:ПУТЬ или postgres://пользователь@хост:порт/имя.
hq-database-in-clear = Эта база данных находится на другом компьютере, и при sslmode={ $mode } ключи дел могут передаваться туда без шифрования. Не указывайте sslmode (тогда головной офис потребует TLS и сертификат с именем сервера, выданный публичным центром сертификации) или укажите sslmode=verify-full и sslrootcert=PATH — путь к сертификату центра сертификации, подписавшего сертификат сервера.
hq-database-certificate = Сертификат сервера базы данных не принят (sslmode={ $mode }). Проверьте, что sslrootcert указывает на центр сертификации, который его подписал, а для verify-full — что в сертификате указан хост из адреса. Ничего не изменено.
hq-database-roots = Файл, указанный в sslrootcert, недоступен для чтения или не содержит сертификата.
hq-migrated = Перенесено в PostgreSQL: устройств: { $devices }, дел: { $cases }, изменений: { $changes }. Устройства продолжат с того места, где остановились.
hq-migrate-target-not-empty = Целевая база данных уже содержит устройства или дела. Перенос заполняет только пустую базу данных штаба; ничего не изменено.

## Accounts (administrators)
hq-nav-accounts = Учётные записи
hq-col-role = Роль
hq-accounts-password = Начальный пароль
hq-accounts-password-hint = Не менее { $count } символов. Передавайте начальный пароль лично, никогда не отправляйте его по электронной почте или в сообщении.
hq-accounts-add = Добавить учётную запись
hq-accounts-change-role = Сменить роль
hq-accounts-remove = Удалить
hq-accounts-remove-ask = Удалить…
hq-accounts-remove-title = Удалить эту учётную запись?
hq-accounts-remove-explain = Учётная запись { $user } будет удалена, а её сеансы сразу завершены. Её действия останутся в журнале аудита.
hq-accounts-you = Ваша учётная запись
hq-accounts-not-yourself = Вы не можете сменить роль своей учётной записи или удалить её; это может сделать другой человек с ролью администратора.
