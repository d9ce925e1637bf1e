# The `waypoint` command for administrators and testers.

cli-passphrase-prompt = የይለፍ ቃል
cli-passphrase-confirm = የይለፍ ቃሉን እንደገና ይተይቡ
cli-passphrases-differ = ሁለቱ የይለፍ ቃሎች የተለያዩ ናቸው። ምንም ነገር አልተቀየረም።
cli-new-user-passphrase-prompt = ለአዲሱ ተጠቃሚ የይለፍ ቃል
cli-store-initialised = የWaypoint መረጃ በ{ $path } ላይ ተፈጥሯል።
cli-user-added = ተጠቃሚ { $user } ታክሏል።
cli-demo-data-created = { $count ->
    [one] { $count } የሙከራ ጉዳይ ተፈጥሯል።
   *[other] { $count } የሙከራ ጉዳዮች ተፈጥረዋል።
}
cli-case-exported = ጉዳዩ ወደ { $path } ተጽፏል።
cli-audit-verified = { $entries ->
    [one] የኦዲት መዝገቡ ሙሉ እና ያልተነካ ነው ({ $entries } መዝገብ ተረጋግጧል)።
   *[other] የኦዲት መዝገቡ ሙሉ እና ያልተነካ ነው ({ $entries } መዝገቦች ተረጋግጠዋል)።
}
cli-code-ambiguous = በርካታ ጉዳዮች { $code } የሚል ኮድ አላቸው (በተለያዩ መሣሪያዎች ላይ የተፈጠሩ)። በምትኩ የጉዳዩን መለያ ይስጡ፤ `waypoint cases search { $code }` ይዘረዝራቸዋል።
cli-names-line-malformed = መስመር { $line } በሁለቱ ስሞች መካከል ታብ (Tab) የለውም፤ ተዘሏል።
cli-names-malformed-lines = { $count ->
    [one] { $count } መስመር ማወዳደር አልተቻለም (ከላይ ይመልከቱ)።
   *[other] { $count } መስመሮችን ማወዳደር አልተቻለም (ከላይ ይመልከቱ)።
}
cli-i18n-missing = የጎደለ፦ { $message }
cli-i18n-extra = በእንግሊዝኛው ውስጥ የለም (ያስወግዱት ወይም ስሙን ይቀይሩ)፦ { $message }
cli-i18n-malformed = ሊነበብ አይችልም፦ { $message }
cli-i18n-placeables = በ{ $message } ውስጥ ያሉት ተለዋዋጮች ከእንግሊዝኛው ይለያሉ፦ እንግሊዝኛው { $expected } አለው፤ ይህኛው { $found } አለው።
cli-i18n-coverage = { $locale }	{ $name }	{ $percent }%	{ $status }
cli-i18n-check-failed = አንዳንድ ቋንቋዎች ያልተሟሉ ናቸው ወይም ስህተቶች አሏቸው (ዝርዝሩ ከላይ አለ)።
