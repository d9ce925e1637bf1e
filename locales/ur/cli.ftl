# The `waypoint` command for administrators and testers.

cli-passphrase-prompt = پاس فریز
cli-passphrase-confirm = پاس فریز دوبارہ ٹائپ کریں
cli-passphrases-differ = دونوں پاس فریز مختلف ہیں۔ کچھ بھی تبدیل نہیں کیا گیا۔
cli-new-user-passphrase-prompt = نئے صارف کا پاس فریز
cli-store-initialised = Waypoint کا ڈیٹا { $path } پر بنا دیا گیا۔
cli-user-added = صارف { $user } شامل کر دیا گیا۔
cli-demo-data-created = { $count ->
    [one] { $count } فرضی (مصنوعی) کیس بنایا گیا۔
   *[other] { $count } فرضی (مصنوعی) کیس بنائے گئے۔
}
cli-case-exported = کیس { $path } میں لکھ دیا گیا۔
cli-audit-verified = { $entries ->
    [one] آڈٹ لاگ درست ہے ({ $entries } اندراج چیک کیا گیا)۔
   *[other] آڈٹ لاگ درست ہے ({ $entries } اندراجات چیک کیے گئے)۔
}
cli-code-ambiguous = کئی کیسز کا کوڈ { $code } ہے (جو مختلف ڈیوائسز پر بنائے گئے)۔ اس کے بجائے کیس آئی ڈی دیں؛ `waypoint cases search { $code }` ان سب کی فہرست دکھاتا ہے۔
cli-names-line-malformed = سطر { $line } میں دونوں ناموں کے درمیان ٹیب (Tab) نہیں ہے؛ اسے چھوڑ دیا گیا۔
cli-names-malformed-lines = { $count ->
    [one] { $count } سطر کا موازنہ نہیں ہو سکا (اوپر دیکھیں)۔
   *[other] { $count } سطروں کا موازنہ نہیں ہو سکا (اوپر دیکھیں)۔
}
cli-i18n-missing = موجود نہیں: { $message }
cli-i18n-extra = انگریزی میں موجود نہیں (اسے ہٹائیں یا نام بدلیں): { $message }
cli-i18n-malformed = پڑھا نہیں جا سکتا: { $message }
cli-i18n-placeables = { $message } میں متغیرات انگریزی سے مختلف ہیں: انگریزی میں { $expected } ہیں؛ یہاں { $found } ہیں۔
cli-i18n-coverage = { $locale }	{ $name }	{ $percent }%	{ $status }
cli-i18n-check-failed = کچھ زبانیں نامکمل ہیں یا ان میں غلطیاں ہیں (فہرست اوپر دی گئی ہے)۔
