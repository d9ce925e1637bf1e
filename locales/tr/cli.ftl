# The `waypoint` command for administrators and testers.

cli-passphrase-prompt = Parola
cli-passphrase-confirm = Parolayı tekrar yazın
cli-passphrases-differ = İki parola birbirinden farklı. Hiçbir şey değiştirilmedi.
cli-new-user-passphrase-prompt = Yeni kullanıcının parolası
cli-store-initialised = Waypoint verisi { $path } konumunda oluşturuldu.
cli-user-added = { $user } adlı kullanıcı eklendi.
cli-demo-data-created = { $count ->
    [one] { $count } sentetik vaka oluşturuldu.
   *[other] { $count } sentetik vaka oluşturuldu.
}
cli-case-exported = Vaka { $path } konumuna yazıldı.
cli-audit-verified = { $entries ->
    [one] Denetim kaydı sağlam ({ $entries } giriş kontrol edildi).
   *[other] Denetim kaydı sağlam ({ $entries } giriş kontrol edildi).
}
cli-code-ambiguous = Birden fazla vakanın kodu { $code } (farklı cihazlarda oluşturulmuş). Bunun yerine vaka kimliğini girin; `waypoint cases search { $code }` komutu bu vakaları listeler.
cli-names-line-malformed = Satır { $line }: iki ad arasında sekme (Tab) yok; bu satır atlandı.
cli-names-malformed-lines = { $count ->
    [one] { $count } satır karşılaştırılamadı (yukarıya bakın).
   *[other] { $count } satır karşılaştırılamadı (yukarıya bakın).
}
cli-i18n-missing = Eksik: { $message }
cli-i18n-extra = İngilizcede yok (silin veya yeniden adlandırın): { $message }
cli-i18n-malformed = Okunamıyor: { $message }
cli-i18n-placeables = { $message } içindeki değişkenler İngilizceden farklı: İngilizcede { $expected } var; burada { $found } var.
cli-i18n-coverage = { $locale }	{ $name }	{ $percent }%	{ $status }
cli-i18n-check-failed = Bazı diller eksik veya hatalı (yukarıda listelendi).
