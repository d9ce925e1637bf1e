## The desktop app: every word on its screens. Officers read this under pressure: short,
## plain, kind. Errors say what to do next.

## Frame
app-loading = Waypoint ይኽፈት ኣሎ…
app-ui-language = ቋንቋኹም
app-quick-hide = ምሕባእ
app-quick-hide-hint = ኩሉ ሕጂ ምሕባእ (Esc)
app-lock = ምቁላፍ
app-dismiss = ምዕጻው
app-save-saving = ይዕቀብ ኣሎ…
app-save-saved = ተዓቂቡ
app-save-error = ኣይተዓቀበን — ነቲ መልእኽቲ ርኣዩ
app-neutral-title = Waypoint
app-neutral-continue = ቀጽሉ

## Set-up and unlock
app-setup-title = ነዚ መሳርሒ ምድላው
app-setup-explain = ኣብዚ መሳርሒ ዘሎ ኩሉ ብመሕለፊ ቃልኩም ብምስጢራዊ ኮድ ተሓሊዉ ኣሎ። ክትዝክርዎ እትኽእሉ መሕለፊ ቃል ምረጹ፤ እንተጠፊኡ ክምለስ ኣይክእልን እዩ።
app-setup-site = ቦታ (ናይ ዶብ መእተዊ ወይ መዕቆቢ)
app-setup-submit = ምድላው
app-user = ስም ተጠቃሚ
app-passphrase = መሕለፊ ቃል
app-passphrase-again = መሕለፊ ቃል እንደገና
app-unlock-title = ምኽፋት
app-unlock-submit = ምኽፋት

## Case list
app-search-placeholder = ብስም (ብዝኾነ ፊደል) ወይ ብኮድ ጉዳይ ድለዩ
app-new-case = ሓድሽ ጉዳይ
app-no-cases = ዝተረኽበ ጉዳይ የለን።
app-no-name = (ገና ስም የለን)
app-filter-any = ኩሉ
app-filter-site = ቦታ
app-filter-status = ኩነታት
app-filter-risk = ሓደጋ
app-filter-age-band = ዕድመ
app-filter-flag = ምልክት
app-status-open = ክፉት
app-status-transferred = ዝተሰጋገረ
app-status-closed = ዝተዓጽወ
app-risk-none = መመልከቲ ሓደጋ የለን
app-risk-low = ትሑት ሓደጋ
app-risk-medium = ማእከላይ ሓደጋ
app-risk-high = ልዑል ሓደጋ
app-age-band-0-4 = 0–4
app-age-band-5-11 = 5–11
app-age-band-12-14 = 12–14
app-age-band-15-17 = 15–17
app-age-band-18-59 = 18–59
app-age-band-60-plus = 60ን ልዕሊኡን
app-age-band-unknown = ዕድመ ኣይፍለጥን
app-flag-child = ቆልዓ
app-flag-unaccompanied = ብዘይ ኣሰናያይ
app-flag-separated = ካብ ስድራቤት ዝተፈልየ
app-flag-referral-prompt = ምምራሕ የድሊ
app-flag-age-disputed = ዕድመ ዘከራኽር
app-flag-trafficking-risk = ሓደጋ ንግዲ ደቂ ሰባት
app-flag-not-shared = ኣብዚ መሳርሒ ጥራይ
app-conflicts-count = { $count ->
    [one] ክፍታሕ ዘለዎ { $count } ዘይምስምማዕ
   *[other] ክፍትሑ ዘለዎም { $count } ዘይምስምማዓት
}

## Case
app-back-to-list = ← ጉዳያት
app-cases-title = ጉዳያት
app-case-sections = ክፍልታት ጉዳይ
app-interview-keys = መፍትሕታት፦ Alt+N ዝቕጽል ሕቶ · Alt+P ዝቐደመ ሕቶ · Alt+D ምምላስ ኣይተደልየን · Alt+R ድሒርና ክንምለሰሉ · Alt+O ኣይተሓተተን
app-tab-registration = ምዝገባ
app-tab-consent = ፍቓድ
app-tab-interview = ቃለ-መሕትት
app-tab-age = ዕድመ
app-tab-tracing = ስድራቤት ምንዳይ
app-tab-screening = ምልላይ ሓደጋ
app-tab-referrals = ምምራሕን ክትትልን
app-tab-transfer = ምስግጋር
app-tab-conflicts = ዘይምስምማዓት
app-referral-prompt = ነዚ ሰብ ሕጂ ናብ ኣገልግሎታት ምርሕዎ፦
app-age-treated-as-child = ከም ቆልዓ ይቑጸር{ $basis ->
    [doubt] { " " }(ዕድመ ኣጠራጣሪ እዩ)
    [disputed_assessment] { " " }(ኣብ ግምገማ ዕድመ ተቓውሞ ቀሪቡ)
   *[other] {""}
}
app-age-adult = ከም ዓቢ ሰብ ይቑጸር
app-age-range = { $min }–{ $max } ዓመት

