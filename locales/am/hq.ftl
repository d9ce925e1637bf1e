# The `waypoint-hq` command for headquarters administrators.

hq-listening = ዋናው መሥሪያ ቤት በ{ $address } ላይ ግንኙነቶችን እየጠበቀ ነው።
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
hq-database-invalid = የዳታቤዝ አድራሻ sqlite:PATH ወይም postgres://user@host:port/name ነው።
hq-migrated = ወደ PostgreSQL ተዛውሯል፦ መሣሪያዎች፦ { $devices }፣ ጉዳዮች፦ { $cases }፣ ለውጦች፦ { $changes }። መሣሪያዎች ካቆሙበት ይቀጥላሉ።
hq-migrate-target-not-empty = የመድረሻው ዳታቤዝ አስቀድሞ መሣሪያዎችን ወይም ጉዳዮችን ይዟል። ማዛወር ባዶ የዋና መሥሪያ ቤት ዳታቤዝን ብቻ ይሞላል፤ ምንም አልተለወጠም።
