# Errors, validation diagnostics, consent refusals and risk reasons.
# Shown to officers in the app, the CLI and the HQ dashboard. Plain words; say what to do next.
# Arguments never carry personal data of the people registered.

## Store and login

error-wrong-passphrase = የይለፍ ቃሉ ትክክል አይደለም። የቁልፍ ሰሌዳውን ቋንቋ እና Caps Lockን ያረጋግጡ፣ ከዚያም እንደገና ይሞክሩ።
error-unknown-user = በዚህ መሣሪያ ላይ { $user } የሚባል ተጠቃሚ የለም። አስተዳዳሪዎ እንዲያክልዎ ይጠይቁ።
error-user-exists = { $user } የሚባል ተጠቃሚ በዚህ መሣሪያ ላይ አስቀድሞ አለ። ሌላ ስም ይምረጡ።
error-store-missing = በ{ $path } ላይ ምንም የWaypoint መረጃ አልተገኘም። መጀመሪያ ይህን መሣሪያ ያዘጋጁ።
error-store-exists = የWaypoint መረጃ በ{ $path } ላይ አስቀድሞ አለ። ምንም ነገር አልተቀየረም።
error-store-corrupt = በዚህ መሣሪያ ላይ ያለው መረጃ ስለተበላሸ ሊነበብ አይችልም። ምንም ነገር አይሰርዙ፤ ከዋናው መሥሪያ ቤት ወደነበረበት ሊመልሰው የሚችለውን አስተዳዳሪዎን ያነጋግሩ።
error-store-truncated = በዚህ መሣሪያ ላይ ያለው የመረጃ ፋይል ያልተሟላ ነው (በከፊል ብቻ ተቀድቶ ሊሆን ይችላል)። ምንም ነገር አይሰርዙ፤ አስተዳዳሪዎን ያነጋግሩ።
error-store-too-new = ይህ መረጃ የተጻፈው በአዲስ የWaypoint ስሪት ነው (ቅርጸት { $found }፤ ይህ ስሪት ማንበብ የሚችለው እስከ { $supported } ድረስ ብቻ ነው)። በዚህ መሣሪያ ላይ Waypointን ያዘምኑ።
error-case-not-found = ጉዳይ { $case } በዚህ መሣሪያ ላይ የለም።
error-sought-person-not-found = ይህ ጉዳይ { $entry } የሚል መለያ ያለው የሚፈለግ ሰው የለውም። ምናልባት በሌላ መሣሪያ ላይ ተሰርዞ ሊሆን ይችላል፤ ጉዳዩን እንደገና ይጫኑ።
error-passphrase-too-short = የይለፍ ቃሉ በጣም አጭር ነው። ቢያንስ { $min } ቁምፊዎችን ይጠቀሙ፤ ጥቂት ቃላትን አንድ ላይ መጠቀም ለማስታወስ ቀላል ነው።
error-audit-broken = የኦዲት መዝገቡ በመዝገብ ቁጥር { $seq } ላይ ተቀይሯል ወይም ተበላሽቷል። ይህን ለኃላፊዎ ያሳውቁ።
error-case-invalid = ይህ የጉዳይ መዝገብ ሊነበብ አልቻለም። ምንም ነገር አልተቀየረም።
error-io = መሣሪያው መረጃውን ማንበብ ወይም መጻፍ አልቻለም ({ $detail })። ዲስኩ በቂ ቦታ እንዳለው ያረጋግጡ፣ ከዚያም እንደገና ይሞክሩ።
error-internal = በWaypoint ውስጥ ችግር ተፈጥሯል። ካስቀመጡት ምንም ነገር አልጠፋም። እንደገና ይሞክሩ፤ ችግሩ እንደገና ከተከሰተ ለአስተዳዳሪዎ ይንገሩ።

## Validation of a case (shown next to the field; nothing typed is lost)