## Registration
app-names = ኣስማት
app-name-given = ስም
app-name-family = ስም ስድራ
app-name-alias = ካልእ ስም ወይ ኣጻሕፋ
app-add = ምውሳኽ
app-remove = ምእላይ
app-sex = ጾታ
app-sex-female = ኣንስታይ
app-sex-male = ተባዕታይ
app-sex-other = ካልእ
app-sex-not-stated = ምግላጽ ኣይተደልየን
app-birth = ዕለት ልደት ወይ ዕድመ
app-birth-kind-unknown = ኣይፍለጥን
app-birth-kind-exact = ልክዕ ዕለት
app-birth-kind-approximate = ዓመት (ከምኡ’ውን ወርሒ)
app-birth-kind-stated-age = እቲ ሰብ ዝገለጾ ዕድመ
app-birth-date = ዕለት ልደት ብፈረንጂ ኣቆጻጽራ (ዓመት-ወርሒ-መዓልቲ)
app-birth-year = ዓመት (ብፈረንጂ ኣቆጻጽራ)
app-birth-month = ወርሒ (1–12)
app-stated-age = ዕድመ ብዓመታት
app-origin = ዜግነትን ቋንቋታትን
app-nationalities = ዜግነታት (ብኮማ ፈሊኹም ጽሓፉ)
app-languages-spoken = ዝዝረቡ ቋንቋታት (ኮዳት ከም ar, ti, so)
app-preferred-language = ዝተመርጸ ቋንቋ ቃለ-መሕትት
app-not-known = ኣይፍለጥን
app-accompaniment = ኣሰናያይ ጉዕዞ
app-accompaniment-unaccompanied = ብዘይ ዝኾነ ኣሰናያይ
app-accompaniment-separated = ካብ ወለዲ ወይ ልሙድ ኣላዪ ዝተፈልየ
app-accompaniment-accompanied = ምስ ወለዲ ወይ ልሙድ ኣላዪ
app-adults = ምስቲ ሰብ ዝጓዓዙ ዓበይቲ ሰባት
app-adults-explain = ንነፍሲ ወከፍ ዓቢ ሰብ፦ መን ምዃኖም ዝገልጽዎ፣ እዚ ብኸመይ ከም ዝተረጋገጸ፣ ከምኡ'ውን ዘሻቕለኩም ዝኾነ ነገር። ምስ ዝምድናኡ ኣጠራጣሪ ዝኾነ፣ ወይ ዘሻቕለኩም ዓቢ ሰብ ዝጓዓዝ ቆልዓ ናብ ሓለዋ ቆልዑ ይምራሕ።
app-adults-none = ዝተመዝገበ ዓቢ ሰብ የለን።
app-adult-name = ስም እቲ ዓቢ ሰብ
app-adult-relationship = ዝገልጽዎ ዝምድና
app-adult-verified = ምርግጋጽ ዝምድና
app-adult-verified-not-verified = ገና ኣይተረጋገጸን
app-adult-verified-verified = ተረጋጊጹ
app-adult-verified-doubtful = ኣጠራጣሪ
app-adult-verified-how = ብኸመይ ከም ዝተረጋገጸ
app-adult-documents = ዝተራእዩ ሰነዳት
app-adult-concern = ዘሻቕለኩም ነገር፣ እንተሃልዩ
app-adult-add = ነዚ ዓቢ ሰብ ምውሳኽ
app-adult-save = ለውጥታት ምዕቃብ
app-encounter = እቲ ሰብ ኣበይን ብኸመይን ተረኺቡ
app-encounter-place = ቦታ
app-encounter-circumstances = ኩነታት

