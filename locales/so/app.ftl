## The desktop app: every word on its screens. Officers read this under pressure: short,
## plain, kind. Errors say what to do next.

## Frame
app-loading = Waypoint waa la furayaa…
app-ui-language = Luqaddaada
app-quick-hide = Qari
app-quick-hide-hint = Hadda wax walba qari (Esc)
app-lock = Quful
app-dismiss = Xir
app-save-saving = Waa la kaydinayaa…
app-save-saved = Waa la kaydiyay
app-save-error = Lama kaydin — eeg fariinta
app-neutral-title = Waypoint
app-neutral-continue = Sii wad

## Set-up and unlock
app-setup-title = Diyaari qalabkan
app-setup-explain = Wax kasta oo qalabkan ku jira waxaa lagu qarsoodiyaa (encryption) weedhaada sirta ah. Dooro mid aad xasuusan karto: haddii ay kaa lunto, dib looma soo celin karo.
app-setup-site = Goobta (barta xuduudda ama hoyga)
app-setup-submit = Diyaari
app-user = Magaca isticmaalaha
app-passphrase = Weedha sirta ah
app-passphrase-again = Mar kale weedha sirta ah
app-unlock-title = Fur
app-unlock-submit = Fur

## Case list
app-search-placeholder = Ku raadi magac (far kasta) ama koodhka kiiska
app-new-case = Kiis cusub
app-no-cases = Kiis lama helin.
app-no-name = (weli magac ma leh)
app-filter-any = Dhammaan
app-filter-site = Goobta
app-filter-status = Xaaladda
app-filter-risk = Khatarta
app-filter-age-band = Da'da
app-filter-flag = Calaamadda
app-status-open = Furan
app-status-transferred = La wareejiyay
app-status-closed = Xiran
app-risk-none = Calaamado khatar ma jiraan
app-risk-low = Khatar yar
app-risk-medium = Khatar dhexdhexaad ah
app-risk-high = Khatar sare
app-age-band-0-4 = 0–4
app-age-band-5-11 = 5–11
app-age-band-12-14 = 12–14
app-age-band-15-17 = 15–17
app-age-band-18-59 = 18–59
app-age-band-60-plus = 60 iyo ka weyn
app-age-band-unknown = Da'da lama yaqaan
app-flag-child = Ilmo
app-flag-unaccompanied = Kali ah
app-flag-separated = Ka kala go'ay waalidka
app-flag-referral-prompt = Gudbin ayaa loo baahan yahay
app-flag-age-disputed = Da'da waa lagu muransan yahay
app-flag-trafficking-risk = Khatarta ka ganacsiga dadka
app-flag-not-shared = Qalabkan oo keliya ku jira
app-conflicts-count = { $count ->
    [one] Hal is-khilaaf oo u baahan in la xalliyo
   *[other] { $count } is-khilaaf oo u baahan in la xalliyo
}

