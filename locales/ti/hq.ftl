# The `waypoint-hq` command for headquarters administrators.

hq-listening = ቀንዲ ቤት ጽሕፈት ኣብ { $address } ርክባት ይጽበ ኣሎ።
hq-certificate = ቀንዲ ቤት ጽሕፈት ናይ ገዛእ ርእሱ ሰርቲፊኬት TLS ፈጢሩ ኣሎ፤ ኣሻራ SHA-256 ናይዚ ሰርቲፊኬት { $fingerprint } እዩ። ዝምዝገቡ መሳርሒታት ነዚ ሰርቲፊኬት ጥራይ እዮም ዝኣምኑ፤ ብራውዘር ንዳሽቦርድ ትኣምንዎ ዶ ኢሉ ኣብ ዝሓትተሉ እዋን ምስ ዘርእዮ ኣሻራ ኣነጻጽርዎ።
hq-plain-http-refused = ዘይተመስጠረ HTTP ኣብዚ ኮምፒተር ጥራይ እዩ ዝቐርብ (ኣብ ከም 127.0.0.1 ዝኣመሰለ loopback ኣድራሻ)፣ ኣብ { $address } ፈጺሙ ኣይቐርብን። --plain-http ኣይትጠቐሙ፤ ሽዑ ቀንዲ ቤት ጽሕፈት ባዕሉ HTTPS ከቕርብ እዩ።
hq-keys-beside-cases = መጠንቀቕታ፦ መፍትሕታት ጉዳያት ኣብቲ ጉዳያት ዝርከቡሉ ሰርቨር PostgreSQL እዮም ዝዕቀቡ፤ ስለዚ ሓደ ተተካኢ ቅዳሕ ናይቲ ሰርቨር ነፍሲ ወከፍ ጉዳይ ምስ መፍትሑ ይሕዝ፣ ጉዳይ ምድምሳስ ድማ ከምኡ ዝበለ ተተካኢ ቅዳሕ ዘይንበብ ክገብሮ ኣይክእልን። ዳታቤዝ መፍትሕታት ኣብ ካልእ ሰርቨር ኣቐምጡ (--keys-database)፤ ተተካእቲ ቅዳሓቱ ድማ ንሓጺር እዋን ጥራይ ሓዝዎም።
hq-proxy-certificate-invalid = --proxy-certificate ኣሻራ SHA-256 ናይ ሰርቲፊኬት ፕሮክሲ ይቕበል፦ 64 ሄክሳዴሲማል ኣሃዛት (ክልተ ነጥቢ «:» ይፍቀድ)። ዋላ ሓንቲ ኣይተጀመረን።
hq-tls-unusable = ንሰርቲፊኬት ወይ መፍትሕ TLS ምጥቃም ኣይከኣልን፦ እቶም ፋይላት ክንበቡ ኣይክእሉን፣ ዋላ ሓደ PEM ሰርቲፊኬት ወይ መፍትሕ የብሎምን፣ ወይ ድማ ሰርቲፊኬትን መፍትሕን ኣይሰማምዑን። ዋላ ሓንቲ ኣይተጀመረን።
hq-listen-failed = ኣብ { $address } ርክባት ምጽባይ ኣይከኣልን፦ እቲ ኣድራሻ ኣብ ጥቕሚ ኣሎ ወይ ኣይፍቀድን እዩ።
hq-storage-failed = ዳታቤዝ ቀንዲ ቤት ጽሕፈት ክኽፈት ወይ ኣብኡ ክጽሓፍ ኣይከኣለን። ዋላ ሓንቲ ኣይተቐየረን፤ ንዝርዝራት መዝገብ (log) ርኣዩ።
hq-device-code = ኣብ { $site } ንዘሎ መሳርሒ ናይ ምዝገባ ኮድ፦ { $code } (ን{ $hours ->
    [one] { $hours } ሰዓት
   *[other] { $hours } ሰዓታት
} ዘገልግል፣ ሓንሳብ ጥራይ)።
hq-device-revoked = ፍቓድ እቲ መሳርሒ ተሰሪዙ ኣሎ። ኣብ ዝቕጽል ርክቡ ክንጸግ እዩ፣ ሓበሬታኡ ክድምስስ ድማ ትእዛዝ ክወሃቦ እዩ።
hq-device-unknown = እዚ መለለዪ ዘለዎ መሳርሒ የለን።
hq-device-id-invalid = መለለዪ መሳርሒ 32 ሄክሳዴሲማል (hexadecimal) ኣሃዛት እዩ።
hq-case-id-invalid = መለለዪ ጉዳይ UUID እዩ (32 ሄክሳዴሲማል ኣሃዛት፤ ሰረዛት (-) ኣማራጺ እዮም)።
hq-case-erased = እቲ ጉዳይ ኣብ ቀንዲ ቤት ጽሕፈት ተደምሲሱ ኣሎ። እቲ ጉዳይ ዘለዎም መሳርሒታት ኣብ ዝቕጽል ምምስሳል (sync) ክድምስስዎን ከረጋግጹን እዮም።

