## The desktop app: every word on its screens. Officers read this under pressure: short,
## plain, kind. Errors say what to do next.

## Frame
app-loading = Waypoint በመከፈት ላይ ነው…
app-ui-language = ቋንቋዎ
app-quick-hide = መደበቅ
app-quick-hide-hint = ሁሉንም አሁኑኑ መደበቅ (Esc)
app-lock = መቆለፍ
app-dismiss = መዝጋት
app-save-saving = በማስቀመጥ ላይ…
app-save-saved = ተቀምጧል
app-save-error = አልተቀመጠም — መልእክቱን ይመልከቱ
app-neutral-title = Waypoint
app-neutral-continue = ይቀጥሉ

## Set-up and unlock
app-setup-title = ይህን መሣሪያ ማዘጋጀት
app-setup-explain = በዚህ መሣሪያ ላይ ያለው ሁሉ በይለፍ ቃልዎ ተመሥጥሯል። ሊያስታውሱት የሚችሉትን የይለፍ ቃል ይምረጡ፤ ከጠፋ መልሶ ማግኘት አይቻልም።
app-setup-site = ቦታ (የድንበር መግቢያ ወይም መጠለያ)
app-setup-submit = ማዘጋጀት
app-user = የተጠቃሚ ስም
app-passphrase = የይለፍ ቃል
app-passphrase-again = የይለፍ ቃል እንደገና
app-unlock-title = መክፈት
app-unlock-submit = መክፈት

## Case list
app-search-placeholder = በስም (በማንኛውም ፊደል) ወይም በጉዳይ ኮድ ይፈልጉ
app-new-case = አዲስ ጉዳይ
app-no-cases = ምንም ጉዳይ አልተገኘም።
app-no-name = (ገና ስም የለም)
app-filter-any = ሁሉም
app-filter-site = ቦታ
app-filter-status = ሁኔታ
app-filter-risk = ስጋት
app-filter-age-band = ዕድሜ
app-filter-flag = ምልክት
app-status-open = ክፍት
app-status-transferred = የተዛወረ
app-status-closed = የተዘጋ
app-risk-none = የስጋት አመላካች የለም
app-risk-low = ዝቅተኛ ስጋት
app-risk-medium = መካከለኛ ስጋት
app-risk-high = ከፍተኛ ስጋት
app-age-band-0-4 = 0–4
app-age-band-5-11 = 5–11
app-age-band-12-14 = 12–14
app-age-band-15-17 = 15–17
app-age-band-18-59 = 18–59
app-age-band-60-plus = 60 እና ከዚያ በላይ
app-age-band-unknown = ዕድሜ አይታወቅም
app-flag-child = ልጅ
app-flag-unaccompanied = ያለ አጃቢ
app-flag-separated = ከቤተሰብ የተለየ
app-flag-referral-prompt = መላክ ያስፈልጋል
app-flag-age-disputed = አከራካሪ ዕድሜ
app-flag-trafficking-risk = የሕገ ወጥ የሰዎች ዝውውር ስጋት
app-flag-not-shared = በዚህ መሣሪያ ላይ ብቻ
app-conflicts-count = { $count ->
    [one] መፍታት ያለበት { $count } አለመጣጣም
   *[other] መፍታት ያለባቸው { $count } አለመጣጣሞች
}

## Case
app-back-to-list = ← ጉዳዮች
app-cases-title = ጉዳዮች
app-case-sections = የጉዳዩ ክፍሎች
app-interview-keys = ቁልፎች፦ Alt+N ቀጣይ ጥያቄ · Alt+P ቀዳሚ ጥያቄ · Alt+D መመለስ አልተፈለገም · Alt+R በኋላ እንመለስበታለን · Alt+O አልተጠየቀም
app-tab-registration = ምዝገባ
app-tab-consent = ፈቃድ
app-tab-interview = ቃለ መጠይቅ
app-tab-age = ዕድሜ
app-tab-tracing = ቤተሰብ ማፈላለግ
app-tab-screening = የስጋት ልየታ
app-tab-referrals = መላክ እና ክትትል
app-tab-transfer = ማዛወር
app-tab-conflicts = አለመጣጣሞች
app-referral-prompt = ይህን ግለሰብ አሁኑኑ ወደ አገልግሎቶች ይላኩ፦
app-age-treated-as-child = እንደ ልጅ ይቆጠራል{ $basis ->
    [doubt] { " " }(ዕድሜው አጠራጣሪ ነው)
    [disputed_assessment] { " " }(የዕድሜ ግምገማው ተቃውሞ ቀርቦበታል)
   *[other] {""}
}
app-age-adult = እንደ አዋቂ ይቆጠራል
app-age-range = { $min }–{ $max } ዓመት