## Consent
app-consent-explain = ነፍሲ ወከፍ ዕላማ ብቋንቋ { $language } ግለጹ፣ ናይቲ ሰብ ናይ ባዕሉ ውሳነ ድማ መዝግቡ። ነፍሲ ወከፍ ዕላማ በበይኑ ይውሰን፣ ፍቓድ ድማ ኣብ ዝኾነ እዋን ክስሓብ ይኽእል እዩ።
app-consent-read-aloud = ነዚ ንእቲ ሰብ ኣንብቡሉ፦
app-consent-withdraw-sharing-explain = ነዚ ፍቓድ እንተሰሓብኩሞ፣ እቲ ፋይል ኣብ ቀንዲ ቤት ጽሕፈትን ኣብ ኩሎም ካልኦት መሳርሒታትን ይድምሰስ፤ ኣብዚ መሳርሒ ጥራይ ይተርፍ፣ ቀንዲ ቤት ጽሕፈት ድማ ስም ዘይብሉ ቁጽሪ ጥራይ ይሕዝ። ይስሓብ ዶ?
app-consent-withdraw-confirm = እወ፣ ምስሓብ
app-consent-withdraw-cancel = ምክፋል ምቕጻል
app-consent-given-by = ዝወሰነ
app-consent-giver-person = እቲ ሰብ ባዕሉ
app-consent-giver-guardian = ወላዲ ወይ ሞግዚት
app-consent-giver-best-interest-decision = ውሳነ ዝበለጸ ረብሓ ቆልዓ
app-consent-guardian-name = ስም ወላዲ ወይ ሞግዚት
app-consent-role = ሓላፍነት እቲ ዝውስን ክኢላ
app-consent-purpose = { $purpose ->
    [registration] ሓበሬታ እቲ ሰብ ምምዝጋብ
    [sharing_with_hq] ምስ ቀንዲ ቤት ጽሕፈት ምክፋል
    [family_tracing] ስድራቤት ምንዳይ
    [referral] ናብ ኣገልግሎታት ምምራሕ
   *[photo] ስእሊ
}
app-consent-not-asked = ገና ኣይተሓተተን
app-consent-given = ተዋሂቡ
app-consent-refused = ተነጺጉ
app-consent-withdrawn = ተሳሒቡ
app-consent-give = ፍቓድ ምሃብ
app-consent-refuse = ምንጻግ
app-consent-withdraw = ምስሓብ

## Interview
app-interview-language = ቋንቋ ቃለ-መሕትት
app-sitting-controls = ክፍለ-ግዜ
app-end-sitting = ክፍለ-ግዜ ምዝዛም (ተወዲኡ)
app-in-your-language = ብቋንቋኹም
app-interpreter = ተርጓሚ (እንተሃልዩ)
app-start-interview = ቃለ-መሕትት ብቋንቋ { $language } ጀምሩ
app-continue-interview = ቃለ-መሕትት ብቋንቋ { $language } ቀጽሉ
app-sitting-completed = ተዛዚሙ
app-sitting-paused = ንግዚኡ ደው ኢሉ
app-sitting-stopped-by-person = ብቲ ሰብ ደው ኢሉ
app-sitting-stopped-by-officer = ብሰራሕተኛ ደው ኢሉ
app-question-progress = ሕቶ { $n } ካብ { $total }
app-layout-section = ምሉእ ክፍሊ ምርኣይ
app-layout-one = ሓደ ሕቶ ኣብ ሓደ ግዜ
app-previous = ዝቐደመ
app-next = ዝቕጽል
app-sensitive-question = ተኣፋፊ ሕቶ፦ እቲ ሰብ ድሉው ምስ ዝኸውን ጥራይ ሕተቱ፣ ዕረፍቲ ድማ ኣቕርቡ።
app-officer-note = መዘኻኸሪ ንሰራሕተኛ
app-officer-only = ንዓኹም ጥራይ፦ ነዚ ብዓውታ ኣይተንብቡ፣ ንእቲ ሰብ ድማ ኣይተርእዩ።
app-yes = እወ
app-no = ኣይፋል
app-answer-answered = ተመሊሱ
app-answer-declined = ምምላስ ኣይተደልየን
app-answer-not-asked = ኣይተሓተተን
app-answer-revisit = ድሒርና ክንምለሰሉ

## Age assessment
app-age-new = ሓድሽ ግምገማ ዕድመ
app-age-method = ኣገባብ
app-age-method-documents = ሰነዳት
app-age-method-statement = ቃል እቲ ሰብ
app-age-method-holistic = ሓፈሻዊ ግምገማ
app-age-min = እቲ ዝተሓተ ዕድመ
app-age-max = እቲ ዝለዓለ ዕድመ
app-age-indicators = እቲ ግምገማ ዝምርኮሰሉ (ኣብ ነፍሲ ወከፍ መስመር ሓደ)
app-age-outcome = ውጽኢት
app-age-disputed = እቲ ሰብ ነዚ ይቃወሞ
app-age-save = ግምገማ ምምዝጋብ