hq-user-password-prompt = ናይቲ ሓድሽ ተጠቃሚ መሕለፊ ቃል
hq-user-password-again = መሕለፊ ቃል ደጊምኩም ጽሓፉ
hq-user-passwords-differ = ክልቲኡ መሕለፊ ቃላት ይፈላለዩ እዮም። ዝተቐየረ የለን።
hq-user-password-unreadable = መሕለፊ ቃል ክንብብ ኣይተኻእለን። ዝተቐየረ የለን።
hq-user-password-short = መሕለፊ ቃል እንተወሓደ { $count } ፊደላት ክህልዎ ኣለዎ። ዝተቐየረ የለን።
hq-user-role-invalid = ተራ ካብዚኦም ሓደ ክኸውን ኣለዎ፦ officer, caseworker, interpreter, supervisor, analyst, admin።
hq-user-name-invalid = ስም ተጠቃሚ ካብ 1 ክሳብ 64 ዝሕተሙ ፊደላት ኣለዎ።
hq-user-exists = በዚ ስም ተጠቃሚ ድሮ ኣሎ። ዝተቐየረ የለን።
hq-user-added = ተጠቃሚ ብተራ { $role } ተወሲኹ ኣሎ። ሕጂ ናብ ዳሽቦርድ ክኣቱ ይኽእል።

## The dashboard (`waypoint-hq serve`, in a browser).