## Registration
app-names = ስሞች
app-name-given = ስም
app-name-family = የቤተሰብ ስም
app-name-alias = ሌላ ስም ወይም አጻጻፍ
app-add = ማከል
app-remove = ማስወገድ
app-sex = ጾታ
app-sex-female = ሴት
app-sex-male = ወንድ
app-sex-other = ሌላ
app-sex-not-stated = ላለመግለጽ መርጠዋል
app-birth = የትውልድ ቀን ወይም ዕድሜ
app-birth-kind-unknown = አይታወቅም
app-birth-kind-exact = ትክክለኛ ቀን
app-birth-kind-approximate = ዓመት (እና ወር)
app-birth-kind-stated-age = ግለሰቡ የሚናገረው ዕድሜ
app-birth-date = የትውልድ ቀን በአውሮፓውያን አቆጣጠር (ዓመት-ወር-ቀን)
app-birth-year = ዓመት (በአውሮፓውያን አቆጣጠር)
app-birth-month = ወር (1–12)
app-stated-age = ዕድሜ በዓመታት
app-origin = ዜግነት እና ቋንቋዎች
app-nationalities = ዜግነቶች (በኮማ ይለያዩ)
app-languages-spoken = የሚናገራቸው ቋንቋዎች (ኮዶች፣ ለምሳሌ ar, ti, so)
app-preferred-language = ለቃለ መጠይቅ የሚመረጠው ቋንቋ
app-not-known = አይታወቅም
app-accompaniment = የጉዞ አጋር
app-accompaniment-unaccompanied = ያለ ማንም አጃቢ
app-accompaniment-separated = ከወላጆች ወይም ከተለመደ ተንከባካቢ የተለየ
app-accompaniment-accompanied = ከወላጆች ወይም ከተለመደ ተንከባካቢ ጋር
app-adults = ከግለሰቡ ጋር የሚጓዙ አዋቂዎች
app-adults-explain = ለእያንዳንዱ አዋቂ፦ ማን እንደሆኑ የሚገልጹትን፣ ይህ እንዴት እንደተረጋገጠ፣ እና የሚያሳስብዎትን ማንኛውንም ነገር ይመዝግቡ። አብሮት ያለው አዋቂ ዝምድናው አጠራጣሪ ከሆነ ወይም የሚያሳስብዎ ከሆነ፣ ልጁ ወደ ሕጻናት ጥበቃ ይላካል።
app-adults-none = ምንም አዋቂ አልተመዘገበም።
app-adult-name = የአዋቂው ስም
app-adult-relationship = አዋቂው የሚገልጸው ዝምድና
app-adult-verified = የዝምድና ማረጋገጫ
app-adult-verified-not-verified = ገና አልተረጋገጠም
app-adult-verified-verified = ተረጋግጧል
app-adult-verified-doubtful = አጠራጣሪ
app-adult-verified-how = እንዴት እንደተረጋገጠ
app-adult-documents = የታዩ ሰነዶች
app-adult-concern = የሚያሳስብዎ ነገር፣ ካለ
app-adult-add = ይህን አዋቂ ማከል
app-adult-save = ለውጦቹን ማስቀመጥ
app-encounter = ግለሰቡ የት እና እንዴት እንደተገኘ
app-encounter-place = ቦታ
app-encounter-circumstances = ሁኔታዎች

