# The `waypoint-hq` command for headquarters administrators.

hq-listening = ቀንዲ ቤት ጽሕፈት ኣብ { $address } ርክባት ይጽበ ኣሎ።
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
hq-database-invalid = ኣድራሻ ዳታቤዝ sqlite:PATH ወይ postgres://user@host:port/name እዩ።
hq-migrated = ናብ PostgreSQL ተሰጋጊሩ፦ መሳርሒታት፦ { $devices }፣ ጉዳያት፦ { $cases }፣ ለውጥታት፦ { $changes }። መሳርሒታት ካብ ዝኣረፉሉ ይቕጽሉ።
hq-migrate-target-not-empty = እቲ መዕለቢ ዳታቤዝ ድሮ መሳርሒታት ወይ ጉዳያት ሒዙ ኣሎ። ምስግጋር ባዶ ዳታቤዝ ዋና መደበር ጥራይ እዩ ዝመልእ፤ ዋላ ሓደ ኣይተቐየረን።
