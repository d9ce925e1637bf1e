# The `waypoint` command for administrators and testers.

cli-passphrase-prompt = رمز عبور
cli-passphrase-confirm = رمز عبور را دوباره بنویسید
cli-passphrases-differ = دو رمز عبور با هم فرق دارند. چیزی تغییر نکرد.
cli-new-user-passphrase-prompt = رمز عبور برای کاربر جدید
cli-store-initialised = داده‌های Waypoint در { $path } ساخته شد.
cli-user-added = کاربر { $user } اضافه شد.
cli-demo-data-created = { $count ->
    [one] { $count } پروندهٔ آزمایشی ساخته شد.
   *[other] { $count } پروندهٔ آزمایشی ساخته شد.
}
cli-case-exported = پرونده در { $path } نوشته شد.
cli-audit-verified = { $entries ->
    [one] دفتر ثبت رویدادها سالم است ({ $entries } ردیف بررسی شد).
   *[other] دفتر ثبت رویدادها سالم است ({ $entries } ردیف بررسی شد).
}
cli-code-ambiguous = چند پرونده کد { $code } را دارند (در دستگاه‌های مختلف ساخته شده‌اند). به جای آن، شناسهٔ پرونده را بدهید؛ `waypoint cases search { $code }` آنها را فهرست می‌کند.
cli-names-line-malformed = سطر { $line } بین دو نام فاصلهٔ تب (Tab) ندارد؛ این سطر نادیده گرفته شد.
cli-names-malformed-lines = { $count ->
    [one] { $count } سطر را نشد مقایسه کرد (بالا را ببینید).
   *[other] { $count } سطر را نشد مقایسه کرد (بالا را ببینید).
}
cli-i18n-missing = وجود ندارد: { $message }
cli-i18n-extra = در انگلیسی نیست (آن را حذف کنید یا نامش را عوض کنید): { $message }
cli-i18n-malformed = خوانده نمی‌شود: { $message }
cli-i18n-placeables = متغیرهای { $message } با انگلیسی فرق دارد: انگلیسی { $expected } دارد؛ این یکی { $found } دارد.
cli-i18n-coverage = { $locale }	{ $name }	{ $percent }%	{ $status }
cli-i18n-check-failed = بعضی از زبان‌ها ناقص‌اند یا خطا دارند (در بالا فهرست شده‌اند).