## Consent
app-consent-explain = እያንዳንዱን ዓላማ በ{ $language } ቋንቋ ያስረዱ፤ የግለሰቡንም የራሱን ውሳኔ ይመዝግቡ። በእያንዳንዱ ዓላማ ላይ የሚወሰነው ለየብቻ ነው፤ ፈቃድም በማንኛውም ጊዜ ሊሰረዝ ይችላል።
app-consent-read-aloud = ይህን ለግለሰቡ ያንብቡለት፦
app-consent-withdraw-sharing-explain = ይህን ፈቃድ መሰረዝ ፋይሉን ከዋናው መሥሪያ ቤት እና ከሌሎቹ መሣሪያዎች ሁሉ ያጠፋዋል፤ ፋይሉ የሚቆየው በዚህ መሣሪያ ላይ ብቻ ነው፤ ዋናው መሥሪያ ቤትም የሚይዘው ማንነትን የማይገልጽ ቆጠራ ብቻ ነው። ፈቃዱ ይሰረዝ?
app-consent-withdraw-confirm = አዎ፣ መሰረዝ
app-consent-withdraw-cancel = ማጋራቱን መቀጠል
app-consent-given-by = ውሳኔ የሰጠው
app-consent-giver-person = ግለሰቡ ራሱ
app-consent-giver-guardian = ወላጅ ወይም አሳዳጊ
app-consent-giver-best-interest-decision = የልጁን ጥቅም የሚያስቀድም ውሳኔ
app-consent-guardian-name = የወላጅ ወይም የአሳዳጊ ስም
app-consent-role = ውሳኔውን የሚሰጠው ባለሙያ ሚና
app-consent-purpose = { $purpose ->
    [registration] የግለሰቡን መረጃ መመዝገብ
    [sharing_with_hq] ከዋናው መሥሪያ ቤት ጋር ማጋራት
    [family_tracing] ቤተሰብ ማፈላለግ
    [referral] ወደ አገልግሎቶች መላክ
   *[photo] ፎቶ
}
app-consent-not-asked = ገና አልተጠየቀም
app-consent-given = ተሰጥቷል
app-consent-refused = ውድቅ ተደርጓል
app-consent-withdrawn = ተሰርዟል
app-consent-give = ፈቃድ መስጠት
app-consent-refuse = አለመቀበል
app-consent-withdraw = መሰረዝ

## Interview
app-interview-language = የቃለ መጠይቅ ቋንቋ
app-sitting-controls = ክፍለ ጊዜ
app-end-sitting = ክፍለ ጊዜውን መጨረስ (ተጠናቋል)
app-in-your-language = በቋንቋዎ
app-interpreter = አስተርጓሚ (ካለ)
app-start-interview = ቃለ መጠይቁን በ{ $language } ቋንቋ ይጀምሩ
app-continue-interview = ቃለ መጠይቁን በ{ $language } ቋንቋ ይቀጥሉ
app-sitting-completed = ተጠናቋል
app-sitting-paused = ለጊዜው ቆሟል
app-sitting-stopped-by-person = በግለሰቡ ቆሟል
app-sitting-stopped-by-officer = በባለሙያው ቆሟል
app-question-progress = ጥያቄ { $n } ከ{ $total }
app-layout-section = ሙሉውን ክፍል ማሳየት
app-layout-one = በአንድ ጊዜ አንድ ጥያቄ
app-previous = ቀዳሚ
app-next = ቀጣይ
app-sensitive-question = ጥንቃቄ የሚያስፈልገው ጥያቄ፦ ግለሰቡ ዝግጁ ሲሆን ብቻ ይጠይቁ፤ እረፍትም ያቅርቡ።
app-officer-note = ለባለሙያው ማስታወሻ
app-officer-only = ለእርስዎ ብቻ፦ ይህን ጮክ ብለው አያንብቡ፤ ለግለሰቡም አያሳዩ።
app-yes = አዎ
app-no = አይ
app-answer-answered = ተመልሷል
app-answer-declined = መመለስ አልተፈለገም
app-answer-not-asked = አልተጠየቀም
app-answer-revisit = በኋላ እንመለስበታለን

## Age assessment
app-age-new = አዲስ የዕድሜ ግምገማ
app-age-method = ዘዴ
app-age-method-documents = ሰነዶች
app-age-method-statement = የግለሰቡ ቃል
app-age-method-holistic = ሁለንተናዊ ግምገማ
app-age-min = ዝቅተኛው ዕድሜ
app-age-max = ከፍተኛው ዕድሜ
app-age-indicators = ግምገማው የተመሠረተበት (በአንድ መስመር አንድ)
app-age-outcome = ውጤት
app-age-disputed = ግለሰቡ ይህን ይቃወማል
app-age-save = ግምገማውን መመዝገብ

