# The `waypoint` command for administrators and testers.

cli-passphrase-prompt = پټ نوم
cli-passphrase-confirm = پټ نوم بیا ولیکئ
cli-passphrases-differ = دواړه پټ نومونه سره توپیر لري. هېڅ شی بدل نه شو.
cli-new-user-passphrase-prompt = د نوي کاروونکي لپاره پټ نوم
cli-store-initialised = د Waypoint معلومات په { $path } کې جوړ شول.
cli-user-added = کاروونکی { $user } ور زیات شو.
cli-demo-data-created = { $count ->
    [one] { $count } آزمایښتي دوسیه جوړه شوه.
   *[other] { $count } آزمایښتي دوسیې جوړې شوې.
}
cli-case-exported = دوسیه په { $path } کې ولیکل شوه.
cli-audit-verified = { $entries ->
    [one] د پلټنې ثبت روغ دی ({ $entries } ننوتنه وکتل شوه).
   *[other] د پلټنې ثبت روغ دی ({ $entries } ننوتنې وکتل شوې).
}
cli-code-ambiguous = څو دوسیې د { $code } کوډ لري (په بېلابېلو وسیلو کې جوړې شوې). د دې پر ځای د دوسیې پېژند ورکړئ؛ `waypoint cases search { $code }` یې لېست کوي.
cli-names-line-malformed = په { $line } کرښه کې د دوو نومونو ترمنځ ټب (Tab) نشته؛ دا کرښه پرېښودل شوه.
cli-names-malformed-lines = { $count ->
    [one] { $count } کرښه پرتله نه شوه (پورته وګورئ).
   *[other] { $count } کرښې پرتله نه شوې (پورته وګورئ).
}
cli-i18n-missing = نشته: { $message }
cli-i18n-extra = په انګلیسي کې نشته (لرې یې کړئ یا یې نوم بدل کړئ): { $message }
cli-i18n-malformed = نه لوستل کېږي: { $message }
cli-i18n-placeables = په { $message } کې متغیرونه له انګلیسي سره توپیر لري: انګلیسي { $expected } لري؛ دا { $found } لري.
cli-i18n-coverage = { $locale }	{ $name }	{ $percent }%	{ $status }
cli-i18n-check-failed = ځینې ژبې نیمګړې دي یا تېروتنې لري (پورته لیکل شوي).
