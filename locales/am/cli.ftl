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