hq-title = ማእከላይ ቤት ጽሕፈት Waypoint
hq-login-title = እቶ
hq-login-name = ስም ተጠቃሚ
hq-login-password = መሕለፊ ቃል
hq-login-submit = እቶ
hq-login-failed = ስም ተጠቃሚ ወይ መሕለፊ ቃል ጌጋ እዩ፣ ወይ ብዙሕ ፈተነታት ተገይሩ። ቁሩብ ተጸበዩ እሞ ደጊምኩም ፈትኑ።
hq-logout = ውጻእ
hq-signed-in-as = ከም { $user } ኣቲኹም፣ { $role }
hq-role = { $role ->
    [officer] ሰራሕተኛ ዶብ
    [caseworker] ሰራሕተኛ ጉዳያት መዕቆቢ
    [interpreter] ተርጓሚ
    [supervisor] ተቖጻጻሪ
    [analyst] ተንታኒ ማእከላይ ቤት ጽሕፈት
   *[admin] ኣመሓዳሪ
}
hq-language = ቋንቋ
hq-language-submit = ቀይር
hq-nav-cases = ጉዳያት
hq-nav-conflicts = ግጭታት
hq-nav-matches = ምስምማዕን ድግግምን
hq-nav-transfers = ምስግጋራት
hq-nav-devices = መሳርሒታት
hq-nav-erasures = ምድምሳስ
hq-nav-audit = መዝገብ ኦዲት
hq-nav-figures = ኣሃዛት
hq-search-label = ስም ብዝኾነ ፊደል፣ ወይ ኮድ ጉዳይ
hq-search-submit = ድለ
hq-none = ዝርአ የለን።
hq-done = ተፈጺሙ።
hq-col-code = ኮድ
hq-col-name = ስም
hq-col-site = ቦታ
hq-col-status = ኩነታት
hq-col-actions = ተግባራት
hq-col-confirmations = ምድምሳሱ ዘረጋገጹ መሳርሒታት
hq-col-age = ጉጅለ ዕድመ
hq-col-risk = ሓደጋ
hq-col-when = መዓስ
hq-col-user = መን
hq-col-action = ተግባር
hq-col-case = ጉዳይ
hq-col-detail = ዝርዝር
hq-col-device = መሳርሒ
hq-col-field = ቦታ ምልኣት
hq-col-score = ነጥቢ
hq-col-reasons = ምኽንያታት
hq-case-title = ጉዳይ { $code }
hq-case-answers = መልስታት ቃለ-መሕትት
hq-case-risk = ሓደጋ
hq-time = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }
hq-when = { $date } { $time } UTC
hq-value-by = ብ{ $user } ኣብ { $when } ዝተጻሕፈ
hq-value-sent-by = ብመሳርሒ { $device }… ናይ ቦታ { $site } ዝተላእከ። እቲ ኣብ ላዕሊ ዝተጠቕሰ ጸሓፊ ከምቲ እቲ መሳርሒ ዝሓበሮ እዩ።
hq-value-sent-at-hq = ኣብዚ ኣብ ማእከላይ ቤት ጽሕፈት ዝተገብረ።
hq-value-sender-unknown = ነዚ ኣየናይ መሳርሒ ከም ዝለኣኾ ኣይፍለጥን።
hq-value-keep = ነዚ ዋጋ ሓዞ
hq-conflict-explain = ክልተ ሰባት ነዚ ቦታ ብሓደ ግዜ ጽሒፎምዎ። ሓደ ክሳብ እትመርጹ ክልቲኡ ዋጋታት ይዕቀብ፤ መሳርሒታት ምርጫኹም ኣብ ዝቕጽል ምትእስሳር ይቕበሉ።
hq-match-sought = { $name } ({ $relationship })፣ ኣብ ጉዳይ { $code } ዝድለ
hq-match-confirm = ምስምማዕ ኣረጋግጽ
hq-match-reject = ሓደ ሰብ ኣይኮነን
hq-match-status = { $status ->
    [confirmed] ተረጋጊጹ
    [rejected] ተነጺጉ
   *[potential] ንምርኣይ
}
hq-duplicates = ክኾኑ ዝኽእሉ ድግግማት (ንምርኣይ፤ ብገዛእ ርእሱ ዝጽንበር የለን)
hq-duplicate-same = ሓደ ሰብ
hq-duplicate-different = ክልተ ዝተፈላለዩ ሰባት
hq-duplicate-confirmed = ሓደ ሰብ ምዃኑ ተረጋጊጹ። ነቲ ዝያዳ ምሉእ ጉዳይ ሓዝዎ፣ ነቲ ካልእ ድማ ብምኽንያት «ዝተደገመ መዝገብ» ክድምሰስ ኣዝዙ።
hq-transfer-title = ጉዳይ ናብ ካልእ ቦታ ኣመሓላልፍ
hq-transfer-case = መለለዪ ጉዳይ
hq-transfer-site = ተቐባሊ ቦታ
hq-transfer-submit = ኣመሓላልፍ
hq-device-enroll = ኮድ ምዝገባ ፍጠር
hq-device-code-shown = ኮድ ምዝገባ ን{ $site }፦ { $code }። ን24 ሰዓት ይሰርሕ፣ ሓንሳብ ጥራይ። ሕጂ ጽሓፍዎ፤ ደጊሙ ኣይርአን እዩ።
hq-device-revoke = ሰርዝ
hq-device-revoke-ask = ሰርዝ…
hq-device-revoke-title = እዚ መሳርሒ ይሰረዝ?
hq-device-revoke-explain = መሳርሒ { $device } ናይ ቦታ { $site } ካብ ሕጂ ንደሓር ክንጸግ እዩ፣ ኣብ ዝቕጽል ርክቡ ድማ ዝሓዞም ጉዳያት ኩሎም ክድምስስ ትእዛዝ ክወሃቦ እዩ። ጉዳያቱ ኣብዚ ኣብ ማእከላይ ቤት ጽሕፈት ይጸንሑ። ናብ ንድሕሪት ኣይምለስን፦ እቲ መሳርሒ ብሓድሽ ኮድ እንደገና ክምዝገብ ኣለዎ።
hq-cancel = ተመለስ
hq-back = ናብቲ ገጽ ተመለስ
hq-skip = ናብ ትሕዝቶ እቲ ገጽ ሕለፍ
hq-nav-label = ገጻት
hq-audit-filter = ኣርኢ
hq-audit-shown = { $count ->
    [one] { $count } ምዝገባ፣ እቲ ሓድሽ ቅድሚ ኩሉ (እንተበዝሐ { $max } ይርኣዩ፤ ነቶም ዝቐደሙ ንምርኣይ ምድላይኩም ኣጽብቡ)።
   *[other] { $count } ምዝገባታት፣ እቶም ሓደሽቲ ቅድሚ ኩሉ (እንተበዝሐ { $max } ይርኣዩ፤ ነቶም ዝቐደሙ ንምርኣይ ምድላይኩም ኣጽብቡ)።
}
hq-device-state = { $revoked ->
    [yes] ተሰሪዙ
   *[no] ንጡፍ
}
hq-erase-title = ጉዳይ ክድምሰስ ኣዝዝ
hq-erase-explain = እቲ ጉዳይ ኣብ ማእከላይ ቤት ጽሕፈት፣ ምስ ተተካእቲ ቅዳሓት፣ ከምኡውን ኣብ ነፍሲ ወከፍ መሳርሒ ኣብ ዝቕጽል ምትእስሳሩ ይድምሰስ። ናብ ንድሕሪት ኣይምለስን።
hq-erase-reason = ምኽንያት
hq-erase-reason-option = { $reason ->
    [person_request] እቲ ሰብ ሓቲቱ
    [duplicate] ዝተደገመ መዝገብ
    [entered_in_error] ብጌጋ ዝኣተወ
    [legal_order] ሕጋዊ ትእዛዝ
    [consent_withdrawn] ምስ ቀንዲ ቤት ጽሕፈት ንምክፋል ዝተዋህበ ፍቓድ ተሳሒቡ
   *[retention_expired] ግዜ ምዕቃብ ተወዲኡ
}
hq-erase-submit = ኣብ ኩሉ ደምስስ
hq-erase-ask = ደምስስ…
hq-erase-confirm-title = እዚ ጉዳይ ኣብ ኩሉ ይደምሰስ?
hq-erase-confirm-explain = ጉዳይ { $code } ናይ ቦታ { $site } ({ $reason }) ኣብዚ ኣብ ማእከላይ ቤት ጽሕፈትን ኣብ ነፍሲ ወከፍ እቲ ጉዳይ ዘለዎ መሳርሒን፣ ምስ ተተካእቲ ቅዳሓት፣ ክድምሰስ እዩ። ናብ ንድሕሪት ኣይምለስን።
hq-erase-confirmations = { $count ->
    [one] ሓደ መሳርሒ ኣረጋጊጹ
   *[other] { $count } መሳርሒታት ኣረጋጊጾም
}
hq-figures-title = ኣሃዛት (ስም ዘይብሉ)
hq-figures-explain = ጉዳያት ብወርሒ እቲ ሰብ ዝተራኸበሉ። ካብ 5 ዝወሓዱ ቁጽርታት ከም «x» ይርኣዩ፣ ሓደ ሰብ ከይልለ። ኣብዚ ኣስማት ወይ ዝርዝር ጉዳያት ኣይርኣዩን።
hq-figures-withheld = እቲ ሰብ ምስ ቀንዲ ቤት ጽሕፈት ክካፈል ዘይተሰማምዓሉ ጉዳይ፣ ካብ ስም ዘይብሉ መዝገብ (ወርሒ፣ ጉጅለ ዕድመ፣ ጾታ፣ ሓደጋ) ይቑጸር፦ ዜግነቱን ኣሰናያዩን ከም «ምስ ቀንዲ ቤት ጽሕፈት ኣይተኻፈለን» ይርኣዩ።
hq-figures-chart = { $dimension }፣ ብግራፍ፦ ኣብ ታሕቲ ዘሎ ሰንጠረዥ ተመሳሳሊ ኣሃዛት የርኢ።
hq-figures-hidden = ገለ ዝዓበዩ ቁጽርታት እውን ከም «x» ይርኣዩ፣ ንእሽቶ ቁጽሪ ካብ ድምርታት ተሓሲቡ ከይርከብ።
hq-figures-csv = CSV ኣውርድ
hq-figures-total = ጠቕላላ ጉዳያት፦ { $total }
hq-figures-all-months = ኩሎም ኣዋርሕ
hq-dimension = { $dimension ->
    [age_band] ጉጅለ ዕድመ
    [sex] ጾታ
    [nationality] ዜግነት
    [accompaniment] ምስ መን
    [risk] ምልክት ሓደጋ ዘይሕጋዊ ንግዲ ሰብ
   *[site] ቦታ
}
hq-figure-value = { $value ->
    [flagged] ምልክት ዘለዎ
    [not_flagged] ምልክት ዘይብሉ
    [unknown] ዘይፍለጥ
    [withheld] ምስ ቀንዲ ቤት ጽሕፈት ኣይተኻፈለን
    [unlisted] ከም ጽሑፍ ዝተጻሕፈ፣ ኮድ ሃገር ኣይኮነን
   *[other] { $value }
}
hq-error-forbidden = ተራኹም ነዚ ኣይፈቕድን።
hq-nav-welcome = እንቋዕ ብደሓን መጻእኩም
hq-device-awaiting = ምጽዳቕ ይጽበ ኣሎ፦ ሓደ ካብ ተቖጻጸርቲ ቦታኡ ክሳብ ዘጽድቖ ዋላ ሓደ ጉዳይ ኣይቕበልን።
hq-device-approve = ኣጽድቕ፦ ጉዳያት ቦታኡ ክቕበል ፍቐደሉ
hq-col-sites = ቦታታት
hq-sites-every = ኩሎም ቦታታት
hq-sites-none = የለን (ዋላ ሓደ ጉዳይ ኣይርእን)
hq-accounts-change-sites = ቦታታት ቀይር
hq-accounts-sites-hint = ቦታታት፦ እቲ ኣካውንት ጉዳያቶም ዝርእዮም ቦታታት እዮም፤ ብኮማ «,» ተፈላልዮም ይጽሓፉ (ንኣብነት border-north, shelter-central)፤ ንኩሎም ቦታታት ድማ * ይጽሓፍ። ሰራሕተኛታት ዶብ፣ ሰራሕተኛታት ጉዳያት መዕቆቢ ከምኡውን ተቖጻጸርቲ ናይ ቦታታቶም ጉዳያትን ናብ ሓደ ካብቶም ቦታታት ዝተመሓላለፉ ጉዳያትን ጥራይ እዮም ዝርእዩ።
hq-error-sites = ስማት ቦታታት (ላቲን ፊደላት፣ ኣሃዛት፣ ሰረዛት፣ ነጥብታት ወይ ትሕቲ-ሰረዝ) ብኮማ «,» ፈላሊኹም ጽሓፉ፣ ወይ ንኩሎም ቦታታት * ጽሓፉ።
hq-nothing-for-role = ተራኹም ኣብ ማእከላይ ቤት ጽሕፈት ዝኾነ ገጽ የብሉን፦ ተርጎምቲ ኣብ ጎኒ ሰራሕተኛ ዶብ ኮይኖም ኣብ መሳርሒታት ይሰርሑ፣ ኣብዚ ድማ ዝኾነ ጉዳይ ኣይርእዩን።
hq-error-not-found = ኣይተረኽበን። ተደምሲሱ ወይ ተቐይሩ ክኸውን ይኽእል።
hq-error-signed-out = በጃኹም ደጊምኩም እቶ።
hq-error-internal = ኣብ ማእከላይ ቤት ጽሕፈት ጸገም ኣጋጢሙ። ዝተቐየረ የለን፤ ደጊምኩም ፈትኑ።
hq-error-case-id = መለለዪ ጉዳይ UUID እዩ (32 ሄክሳዴሲማል ኣሃዛት፣ ሰረዝ ኣማራጺ)።
hq-error-site = ስም ቦታ ካብ ላቲን ፊደላት፣ ኣሃዛት፣ ሰረዛት፣ ነጥብታት ወይ ትሕቲ-ሰረዝ ይቖም።
hq-error-device-id = መለለዪ መሳርሒ 32 ሄክሳዴሲማል ኣሃዛት እዩ።
hq-error-reason = ምኽንያት ምረጹ።
hq-error-choice = ካብቶም ዋጋታት ሓደ ምረጹ።
hq-database-invalid = ኣድራሻ ዳታቤዝ sqlite:PATH ወይ postgres://user@host:port/name እዩ።
hq-database-in-clear = እዚ ዳታቤዝ ኣብ ካልእ ኮምፒተር እዩ ዘሎ፤ sslmode={ $mode } ድማ ንመፍትሕታት ጉዳያት ከይተመስጠሩ ናብኡ ክሰዶም ይኽእል እዩ። sslmode ዝብል ኣማራጺ ኣይትጠቐሙ (ሽዑ ቀንዲ ቤት ጽሕፈት TLS ከምኡውን ስም ሰርቨር ዝሓዘን ካብ ህዝባዊ ኣካል ዝተዋህበን ሰርቲፊኬት ይጠልብ)፤ ወይ sslmode=verify-full ምስ sslrootcert=PATH ሃቡ፤ PATH ናብ ሰርቲፊኬት ናይቲ ንሰርቲፊኬት ሰርቨር ዝፈረመ ኣካል ከመልክት ኣለዎ።
hq-database-certificate = ሰርቲፊኬት ሰርቨር ዳታቤዝ ተቐባልነት ኣይረኸበን (sslmode={ $mode })። sslrootcert ነቲ ዝፈረሞ ኣካል ከም ዘመልክት፣ verify-full እንተ ተጠቒምኩም ድማ እቲ ሰርቲፊኬት ነቲ ኣብ ኣድራሻ ዘሎ ስም ሰርቨር ከም ዝሓዘ ኣረጋግጹ። ዋላ ሓንቲ ኣይተቐየረን።
hq-database-roots = እቲ ከም sslrootcert ዝተዋህበ ፋይል ክንበብ ኣይክእልን ወይ ዋላ ሓደ ሰርቲፊኬት የብሉን።
hq-migrated = ናብ PostgreSQL ተሰጋጊሩ፦ መሳርሒታት፦ { $devices }፣ ጉዳያት፦ { $cases }፣ ለውጥታት፦ { $changes }። መሳርሒታት ካብ ዝኣረፉሉ ይቕጽሉ።
hq-migrate-target-not-empty = እቲ መዕለቢ ዳታቤዝ ድሮ መሳርሒታት ወይ ጉዳያት ሒዙ ኣሎ። ምስግጋር ባዶ ዳታቤዝ ዋና መደበር ጥራይ እዩ ዝመልእ፤ ዋላ ሓደ ኣይተቐየረን።

