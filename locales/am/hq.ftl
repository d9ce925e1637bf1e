# The `waypoint-hq` command for headquarters administrators.

hq-listening = ዋናው መሥሪያ ቤት በ{ $address } ላይ ግንኙነቶችን እየጠበቀ ነው።
hq-certificate = ዋናው መሥሪያ ቤት የራሱን የTLS ሰርተፊኬት ፈጥሯል፤ የSHA-256 አሻራው { $fingerprint } ነው። የሚመዘገቡ መሣሪያዎች የሚያምኑት ይህን ሰርተፊኬት ብቻ ነው፤ ብራውዘር ዳሽቦርዱን ያምኑት እንደሆነ ሲጠይቅዎ ከሚያሳየው አሻራ ጋር ያነጻጽሩት።
hq-plain-http-refused = ያልተመሰጠረ HTTP የሚቀርበው በዚህ ኮምፒውተር ላይ ብቻ ነው (እንደ 127.0.0.1 ባለ loopback አድራሻ ላይ)፤ በ{ $address } ላይ በፍጹም አይቀርብም። --plain-http ሳይጠቀሙ ያስጀምሩ፤ ዋናው መሥሪያ ቤት ራሱ HTTPS ያቀርባል።
hq-keys-beside-cases = ማስጠንቀቂያ፦ የጉዳዮቹ ቁልፎች ጉዳዮቹ ባሉበት በዚያው PostgreSQL ሰርቨር ላይ ተቀምጠዋል፤ ስለዚህ የዚያ ሰርቨር አንድ ምትኬ እያንዳንዱን ጉዳይ ከቁልፉ ጋር ይይዛል፣ ጉዳይን ማጥፋትም እንዲህ ያለውን ምትኬ የማይነበብ ሊያደርገው አይችልም። የቁልፎቹን ዳታቤዝ በሌላ ሰርቨር ላይ ያስቀምጡ (--keys-database)፤ ምትኬዎቹንም ለአጭር ጊዜ ብቻ ያቆዩ።
hq-proxy-certificate-invalid = --proxy-certificate የፕሮክሲውን ሰርተፊኬት የSHA-256 አሻራ ይቀበላል፦ 64 ሄክሳዴሲማል አሃዞች (ኮሎን «:» ይፈቀዳል)። ምንም ነገር አልተጀመረም።
hq-tls-unusable = የTLS ሰርተፊኬቱን ወይም ቁልፉን መጠቀም አይቻልም፦ ፋይሎቹ ሊነበቡ አይችሉም፣ ምንም PEM ሰርተፊኬት ወይም ቁልፍ አልያዙም፣ ወይም ሰርተፊኬቱና ቁልፉ አይዛመዱም። ምንም ነገር አልተጀመረም።
hq-listen-failed = በ{ $address } ላይ ግንኙነቶችን መጠበቅ አይቻልም፦ አድራሻው በጥቅም ላይ ነው ወይም አልተፈቀደም።
hq-storage-failed = የዋናው መሥሪያ ቤት ዳታቤዝ ሊከፈት ወይም ሊጻፍበት አልቻለም። ምንም ነገር አልተቀየረም፤ ለዝርዝሩ የምዝግብ ማስታወሻውን (log) ይመልከቱ።
hq-device-code = በ{ $site } ላለ መሣሪያ የምዝገባ ኮድ፦ { $code } (ለ{ $hours ->
    [one] { $hours } ሰዓት
   *[other] { $hours } ሰዓታት
} የሚያገለግል፣ አንድ ጊዜ ብቻ)።
hq-device-revoked = የመሣሪያው ፈቃድ ተሰርዟል። በሚቀጥለው ግንኙነት ውድቅ ይደረጋል፤ መረጃውን እንዲያጠፋም ይነገረዋል።
hq-device-unknown = ይህ መለያ ያለው መሣሪያ የለም።
hq-device-id-invalid = የመሣሪያ መለያ 32 ሄክሳዴሲማል (hexadecimal) አሃዞች ነው።
hq-case-id-invalid = የጉዳይ መለያ UUID ነው (32 ሄክሳዴሲማል አሃዞች፤ ሰረዞች አማራጭ ናቸው)።
hq-case-erased = ጉዳዩ በዋናው መሥሪያ ቤት ተሰርዟል። ጉዳዩን የያዙ መሣሪያዎች በሚቀጥለው ማመሳሰል (sync) ይሰርዙታል፤ መሰረዙንም ያረጋግጣሉ።

