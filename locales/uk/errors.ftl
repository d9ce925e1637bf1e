# Errors, validation diagnostics, consent refusals and risk reasons.
# Shown to officers in the app, the CLI and the HQ dashboard. Plain words; say what to do next.
# Arguments never carry personal data of the people registered.

## Store and login

error-wrong-passphrase = Парольна фраза неправильна. Перевірте мову клавіатури та Caps Lock і спробуйте ще раз.
error-unknown-user = На цьому пристрої немає користувача { $user }. Попросіть адміністратора додати вас.
error-user-exists = Користувач з ім’ям { $user } уже є на цьому пристрої. Виберіть інше ім’я.
error-store-missing = За адресою { $path } не знайдено даних Waypoint. Спершу налаштуйте цей пристрій.
error-store-exists = Дані Waypoint уже є за адресою { $path }. Нічого не змінено.
error-store-corrupt = Дані на цьому пристрої пошкоджені, їх неможливо прочитати. Нічого не видаляйте; зверніться до адміністратора: дані можна відновити з головного офісу.
error-store-truncated = Файл даних на цьому пристрої неповний (можливо, його скопійовано лише частково). Нічого не видаляйте; зверніться до адміністратора.
error-store-too-new = Ці дані записано новішою версією Waypoint (формат { $found }; ця версія читає формати до { $supported }). Оновіть Waypoint на цьому пристрої.
error-case-not-found = Справи { $case } немає на цьому пристрої.
error-sought-person-not-found = У цій справі немає шуканої особи з ідентифікатором { $entry }. Можливо, її видалили на іншому пристрої; завантажте справу знову.
error-passphrase-too-short = Парольна фраза закоротка. Мінімальна кількість символів: { $min }. Кілька слів поспіль легко запам’ятати.
error-audit-broken = Журнал аудиту змінено або пошкоджено на записі { $seq }. Повідомте про це своєму керівникові.
error-case-invalid = Не вдалося прочитати цей запис справи. Нічого не змінено.
error-io = Пристрій не зміг прочитати або записати свої дані ({ $detail }). Перевірте, чи є вільне місце на диску, і спробуйте ще раз.
error-internal = Усередині Waypoint сталася помилка. Усе, що ви зберегли, на місці. Спробуйте ще раз; якщо це повториться, повідомте адміністратора.

## Validation of a case (shown next to the field; nothing typed is lost)

diag-no-name = Ім’я ще не записано. Справу можна зберегти й без нього.
diag-name-empty = Це ім’я порожнє.
diag-age-range-inverted = Найменший вік ({ $min }) більший за найбільший ({ $max }). Перевірте обидва числа.
diag-age-implausible = Вік понад { $max } неможливий. Перевірте число.
diag-age-single-indicator = Оцінка віку не повинна спиратися лише на одну ознаку.
diag-date-future = Ця дата в майбутньому.
diag-date-impossible = Такої дати не існує. Перевірте день і місяць.
diag-answer-without-value = Це питання позначено як таке, на яке відповіли, але відповідь не записано.
diag-not-asked-without-reason = Вкажіть, чому це питання не поставили.
diag-ends-before-start = Цей сеанс закінчується раніше, ніж починається.

## Consent

# $purpose is one of: registration, sharing_with_hq, family_tracing, referral, photo.
consent-needed = Для цього потрібна згода на { $purpose ->
        [registration] реєстрацію
        [sharing_with_hq] передавання даних до головного офісу
        [family_tracing] пошук родини
        [referral] направлення до служб
        [photo] фотографування
       *[other] це
    }. Спершу запитайте особу (або опікуна) і запишіть відповідь.
consent-withdrawn-stops = Згоду на { $purpose ->
        [registration] реєстрацію
        [sharing_with_hq] передавання даних до головного офісу
        [family_tracing] пошук родини
        [referral] направлення до служб
        [photo] фотографування
       *[other] це
    } відкликано, тому цю дію зупинено.
