# Errors, validation diagnostics, consent refusals and risk reasons.
# Shown to officers in the app, the CLI and the HQ dashboard. Plain words; say what to do next.
# Arguments never carry personal data of the people registered.

## Store and login

error-wrong-passphrase = መሕለፊ ቃል ቅኑዕ ኣይኮነን። ቋንቋ ኪቦርድን Caps Lockን ኣረጋግጹ፣ ድሕሪኡ እንደገና ፈትኑ።
error-unknown-user = ኣብዚ መሳርሒ { $user } ዝበሃል ተጠቃሚ የለን። ኣመሓዳሪኹም ክውስኸኩም ሕተቱ።
error-user-exists = { $user } ዝበሃል ተጠቃሚ ኣብዚ መሳርሒ ድሮ ኣሎ። ካልእ ስም ምረጹ።
error-store-missing = ኣብ { $path } ሓበሬታ Waypoint ኣይተረኽበን። ቅድም ነዚ መሳርሒ ኣዳልውዎ።
error-store-exists = ሓበሬታ Waypoint ኣብ { $path } ድሮ ኣሎ። ዋላ ሓንቲ ኣይተቐየረን።
error-store-corrupt = ኣብዚ መሳርሒ ዘሎ ሓበሬታ ተበላሽዩ ስለ ዘሎ ክንበብ ኣይክእልን። ዋላ ሓንቲ ኣይትደምስሱ፤ ካብ ቀንዲ ቤት ጽሕፈት ክመልሶ ዝኽእል ኣመሓዳሪኹም ርኸቡ።
error-store-truncated = ኣብዚ መሳርሒ ዘሎ ፋይል ሓበሬታ ምሉእ ኣይኮነን (ገለ ክፋሉ ጥራይ ተቐዲሑ ክኸውን ይኽእል)። ዋላ ሓንቲ ኣይትደምስሱ፤ ኣመሓዳሪኹም ርኸቡ።
error-store-too-new = እዚ ሓበሬታ ብሓድሽ ስሪት Waypoint እዩ ተጻሒፉ (ቅርጺ { $found }፤ እዚ ስሪት ክሳብ { $supported } ጥራይ ይንብብ)። ኣብዚ መሳርሒ Waypoint ኣሐድሱ።
error-case-not-found = ጉዳይ { $case } ኣብዚ መሳርሒ የለን።
error-sought-person-not-found = ኣብዚ ጉዳይ መለለዪ { $entry } ዘለዎ ዝድለ ሰብ የለን። ምናልባት ኣብ ካልእ መሳርሒ ተኣልዩ ይኸውን፤ ነቲ ጉዳይ እንደገና ጽዓንዎ።
error-passphrase-too-short = መሕለፊ ቃል ኣዝዩ ሓጺር እዩ። እንተወሓደ { $min } ፊደላት ተጠቐሙ፤ ሓያሎ ቃላት ብሓባር ንምዝካር ቀሊል እዩ።
error-audit-broken = መዝገብ ኦዲት ኣብ ምዝገባ ቁጽሪ { $seq } ተቐይሩ ወይ ተበላሽዩ ኣሎ። ነዚ ንሓላፊኹም ሓብሩ።
error-case-invalid = መዝገብ እዚ ጉዳይ ክንበብ ኣይከኣለን። ዋላ ሓንቲ ኣይተቐየረን።
error-io = እቲ መሳርሒ ሓበሬታኡ ከንብብ ወይ ክጽሕፍ ኣይከኣለን ({ $detail })። ኣብቲ ዲስክ እኹል ቦታ ከም ዘሎ ኣረጋግጹ፣ ድሕሪኡ እንደገና ፈትኑ።
error-internal = ኣብ ውሽጢ Waypoint ጸገም ኣጋጢሙ። ካብቲ ዝዓቀብኩምዎ ዋላ ሓንቲ ኣይጠፍአን። እንደገና ፈትኑ፤ እንተደጊሙ ንኣመሓዳሪኹም ሓብሩ።

## Validation of a case (shown next to the field; nothing typed is lost)