## Family tracing
app-tracing-explain = እዚ ሰብ ዝደልዮም ኣዝማድ። ዝሰምዕኩምዎ ኩሉ ኣጻሕፋ፣ ብዝኾነ ፊደል፣ ጽሓፉ፤ ምስምማዓት ኣብ ዝተፈላለየ ፊደላትን ኣብ ኩሉ ቦታታትን ይድለዩ።
app-tracing-add = ዝድለ ዘመድ ምውሳኽ
app-tracing-relationship = ዝምድና (ኣደ፣ ሓው፣ ሓትኖ…)
app-tracing-names = ኣስማትን ኣጻሕፋታትን (ኣብ ነፍሲ ወከፍ መስመር ሓደ)
app-tracing-age = ዕድመ ብዓመታት፣ ወይ ዕለት ልደት
app-tracing-last-seen-place = ንመወዳእታ ግዜ ኣበይ ከም ዝተራእየ
app-tracing-last-seen-date = ንመወዳእታ ግዜ መዓስ ከም ዝተራእየ (ብፈረንጂ ኣቆጻጽራ፦ 2023፣ 2023-06 ወይ 2023-06-21)
app-tracing-contacts = ኣድራሻታት፣ ወይ ክፈልጡ ዝኽእሉ ሰባት (ኣብ ነፍሲ ወከፍ መስመር ሓደ)
app-tracing-find = ምስምማዓት ምንዳይ
app-tracing-no-candidates = ክሳብ ሕጂ ዝሰማማዕ ዝተመዝገበ ሰብ የለን። ድሒርኩም እንደገና ርኣዩ፤ ምስ ነፍሲ ወከፍ ምምስሳል ሓደስቲ ምዝገባታት ይመጹ።
app-tracing-score = ምስምማዕ { $score }%
app-tracing-confirm = ሓደ ሰብ እዩ
app-tracing-reject = ሓደ ሰብ ኣይኮነን
app-tracing-confirmed = ተረጋጊጹ
app-tracing-rejected = ተነጺጉ
app-tracing-decided-by = ብ{ $user }፣ { $when }

## Screening for trafficking and exploitation
app-screening-explain = ዝዕዘብኩምዎ ወይ እቲ ሰብ ዝነገረኩም መዝግቡ። ነዚ ዝርዝር ንእቲ ሰብ ኣይተንብቡሉ።
app-screening-source = ብኸመይ ፈሊጥኩም
app-indicator-source-observed = ተዓዚቡ
app-indicator-source-stated = እቲ ሰብ ባዕሉ ገሊጽዎ
app-indicator-source-document = ኣብ ሰነድ
app-indicator-source-third-party = ካልእ ሰብ ገሊጽዎ
app-indicator-source-interview-answer = ካብ ቃለ-መሕትት
app-screening-record = ምምዝጋብ
app-screening-dismiss = ኣይምልከትን
app-screening-restore = ብሓቂ ይምልከት
app-screening-dismissed = ከም ዘይምልከት ተወሲኑ
app-screening-reasons = ስለምንታይ፦
app-screening-no-reasons = ዝተመዝገበ መመልከቲ የለን።

## Referrals and follow-ups
app-service-child-protection = ሓለዋ ቆልዑ
app-service-anti-trafficking = ኣገልግሎት ምክልኻል ንግዲ ደቂ ሰባት
app-service-health = ክንክን ጥዕና
app-service-psychosocial = ስነ-ኣእምሮኣዊን ማሕበራዊን ደገፍ
app-service-legal = ሕጋዊ ሓገዝ
app-service-shelter = መዕቆቢ
app-service-guardianship = ሞግዚትነት
app-service-family-tracing = ኣገልግሎት ምንዳይ ስድራቤት
app-referral-service = ኣገልግሎት
app-referral-urgent = ህጹጽ
app-referral-note = መዘኻኸሪ ንኣገልግሎት
app-referral-status = ኩነታት
app-referral-status-proposed = ቀሪቡ
app-referral-status-made = ተመሪሑ
app-referral-status-accepted = ተቐቢሎምዎ
app-referral-status-declined = ተነጺጉ
app-referral-status-completed = ተዛዚሙ
app-referrals-add = ምምራሕ ምውሳኽ
app-referrals-none = ገና ምምራሕ የለን።
app-referral-basis = ነዚ ምምራሕ ዘፍቅድ
app-referral-basis-consent = እቲ ሰብ ንምምራሕ ዝሃቦ ፍቓድ
app-referral-basis-best-interest-decision = ውሳነ ዝበለጸ ረብሓ ቆልዓ
app-referral-basis-mandatory-report = ሕጊ ዝጠልቦ ጸብጻብ
app-follow-ups = ክትትል
app-follow-up-due = ናይ መወዳእታ ዕለት
app-follow-up-note = እንታይ ክግበር ኣለዎ
app-follow-up-add = ክትትል ምውሳኽ
app-follow-up-done = ተገይሩ
app-follow-up-overdue = ግዜኡ ሓሊፉ
app-follow-ups-none = ዝተመደበ ክትትል የለን።