## Case
app-back-to-list = ← Kiisaska
app-cases-title = Kiisaska
app-case-sections = Qaybaha kiiska
app-interview-keys = Furayaasha: Alt+N su'aasha xigta · Alt+P su'aashii hore · Alt+D qofku ma rabin inuu ka jawaabo · Alt+R mar dambe ku soo noqo · Alt+O lama weydiin
app-tab-registration = Diiwaangelin
app-tab-consent = Oggolaansho
app-tab-interview = Wareysi
app-tab-age = Da'da
app-tab-tracing = Raadinta qoyska
app-tab-screening = Baaritaanka khatarta
app-tab-referrals = Gudbinta iyo dabagalka
app-tab-transfer = Wareejin
app-tab-conflicts = Is-khilaafyada
app-referral-prompt = Qofkan hadda u gudbi:
app-age-treated-as-child = Waxaa loola dhaqmaa sidii ilmo{ $basis ->
    [doubt] { " " }(da'da waa laga shakisan yahay)
    [disputed_assessment] { " " }(qiimaynta waa lagu muransan yahay)
   *[other] {""}
}
app-age-adult = Waxaa loola dhaqmaa sidii qof weyn
app-age-range = { $min }–{ $max } sano

## Registration
app-names = Magacyada
app-name-given = Magaca
app-name-family = Magaca qoyska
app-name-alias = Magac kale ama qoraal kale oo magaca ah
app-add = Ku dar
app-remove = Ka saar
app-sex = Jinsiga
app-sex-female = Dheddig
app-sex-male = Lab
app-sex-other = Kale
app-sex-not-stated = Qofku ma rabo inuu sheego
app-birth = Taariikhda dhalashada ama da'da
app-birth-kind-unknown = Lama yaqaan
app-birth-kind-exact = Taariikh sax ah
app-birth-kind-approximate = Sanad (iyo bil)
app-birth-kind-stated-age = Da'da uu qofku sheegay
app-birth-date = Taariikhda dhalashada (sanad-bil-maalin)
app-birth-year = Sanad
app-birth-month = Bil (1–12)
app-stated-age = Da'da (sanado)
app-origin = Dhalashada iyo luqadaha
app-nationalities = Dhalashooyinka (ku kala saar hakad ",")
app-languages-spoken = Luqadaha uu ku hadlo (koodhadh sida ar, ti, so)
app-preferred-language = Luqadda wareysiga ee uu doorbido
app-not-known = Lama yaqaan
app-accompaniment = Cidda uu la socdo
app-accompaniment-unaccompanied = Cidna (kali ah, lama socdo waalid ama qof xannaaneeya)
app-accompaniment-separated = Ka kala go'ay waalidka ama qofka sida caadiga ah u xannaaneeya
app-accompaniment-accompanied = Waalidka ama qofka sida caadiga ah u xannaaneeya
app-adults = Dadka waaweyn ee la safraya qofka
app-adults-explain = Qof weyn kasta: cidda uu sheegto inuu yahay, sida taas loo hubiyay, iyo wax kasta oo kaa welwelinaya. Ilmo la socda qof weyn oo xiriirkiisu shaki leeyahay, ama kaa welwelinaya, waxaa loo gudbiyaa ilaalinta carruurta.
app-adults-none = Qof weyn lama diiwaangelin.
app-adult-name = Magaca qofka weyn
app-adult-relationship = Xiriirka uu sheegto
app-adult-verified = Hubinta xiriirka
app-adult-verified-not-verified = Weli lama hubin
app-adult-verified-verified = Waa la xaqiijiyay
app-adult-verified-doubtful = Shaki ayaa ku jira
app-adult-verified-how = Sida loo hubiyay
app-adult-documents = Dukumentiyada la arkay
app-adult-concern = Walaacaaga, haddii uu jiro
app-adult-add = Ku dar qofkan weyn
app-adult-save = Kaydi isbeddellada
app-encounter = Meesha iyo sida qofka loola kulmay
app-encounter-place = Meesha
app-encounter-circumstances = Duruufaha

## Consent
app-consent-explain = Ujeeddo kasta ku sharax luqadda { $language }, oo diiwaangeli go'aanka qofka laftiisa. Ujeeddo kasta go'aan gaar ah ayaa laga gaaraa, oggolaanshahana waqti kasta waa laga noqon karaa.
app-consent-read-aloud = Qofka u akhri tan:
app-consent-withdraw-sharing-explain = Haddii oggolaanshahan laga noqdo, faylka waa laga tirtirayaa xarunta dhexe iyo qalab kasta oo kale; wuxuu ku jirayaa oo keliya qalabkan, xarunta dhexena waxay haynaysaa oo keliya tiro aan magac lahayn. Ma ka noqonaysaa?
app-consent-withdraw-confirm = Haa, ka noqo
app-consent-withdraw-cancel = Sii wad la wadaagista
app-consent-given-by = Go'aanka waxaa gaaray
app-consent-giver-person = Qofka laftiisa
app-consent-giver-guardian = Waalid ama mas'uul (guardian)
app-consent-giver-best-interest-decision = Go'aan ku salaysan danta ugu wanaagsan ee ilmaha
app-consent-guardian-name = Magaca waalidka ama mas'uulka
app-consent-role = Jagada qofka xirfadlaha ah ee go'aanka gaaraya
app-consent-purpose = { $purpose ->
    [registration] Diiwaangelinta xogta qofka
    [sharing_with_hq] La wadaagista xarunta dhexe
    [family_tracing] Raadinta qoyska
    [referral] U gudbinta adeegyada
   *[photo] Sawir
}
app-consent-not-asked = Weli lama weydiin
app-consent-given = Waa la bixiyay
app-consent-refused = Waa la diiday
app-consent-withdrawn = Waa laga noqday
app-consent-give = Wuu oggol yahay
app-consent-refuse = Wuu diiday
app-consent-withdraw = Wuu ka noqday

## Interview
app-interview-language = Luqadda wareysiga
app-sitting-controls = Fadhiga
app-end-sitting = Dhammee fadhiga (waa la dhammeeyay)
app-in-your-language = Luqaddaada
app-interpreter = Turjubaan (haddii uu jiro)
app-start-interview = Ku bilow wareysiga luqadda { $language }
app-continue-interview = Ku sii wad wareysiga luqadda { $language }
app-sitting-completed = waa la dhammeeyay
app-sitting-paused = waa la hakiyay
app-sitting-stopped-by-person = qofka ayaa joojiyay
app-sitting-stopped-by-officer = sarkaalka ayaa joojiyay
app-question-progress = Su'aasha { $n } ee { $total }
app-layout-section = Muuji qaybta oo dhan
app-layout-one = Hal su'aal markiiba
app-previous = Tii hore
app-next = Tan xigta
app-sensitive-question = Su'aal xasaasi ah: weydii oo keliya marka qofku diyaar yahay, oo u soo jeedi nasasho.
app-officer-note = Qoraal loogu talagalay sarkaalka
app-officer-only = Adiga oo keliya: tan kor ha u akhrin, qofkana ha tusin.
app-yes = Haa
app-no = Maya
app-answer-answered = Waa laga jawaabay
app-answer-declined = Qofku ma rabin inuu ka jawaabo
app-answer-not-asked = Lama weydiin
app-answer-revisit = Mar dambe ku soo noqo

## Age assessment
app-age-new = Qiimayn cusub oo da'da ah
app-age-method = Habka
app-age-method-documents = Dukumentiyo
app-age-method-statement = Sida qofku sheegay
app-age-method-holistic = Qiimayn dhammaystiran
app-age-min = Da'da ugu yar
app-age-max = Da'da ugu weyn
app-age-indicators = Waxa qiimayntu ku salaysan tahay (mid sadar kasta)
app-age-outcome = Natiijada
app-age-disputed = Qofku kuma raacsana qiimayntan
app-age-save = Diiwaangeli qiimaynta

## Family tracing
app-tracing-explain = Qaraabada uu qofkani raadinayo. Qor qaab kasta oo magaca loo qoro oo aad maqasho, far kasta ha ahaadee: dadka u dhigma waxaa laga raadiyaa far kasta iyo goob kasta.
app-tracing-add = Ku dar qaraabo la raadinayo
app-tracing-relationship = Xiriirka (hooyo, walaal wiil ah, eedo…)
app-tracing-names = Magacyada iyo qaababka loo qoro (mid sadar kasta)
app-tracing-age = Da'da (sanado), ama taariikhda dhalashada
app-tracing-last-seen-place = Meeshii ugu dambaysay ee lagu arkay
app-tracing-last-seen-date = Goorta ugu dambaysay ee la arkay (2023, 2023-06 ama 2023-06-21)
app-tracing-contacts = Xiriirro, ama dad laga yaabo inay wax ogyihiin (mid sadar kasta)
app-tracing-find = Raadi dad u dhigma
app-tracing-no-candidates = Weli ma jiro qof diiwaangashan oo u dhigma. Mar dambe dib u eeg: diiwaangelinno cusub ayaa la yimaada isku waafajin kasta.
app-tracing-score = Isu-ekaanta { $score }%
app-tracing-confirm = Waa isku qof
app-tracing-reject = Isku qof ma aha
app-tracing-confirmed = Waa la xaqiijiyay
app-tracing-rejected = Waa la diiday
app-tracing-decided-by = waxaa go'aamiyay { $user }, { $when }

## Screening for trafficking and exploitation
app-screening-explain = Diiwaangeli waxa aad aragto ama waxa qofku kuu sheego. Liiskan ha u akhriyin qofka.
app-screening-source = Sida aad ku ogaatay
app-indicator-source-observed = Waa la arkay
app-indicator-source-stated = Qofka ayaa sheegay
app-indicator-source-document = Dukumenti ayay ku qoran tahay
app-indicator-source-third-party = Qof kale ayaa sheegay
app-indicator-source-interview-answer = Wareysiga ayaa laga helay
app-screening-record = Diiwaangeli
app-screening-dismiss = Ma khuseeyo
app-screening-restore = Haddana wuu khuseeyaa
app-screening-dismissed = waxaa la go'aamiyay inaanu khusayn
app-screening-reasons = Sababta:
app-screening-no-reasons = Calaamad lama diiwaangelin.

## Referrals and follow-ups
app-service-child-protection = Ilaalinta carruurta
app-service-anti-trafficking = Adeegga la dagaallanka ka ganacsiga dadka
app-service-health = Daryeel caafimaad
app-service-psychosocial = Taageero nafsi iyo bulsho
app-service-legal = Gargaar sharci
app-service-shelter = Hoy
app-service-guardianship = Mas'uulnimada ilmaha (guardianship)
app-service-family-tracing = Adeegga raadinta qoyska
app-referral-service = Adeegga
app-referral-urgent = Degdeg
app-referral-note = Qoraal loogu talagalay adeegga
app-referral-status = Xaaladda
app-referral-status-proposed = La soo jeediyay
app-referral-status-made = La gudbiyay
app-referral-status-accepted = La aqbalay
app-referral-status-declined = La diiday
app-referral-status-completed = La dhammeeyay
app-referrals-add = Ku dar gudbin
app-referrals-none = Weli gudbin ma jirto.
app-referral-basis = Waxa oggolaanaya gudbintan
app-referral-basis-consent = Oggolaanshaha qofka ee gudbinta
app-referral-basis-best-interest-decision = Go'aan ku salaysan danta ugu wanaagsan ee ilmaha
app-referral-basis-mandatory-report = Warbixin uu sharcigu waajibiyo
app-follow-ups = Hawlaha dabagalka
app-follow-up-due = Taariikhda kama dambaysta ah
app-follow-up-note = Waxa la qabanayo
app-follow-up-add = Ku dar hawl dabagal
app-follow-up-done = Waa la qabtay
app-follow-up-overdue = Waqtigii waa ka dhacay
app-follow-ups-none = Hawl dabagal ah lama qorsheyn.

## Transfer
app-transfer-explain = Kiiskan u wareeji goob kale. Xarunta dhexe ayaa kiiska siisa goobtaas marka isku waafajinta xigta la sameeyo.
app-transfer-to = Goobta qaadanaysa
app-transfer-reason = Sababta
app-transfer-do = Wareeji kiiska
app-transfer-history = Laga wareejiyay { $from } loona wareejiyay { $to }, { $when }, waxaa sameeyay { $user }

## Conflicts
app-conflicts-explain = Laba qalab ayaa beddelay isla shay iyagoo aan xiriir lahayn. Labada qiimeba waa la hayaa ilaa aad mid doorato; doorashadaada waxaa loo diraa sida isbeddel kasta oo kale.
app-conflicts-none = Kiiskan wax la xalliyo kuma jiraan.
app-conflict-written = Waxaa qoray { $user }, { $when }
app-conflict-unknown-writer = Lama yaqaan cidda qortay
app-conflict-keep = Hay kan

## Errors from the app's checks (shown next to the field)
app-error-locked = Waypoint wuu is-qufulay si uu xogta u ilaaliyo. Fur si aad u sii wadato; wax kasta oo la kaydiyay waa la hayaa.
app-error-unlock-failed = Magaca isticmaalaha ama weedha sirta ah sax ma aha. Hubi luqadda kiiboodhka iyo Caps Lock, kadibna isku day mar kale.
app-error-passphrase-mismatch = Labada weedhood ee sirta ah isku mid ma aha.
app-error-site-missing = Geli goobta uu qalabkani u adeego.
app-error-user-missing = Geli magac isticmaale.
app-error-auto-lock-range = Dooro inta u dhexaysa { $min } ilaa { $max } daqiiqo.
app-error-hq-url = Cinwaanka xarunta dhexe waa inuu ku bilaabmaa http:// ama https://.
app-error-text-too-long = Tani aad bay u dheer tahay (ugu badnaan { $max } xaraf).
app-error-language-invalid = Tani ma aha koodh luqadeed (isticmaal koodhadh sida ar, ti ama so).
app-error-guardian-name-missing = Geli magaca waalidka ama mas'uulka.
app-error-adult-name-missing = Geli magaca qofka weyn.
app-error-referral-needs-basis = { $state ->
        [refused] Qofku wuu diiday oggolaanshaha gudbinta.
        [withdrawn] Qofku wuu ka noqday oggolaanshaha gudbinta.
       *[other] Qofka weli lama weydiin wax ku saabsan gudbinta.
    } Haddii aan oggolaansho jirin, dooro saldhigga sharci ee gudbinta: go'aan ku salaysan danta ugu wanaagsan ee ilmaha ama warbixin uu sharcigu waajibiyo.
app-error-no-open-sitting = Marka hore bilow ama sii wad wareysiga.
app-error-unknown-question = Su'aashan ({ $question }) kuma jirto qaabka (template) wareysiga.
app-error-not-asked-reason = Dooro sababta su'aasha loo weydiin waayay.
app-error-answer-kind = Jawaabtani kuma habboona su'aasha.
app-error-partial-date = Taariikhda u qor sanad (2015), sanad iyo bil (2015-06) ama taariikh dhammaystiran (2015-06-21).
app-error-birth-date-invalid = Taariikhdan ma jirto. U qor sanad-bil-maalin, tusaale ahaan 2011-04-23.
app-error-birth-date-future = Taariikhdan waxay ku jirtaa mustaqbalka.
app-error-birth-year-range = Sanadku waa inuu u dhexeeyaa { $min } iyo { $max }.
app-error-age-too-high = Da' ka badan { $max } suurtogal ma aha.
app-error-age-range-inverted = Da'da ugu weyn ayaa ka yar da'da ugu yar. Hubi labada lambar.
app-error-entry-missing = Xogtan hadda ma jirto (waxaa laga yaabaa in lagu beddelay qalab kale). Mar kale fur kiiska.
app-error-transfer-same-site = Kiisku horey ayuu goobtan u joogaa. Geli goobta qaadanaysa.

## Sync with headquarters (top bar, sync screen, and why a sync did not finish)
app-sync-title = Isku waafajinta xarunta dhexe
app-sync-status-not-enrolled = Kuma xirna xarunta dhexe
app-sync-status-running = Waa la isku waafajinayaa…
app-sync-status-error = Lama isku waafajin
app-sync-status-never = Weli lama isku waafajin
app-sync-status-ok = La isku waafajiyay: { $when }
app-sync-progress = Ilaa hadda: { $sent } la diray, { $received } la helay
app-sync-pending-label = Sugaya in la diro
app-sync-pending =
    { $count ->
        [one] Hal kiis
       *[other] { $count } kiis
    }
app-sync-nothing-pending = Waxba: xarunta dhexe waxay haysaa wax kasta oo qalabkan ku jira.
app-sync-last-success = Isku waafajintii ugu dambeysay
app-sync-last-attempt = Isku daygii ugu dambeeyay
app-sync-works-offline = Sida caadiga ah u sii wad shaqadaada: wax walba waxaa lagu kaydiyaa qalabkan, isku waafajintuna gadaal ayay ka socotaa iyadoo aan shaqadaada hakinayn.
app-sync-now = Hadda isku waafaji
app-sync-hq = Cinwaanka xarunta dhexe
app-sync-code = Koodhka diiwaangelinta
app-sync-enroll = Ku xir qalabkan
app-sync-enroll-hint = Xarunta dhexe ka codso koodh diiwaangelin oo hal mar la isticmaalo oo loogu talagalay goobtan, kadibna halkan geli.
app-sync-not-enrolled = Qalabkan weli laguma xirin xarunta dhexe.
app-sync-unreachable = Xarunta dhexe lama gaari karo. Shaqadaadu way ammaan ku tahay qalabkan, waana la diri doonaa marka xiriirku soo laabto.
app-sync-impostor = Koodhkan lama aqbalin: waxaa laga yaabaa in si khalad ah loo geliyay, hore loo isticmaalay ama uu dhacay (koodhku wuxuu shaqeeyaa 24 saacadood), ama in jawaabtu aysan ka iman xarunta dhexe ee bixisay koodhka. Waxba lama diiwaangelin. Hubi koodhka iyo cinwaanka xarunta dhexe, ama xarunta dhexe ka codso koodh cusub.
app-sync-unauthenticated = Jawaab sheegatay inay ka timid xarunta dhexe lama xaqiijin karin, sidaas darteed waxba lagama fulin, kiisaskaaguna isma beddelin. Waxaa laga yaabaa in qof faro gelinayo shabakadda; mar kale isku day goor dambe ama shabakad kale.
app-sync-reenroll = Qalabkan waxaa lagu xiray ka hor intaan xarunta dhexe bilaabin inay saxeexdo jawaabaheeda. Xarunta dhexe ka codso koodh diiwaangelin oo cusub, kadibna mar kale ku xir qalabka; kiisaskaagu qalabkan ayay ku sii jirayaan.
app-sync-insecure-url = Xarunta dhexe waa in lagu gaaraa cinwaan ku bilaabma https://. http:// caadi ah waxaa keliya loo oggol yahay kombiyuutarkan laftiisa (localhost).
app-sync-certificate = Xarunta dhexe waxay soo bandhigtay shahaado amni (security certificate) oo ka duwan tii qalabkani aaminay markii la diiwaangeliyay, sidaas darteed isku waafajinta waa la joojiyay ka hor inta aan wax la dirin. Waxaa laga yaabaa in qof faro gelinayo shabakadda; u sheeg xarunta dhexe.
app-sync-failed = Isku waafajintu ma dhammaan. Waxba ma lumin; si iskeed ah ayaa mar kale loo isku dayi doonaa.
app-sync-revoked = Xarunta dhexe waxay joojisay oggolaanshaha qalabkan, sidaas darteed kiisaska waa laga saaray. La xiriir kormeerahaaga.
app-sync-unknown-device = Xarunta dhexe ma aqoonsana qalabkan. Codso koodh diiwaangelin oo cusub.
app-sync-clock = Taariikhda ama saacadda qalabkan waa khalad. Ku sax dejinta nidaamka (system settings), kadibna mar kale isku waafaji.
app-sync-enrollment-code = Koodhkan diiwaangelintu waa khalad, hore ayaa loo isticmaalay, ama wuu dhacay. Xarunta dhexe ka codso mid cusub.
app-sync-enroll-later = Xarunta dhexe hadda ma aqbalayso diiwaangelin ka timaadda shabakadan. Koodhkaagu weli wuu shaqeynayaa: mar kale isku day toban daqiiqo kadib.
app-sync-version = Xarunta dhexe waxay isticmaashaa nooc kale oo Waypoint ah. Codso in app-kan la cusboonaysiiyo.
app-sync-site-mismatch = Koodhkan waxaa loogu talagalay goobta { $hq }, laakiin qalabkani wuxuu u adeegaa goobta { $device }. Codso koodh loogu talagalay { $device }.
app-sync-code-missing = Geli koodhka diiwaangelinta.
app-sync-already-enrolled = Qalabkan horey ayaa loogu xiray xarunta dhexe.

## Consent, explained to the person in their language (read aloud; -child: for a child)

app-consent-tell-registration = Waxaan jeclaan lahayn inaan qorno magacaaga iyo waxaad noo sheegto, si aan kuu caawinno. Waxaad dhihi kartaa maya.
app-consent-tell-registration-child = Ma qori karnaa magacaaga iyo waxaad noo sheegto? Waxay naga caawinaysaa inaan ku caawinno. Waxaad dhihi kartaa maya.
app-consent-tell-sharing-with-hq = Waxaan jeclaan lahayn inaan faylkaaga u dirno xafiiskayaga dhexe, si xafiisyadayada kale ay kuu caawin karaan haddii aad meel kale u guurto. Haddii aad dhahdo maya, faylkaagu xafiiskan ayuu ku sii jirayaa, isagoo ku jira kombiyuutarkan, xafiiska dhexena wuxuu keliya tiriyaa in xafiiskani qof la kulmay: bisha aan kula kulannay, kooxda da'daada, inaad tahay haweeney ama nin, iyo inaan ka walaacsan nahay badbaadadaada iyo in kale. Marnaba ma helo magacaaga ama waxaad noo sheegtay. Haddii aad dhahdo haa, goor dambena aad go'aankaaga beddesho, faylkaaga waan ka tirtiraynaa xafiiska dhexe iyo kombiyuutarrada kale, xafiiska dhexena wuxuu hayaa oo keliya tiradaas.
app-consent-tell-sharing-with-hq-child = Ma u diri karnaa faylkaaga xafiiskayaga dhexe? Markaas xafiisyadayada kale ayaa ku caawin kara haddii aad meel kale aaddo. Haddii aad dhahdo maya, faylkaagu halkan ayuu ku jirayaa, kombiyuutarkan, magacaagana looma dirayo xafiiska dhexe. Goor dambe waad beddeli kartaa go'aankaaga, markaas waan soo celinaynaa.
app-consent-tell-family-tracing = Waxaan jeclaan lahayn inaan xogtaada u isticmaalno raadinta qoyskaaga, iyo in qoyskaagu ay ku heli karaan iyagoo nala soo xiriiraya. Waxaad dhihi kartaa maya, ama waad joojin kartaa tan waqti kasta.
app-consent-tell-family-tracing-child = Ma u isticmaali karnaa magacaaga inaan ku raadinno qoyskaaga, oo aan ka caawinno inay ku helaan? Waxaad dhihi kartaa maya, ama waxaad noo sheegi kartaa inaan joojinno.
app-consent-tell-referral = Waxaan jeclaan lahayn inaan wax kaaga sheegno adeeg kale, sida dhakhtar, qareen ama hoy, si ay kuu caawiyaan. Waxaan u sheegnaa oo keliya waxa ay u baahan yihiin. Waxaad dhihi kartaa maya.
app-consent-tell-referral-child = Ma wax kaaga sheegi karnaa dad kale oo caawiya, sida dhakhtar ama meel ammaan ah oo aad degto? Waxaan u sheegnaa oo keliya waxa ay u baahan yihiin inay ogaadaan. Waxaad dhihi kartaa maya.
app-consent-tell-photo = Waxaan jeclaan lahayn inaan sawir kaa qaadno, oo loogu talagalay faylkaaga oo keliya. Waxaad dhihi kartaa maya.
app-consent-tell-photo-child = Ma sawir kaa qaadi karnaa faylkaaga? Waxaad dhihi kartaa maya.
