# The `waypoint` command for administrators and testers.

cli-passphrase-prompt = عبارة المرور
cli-passphrase-confirm = يُرجى كتابة عبارة المرور مرة أخرى
cli-passphrases-differ = عبارتا المرور مختلفتان. لم يتغير أي شيء.
cli-new-user-passphrase-prompt = عبارة المرور للمستخدم الجديد
cli-store-initialised = أُنشئت بيانات Waypoint في { $path }.
cli-user-added = أُضيف المستخدم { $user }.
cli-demo-data-created = { $count ->
    [zero] لم تُنشأ أي حالة تجريبية ({ $count }).
    [one] أُنشئت حالة تجريبية واحدة ({ $count }).
    [two] أُنشئت حالتان تجريبيتان ({ $count }).
    [few] أُنشئت { $count } حالات تجريبية.
    [many] أُنشئت { $count } حالة تجريبية.
   *[other] أُنشئت { $count } حالة تجريبية.
}
cli-case-exported = كُتبت الحالة في { $path }.
cli-audit-verified = { $entries ->
    [zero] سجل التدقيق سليم، ولم يُفحص أي إدخال ({ $entries }).
    [one] سجل التدقيق سليم، وقد فُحص إدخال واحد ({ $entries }).
    [two] سجل التدقيق سليم، وقد فُحص إدخالان ({ $entries }).
    [few] سجل التدقيق سليم، وقد فُحصت { $entries } إدخالات.
    [many] سجل التدقيق سليم، وقد فُحص { $entries } إدخالاً.
   *[other] سجل التدقيق سليم، وقد فُحص { $entries } إدخال.
}
cli-code-ambiguous = توجد عدة حالات بالرمز { $code } (أُنشئت على أجهزة مختلفة). يُرجى إدخال معرّف الحالة بدلاً منه؛ والأمر `waypoint cases search { $code }` يعرض هذه الحالات.
cli-names-line-malformed = السطر { $line } ليس فيه علامة جدولة (Tab) بين الاسمين، لذا تم تخطيه.
cli-names-malformed-lines = { $count ->
    [zero] لا توجد أسطر تعذّرت مقارنتها ({ $count }).
    [one] تعذّرت مقارنة سطر واحد ({ $count })؛ انظر أعلاه.
    [two] تعذّرت مقارنة سطرين ({ $count })؛ انظر أعلاه.
    [few] تعذّرت مقارنة { $count } أسطر؛ انظر أعلاه.
    [many] تعذّرت مقارنة { $count } سطرًا؛ انظر أعلاه.
   *[other] تعذّرت مقارنة { $count } سطر؛ انظر أعلاه.
}
cli-i18n-missing = ناقصة: { $message }
cli-i18n-extra = ليست في الإنجليزية (احذفها أو غيّر اسمها): { $message }
cli-i18n-malformed = تتعذّر قراءتها: { $message }
cli-i18n-placeables = المتغيّرات في { $message } تختلف عن الإنجليزية: في الإنجليزية { $expected }؛ وهنا { $found }.
cli-i18n-coverage = { $locale }	{ $name }	{ $percent }%	{ $status }
cli-i18n-check-failed = بعض اللغات غير مكتملة أو فيها أخطاء (انظر القائمة أعلاه).