## Transfer
app-transfer-explain = ነዚ ጉዳይ ናብ ካልእ ቦታ ኣረክቡ። ቀንዲ ቤት ጽሕፈት ኣብቲ ዝቕጽል ምምስሳል ነቲ ጉዳይ ናብቲ ቦታ የሕልፎ።
app-transfer-to = ተቐባሊ ቦታ
app-transfer-reason = ምኽንያት
app-transfer-do = ጉዳይ ምስግጋር
app-transfer-history = ካብ { $from } ናብ { $to }፣ { $when }፣ ብ{ $user }

## Conflicts
app-conflicts-explain = ክልተ መሳርሒታት ብዘይ ርክብ ሓደ ነገር ቀይሮም። ሓደ ክሳብ እትመርጹ ክልቲኦም ዋጋታት ይዕቀቡ፤ ምርጫኹም ድማ ከም ዝኾነ ካልእ ለውጢ ይለኣኽ።
app-conflicts-none = ኣብዚ ጉዳይ ዝፍታሕ ነገር የለን።
app-conflict-written = ብ{ $user } ዝተጻሕፈ፣ { $when }
app-conflict-unknown-writer = ዝጸሓፎ ኣይፍለጥን
app-conflict-keep = ነዚ ምሓዝ

## Errors from the app's checks (shown next to the field)
app-error-locked = Waypoint ነቲ ሓበሬታ ንምሕላው ባዕሉ ተዓጽዩ። ንምቕጻል ክፈትዎ፤ ዝተዓቀበ ኩሉ ኣሎ።
app-error-unlock-failed = ስም ተጠቃሚ ወይ መሕለፊ ቃል ቅኑዕ ኣይኮነን። ቋንቋ ኪቦርድን Caps Lockን ኣረጋግጹ፣ ድሕሪኡ እንደገና ፈትኑ።
app-error-passphrase-mismatch = እቶም ክልተ መሕለፊ ቃላት ሓደ ኣይኮኑን።
app-error-site-missing = እዚ መሳርሒ ዘገልግሎ ቦታ ኣእትዉ።
app-error-user-missing = ስም ተጠቃሚ ኣእትዉ።
app-error-auto-lock-range = ካብ { $min } ክሳብ { $max } ደቒቕ ምረጹ።
app-error-hq-url = ኣድራሻ ቀንዲ ቤት ጽሕፈት ብ http:// ወይ https:// ክጅምር ኣለዎ።
app-error-text-too-long = እዚ ኣዝዩ ነዊሕ እዩ (እንተበዝሐ { $max } ፊደላት)።
app-error-language-invalid = እዚ ኮድ ቋንቋ ኣይኮነን (ከም ar፣ ti ወይ so ዝኣመሰሉ ኮዳት ተጠቐሙ)።
app-error-guardian-name-missing = ስም ወላዲ ወይ ሞግዚት ኣእትዉ።
app-error-adult-name-missing = ስም እቲ ዓቢ ሰብ ኣእትዉ።
app-error-referral-needs-basis = { $state ->
        [refused] እቲ ሰብ ናብ ኣገልግሎታት ንምምራሕ ፍቓድ ኣብዩ።
        [withdrawn] እቲ ሰብ ናብ ኣገልግሎታት ንምምራሕ ዝሃቦ ፍቓድ ስሒቡ።
       *[other] እቲ ሰብ ብዛዕባ ምምራሕ ገና ኣይተሓተተን።
    } ብዘይ ፍቓድ፣ ንምምራሕ ዘፍቅድ ሕጋዊ መሰረት ምረጹ፦ ውሳነ ዝበለጸ ረብሓ ቆልዓ ወይ ሕጊ ዝጠልቦ ጸብጻብ።
