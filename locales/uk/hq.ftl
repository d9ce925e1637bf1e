# The `waypoint-hq` command for headquarters administrators.

hq-listening = Головний офіс очікує з’єднань на { $address }.
hq-certificate = Головний офіс створив власний TLS-сертифікат; його відбиток SHA-256 — { $fingerprint }. Пристрої, що реєструються, довіряють саме цьому сертифікату; порівняйте відбиток із тим, що показує браузер, коли питає, чи довіряти панелі.
hq-plain-http-refused = Незашифрований HTTP доступний лише на цьому комп’ютері (на loopback-адресі, наприклад 127.0.0.1) і ніколи — на { $address }. Не вказуйте --plain-http, і головний офіс сам працюватиме через HTTPS.
hq-keys-beside-cases = Попередження: ключі справ зберігаються на тому самому сервері PostgreSQL, що й самі справи, тож одна резервна копія цього сервера містить кожну справу разом з її ключем, і видалення справи не може зробити таку резервну копію недоступною для читання. Розмістіть базу даних ключів на іншому сервері (--keys-database) і зберігайте її резервні копії недовго.
hq-proxy-certificate-invalid = --proxy-certificate приймає відбиток SHA-256 сертифіката проксі: 64 шістнадцяткові цифри (двокрапки дозволені). Нічого не запущено.
hq-tls-unusable = Неможливо використати сертифікат або ключ TLS: файли недоступні для читання, не містять сертифіката чи ключа у форматі PEM або не відповідають один одному. Нічого не запущено.
hq-listen-failed = Неможливо очікувати з’єднань на { $address }: адреса вже використовується або не дозволена.
hq-storage-failed = Не вдалося відкрити базу даних головного офісу або записати в неї. Нічого не змінено; подробиці див. у журналі.
hq-device-code = Код реєстрації для пристрою в пункті { $site }: { $code } (дійсний { $hours ->
    [one] { $hours } годину
    [few] { $hours } години
    [many] { $hours } годин
   *[other] { $hours } години
}, одноразовий).
hq-device-revoked = Пристрій відкликано. Під час наступного зв’язку йому буде відмовлено, і він отримає команду стерти свої дані.
hq-device-unknown = Немає пристрою з таким ідентифікатором.
hq-device-id-invalid = Ідентифікатор пристрою складається з 32 шістнадцяткових цифр.
hq-case-id-invalid = Ідентифікатор справи — це UUID (32 шістнадцяткові цифри, дефіси необов’язкові).
hq-case-erased = Справу стерто в головному офісі. Пристрої, на яких вона є, видалять її під час наступної синхронізації та підтвердять видалення.

hq-user-password-prompt = Пароль нового користувача
hq-user-password-again = Введіть пароль ще раз
hq-user-passwords-differ = Паролі не збігаються. Нічого не змінено.
hq-user-password-unreadable = Не вдалося прочитати пароль. Нічого не змінено.
hq-user-password-short = Пароль має містити щонайменше { $count } символів. Нічого не змінено.
hq-user-role-invalid = Роль має бути однією з: officer, caseworker, interpreter, supervisor, analyst, admin.
hq-user-name-invalid = Ім’я користувача має від 1 до 64 друкованих символів.
hq-user-exists = Користувач із таким ім’ям уже існує. Нічого не змінено.
hq-user-added = Користувача додано з роллю { $role }. Тепер він може увійти до панелі.

## The dashboard (`waypoint-hq serve`, in a browser).

