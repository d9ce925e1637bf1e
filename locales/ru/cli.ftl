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
cli-names-line-malformed = В строке { $line } нет табуляции между двумя именами; строка пропущена.
cli-names-malformed-lines = { $count ->
    [one] Не удалось сравнить { $count } строку (см. выше).
    [few] Не удалось сравнить { $count } строки (см. выше).
    [many] Не удалось сравнить { $count } строк (см. выше).
   *[other] Не удалось сравнить { $count } строки (см. выше).
}
cli-i18n-missing = Отсутствует: { $message }
cli-i18n-extra = Нет в английском (удалите или переименуйте): { $message }
cli-i18n-malformed = Не удаётся прочитать: { $message }
cli-i18n-placeables = Переменные в { $message } отличаются от английских: в английском { $expected }; здесь { $found }.
cli-i18n-coverage = { $locale }	{ $name }	{ $percent }%	{ $status }
cli-i18n-check-failed = Некоторые языки неполны или содержат ошибки (см. список выше).