hq-user-password-prompt = የአዲሱ ተጠቃሚ የይለፍ ቃል
hq-user-password-again = የይለፍ ቃሉን እንደገና ይጻፉ
hq-user-passwords-differ = ሁለቱ የይለፍ ቃሎች ይለያያሉ። ምንም አልተለወጠም።
hq-user-password-unreadable = የይለፍ ቃሉን ማንበብ አልተቻለም። ምንም አልተለወጠም።
hq-user-password-short = የይለፍ ቃሉ ቢያንስ { $count } ፊደላት ሊኖሩት ይገባል። ምንም አልተለወጠም።
hq-user-role-invalid = ሚናው ከእነዚህ አንዱ መሆን አለበት፦ officer, caseworker, interpreter, supervisor, analyst, admin።
hq-user-name-invalid = የተጠቃሚ ስም ከ1 እስከ 64 የሚታተሙ ፊደላት አሉት።
hq-user-exists = በዚህ ስም ተጠቃሚ አስቀድሞ አለ። ምንም አልተለወጠም።
hq-user-added = ተጠቃሚው በ{ $role } ሚና ታክሏል። አሁን ወደ ዳሽቦርዱ መግባት ይችላል።

## The dashboard (`waypoint-hq serve`, in a browser).

hq-title = የWaypoint ዋና መሥሪያ ቤት
hq-login-title = ግባ
hq-login-name = የተጠቃሚ ስም
hq-login-password = የይለፍ ቃል
hq-login-submit = ግባ
hq-login-failed = የተጠቃሚ ስሙ ወይም የይለፍ ቃሉ ትክክል አይደለም፣ ወይም በጣም ብዙ ሙከራዎች ተደርገዋል። ትንሽ ቆይተው እንደገና ይሞክሩ።
hq-logout = ውጣ
hq-signed-in-as = እንደ { $user } ገብተዋል፣ { $role }
hq-role = { $role ->
    [officer] የድንበር ሠራተኛ
    [caseworker] የመጠለያ ጉዳይ ሠራተኛ
    [interpreter] አስተርጓሚ
    [supervisor] ተቆጣጣሪ
    [analyst] የዋና መሥሪያ ቤት ተንታኝ
   *[admin] አስተዳዳሪ
}
hq-language = ቋንቋ
hq-language-submit = ቀይር
hq-nav-cases = ጉዳዮች
hq-nav-conflicts = ግጭቶች
hq-nav-matches = ተዛማጆችና ድግግሞሾች
hq-nav-transfers = ዝውውሮች
hq-nav-devices = መሣሪያዎች
hq-nav-erasures = ማጥፋት
hq-nav-audit = የኦዲት መዝገብ
hq-nav-figures = አሃዞች
hq-search-label = ስም በማንኛውም ፊደል፣ ወይም የጉዳይ ኮድ
hq-search-submit = ፈልግ
hq-none = የሚታይ ነገር የለም።
hq-done = ተከናውኗል።
hq-col-code = ኮድ
hq-col-name = ስም
hq-col-site = ቦታ
hq-col-status = ሁኔታ
hq-col-actions = ተግባራት
hq-col-confirmations = ማጥፋቱን ያረጋገጡ መሣሪያዎች
hq-col-age = የዕድሜ ክልል
hq-col-risk = ስጋት
hq-col-when = መቼ
hq-col-user = ማን
hq-col-action = ተግባር
hq-col-case = ጉዳይ
hq-col-detail = ዝርዝር
hq-col-device = መሣሪያ
hq-col-field = መስክ
hq-col-score = ነጥብ
hq-col-reasons = ምክንያቶች
hq-case-title = ጉዳይ { $code }
hq-case-answers = የቃለ መጠይቅ መልሶች
hq-case-risk = ስጋት
hq-time = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }
hq-when = { $date } { $time } UTC
hq-value-by = በ{ $user } በ{ $when } የተጻፈ
hq-value-sent-by = በ{ $site } ቦታ ባለው መሣሪያ { $device }… የተላከ። ከላይ የተጠቀሰው ጸሐፊ ያ መሣሪያ እንደገለጸው ነው።
hq-value-sent-at-hq = እዚሁ በዋና መሥሪያ ቤት የተደረገ።
hq-value-sender-unknown = ይህን የላከው የትኛው መሣሪያ እንደሆነ አይታወቅም።
hq-value-keep = ይህን ዋጋ አቆይ
hq-conflict-explain = ሁለት ሰዎች ይህን መስክ በአንድ ጊዜ ጽፈዋል። አንዱን እስኪመርጡ ድረስ ሁለቱም ዋጋዎች ይቀመጣሉ፤ መሣሪያዎች ምርጫዎን በሚቀጥለው ማመሳሰል ይቀበላሉ።
hq-match-sought = { $name } ({ $relationship })፣ በጉዳይ { $code } የሚፈለግ
hq-match-confirm = ተዛማጁን አረጋግጥ
hq-match-reject = አንድ ሰው አይደለም
hq-match-status = { $status ->
    [confirmed] ተረጋግጧል
    [rejected] ውድቅ ሆኗል
   *[potential] የሚታይ
}
hq-duplicates = ሊሆኑ የሚችሉ ድግግሞሾች (ለግምገማ፤ ምንም ነገር በራሱ አይዋሃድም)
hq-duplicate-same = አንድ ሰው
hq-duplicate-different = ሁለት የተለያዩ ሰዎች
hq-duplicate-confirmed = አንድ ሰው መሆኑ ተረጋግጧል። ይበልጥ የተሟላውን ጉዳይ ያቆዩ፤ ሌላኛው ደግሞ «የተደገመ መዝገብ» በሚለው ምክንያት እንዲጠፋ ትዕዛዝ ይስጡ።
hq-transfer-title = ጉዳዩን ለሌላ ቦታ አስተላልፍ
hq-transfer-case = የጉዳይ መለያ
hq-transfer-site = ተቀባይ ቦታ
hq-transfer-submit = አስተላልፍ
hq-device-enroll = የምዝገባ ኮድ ፍጠር
hq-device-code-shown = ለ{ $site } የምዝገባ ኮድ፦ { $code }። ለ24 ሰዓት የሚሠራ ሲሆን አንድ ጊዜ ብቻ ያገለግላል። አሁኑኑ ይጻፉት፤ እንደገና አይታይም።
hq-device-revoke = ሰርዝ
hq-device-revoke-ask = ሰርዝ…
hq-device-revoke-title = ይህ መሣሪያ ይሰረዝ?
hq-device-revoke-explain = በ{ $site } ቦታ ያለው መሣሪያ { $device } ከአሁን ጀምሮ ውድቅ ይደረጋል፤ በሚቀጥለው ግንኙነቱም የያዛቸውን ጉዳዮች በሙሉ እንዲያጠፋ ይነገረዋል። ጉዳዮቹ እዚሁ በዋና መሥሪያ ቤት ይቆያሉ። ይህ ሊቀለበስ አይችልም፦ መሣሪያው በአዲስ ኮድ እንደገና መመዝገብ አለበት።
hq-cancel = ይቅር
hq-back = ወደ ገጹ ተመለስ
hq-skip = ወደ ገጹ ይዘት ዝለል
hq-nav-label = ገጾች
hq-audit-filter = አሳይ
hq-audit-shown = { $count ->
    [one] { $count } መዝገብ፣ አዲሱ መጀመሪያ (ቢበዛ { $max } ይታያሉ፤ የቆዩትን ለማየት ፍለጋውን ያጥብቡ)።
   *[other] { $count } መዝገቦች፣ አዲሶቹ መጀመሪያ (ቢበዛ { $max } ይታያሉ፤ የቆዩትን ለማየት ፍለጋውን ያጥብቡ)።
}
hq-device-state = { $revoked ->
    [yes] ተሰርዟል
   *[no] ንቁ
}
hq-erase-title = ጉዳይ እንዲጠፋ ትዕዛዝ ስጥ
hq-erase-explain = ጉዳዩ በዋና መሥሪያ ቤት፣ ምትኬዎችን ጨምሮ፣ እና በእያንዳንዱ መሣሪያ በሚቀጥለው ማመሳሰሉ ይጠፋል። ይህ ሊቀለበስ አይችልም።
hq-erase-reason = ምክንያት
hq-erase-reason-option = { $reason ->
    [person_request] ግለሰቡ ጠይቋል
    [duplicate] የተደገመ መዝገብ
    [entered_in_error] በስህተት የገባ
    [legal_order] የሕግ ትዕዛዝ
    [consent_withdrawn] ከዋናው መሥሪያ ቤት ጋር ለማጋራት የተሰጠው ፈቃድ ተሰርዟል
   *[retention_expired] የማቆያ ጊዜው አልፏል
}
hq-erase-submit = በሁሉም ቦታ አጥፋ
hq-erase-ask = አጥፋ…
hq-erase-confirm-title = ይህ ጉዳይ በሁሉም ቦታ ይጥፋ?
hq-erase-confirm-explain = በ{ $site } ቦታ ያለው ጉዳይ { $code } ({ $reason }) እዚሁ በዋና መሥሪያ ቤት እና ጉዳዩን በያዘ እያንዳንዱ መሣሪያ ላይ፣ ምትኬዎችን ጨምሮ፣ ይጠፋል። ይህ ሊቀለበስ አይችልም።
hq-erase-confirmations = { $count ->
    [one] አንድ መሣሪያ አረጋግጧል
   *[other] { $count } መሣሪያዎች አረጋግጠዋል
}
hq-figures-title = አሃዞች (ማንነት የማይገልጹ)
hq-figures-explain = ጉዳዮች ግለሰቡ በተገኘበት ወር። ከ5 ያነሱ ቁጥሮች ማንም ተለይቶ እንዳይታወቅ «x» ተብለው ይታያሉ። እዚህ ስሞች ወይም የጉዳይ ዝርዝሮች አይታዩም።
hq-figures-withheld = ግለሰቡ ከዋናው መሥሪያ ቤት ጋር እንዲጋራ ያልተስማማበት ጉዳይ የሚቆጠረው ማንነትን ከማይገልጽ መዝገብ (ወር፣ የዕድሜ ክልል፣ ጾታ፣ ስጋት) ነው፤ ዜግነቱ እና አጃቢው «ከዋናው መሥሪያ ቤት ጋር አልተጋራም» ተብለው ይታያሉ።
hq-figures-chart = { $dimension }፣ በግራፍ መልክ፦ ከታች ያለው ሰንጠረዥ ተመሳሳይ አሃዞችን ያሳያል።
hq-figures-hidden = አንዳንድ ትላልቅ ቁጥሮችም «x» ተብለው ይታያሉ፣ ትንሽ ቁጥር ከድምሮቹ ተሰልቶ እንዳይገኝ።
hq-figures-csv = CSV አውርድ
hq-figures-total = ጠቅላላ ጉዳዮች፦ { $total }
hq-figures-all-months = ሁሉም ወራት
hq-dimension = { $dimension ->
    [age_band] የዕድሜ ክልል
    [sex] ጾታ
    [nationality] ዜግነት
    [accompaniment] አጃቢ
    [risk] የሰዎች ንግድ ስጋት ምልክት
   *[site] ቦታ
}
hq-figure-value = { $value ->
    [flagged] ምልክት የተደረገበት
    [not_flagged] ምልክት ያልተደረገበት
    [unknown] ያልታወቀ
    [withheld] ከዋናው መሥሪያ ቤት ጋር አልተጋራም
    [unlisted] በጽሑፍ የተጻፈ፣ የአገር ኮድ አይደለም
   *[other] { $value }
}
hq-error-forbidden = ሚናዎ ይህን አይፈቅድም።
hq-nav-welcome = እንኳን ደህና መጡ
hq-device-awaiting = ማጽደቅ በመጠባበቅ ላይ፦ ከቦታው ተቆጣጣሪዎች አንዱ እስኪያጸድቀው ድረስ ምንም ጉዳይ አይቀበልም።
hq-device-approve = አጽድቅ፦ የቦታውን ጉዳዮች እንዲቀበል ፍቀድ
hq-col-sites = ቦታዎች
hq-sites-every = ሁሉም ቦታዎች
hq-sites-none = ምንም (ምንም ጉዳይ አያይም)
hq-accounts-change-sites = ቦታዎቹን ቀይር
hq-accounts-sites-hint = ቦታዎች፦ አካውንቱ ጉዳዮቻቸውን የሚያያቸው ቦታዎች ናቸው፤ በኮማ «,» ተለያይተው ይጻፋሉ (ለምሳሌ border-north, shelter-central)፤ ለሁሉም ቦታዎች ደግሞ * ይጻፋል። የድንበር ሠራተኞች፣ የመጠለያ ጉዳይ ሠራተኞች እና ተቆጣጣሪዎች የሚያዩት የቦታዎቻቸውን ጉዳዮች እና ከቦታዎቻቸው ወደ አንዱ የተላለፉትን ጉዳዮች ብቻ ነው።
hq-error-sites = የቦታ ስሞችን (ላቲን ፊደላት፣ አሃዞች፣ ሰረዞች፣ ነጥቦች ወይም የታች ሰረዞች) በኮማ «,» ለያይተው ይጻፉ፤ ወይም ለሁሉም ቦታዎች * ይጻፉ።
hq-nothing-for-role = ሚናዎ በዋና መሥሪያ ቤት ምንም ገጽ የለውም፦ አስተርጓሚዎች ከአንድ የድንበር ሠራተኛ ጎን ሆነው በመሣሪያዎቹ ላይ ይሠራሉ፤ እዚህ ምንም ጉዳይ አያዩም።
hq-error-not-found = አልተገኘም። ጠፍቶ ወይም ተለውጦ ሊሆን ይችላል።
hq-error-signed-out = እባክዎ እንደገና ይግቡ።
hq-error-internal = በዋና መሥሪያ ቤት ችግር ተፈጥሯል። ምንም አልተለወጠም፤ እንደገና ይሞክሩ።
hq-error-case-id = የጉዳይ መለያ UUID ነው (32 ሄክሳዴሲማል አሃዞች፣ ሰረዞች አማራጭ ናቸው)።
hq-error-site = የቦታ ስም ከላቲን ፊደላት፣ አሃዞች፣ ሰረዞች፣ ነጥቦች ወይም የታች ሰረዞች ይሠራል።
hq-error-device-id = የመሣሪያ መለያ 32 ሄክሳዴሲማል አሃዞች ነው።
hq-error-reason = ምክንያት ይምረጡ።
hq-error-choice = ከዋጋዎቹ አንዱን ይምረጡ።
hq-database-invalid = የዳታቤዝ አድራሻ sqlite:PATH ወይም postgres://user@host:port/name ነው።
hq-database-in-clear = ይህ ዳታቤዝ በሌላ ኮምፒውተር ላይ ነው፤ sslmode={ $mode } ደግሞ የጉዳዮቹን ቁልፎች ሳይመሰጠሩ ወደዚያ ሊልካቸው ይችላል። sslmode የሚለውን አማራጭ አይጠቀሙ (ያኔ ዋናው መሥሪያ ቤት TLS እና የሰርቨሩን ስም የያዘ፣ በሕዝባዊ ሰርተፊኬት ሰጪ አካል የተሰጠ ሰርተፊኬት ይጠይቃል)፤ ወይም sslmode=verify-full እና sslrootcert=PATH ይስጡ፤ PATH የሰርቨሩን ሰርተፊኬት የፈረመውን ሰርተፊኬት ሰጪ አካል ሰርተፊኬት ማመልከት አለበት።
hq-database-certificate = የዳታቤዝ ሰርቨሩ ሰርተፊኬት ተቀባይነት አላገኘም (sslmode={ $mode })። sslrootcert ሰርተፊኬቱን የፈረመውን አካል የሚያመለክት መሆኑን፣ verify-full ሲጠቀሙ ደግሞ ሰርተፊኬቱ በአድራሻው ውስጥ ያለውን የሰርቨር ስም የያዘ መሆኑን ያረጋግጡ። ምንም ነገር አልተቀየረም።
hq-database-roots = sslrootcert ተብሎ የተሰጠው ፋይል ሊነበብ አይችልም ወይም ምንም ሰርተፊኬት አልያዘም።
hq-migrated = ወደ PostgreSQL ተዛውሯል፦ መሣሪያዎች፦ { $devices }፣ ጉዳዮች፦ { $cases }፣ ለውጦች፦ { $changes }። መሣሪያዎች ካቆሙበት ይቀጥላሉ።
hq-migrate-target-not-empty = የመድረሻው ዳታቤዝ አስቀድሞ መሣሪያዎችን ወይም ጉዳዮችን ይዟል። ማዛወር ባዶ የዋና መሥሪያ ቤት ዳታቤዝን ብቻ ይሞላል፤ ምንም አልተለወጠም።