## Family tracing
app-tracing-explain = ይህ ግለሰብ የሚፈልጋቸው ዘመዶች። የሚሰሙትን እያንዳንዱን አጻጻፍ በማንኛውም ፊደል ይጻፉ፤ መዛመዶች በተለያዩ ፊደላት እና በሁሉም ቦታዎች ይፈለጋሉ።
app-tracing-add = የሚፈለግ ዘመድ ማከል
app-tracing-relationship = ዝምድና (እናት፣ ወንድም፣ አክስት…)
app-tracing-names = ስሞች እና አጻጻፎች (በአንድ መስመር አንድ)
app-tracing-age = ዕድሜ በዓመታት፣ ወይም የትውልድ ቀን
app-tracing-last-seen-place = ለመጨረሻ ጊዜ የታየበት ቦታ
app-tracing-last-seen-date = ለመጨረሻ ጊዜ የታየበት ቀን (በአውሮፓውያን አቆጣጠር፦ 2023፣ 2023-06 ወይም 2023-06-21)
app-tracing-contacts = አድራሻዎች፣ ወይም ሊያውቁ የሚችሉ ሰዎች (በአንድ መስመር አንድ)
app-tracing-find = መዛመዶችን መፈለግ
app-tracing-no-candidates = እስካሁን የሚዛመድ የተመዘገበ ሰው የለም። በኋላ እንደገና ይመልከቱ፤ በእያንዳንዱ ማመሳሰል አዳዲስ ምዝገባዎች ይመጣሉ።
app-tracing-score = መዛመድ { $score }%
app-tracing-confirm = ያው ሰው ነው
app-tracing-reject = ያው ሰው አይደለም
app-tracing-confirmed = ተረጋግጧል
app-tracing-rejected = ውድቅ ተደርጓል
app-tracing-decided-by = በ{ $user }፣ { $when }

## Screening for trafficking and exploitation
app-screening-explain = የሚያስተውሉትን ወይም ግለሰቡ የሚነግርዎትን ይመዝግቡ። ይህን ዝርዝር ለግለሰቡ አያንብቡለት።
app-screening-source = እንዴት አወቁ
app-indicator-source-observed = በዓይን የታየ
app-indicator-source-stated = ግለሰቡ ራሱ ተናግሯል
app-indicator-source-document = በሰነድ ውስጥ
app-indicator-source-third-party = ሌላ ሰው ተናግሯል
app-indicator-source-interview-answer = ከቃለ መጠይቁ
app-screening-record = መመዝገብ
app-screening-dismiss = አይመለከትም
app-screening-restore = በእርግጥ ይመለከታል
app-screening-dismissed = አይመለከትም ተብሎ ተወስኗል
app-screening-reasons = ምክንያቶች፦
app-screening-no-reasons = ምንም አመላካች አልተመዘገበም።

## Referrals and follow-ups
app-service-child-protection = የሕጻናት ጥበቃ
app-service-anti-trafficking = የሕገ ወጥ የሰዎች ዝውውርን የሚከላከል አገልግሎት
app-service-health = የጤና እንክብካቤ
app-service-psychosocial = የሥነ ልቦና እና ማኅበራዊ ድጋፍ
app-service-legal = የሕግ ድጋፍ
app-service-shelter = መጠለያ
app-service-guardianship = አሳዳጊነት
app-service-family-tracing = የቤተሰብ ማፈላለጊያ አገልግሎት
app-referral-service = አገልግሎት
app-referral-urgent = አስቸኳይ
app-referral-note = ለአገልግሎቱ ማስታወሻ
app-referral-status = ሁኔታ
app-referral-status-proposed = ታቅዷል
app-referral-status-made = ተልኳል
app-referral-status-accepted = ተቀባይነት አግኝቷል
app-referral-status-declined = ውድቅ ተደርጓል
app-referral-status-completed = ተጠናቋል
app-referrals-add = መላክ መመዝገብ
app-referrals-none = እስካሁን ምንም መላክ አልተመዘገበም።
app-referral-basis = ይህን መላክ የሚፈቅደው
app-referral-basis-consent = ግለሰቡ ለመላክ የሰጠው ፈቃድ
app-referral-basis-best-interest-decision = የልጁን ጥቅም የሚያስቀድም ውሳኔ
app-referral-basis-mandatory-report = ሕግ የሚያስገድደው ሪፖርት
app-follow-ups = ክትትሎች
app-follow-up-due = የመጨረሻ ቀን
app-follow-up-note = ምን መደረግ አለበት
app-follow-up-add = ክትትል ማከል
app-follow-up-done = ተከናውኗል
app-follow-up-overdue = ጊዜው አልፏል
app-follow-ups-none = የታቀደ ክትትል የለም።