## Accounts (administrators)
hq-nav-accounts = ኣካውንታት
hq-col-role = ተራ
hq-accounts-password = ናይ መጀመርታ መሕለፊ ቃል
hq-accounts-password-hint = እንተወሓደ { $count } ፊደላት። ናይ መጀመርታ መሕለፊ ቃል ብኣካል ኣረክቡ፤ ብኢመይል ወይ ብመልእኽቲ ፈጺምኩም ኣይትስደድዎ።
hq-accounts-add = ኣካውንት ወስኽ
hq-accounts-change-role = ተራ ቀይር
hq-accounts-remove = ኣልግስ
hq-accounts-remove-ask = ኣልግስ…
hq-accounts-remove-title = እዚ ኣካውንት ይልገስ?
hq-accounts-remove-explain = { $user } ዝተባህለ ኣካውንት ክልገስ እዩ፣ ክፉታት ክፍለ-ግዜታቱ ድማ ብኡንብኡ ክዕጸዉ እዮም። ብእኡ ዝተገብረ ኩሉ ኣብ መዝገብ ኦዲት ይጸንሕ።
hq-accounts-you = ናትኩም ኣካውንት
hq-accounts-not-yourself = ተራ ናይ ገዛእ ርእስኹም ኣካውንት ክትቅይሩ ወይ ከተልግስዎ ኣይትኽእሉን፤ ብካልእ ኣመሓዳሪ ክግበር ይኽእል።
