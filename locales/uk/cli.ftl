# The `waypoint` command for administrators and testers.

cli-passphrase-prompt = Парольна фраза
cli-passphrase-confirm = Введіть парольну фразу ще раз
cli-passphrases-differ = Дві парольні фрази не збігаються. Нічого не змінено.
cli-new-user-passphrase-prompt = Парольна фраза для нового користувача
cli-store-initialised = Дані Waypoint створено в { $path }.
cli-user-added = Користувача { $user } додано.
cli-demo-data-created = { $count ->
    [one] Створено { $count } синтетичну справу.
    [few] Створено { $count } синтетичні справи.
    [many] Створено { $count } синтетичних справ.
   *[other] Створено { $count } синтетичної справи.
}
cli-case-exported = Справу записано в { $path }.
cli-audit-verified = { $entries ->
    [one] Журнал аудиту цілий (перевірено { $entries } запис).
    [few] Журнал аудиту цілий (перевірено { $entries } записи).
    [many] Журнал аудиту цілий (перевірено { $entries } записів).
   *[other] Журнал аудиту цілий (перевірено { $entries } запису).
}
cli-code-ambiguous = Кілька справ мають код { $code } (їх створено на різних пристроях). Вкажіть натомість ідентифікатор справи; команда `waypoint cases search { $code }` покаже їх список.
cli-names-line-malformed = У рядку { $line } немає табуляції між двома іменами; рядок пропущено.
cli-names-malformed-lines = { $count ->
    [one] Не вдалося порівняти { $count } рядок (див. вище).
    [few] Не вдалося порівняти { $count } рядки (див. вище).
    [many] Не вдалося порівняти { $count } рядків (див. вище).
   *[other] Не вдалося порівняти { $count } рядка (див. вище).
}
cli-i18n-missing = Відсутнє: { $message }
cli-i18n-extra = Немає в англійській (видаліть або перейменуйте): { $message }
cli-i18n-malformed = Неможливо прочитати: { $message }
cli-i18n-placeables = Змінні в { $message } відрізняються від англійських: в англійській { $expected }; тут { $found }.
cli-i18n-coverage = { $locale }	{ $name }	{ $percent }%	{ $status }
cli-i18n-check-failed = Деякі мови неповні або містять помилки (див. список вище).