## Transfer
app-transfer-explain = ይህን ጉዳይ ለሌላ ቦታ ያስረክቡ። ዋናው መሥሪያ ቤት በሚቀጥለው ማመሳሰል ጉዳዩን ለዚያ ቦታ ይሰጣል።
app-transfer-to = ተቀባይ ቦታ
app-transfer-reason = ምክንያት
app-transfer-do = ጉዳዩን ማዛወር
app-transfer-history = ከ{ $from } ወደ { $to }፣ { $when }፣ በ{ $user }

## Conflicts
app-conflicts-explain = ሁለት መሣሪያዎች ከመስመር ውጭ ሳሉ አንድን ነገር ቀይረዋል። አንዱን እስኪመርጡ ድረስ ሁለቱም እሴቶች ይቀመጣሉ፤ ምርጫዎም እንደ ማንኛውም ሌላ ለውጥ ይላካል።
app-conflicts-none = በዚህ ጉዳይ ላይ የሚፈታ ነገር የለም።
app-conflict-written = በ{ $user } የተጻፈ፣ { $when }
app-conflict-unknown-writer = የጻፈው አይታወቅም
app-conflict-keep = ይህን ማቆየት

## Errors from the app's checks (shown next to the field)
app-error-locked = Waypoint መረጃውን ለመጠበቅ ራሱን ቆልፏል። ለመቀጠል ይክፈቱት፤ የተቀመጠው ሁሉ አልጠፋም።
app-error-unlock-failed = የተጠቃሚ ስሙ ወይም የይለፍ ቃሉ ትክክል አይደለም። የቁልፍ ሰሌዳውን ቋንቋ እና Caps Lockን ያረጋግጡ፣ ከዚያም እንደገና ይሞክሩ።
app-error-passphrase-mismatch = ሁለቱ የይለፍ ቃሎች አንድ አይደሉም።
app-error-site-missing = ይህ መሣሪያ የሚያገለግልበትን ቦታ ያስገቡ።
app-error-user-missing = የተጠቃሚ ስም ያስገቡ።
app-error-auto-lock-range = ከ{ $min } እስከ { $max } ደቂቃ ይምረጡ።
app-error-hq-url = የዋናው መሥሪያ ቤት አድራሻ በ http:// ወይም በ https:// መጀመር አለበት።
app-error-text-too-long = ይህ በጣም ረጅም ነው (ቢበዛ { $max } ቁምፊዎች)።
app-error-language-invalid = ይህ የቋንቋ ኮድ አይደለም (እንደ ar፣ ti ወይም so ያሉ ኮዶችን ይጠቀሙ)።
app-error-guardian-name-missing = የወላጅ ወይም የአሳዳጊ ስም ያስገቡ።
app-error-adult-name-missing = የአዋቂውን ስም ያስገቡ።
app-error-referral-needs-basis = { $state ->
        [refused] ግለሰቡ ወደ አገልግሎቶች ለመላክ ፈቃድ ከልክሏል።
        [withdrawn] ግለሰቡ ወደ አገልግሎቶች ለመላክ የሰጠውን ፈቃድ አንስቷል።
       *[other] ግለሰቡ ስለ መላክ ገና አልተጠየቀም።
    } ያለ ፈቃድ፣ ለመላኩ ሕጋዊ መሠረቱን ይምረጡ፦ የልጁን ጥቅም የሚያስቀድም ውሳኔ ወይም ሕግ የሚያስገድደው ሪፖርት።