consent-refused-stops = Згоди на { $purpose ->
        [registration] реєстрацію
        [sharing_with_hq] передавання даних до головного офісу
        [family_tracing] пошук родини
        [referral] направлення до служб
        [photo] фотографування
       *[other] це
    } не надано, тому продовжити неможливо.

## Risk reasons (why a risk level was given)

risk-reason-irregular-travel = Нерегулярний або незвичний маршрут чи умови подорожі.
risk-reason-sudden-separation = Раптове розлучення з родиною.
risk-reason-living-change = Різка зміна того, де і з ким живе особа.
risk-reason-documents-held-by-others = Посвідчення особи чи проїзні документи тримає хтось інший.
risk-reason-debt-bondage = Особа винна гроші тим, хто організував подорож або роботу.
risk-reason-work-exploitation = Неоплачувана, примусова або небезпечна робота.
risk-reason-signs-of-abuse = Ознаки фізичного, сексуального або психологічного насильства.
risk-reason-controlled-movement = Хтось інший контролює, куди ходить особа.
risk-reason-deceptive-recruitment = Вербування через неправдиві обіцянки.
risk-reason-no-contact-with-family = Не дозволено або немає змоги зв’язатися з родиною.
risk-reason-fear-of-authorities = Особу змусили боятися органів влади.
risk-reason-scripted-account = Розповідь здається завченою або підказаною іншими.
risk-reason-someone-else-answers = Хтось інший відповідає замість особи або не залишає її наодинці з працівником.
risk-reason-worst-forms-of-child-labour = Небезпечна робота: у шахті, з небезпечними машинами чи хімікатами, з важкими вантажами або вночі.
risk-reason-child-labour-under-minimum-age = Початок роботи до мінімального віку для роботи.
risk-reason-sexual-exploitation = Сексуальна експлуатація.
risk-reason-forced-marriage = Примусовий або дитячий шлюб.
risk-reason-armed-group-recruitment = Вербування або використання збройними силами чи збройною групою.
risk-reason-child-exploitation = Дитину експлуатують. Для дитини вже саме це — торгівля людьми: доводити примус, шахрайство чи обман не потрібно.
risk-reason-doubtful-adult = Дитина подорожує з дорослим, чий зв’язок із нею викликає сумнів або який непокоїть працівника.
risk-reason-unaccompanied-child = Дитина без батьків або людини, яка зазвичай про неї піклується.
risk-reason-strong-indicator-child = Сильна ознака торгівлі людьми стосується дитини.
risk-reason-several-strong = Кілька сильних ознак одночасно.

## Interview templates (shown to whoever loads or edits a template)

template-error-json = Файл шаблону недійсний (рядок { $line }, стовпець { $column }). Перевірте там розділові знаки та назви полів.
template-error-invalid-message-id = Ключ тексту { $key } не є допустимою назвою повідомлення.
template-error-duplicate-not-asked-reason = Причину { $reason } вказано двічі.
template-error-duplicate-section = Розділ { $section } трапляється двічі.
template-error-duplicate-question = Питання { $question } трапляється двічі.
template-error-malformed-question-id = Ідентифікатор питання { $question } має бути у форматі section.name (розділ.назва).
template-error-question-outside-section = Питання { $question } розміщено в розділі { $section }, але його ідентифікатор не називає цей розділ.
template-error-missing-choices = Питання { $question } передбачає варіанти відповіді, але жодного не наведено.
template-error-unexpected-choices = Питання { $question } не є питанням із варіантами, але містить варіанти.
template-error-duplicate-choice = У питанні { $question } варіант { $choice } наведено двічі.
template-error-unknown-indicator = Питання { $question } посилається на невідомий індикатор { $indicator }.
template-error-screening-not-supported = Питання { $question } не може активувати індикатори: це можуть лише відповіді «так/ні» та відповіді з варіантами.
template-error-empty-when = Питання { $question } пов’язане з { $indicator }, але не вказує, яка відповідь його активує.
template-error-invalid-yes-no = Питання { $question } має відповідь «так/ні», але його зв’язок вказує { $value }.
template-error-unknown-choice = У питанні { $question } немає варіанта { $choice }.