diag-no-name = ክሳብ ሕጂ ስም ኣይተመዝገበን። ጉዳይ ብዘይ ስም ክዕቀብ ይኽእል እዩ።
diag-name-empty = እዚ ስም ባዶ እዩ።
diag-age-range-inverted = እቲ ዝተሓተ ዕድመ ({ $min }) ካብቲ ዝለዓለ ዕድመ ({ $max }) ይበልጽ። ክልቲኦም ቁጽርታት ኣረጋግጹ።
diag-age-implausible = ካብ { $max } ዝበዝሕ ዕድመ ክኸውን ኣይክእልን። ነቲ ቁጽሪ ኣረጋግጹ።
diag-age-single-indicator = ግምገማ ዕድመ ኣብ ሓደ መመልከቲ ጥራይ ክምርኮስ የብሉን።
diag-date-future = እዚ ዕለት ኣብ መጻኢ እዩ።
diag-date-impossible = እዚ ዕለት የለን። መዓልትን ወርሕን ኣረጋግጹ።
diag-answer-without-value = እዚ ሕቶ ከም ዝተመለሰ ተመልኪቱ ኣሎ፣ ግን ዝተመዝገበ መልሲ የለን።
diag-not-asked-without-reason = እዚ ሕቶ ስለምንታይ ከም ዘይተሓተተ ግለጹ።
diag-ends-before-start = እዚ ክፍለ-ግዜ ቅድሚ ምጅማሩ ይውዳእ።

## Consent

# $purpose is one of: registration, sharing_with_hq, family_tracing, referral, photo.
consent-needed = እዚ { $purpose ->
        [registration] ንምዝገባ
        [sharing_with_hq] ምስ ቀንዲ ቤት ጽሕፈት ንምክፋል
        [family_tracing] ስድራቤት ንምንዳይ
        [referral] ናብ ኣገልግሎታት ንምምራሕ
        [photo] ስእሊ ንምልዓል
       *[other] ነዚ
    } ፍቓድ የድልዮ። ቅድም ነቲ ሰብ (ወይ ሞግዚቱ) ሕተቱ፣ መልሱ ድማ መዝግቡ።
consent-withdrawn-stops = { $purpose ->
        [registration] ንምዝገባ
        [sharing_with_hq] ምስ ቀንዲ ቤት ጽሕፈት ንምክፋል
        [family_tracing] ስድራቤት ንምንዳይ
        [referral] ናብ ኣገልግሎታት ንምምራሕ
        [photo] ስእሊ ንምልዓል
       *[other] ነዚ
    } ዝተዋህበ ፍቓድ ስለ ዝተሰሓበ፣ እዚ ደው ኢሉ ኣሎ።
consent-refused-stops = { $purpose ->
        [registration] ንምዝገባ
        [sharing_with_hq] ምስ ቀንዲ ቤት ጽሕፈት ንምክፋል
        [family_tracing] ስድራቤት ንምንዳይ
        [referral] ናብ ኣገልግሎታት ንምምራሕ
        [photo] ስእሊ ንምልዓል
       *[other] ነዚ
    } ፍቓድ ስለ ዝተኣበየ፣ እዚ ክቕጽል ኣይክእልን።

## Risk reasons (why a risk level was given)