app-error-no-open-sitting = መጀመሪያ ቃለ መጠይቁን ይጀምሩ ወይም ይቀጥሉ።
app-error-unknown-question = ይህ ጥያቄ ({ $question }) በቃለ መጠይቁ አብነት ውስጥ የለም።
app-error-not-asked-reason = ጥያቄው ለምን እንዳልተጠየቀ ይምረጡ።
app-error-answer-kind = ይህ መልስ ከጥያቄው ጋር አይስማማም።
app-error-partial-date = ቀኑን በአውሮፓውያን አቆጣጠር እንዲህ ይጻፉ፦ ዓመት (2015)፣ ዓመት እና ወር (2015-06)፣ ወይም ሙሉ ቀን (2015-06-21)።
app-error-birth-date-invalid = ይህ ቀን የለም። በዓመት-ወር-ቀን ቅደም ተከተል ይጻፉት፤ ለምሳሌ 2011-04-23።
app-error-birth-date-future = ይህ ቀን ገና ያልደረሰ የወደፊት ቀን ነው።
app-error-birth-year-range = ዓመቱ ከ{ $min } እስከ { $max } መሆን አለበት።
app-error-age-too-high = ከ{ $max } በላይ የሆነ ዕድሜ ሊኖር አይችልም።
app-error-age-range-inverted = ከፍተኛው ዕድሜ ከዝቅተኛው ዕድሜ ያንሳል። ሁለቱንም ቁጥሮች ያረጋግጡ።
app-error-entry-missing = ይህ ግቤት ከአሁን በኋላ የለም (በሌላ መሣሪያ ላይ ተቀይሮ ሊሆን ይችላል)። ጉዳዩን እንደገና ይክፈቱ።
app-error-transfer-same-site = ጉዳዩ አስቀድሞ በዚህ ቦታ ነው። ተቀባዩን ቦታ ያስገቡ።

## Sync with headquarters (top bar, sync screen, and why a sync did not finish)
app-sync-title = ከዋናው መሥሪያ ቤት ጋር ማመሳሰል
app-sync-status-not-enrolled = ከዋናው መሥሪያ ቤት ጋር አልተገናኘም
app-sync-status-running = በማመሳሰል ላይ…
app-sync-status-error = አልተመሳሰለም
app-sync-status-never = ገና አልተመሳሰለም
app-sync-status-ok = ተመሳስሏል፦ { $when }
app-sync-progress = እስካሁን፦ { $sent } ተልኳል፣ { $received } ደርሷል
app-sync-pending-label = ለመላክ በመጠባበቅ ላይ
app-sync-pending =
    { $count ->
        [one] { $count } ጉዳይ
       *[other] { $count } ጉዳዮች
    }