hq-title = Штаб Waypoint
hq-login-title = Вхід
hq-login-name = Ім’я користувача
hq-login-password = Пароль
hq-login-submit = Увійти
hq-login-failed = Неправильне ім’я користувача або пароль, або було забагато спроб. Зачекайте трохи й спробуйте ще раз.
hq-logout = Вийти
hq-signed-in-as = Ви увійшли як { $user }, { $role }
hq-role = { $role ->
    [officer] Прикордонник
    [caseworker] Соціальний працівник притулку
    [interpreter] Перекладач
    [supervisor] Керівник
    [analyst] Аналітик штабу
   *[admin] Адміністратор
}
hq-language = Мова
hq-language-submit = Змінити
hq-nav-cases = Справи
hq-nav-conflicts = Конфлікти
hq-nav-matches = Збіги та дублікати
hq-nav-transfers = Передавання
hq-nav-devices = Пристрої
hq-nav-erasures = Видалення
hq-nav-audit = Журнал аудиту
hq-nav-figures = Показники
hq-search-label = Ім’я будь-якою писемністю або код справи
hq-search-submit = Шукати
hq-none = Немає що показати.
hq-done = Готово.
hq-col-code = Код
hq-col-name = Ім’я
hq-col-site = Пункт
hq-col-status = Стан
hq-col-actions = Дії
hq-col-confirmations = Пристрої, що підтвердили видалення
hq-col-age = Вікова група
hq-col-risk = Ризик
hq-col-when = Коли
hq-col-user = Хто
hq-col-action = Дія
hq-col-case = Справа
hq-col-detail = Подробиці
hq-col-device = Пристрій
hq-col-field = Поле
hq-col-score = Оцінка
hq-col-reasons = Причини
hq-case-title = Справа { $code }
hq-case-answers = Відповіді співбесіди
hq-case-risk = Ризик
hq-time = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }
hq-when = { $date }, { $time } UTC
hq-value-by = Записав { $user }, { $when }
hq-value-sent-by = Надіслано пристроєм { $device }… з пункту { $site }. Ім’я автора, зазначене вище, повідомив цей пристрій.
hq-value-sent-at-hq = Зроблено тут, у штабі.
hq-value-sender-unknown = Невідомо, який пристрій це надіслав.
hq-value-keep = Залишити це значення
hq-conflict-explain = Двоє людей заповнили це поле одночасно. Обидва значення зберігаються, доки ви не оберете одне; пристрої отримають ваш вибір під час наступної синхронізації.
hq-match-sought = { $name } ({ $relationship }), кого шукають у справі { $code }
hq-match-confirm = Підтвердити збіг
hq-match-reject = Це не та сама особа
hq-match-status = { $status ->
    [confirmed] Підтверджено
    [rejected] Відхилено
   *[potential] На розгляд
}
hq-duplicates = Можливі дублікати (на розгляд; нічого не об’єднується автоматично)
hq-duplicate-same = Та сама особа
hq-duplicate-different = Дві різні особи
hq-duplicate-confirmed = Підтверджено: це одна особа. Залиште повнішу справу, а іншу накажіть видалити з причиною «Дублікат запису».
hq-transfer-title = Передати справу іншому пункту
hq-transfer-case = Ідентифікатор справи
hq-transfer-site = Пункт, що отримує
hq-transfer-submit = Передати
hq-device-enroll = Створити код реєстрації
hq-device-code-shown = Код реєстрації для { $site }: { $code }. Дійсний 24 години і спрацьовує один раз. Запишіть його зараз — більше його не покажуть.
hq-device-revoke = Відкликати
hq-device-revoke-ask = Відкликати…
hq-device-revoke-title = Відкликати цей пристрій?
hq-device-revoke-explain = Пристрою { $device } з пункту { $site } відтепер буде відмовлено, а під час наступного зв’язку він отримає команду стерти всі справи, які на ньому зберігаються. Його справи залишаються тут, у штабі. Це незворотно: пристрій доведеться заново зареєструвати з новим кодом.
hq-cancel = Скасувати
hq-back = Повернутися до сторінки
hq-skip = Перейти до вмісту сторінки
hq-nav-label = Сторінки
hq-audit-filter = Показати
hq-audit-shown = { $count ->
    [one] { $count } запис, спочатку найновіші (показується не більше { $max } — звузьте пошук, щоб побачити давніші).
    [few] { $count } записи, спочатку найновіші (показується не більше { $max } — звузьте пошук, щоб побачити давніші).
    [many] { $count } записів, спочатку найновіші (показується не більше { $max } — звузьте пошук, щоб побачити давніші).
   *[other] { $count } запису, спочатку найновіші (показується не більше { $max } — звузьте пошук, щоб побачити давніші).
}
hq-device-state = { $revoked ->
    [yes] Відкликано
   *[no] Активний
}
hq-erase-title = Наказати видалити справу
hq-erase-explain = Справу буде видалено в штабі, разом із резервними копіями, і на кожному пристрої під час його наступної синхронізації. Це незворотно.
hq-erase-reason = Причина
hq-erase-reason-option = { $reason ->
    [person_request] Особа попросила про це
    [duplicate] Дублікат запису
    [entered_in_error] Внесено помилково
    [legal_order] Рішення суду
   *[retention_expired] Строк зберігання минув
}
hq-erase-submit = Видалити всюди
hq-erase-ask = Видалити…
hq-erase-confirm-title = Видалити цю справу всюди?
hq-erase-confirm-explain = Справу { $code } з пункту { $site } ({ $reason }) буде видалено тут, у штабі, і на кожному пристрої, де вона зберігається, разом із резервними копіями. Це незворотно.
hq-erase-confirmations = { $count ->
    [one] { $count } пристрій підтвердив
    [few] { $count } пристрої підтвердили
   *[other] { $count } пристроїв підтвердили
}
hq-figures-title = Показники (знеособлені)
hq-figures-explain = Справи за місяцем, коли відбулася зустріч з особою. Кількість менше 5 показано як «x», щоб нікого не можна було виокремити. Тут немає імен чи подробиць справ.
hq-figures-withheld = Справу, яку особа не погодилася передати до штабу, враховано за знеособленим записом (місяць, вікова група, стать, ризик): її громадянство й супровід показано як «Не передано до штабу».
hq-figures-chart = { $dimension } у вигляді діаграми: ті самі показники наведено в таблиці нижче.
hq-figures-hidden = Деякі більші кількості також показано як «x», щоб малу кількість не можна було обчислити з підсумків.
hq-figures-csv = Завантажити CSV
hq-figures-total = Усього справ: { $total }
hq-figures-all-months = Усі місяці
hq-dimension = { $dimension ->
    [age_band] Вікова група
    [sex] Стать
    [nationality] Громадянство
    [accompaniment] Супровід
    [risk] Ознака ризику торгівлі людьми
   *[site] Пункт
}
hq-figure-value = { $value ->
    [flagged] З ознакою
    [not_flagged] Без ознаки
    [unknown] Невідомо
    [withheld] Не передано до штабу
   *[other] { $value }
}
hq-error-forbidden = Ваша роль цього не дозволяє.
hq-error-not-found = Не знайдено. Можливо, це видалено або змінено.
hq-error-signed-out = Будь ласка, увійдіть знову.
hq-error-internal = У штабі сталася помилка. Нічого не змінено; спробуйте ще раз.
hq-error-case-id = Ідентифікатор справи — це UUID (32 шістнадцяткові цифри, дефіси необов’язкові).
hq-error-site = Назва пункту складається з латинських літер, цифр, дефісів, крапок або підкреслень.
hq-error-device-id = Ідентифікатор пристрою — 32 шістнадцяткові цифри.
hq-error-reason = Оберіть причину.
hq-error-choice = Оберіть одне зі значень.
hq-database-invalid = Адреса бази даних має вигляд sqlite:ШЛЯХ або postgres://користувач@хост:порт/назва.
hq-database-in-clear = Ця база даних розташована на іншому комп’ютері, і з sslmode={ $mode } ключі справ можуть передаватися туди без шифрування. Не вказуйте sslmode (тоді головний офіс вимагатиме TLS і сертифікат з іменем сервера, виданий публічним центром сертифікації) або вкажіть sslmode=verify-full і sslrootcert=PATH — шлях до сертифіката центру сертифікації, який підписав сертифікат сервера.
hq-database-certificate = Сертифікат сервера бази даних не прийнято (sslmode={ $mode }). Перевірте, що sslrootcert вказує на центр сертифікації, який його підписав, а для verify-full — що в сертифікаті вказано хост з адреси. Нічого не змінено.
hq-database-roots = Файл, вказаний у sslrootcert, недоступний для читання або не містить сертифіката.
hq-migrated = Перенесено до PostgreSQL: пристроїв: { $devices }, справ: { $cases }, змін: { $changes }. Пристрої продовжать з того місця, де зупинилися.
hq-migrate-target-not-empty = Цільова база даних уже містить пристрої або справи. Перенесення заповнює лише порожню базу даних штабу; нічого не змінено.

## Accounts (administrators)
hq-nav-accounts = Облікові записи
hq-col-role = Роль
hq-accounts-password = Початковий пароль
hq-accounts-password-hint = Щонайменше { $count } символів. Передавайте початковий пароль особисто, ніколи не надсилайте його електронною поштою чи повідомленням.
hq-accounts-add = Додати обліковий запис
hq-accounts-change-role = Змінити роль
hq-accounts-remove = Видалити
hq-accounts-remove-ask = Видалити…
hq-accounts-remove-title = Видалити цей обліковий запис?
hq-accounts-remove-explain = Обліковий запис { $user } буде видалено, а його сеанси одразу завершено. Його дії залишаться в журналі аудиту.
hq-accounts-you = Ваш обліковий запис
hq-accounts-not-yourself = Ви не можете змінити роль власного облікового запису або видалити його; це може зробити інша особа з роллю адміністратора.