risk-reason-irregular-travel = ዘይስሩዕ ወይ ዘይልሙድ መንገዲ ወይ ምድላዋት ጉዕዞ።
risk-reason-sudden-separation = ብሃንደበት ካብ ስድራቤት ምፍላይ።
risk-reason-living-change = ኣብቲ ሰብ ዝነብረሉ ቦታን ምስ መን ከም ዝነብርን ድንገታዊ ለውጢ።
risk-reason-documents-held-by-others = ሰነዳት መንነት ወይ ጉዕዞ ናይቲ ሰብ ካልእ ሰብ ሒዝዎ ኣሎ።
risk-reason-debt-bondage = እቲ ሰብ ነቶም ጉዕዞ ወይ ስራሕ ዘዳለዉሉ ዕዳ ኣለዎ።
risk-reason-work-exploitation = ክፍሊት ዘይብሉ፣ ብግዲ ዝግበር ወይ ሓደገኛ ስራሕ።
risk-reason-signs-of-abuse = ምልክታት ኣካላዊ፣ ጾታዊ ወይ ስነ-ኣእምሮኣዊ ግፍዒ።
risk-reason-controlled-movement = እቲ ሰብ ናበይ ከም ዝኸይድ ካልእ ሰብ ይቆጻጸሮ።
risk-reason-deceptive-recruitment = ብሓሶት መብጽዓ ተመልሚሉ።
risk-reason-no-contact-with-family = ምስ ስድራቤቱ ክራኸብ ኣይፍቀደሉን ወይ ኣይክእልን።
risk-reason-fear-of-authorities = ንሰበ-መዚ ክፈርሕ ተገይሩ።
risk-reason-scripted-account = እቲ ዛንታ ዝተለማመዶ ወይ ካልኦት ዝነገርዎ ይመስል።
risk-reason-someone-else-answers = ካልእ ሰብ ኣብ ክንዲ እቲ ሰብ ይምልስ፣ ወይ ምስቲ ሰራሕተኛ በይኑ ክተርፍ ኣየፍቅደሉን።
risk-reason-worst-forms-of-child-labour = ሓደገኛ ስራሕ፦ ኣብ ዕደና፣ ምስ ሓደገኛ ማሽናት ወይ ኬሚካላት፣ ከቢድ ጾር ወይ ናይ ለይቲ ስራሕ።
risk-reason-child-labour-under-minimum-age = እቲ ዝተሓተ ዕድመ ስራሕ ከይበጽሐ ክሰርሕ ጀሚሩ።
risk-reason-sexual-exploitation = ጾታዊ ምዝመዛ።
risk-reason-forced-marriage = ብግዲ ዝተገብረ መርዓ ወይ መርዓ ቆልዓ።
risk-reason-armed-group-recruitment = ብዕጡቕ ሓይሊ ወይ ብዕጡቕ ጉጅለ ተመልሚሉ ወይ ተጠቒሞምሉ።
risk-reason-child-exploitation = ቆልዓ ይምዝመዝ ኣሎ። ንቆልዓ፣ እዚ ጥራይ ንግዲ ደቂ ሰባት እዩ፦ ሓይሊ፣ ጥልመት ወይ ምትላል ከም ዘሎ ምርኣይ ኣየድልን።
risk-reason-doubtful-adult = እቲ ቆልዓ ምስ ዝምድናኡ ኣጠራጣሪ ዝኾነ፣ ወይ ንሰራሕተኛ ዘሻቕል ዓቢ ሰብ ይጓዓዝ።
risk-reason-unaccompanied-child = ወላዲ ወይ ልሙድ ኣላዪ ዘይብሉ ቆልዓ።
risk-reason-strong-indicator-child = ሓያል መመልከቲ ንግዲ ደቂ ሰባት ንቆልዓ ይምልከት።
risk-reason-several-strong = ብዙሓት ሓያላት መመልከቲታት ብሓባር።

## Interview templates (shown to whoever loads or edits a template)

template-error-json = ፋይል ቅጥዒ ቅኑዕ ኣይኮነን (መስመር { $line }፣ ዓምዲ { $column })። ኣብኡ ዘሎ ስርዓተ-ነጥብን ኣስማት ዓውድታትን ኣረጋግጹ።
template-error-invalid-message-id = መፍትሕ ጽሑፍ { $key } ቅኑዕ ስም መልእኽቲ ኣይኮነን።
template-error-duplicate-not-asked-reason = ምኽንያት { $reason } ክልተ ግዜ ተዘርዚሩ ኣሎ።
template-error-duplicate-section = ክፋል { $section } ክልተ ግዜ ተጻሒፉ ኣሎ።
template-error-duplicate-question = ሕቶ { $question } ክልተ ግዜ ተጻሒፉ ኣሎ።
template-error-malformed-question-id = መለለዪ ሕቶ { $question } ከም section.name ክጽሓፍ ኣለዎ።
template-error-question-outside-section = ሕቶ { $question } ኣብ ክፋል { $section } ተቐሚጡ ኣሎ፣ መለለዪኡ ግን ነዚ ክፋል ኣይጠቕሶን።
template-error-missing-choices = ሕቶ { $question } ምርጫታት የቕርብ፣ ግን ሓንቲ እኳ ኣይዘርዝርን።
template-error-unexpected-choices = ሕቶ { $question } ሕቶ ምርጫ ኣይኮነን፣ ግን ምርጫታት ይዝርዝር።
template-error-duplicate-choice = ሕቶ { $question } ምርጫ { $choice } ክልተ ግዜ ይዝርዝር።
template-error-unknown-indicator = ሕቶ { $question } ዘይፍለጥ መመልከቲ ይጠቅስ፦ { $indicator }።
template-error-screening-not-supported = ሕቶ { $question } መመልከቲታት ከልዕል ኣይክእልን፦ እዚ ክገብሩ ዝኽእሉ መልስታት እወ/ኣይፋልን ምርጫን ጥራይ እዮም።
template-error-empty-when = ሕቶ { $question } ምስ { $indicator } ተኣሳሲሩ ኣሎ፣ ግን ዘልዕሎ መልሲ ኣይጠቐሰን።
template-error-invalid-yes-no = ሕቶ { $question } ናይ እወ/ኣይፋል እዩ፣ ግን ምትእስሳሩ { $value } ይጠቅስ።
template-error-unknown-choice = ሕቶ { $question } ምርጫ { $choice } የብሉን።