diag-no-name = እስካሁን ስም አልተመዘገበም። ጉዳይ ያለ ስም ሊቀመጥ ይችላል።
diag-name-empty = ይህ ስም ባዶ ነው።
diag-age-range-inverted = ዝቅተኛው ዕድሜ ({ $min }) ከከፍተኛው ዕድሜ ({ $max }) ይበልጣል። ሁለቱንም ቁጥሮች ያረጋግጡ።
diag-age-implausible = ከ{ $max } በላይ የሆነ ዕድሜ ሊኖር አይችልም። ቁጥሩን ያረጋግጡ።
diag-age-single-indicator = የዕድሜ ግምገማ በአንድ አመላካች ብቻ ላይ መመሥረት የለበትም።
diag-date-future = ይህ ቀን ገና ያልደረሰ የወደፊት ቀን ነው።
diag-date-impossible = ይህ ቀን የለም። ቀኑን እና ወሩን ያረጋግጡ።
diag-answer-without-value = ይህ ጥያቄ እንደተመለሰ ምልክት ተደርጎበታል፣ ነገር ግን ምንም መልስ አልተመዘገበም።
diag-not-asked-without-reason = ይህ ጥያቄ ለምን እንዳልተጠየቀ ይግለጹ።
diag-ends-before-start = ይህ ክፍለ ጊዜ ከመጀመሩ በፊት ያበቃል።

## Consent

# $purpose is one of: registration, sharing_with_hq, family_tracing, referral, photo.
consent-needed = ይህ { $purpose ->
        [registration] ለምዝገባ
        [sharing_with_hq] ከዋናው መሥሪያ ቤት ጋር ለማጋራት
        [family_tracing] ቤተሰብ ለማፈላለግ
        [referral] ወደ አገልግሎቶች ለመላክ
        [photo] ፎቶ ለማንሳት
       *[other] ለዚህ
    } ፈቃድ ያስፈልገዋል። መጀመሪያ ግለሰቡን (ወይም አሳዳጊውን) ይጠይቁ፣ መልሱንም ይመዝግቡ።
consent-withdrawn-stops = { $purpose ->
        [registration] ለምዝገባ
        [sharing_with_hq] ከዋናው መሥሪያ ቤት ጋር ለማጋራት
        [family_tracing] ቤተሰብ ለማፈላለግ
        [referral] ወደ አገልግሎቶች ለመላክ
        [photo] ፎቶ ለማንሳት
       *[other] ለዚህ
    } የተሰጠው ፈቃድ ስለተነሳ ይህ ቆሟል።
consent-refused-stops = { $purpose ->
        [registration] ለምዝገባ
        [sharing_with_hq] ከዋናው መሥሪያ ቤት ጋር ለማጋራት
        [family_tracing] ቤተሰብ ለማፈላለግ
        [referral] ወደ አገልግሎቶች ለመላክ
        [photo] ፎቶ ለማንሳት
       *[other] ለዚህ
    } ፈቃድ ስለተከለከለ ይህ ሊቀጥል አይችልም።

## Risk reasons (why a risk level was given)

