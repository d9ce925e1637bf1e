# The `waypoint` command for administrators and testers.

cli-passphrase-prompt = Парольная фраза
cli-passphrase-confirm = Введите парольную фразу ещё раз
cli-passphrases-differ = Парольные фразы не совпадают. Ничего не изменено.
cli-new-user-passphrase-prompt = Парольная фраза для нового пользователя
cli-store-initialised = Данные Waypoint созданы в { $path }.
cli-user-added = Пользователь { $user } добавлен.
cli-demo-data-created = { $count ->
    [one] Создано { $count } синтетическое дело.
    [few] Создано { $count } синтетических дела.
    [many] Создано { $count } синтетических дел.
   *[other] Создано { $count } синтетического дела.
}
cli-case-exported = Дело записано в { $path }.
cli-audit-verified = { $entries ->
    [one] Журнал аудита не повреждён (проверена { $entries } запись).
    [few] Журнал аудита не повреждён (проверено { $entries } записи).
    [many] Журнал аудита не повреждён (проверено { $entries } записей).
   *[other] Журнал аудита не повреждён (проверено { $entries } записи).
}
cli-code-ambiguous = Код { $code } есть у нескольких дел (они созданы на разных устройствах). Укажите вместо него идентификатор дела; команда `waypoint cases search { $code }` покажет их список.
