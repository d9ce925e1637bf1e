# The `waypoint` command for administrators and testers.

cli-passphrase-prompt = መሕለፊ ቃል
cli-passphrase-confirm = መሕለፊ ቃል እንደገና ጽሓፉ
cli-passphrases-differ = እቶም ክልተ መሕለፊ ቃላት ይፈላለዩ። ዋላ ሓንቲ ኣይተቐየረን።
cli-new-user-passphrase-prompt = መሕለፊ ቃል ንሓድሽ ተጠቃሚ
cli-store-initialised = ሓበሬታ Waypoint ኣብ { $path } ተፈጢሩ።
cli-user-added = ተጠቃሚ { $user } ተወሲኹ።
cli-demo-data-created = { $count ->
    [one] { $count } ናይ ፈተነ ጉዳይ ተፈጢሩ።
   *[other] { $count } ናይ ፈተነ ጉዳያት ተፈጢሮም።
}
cli-case-exported = እቲ ጉዳይ ናብ { $path } ተጻሒፉ።
cli-audit-verified = { $entries ->
    [one] መዝገብ ኦዲት ምሉእን ዘይተተንከፈን እዩ ({ $entries } ምዝገባ ተመርሚሩ)።
   *[other] መዝገብ ኦዲት ምሉእን ዘይተተንከፈን እዩ ({ $entries } ምዝገባታት ተመርሚሮም)።
}
cli-code-ambiguous = ብዙሓት ጉዳያት ኮድ { $code } ኣለዎም (ኣብ ዝተፈላለዩ መሳርሒታት ዝተፈጥሩ)። ኣብ ክንድኡ መለለዪ ጉዳይ ሃቡ፤ `waypoint cases search { $code }` ይዝርዝሮም።
cli-names-line-malformed = መስመር { $line } ኣብ መንጎ ክልተ ኣስማት ታብ (Tab) የብሉን፤ ተሰጊሩ።
cli-names-malformed-lines = { $count ->
    [one] { $count } መስመር ክነጻጸር ኣይከኣለን (ኣብ ላዕሊ ርኣዩ)።
   *[other] { $count } መስመራት ክነጻጸሩ ኣይከኣሉን (ኣብ ላዕሊ ርኣዩ)።
}
cli-i18n-missing = ዝጎደለ፦ { $message }
cli-i18n-extra = ኣብ እንግሊዝኛ የለን (ኣልግስዎ ወይ ስሙ ቀይሩ)፦ { $message }
cli-i18n-malformed = ክንበብ ኣይከኣልን፦ { $message }
cli-i18n-placeables = ኣብ { $message } ዘለዉ ተለዋወጥቲ ካብ እንግሊዝኛ ይፈላለዩ፦ እንግሊዝኛ { $expected } ኣለዎ፤ እዚ ድማ { $found } ኣለዎ።
cli-i18n-coverage = { $locale }	{ $name }	{ $percent }%	{ $status }
cli-i18n-check-failed = ገለ ቋንቋታት ዘይተማልኡ እዮም ወይ ጌጋታት ኣለዎም (ኣብ ላዕሊ ተዘርዚሮም ኣለዉ)።
