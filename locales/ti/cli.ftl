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