app-sync-nothing-pending = ምንም የለም፦ በዚህ መሣሪያ ላይ ያለው ሁሉ ዋናው መሥሪያ ቤት ደርሷል።
app-sync-last-success = የመጨረሻው ማመሳሰል
app-sync-last-attempt = የመጨረሻው ሙከራ
app-sync-works-offline = እንደተለመደው ሥራዎን ይቀጥሉ፦ ሁሉም ነገር በዚህ መሣሪያ ላይ ይቀመጣል፤ ማመሳሰሉም እርስዎን ሳያቋርጥ ከበስተጀርባ ይካሄዳል።
app-sync-now = አሁን ማመሳሰል
app-sync-hq = የዋናው መሥሪያ ቤት አድራሻ
app-sync-code = የምዝገባ ኮድ
app-sync-enroll = ይህን መሣሪያ ማገናኘት
app-sync-enroll-hint = ለዚህ ቦታ አንድ ጊዜ ብቻ የሚያገለግል የምዝገባ ኮድ ከዋናው መሥሪያ ቤት ይጠይቁ፤ ከዚያም እዚህ ያስገቡት።
app-sync-not-enrolled = ይህ መሣሪያ ገና ከዋናው መሥሪያ ቤት ጋር አልተገናኘም።
app-sync-unreachable = ዋናውን መሥሪያ ቤት ማግኘት አልተቻለም። ሥራዎ በዚህ መሣሪያ ላይ በደህና ተቀምጧል፤ ግንኙነቱ ሲመለስ ይላካል።
app-sync-impostor = ይህ ኮድ ተቀባይነት አላገኘም፦ ኮዱ በስህተት ገብቶ፣ ቀደም ሲል ጥቅም ላይ ውሎ ወይም ጊዜው አልፎበት ሊሆን ይችላል (አንድ ኮድ ለ24 ሰዓት ያገለግላል)፤ ወይም ምላሹ ኮዱን ከሰጠው ዋናው መሥሪያ ቤት ያልመጣ ሊሆን ይችላል። ምንም ነገር አልተመዘገበም። ኮዱንና የዋናው መሥሪያ ቤት አድራሻን ይፈትሹ፣ ወይም አዲስ ኮድ ከዋናው መሥሪያ ቤት ይጠይቁ።
app-sync-unauthenticated = ከዋናው መሥሪያ ቤት እንደመጣ የሚናገር ምላሽ ሊረጋገጥ አልቻለም፤ ስለዚህ በውስጡ ባለው ነገር ላይ ምንም እርምጃ አልተወሰደም፤ ጉዳዮችዎም አልተለወጡም። አንድ ሰው በአውታረ መረቡ ላይ ጣልቃ እየገባ ሊሆን ይችላል፤ ቆይተው ወይም በሌላ አውታረ መረብ እንደገና ይሞክሩ።
app-sync-reenroll = ይህ መሣሪያ የተገናኘው ዋናው መሥሪያ ቤት ምላሾቹን መፈረም ከመጀመሩ በፊት ነው። አዲስ የምዝገባ ኮድ ከዋናው መሥሪያ ቤት ይጠይቁ፤ ከዚያም መሣሪያውን እንደገና ያገናኙ። ጉዳዮችዎ በዚህ መሣሪያ ላይ ይቆያሉ።
app-sync-insecure-url = ዋናውን መሥሪያ ቤት ማግኘት የሚቻለው በ https:// በሚጀምር አድራሻ ብቻ ነው። ተራ http:// የሚፈቀደው ለዚሁ ኮምፒውተር (localhost) ብቻ ነው።
app-sync-certificate = ዋናው መሥሪያ ቤት ያቀረበው የደህንነት ሰርተፊኬት ይህ መሣሪያ ሲመዘገብ ካመነው የተለየ ነው፤ ስለዚህ ምንም ነገር ከመላኩ በፊት ማመሳሰሉ ቆሟል። አንድ ሰው በአውታረ መረቡ ላይ ጣልቃ እየገባ ሊሆን ይችላል፤ ለዋናው መሥሪያ ቤት ያሳውቁ።
app-sync-failed = ማመሳሰሉ አልተጠናቀቀም። ምንም ነገር አልጠፋም፤ በራሱ እንደገና ይሞክራል።
app-sync-revoked = ዋናው መሥሪያ ቤት የዚህን መሣሪያ ፈቃድ ሰርዟል፤ ስለዚህ ጉዳዮቹ ከመሣሪያው ተወግደዋል። ኃላፊዎን ያነጋግሩ።
app-sync-unknown-device = ዋናው መሥሪያ ቤት ይህን መሣሪያ አያውቀውም። አዲስ የምዝገባ ኮድ ይጠይቁ።
app-sync-clock = የዚህ መሣሪያ ቀን ወይም ሰዓት ትክክል አይደለም። በሲስተም ቅንብሮች ውስጥ ያስተካክሉት፤ ከዚያም እንደገና ያመሳስሉ።
app-sync-enrollment-code = ይህ የምዝገባ ኮድ ትክክል አይደለም፣ ቀደም ሲል ጥቅም ላይ ውሏል ወይም ጊዜው አልፎበታል። አዲስ ኮድ ከዋናው መሥሪያ ቤት ይጠይቁ።
app-sync-enroll-later = ዋናው መሥሪያ ቤት በአሁኑ ጊዜ ከዚህ አውታረ መረብ ምዝገባዎችን እየተቀበለ አይደለም። ኮድዎ አሁንም ይሠራል፦ ከአሥር ደቂቃ በኋላ እንደገና ይሞክሩ።
app-sync-version = ዋናው መሥሪያ ቤት የሚጠቀመው የተለየ የWaypoint ስሪት ነው። ይህ መተግበሪያ እንዲዘመን ይጠይቁ።
app-sync-site-mismatch = ይህ ኮድ ለ{ $hq } ቦታ ነው፤ ይህ መሣሪያ ግን የሚያገለግለው በ{ $device } ቦታ ነው። ለ{ $device } የሚሆን ኮድ ይጠይቁ።
app-sync-code-missing = የምዝገባ ኮዱን ያስገቡ።
app-sync-already-enrolled = ይህ መሣሪያ ቀደም ሲል ከዋናው መሥሪያ ቤት ጋር ተገናኝቷል።