app-error-no-open-sitting = ቅድም ቃለ-መሕትት ጀምሩ ወይ ቀጽሉ።
app-error-unknown-question = እዚ ሕቶ ({ $question }) ኣብ ቅጥዒ ቃለ-መሕትት የለን።
app-error-not-asked-reason = እቲ ሕቶ ስለምንታይ ከም ዘይተሓተተ ምረጹ።
app-error-answer-kind = እዚ መልሲ ምስቲ ሕቶ ኣይሰማማዕን።
app-error-partial-date = ዕለት ብፈረንጂ ኣቆጻጽራ ከምዚ ጽሓፉ፦ ዓመት (2015)፣ ዓመትን ወርሕን (2015-06)፣ ወይ ምሉእ ዕለት (2015-06-21)።
app-error-birth-date-invalid = እዚ ዕለት የለን። ከም ዓመት-ወርሒ-መዓልቲ ጽሓፍዎ፣ ንኣብነት 2011-04-23።
app-error-birth-date-future = እዚ ዕለት ኣብ መጻኢ እዩ።
app-error-birth-year-range = እቲ ዓመት ካብ { $min } ክሳብ { $max } ክኸውን ኣለዎ።
app-error-age-too-high = ካብ { $max } ዝበዝሕ ዕድመ ክኸውን ኣይክእልን።
app-error-age-range-inverted = እቲ ዝለዓለ ዕድመ ካብቲ ዝተሓተ ዕድመ ይንኣስ። ክልቲኦም ቁጽርታት ኣረጋግጹ።
app-error-entry-missing = እዚ ምዝገባ ድሕሪ ሕጂ የለን (ኣብ ካልእ መሳርሒ ተቐይሩ ክኸውን ይኽእል)። ነቲ ጉዳይ እንደገና ክፈትዎ።
app-error-transfer-same-site = እቲ ጉዳይ ድሮ ኣብዚ ቦታ ኣሎ። ተቐባሊ ቦታ ኣእትዉ።

## Sync with headquarters (top bar, sync screen, and why a sync did not finish)
app-sync-title = ምስ ቀንዲ ቤት ጽሕፈት ምምስሳል
app-sync-status-not-enrolled = ምስ ቀንዲ ቤት ጽሕፈት ኣይተራኸበን
app-sync-status-running = ይመሳሰል ኣሎ…
app-sync-status-error = ኣይተመሳሰለን
app-sync-status-never = ገና ኣይተመሳሰለን
app-sync-status-ok = ተመሳሲሉ፦ { $when }
app-sync-progress = ክሳብ ሕጂ፦ { $sent } ተላኢኹ፣ { $received } ተቐቢሉ
app-sync-pending-label = ክለኣኽ ዝጽበ
app-sync-pending =
    { $count ->
        [one] { $count } ጉዳይ
       *[other] { $count } ጉዳያት
    }
