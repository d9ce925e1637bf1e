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