## Consent, explained to the person in their language (read aloud; -child: for a child)

app-consent-tell-registration = ልንረዳዎ እንድንችል፣ ስምዎን እና የሚነግሩንን መጻፍ እንፈልጋለን። «አይ» ማለት ይችላሉ።
app-consent-tell-registration-child = ስምዎን እና የሚነግሩንን መጻፍ እንችላለን? ይህ እርስዎን እንድንረዳ ይረዳናል። «አይ» ማለት ይችላሉ።
app-consent-tell-sharing-with-hq = ወደ ሌላ ቦታ ቢሄዱ ሌሎች ቢሮዎቻችን እንዲረዱዎ፣ ፋይልዎን ወደ ዋናው መሥሪያ ቤታችን መላክ እንፈልጋለን። «አይ» ካሉ፣ ፋይልዎ በዚህ ቢሮ፣ በዚህ ኮምፒውተር ላይ ይቆያል፤ ዋናው መሥሪያ ቤትም የሚቆጥረው ይህ ቢሮ አንድ ሰው እንዳገኘ ብቻ ነው፤ የሚያውቀውም ያገኘንበትን ወር፣ የዕድሜ ክልልዎን፣ ሴት ወይም ወንድ መሆንዎን፣ እና ስለ ደህንነትዎ የምንጨነቅ መሆን አለመሆናችንን ብቻ ነው። ስምዎንም ሆነ የነገሩንን በፍጹም አያገኝም። «አዎ» ብለው በኋላ ሐሳብዎን ከቀየሩ፣ ፋይልዎን ከዋናው መሥሪያ ቤት እና ከሌሎቹ ኮምፒውተሮች ላይ እናጠፋዋለን፤ ዋናው መሥሪያ ቤትም የሚይዘው ያንን ቆጠራ ብቻ ነው።
app-consent-tell-sharing-with-hq-child = ፋይልዎን ወደ ዋናው ቢሯችን መላክ እንችላለን? ከዚያ ወደ ሌላ ቦታ ቢሄዱ፣ ሌሎች ቢሮዎቻችን ሊረዱዎ ይችላሉ። «አይ» ካሉ፣ ፋይልዎ እዚህ በዚህ ኮምፒውተር ላይ ይቆያል፤ ስምዎም ወደ ዋናው ቢሯችን አይላክም። በኋላ ሐሳብዎን መቀየር ይችላሉ፤ ያኔ ፋይሉን መልሰን እንወስደዋለን።
app-consent-tell-family-tracing = ቤተሰብዎን ለመፈለግ፣ እና ቤተሰብዎ በእኛ በኩል እንዲያገኙዎ፣ መረጃዎን መጠቀም እንፈልጋለን። «አይ» ማለት፣ ወይም ይህን በማንኛውም ጊዜ ማስቆም ይችላሉ።
app-consent-tell-family-tracing-child = ስምዎን ተጠቅመን ቤተሰብዎን ብንፈልግ፣ እነሱም እርስዎን እንዲያገኙ ብንረዳ ይፈቅዳሉ? «አይ» ማለት፣ ወይም እንድናቆም መንገር ይችላሉ።
app-consent-tell-referral = እንዲረዱዎ፣ ስለ እርስዎ ለሌላ አገልግሎት፣ ለምሳሌ ለሐኪም፣ ለጠበቃ ወይም ለመጠለያ፣ መንገር እንፈልጋለን። የምንነግራቸው የሚያስፈልጋቸውን ብቻ ነው። «አይ» ማለት ይችላሉ።
app-consent-tell-referral-child = ስለ እርስዎ ለሌሎች ረዳቶች፣ ለምሳሌ ለሐኪም ወይም በደህና ለሚቆዩበት ቦታ፣ መንገር እንችላለን? የምንነግራቸው ማወቅ ያለባቸውን ብቻ ነው። «አይ» ማለት ይችላሉ።
app-consent-tell-photo = ለፋይልዎ ብቻ የሚሆን ፎቶ ልናነሳዎ እንፈልጋለን። «አይ» ማለት ይችላሉ።
app-consent-tell-photo-child = ለፋይልዎ ፎቶ ልናነሳዎ እንችላለን? «አይ» ማለት ይችላሉ።