## Accounts (administrators)
hq-nav-accounts = አካውንቶች
hq-col-role = ሚና
hq-accounts-password = የመጀመሪያ የይለፍ ቃል
hq-accounts-password-hint = ቢያንስ { $count } ፊደላት። የመጀመሪያውን የይለፍ ቃል በአካል ያስረክቡ፤ በኢሜይል ወይም በመልእክት በጭራሽ አይላኩት።
hq-accounts-add = አካውንቱን አክል
hq-accounts-change-role = ሚናውን ቀይር
hq-accounts-remove = አስወግድ
hq-accounts-remove-ask = አስወግድ…
hq-accounts-remove-title = ይህ አካውንት ይወገድ?
hq-accounts-remove-explain = { $user } የተባለው አካውንት ይወገዳል፤ ክፍለ ጊዜዎቹም ወዲያውኑ ይቋረጣሉ። በአካውንቱ የተደረገው ሁሉ በኦዲት መዝገቡ ውስጥ ይቆያል።
hq-accounts-you = የእርስዎ አካውንት
hq-accounts-not-yourself = የራስዎን አካውንት ሚና መቀየር ወይም አካውንቱን ማስወገድ አይችሉም፤ ይህ በሌላ አስተዳዳሪ ሊደረግ ይችላል።