app-sync-nothing-pending = ዋላ ሓደ የለን፦ ቀንዲ ቤት ጽሕፈት ካብዚ መሳርሒ ኩሉ ተቐቢሉ ኣሎ።
app-sync-last-success = ናይ መወዳእታ ምምስሳል
app-sync-last-attempt = ናይ መወዳእታ ፈተነ
app-sync-works-offline = ከም ልሙድ ስራሕኩም ቀጽሉ፦ ኩሉ ኣብዚ መሳርሒ ይዕቀብ፣ ምምስሳል ድማ ከየቋረጸኩም ብድሕሪት ይካየድ።
app-sync-now = ሕጂ ምምስሳል
app-sync-hq = ኣድራሻ ቀንዲ ቤት ጽሕፈት
app-sync-code = ናይ ምዝገባ ኮድ
app-sync-enroll = ነዚ መሳርሒ ምርኻብ
app-sync-enroll-hint = ካብ ቀንዲ ቤት ጽሕፈት ነዚ ቦታ ንሓደ ግዜ ጥራይ ዝሰርሕ ናይ ምዝገባ ኮድ ሕተቱ፣ ድሕሪኡ ኣብዚ ኣእትዉዎ።
app-sync-not-enrolled = እዚ መሳርሒ ገና ምስ ቀንዲ ቤት ጽሕፈት ኣይተራኸበን።
app-sync-unreachable = ቀንዲ ቤት ጽሕፈት ክረኸብ ኣይከኣለን። ስራሕኩም ኣብዚ መሳርሒ ውሑስ እዩ፣ ርክብ ምስ ተመልሰ ድማ ክለኣኽ እዩ።
app-sync-impostor = እዚ ኮድ ተቐባልነት ኣይረኸበን፦ እቲ ኮድ ብጌጋ ኣትዩ፣ ድሮ ተሰሪሕሉ ወይ ግዜኡ ሓሊፉ ክኸውን ይኽእል (ሓደ ኮድ ን24 ሰዓት ይሰርሕ)፣ ወይ ድማ እቲ መልሲ ካብቲ ነቲ ኮድ ዝሃበ ቀንዲ ቤት ጽሕፈት ዘይመጸ ክኸውን ይኽእል። ዋላ ሓንቲ ኣይተመዝገበን። ነቲ ኮድን ኣድራሻ ቀንዲ ቤት ጽሕፈትን ኣረጋግጹ፣ ወይ ድማ ካብ ቀንዲ ቤት ጽሕፈት ሓድሽ ኮድ ሕተቱ።
app-sync-unauthenticated = ካብ ቀንዲ ቤት ጽሕፈት ከም ዝመጸ ዝገልጽ መልሲ ክረጋገጽ ኣይከኣለን፣ ስለዚ ብመሰረቱ ዋላ ሓንቲ ስጉምቲ ኣይተወስደን፣ ጉዳያትኩም ድማ ኣይተቐየሩን። ሓደ ሰብ ኣብ መርበብ ጣልቃ ይኣቱ ይኸውን፤ ጸኒሕኩም ወይ ብኻልእ መርበብ እንደገና ፈትኑ።
app-sync-reenroll = እዚ መሳርሒ ቀንዲ ቤት ጽሕፈት ንመልስታቱ ክፍርም ቅድሚ ምጅማሩ እዩ ተራኺቡ። ካብ ቀንዲ ቤት ጽሕፈት ሓድሽ ናይ ምዝገባ ኮድ ሕተቱ፣ ድሕሪኡ ነቲ መሳርሒ እንደገና ኣራኽብዎ፤ ጉዳያትኩም ኣብዚ መሳርሒ ይተርፉ።
app-sync-insecure-url = ቀንዲ ቤት ጽሕፈት ክረኸብ ዘለዎ ብ https:// ብዝጅምር ኣድራሻ ጥራይ እዩ። ተራ http:// ዝፍቀድ ነዚ ኮምፒተር ባዕሉ (localhost) ጥራይ እዩ።
app-sync-certificate = ቀንዲ ቤት ጽሕፈት ዘቕረቦ ናይ ድሕንነት ሰርቲፊኬት እዚ መሳርሒ ክምዝገብ ከሎ ካብ ዝኣመኖ ዝተፈልየ እዩ፣ ስለዚ ዋላ ሓንቲ ቅድሚ ምልኣኹ ምምስሳል ጠጠው ኢሉ። ሓደ ሰብ ኣብ መርበብ ጣልቃ ይኣቱ ይኸውን፤ ንቀንዲ ቤት ጽሕፈት ሓብሩ።
app-sync-failed = ምምስሳል ኣይተዛዘመን። ዋላ ሓንቲ ኣይጠፍአን፤ ባዕሉ እንደገና ክፍትን እዩ።
app-sync-revoked = ቀንዲ ቤት ጽሕፈት ፍቓድ ናይዚ መሳርሒ ሰሪዙ፣ ስለዚ እቶም ጉዳያት ካብኡ ተደምሲሶም። ምስ ሓላፊኹም ተራኸቡ።
app-sync-unknown-device = ቀንዲ ቤት ጽሕፈት ነዚ መሳርሒ ኣይለልዮን። ሓድሽ ናይ ምዝገባ ኮድ ሕተቱ።
app-sync-clock = ዕለት ወይ ሰዓት ናይዚ መሳርሒ ጌጋ እዩ። ኣብ ምድላዋት ሲስተም ኣስተኻኽልዎ፣ ድሕሪኡ እንደገና ኣመሳስሉ።
app-sync-enrollment-code = እዚ ናይ ምዝገባ ኮድ ጌጋ እዩ፣ ድሮ ተሰሪሕሉ ወይ ግዜኡ ሓሊፉ እዩ። ካብ ቀንዲ ቤት ጽሕፈት ሓድሽ ሕተቱ።
app-sync-enroll-later = ቀንዲ ቤት ጽሕፈት ሕጂ ካብዚ መርበብ ምዝገባ ይቕበል ኣይኮነን። ኮድኩም ገና ይሰርሕ እዩ፦ ድሕሪ ዓሰርተ ደቒቕ እንደገና ፈትኑ።
app-sync-version = ቀንዲ ቤት ጽሕፈት ካልእ ስሪት Waypoint ይጥቀም ኣሎ። እዚ ኣፕሊኬሽን ክሕደስ ሕተቱ።
app-sync-site-mismatch = እዚ ኮድ ንቦታ { $hq } እዩ፣ እዚ መሳርሒ ግን ንቦታ { $device } የገልግል። ን{ $device } ዝኸውን ኮድ ሕተቱ።
app-sync-code-missing = ናይ ምዝገባ ኮድ ኣእትዉ።
app-sync-already-enrolled = እዚ መሳርሒ ድሮ ምስ ቀንዲ ቤት ጽሕፈት ተራኺቡ ኣሎ።

## Consent, explained to the person in their language (read aloud; -child: for a child)