risk-reason-irregular-travel = መደበኛ ያልሆነ ወይም ያልተለመደ የጉዞ መስመር ወይም ዝግጅት።
risk-reason-sudden-separation = ከቤተሰብ በድንገት መለያየት።
risk-reason-living-change = ግለሰቡ በሚኖርበት ቦታ እና አብረውት በሚኖሩ ሰዎች ላይ ድንገተኛ ለውጥ።
risk-reason-documents-held-by-others = የግለሰቡን የማንነት ወይም የጉዞ ሰነዶች ሌላ ሰው ይዟል።
risk-reason-debt-bondage = ግለሰቡ ጉዞውን ወይም ሥራውን ላመቻቹለት ሰዎች ዕዳ አለበት።
risk-reason-work-exploitation = ክፍያ የሌለው፣ የግዳጅ ወይም አደገኛ ሥራ።
risk-reason-signs-of-abuse = የአካላዊ፣ የወሲባዊ ወይም የሥነ ልቦናዊ ጥቃት ምልክቶች።
risk-reason-controlled-movement = ግለሰቡ የት እንደሚሄድ ሌላ ሰው ይቆጣጠራል።
risk-reason-deceptive-recruitment = በሐሰት ተስፋ ተመልምሏል።
risk-reason-no-contact-with-family = ከቤተሰቡ ጋር እንዲገናኝ አልተፈቀደለትም ወይም መገናኘት አይችልም።
risk-reason-fear-of-authorities = ባለሥልጣናትን እንዲፈራ ተደርጓል።
risk-reason-scripted-account = ታሪኩ የተለማመደው ወይም ሌሎች የነገሩት ይመስላል።
risk-reason-someone-else-answers = ሌላ ሰው በግለሰቡ ምትክ ይመልሳል፣ ወይም ግለሰቡን ከባለሙያው ጋር ብቻውን አይተወውም።
risk-reason-worst-forms-of-child-labour = አደገኛ ሥራ፦ የማዕድን ማውጫ፣ አደገኛ ማሽኖች ወይም ኬሚካሎች፣ ከባድ ሸክም ወይም የሌሊት ሥራ።
risk-reason-child-labour-under-minimum-age = ዝቅተኛው የሥራ ዕድሜ ሳይደርስ ሥራ ጀምሯል።
risk-reason-sexual-exploitation = ወሲባዊ ብዝበዛ።
risk-reason-forced-marriage = የግዳጅ ጋብቻ ወይም ያለ ዕድሜ ጋብቻ።
risk-reason-armed-group-recruitment = በታጣቂ ኃይል ወይም ቡድን ተመልምሏል ወይም ጥቅም ላይ ውሏል።
risk-reason-child-exploitation = አንድ ልጅ ተበዝብዟል። ለልጅ ይህ ብቻውን ሕገ ወጥ የሰዎች ዝውውር ነው፦ ኃይል፣ ማጭበርበር ወይም ማታለል መኖሩን ማሳየት አያስፈልግም።
risk-reason-doubtful-adult = ከልጁ ጋር የሚጓዘው አዋቂ ዝምድናው አጠራጣሪ ነው፣ ወይም ባለሙያውን ያሳስባል።
risk-reason-unaccompanied-child = ወላጅ ወይም የተለመደ ተንከባካቢ የሌለው ልጅ።
risk-reason-strong-indicator-child = ጠንካራ የሕገ ወጥ የሰዎች ዝውውር አመላካች ልጅን ይመለከታል።
risk-reason-several-strong = በርካታ ጠንካራ አመላካቾች በአንድ ላይ።

## Interview templates (shown to whoever loads or edits a template)

template-error-json = የአብነት ፋይሉ ትክክል አይደለም (መስመር { $line }፣ ዓምድ { $column })። እዚያ ያሉትን ሥርዓተ ነጥቦች እና የመስክ ስሞች ያረጋግጡ።
template-error-invalid-message-id = የጽሑፍ ቁልፉ { $key } ትክክለኛ የመልእክት ስም አይደለም።
template-error-duplicate-not-asked-reason = ምክንያቱ { $reason } ሁለት ጊዜ ተዘርዝሯል።
template-error-duplicate-section = ክፍሉ { $section } ሁለት ጊዜ ተጽፏል።
template-error-duplicate-question = ጥያቄው { $question } ሁለት ጊዜ ተጽፏል።
template-error-malformed-question-id = የጥያቄ መለያው { $question } በ section.name መልክ መጻፍ አለበት።
template-error-question-outside-section = ጥያቄው { $question } በክፍል { $section } ውስጥ ተቀምጧል፤ ነገር ግን መለያው ይህን ክፍል አይጠቅስም።
template-error-missing-choices = ጥያቄው { $question } ምርጫዎችን ያቀርባል፣ ነገር ግን ምንም ምርጫ አልዘረዘረም።
template-error-unexpected-choices = ጥያቄው { $question } የምርጫ ጥያቄ አይደለም፣ ነገር ግን ምርጫዎችን ይዘረዝራል።
template-error-duplicate-choice = ጥያቄው { $question } ምርጫውን { $choice } ሁለት ጊዜ ይዘረዝራል።
template-error-unknown-indicator = ጥያቄው { $question } ያልታወቀ አመላካችን ይጠቅሳል፦ { $indicator }።
template-error-screening-not-supported = ጥያቄው { $question } አመላካቾችን ሊያስነሳ አይችልም፤ ይህን ማድረግ የሚችሉት የአዎ/አይደለም እና የምርጫ መልሶች ብቻ ናቸው።
template-error-empty-when = ጥያቄው { $question } ከ{ $indicator } ጋር ተያይዟል፣ ነገር ግን አመላካቹን የሚያስነሳውን መልስ አልጠቀሰም።
template-error-invalid-yes-no = ጥያቄው { $question } የአዎ/አይደለም ጥያቄ ነው፣ ነገር ግን ትስስሩ { $value } የሚል እሴት ይጠቅሳል።
template-error-unknown-choice = ጥያቄው { $question } { $choice } የሚባል ምርጫ የለውም።