app-consent-tell-registration = ክንሕግዘኩም ምእንቲ፣ ስምኩምን እትነግሩናን ክንጽሕፍ ንደሊ። «ኣይፋል» ክትብሉ ትኽእሉ ኢኹም።
app-consent-tell-registration-child = ስምኩምን እትነግሩናን ክንጽሕፍ ንኽእል ዶ? ክንሕግዘኩም ይሕግዘና። «ኣይፋል» ክትብሉ ትኽእሉ ኢኹም።
app-consent-tell-sharing-with-hq = ናብ ካልእ ቦታ እንተኸድኩም ካልኦት ቤት ጽሕፈታትና ክሕግዙኹም ምእንቲ፣ ፋይልኩም ናብ ቀንዲ ቤት ጽሕፈትና ክንሰዶ ንደሊ። «ኣይፋል» እንተኢልኩም፣ ፋይልኩም ኣብዚ ቤት ጽሕፈት፣ ኣብዚ ኮምፒተር ይተርፍ፤ ቀንዲ ቤት ጽሕፈት ድማ እዚ ቤት ጽሕፈት ሓደ ሰብ ከም ዝረኸበ ጥራይ ይቖጽር፤ ዝፈልጦ ኸኣ እቲ ዝረኸብናኩም ወርሒ፣ ጉጅለ ዕድመኹም፣ ሰበይቲ ወይ ሰብኣይ ምዃንኩም፣ ከምኡ'ውን ብዛዕባ ድሕንነትኩም ስክፍታ እንተሃልዩና ጥራይ እዩ። ስምኩም ይኹን ዝነገርኩሙና ፈጺሙ ኣይበጽሖን። «እወ» ኢልኩም ድሒርኩም ሓሳብኩም እንተቐየርኩም፣ ፋይልኩም ኣብ ቀንዲ ቤት ጽሕፈትን ኣብቶም ካልኦት ኮምፒተራትን ንድምስሶ፤ ቀንዲ ቤት ጽሕፈት ድማ ነቲ ቁጽሪ ጥራይ ይሕዞ።
app-consent-tell-sharing-with-hq-child = ፋይልኩም ናብ ቀንዲ ቤት ጽሕፈትና ክንሰዶ ንኽእል ዶ? ሽዑ ናብ ካልእ ቦታ እንተኸድኩም፣ ካልኦት ቤት ጽሕፈታትና ክሕግዙኹም ይኽእሉ። «ኣይፋል» እንተኢልኩም፣ ፋይልኩም ኣብዚ ኮምፒተር እዚ ይተርፍ፣ ስምኩም ድማ ናብ ቀንዲ ቤት ጽሕፈት ኣይለኣኽን። ድሒርኩም ሓሳብኩም ክትቕይሩ ትኽእሉ ኢኹም፣ ሽዑ መሊስና ንወስዶ።
app-consent-tell-family-tracing = ስድራቤትኩም ንምንዳይ፣ ስድራቤትኩም ድማ ብኣና ኣቢሎም ክረኽቡኹም፣ ሓበሬታኹም ክንጥቀም ንደሊ። «ኣይፋል» ክትብሉ፣ ወይ ኣብ ዝኾነ ግዜ ደው ከተብልዎ ትኽእሉ ኢኹም።
app-consent-tell-family-tracing-child = ስድራቤትኩም ንምንዳይ ስምኩም ክንጥቀም፣ ንሳቶም ድማ ክረኽቡኹም ክንሕግዝ ንኽእል ዶ? «ኣይፋል» ክትብሉ፣ ወይ ደው ክንብል ክትነግሩና ትኽእሉ ኢኹም።
app-consent-tell-referral = ክሕግዙኹም ምእንቲ፣ ብዛዕባኹም ንኻልእ ኣገልግሎት፣ ንኣብነት ንሓኪም፣ ንጠበቓ ወይ ንመዕቆቢ፣ ክንነግር ንደሊ። ዘድልዮም ጥራይ ኢና ንነግሮም። «ኣይፋል» ክትብሉ ትኽእሉ ኢኹም።
app-consent-tell-referral-child = ብዛዕባኹም ንኻልኦት ሓገዝቲ፣ ከም ሓኪም ወይ ውሑስ መንበሪ ቦታ፣ ክንነግር ንኽእል ዶ? ክፈልጥዎ ዘለዎም ጥራይ ኢና ንነግሮም። «ኣይፋል» ክትብሉ ትኽእሉ ኢኹም።
app-consent-tell-photo = ንፋይልኩም ጥራይ፣ ስእሊ ክነልዕለኩም ንደሊ። «ኣይፋል» ክትብሉ ትኽእሉ ኢኹም።
app-consent-tell-photo-child = ንፋይልኩም ስእሊ ክነልዕለኩም ንኽእል ዶ? «ኣይፋል» ክትብሉ ትኽእሉ ኢኹም።
