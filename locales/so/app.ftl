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
app-conflicts-count = { $count ->
    [one] Hal is-khilaaf oo u baahan in la xalliyo
   *[other] { $count } is-khilaaf oo u baahan in la xalliyo
}

## Case
app-back-to-list = ← Kiisaska
app-tab-registration = Diiwaangelin
app-tab-consent = Oggolaansho
app-tab-interview = Wareysi
app-tab-age = Da'da
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
app-encounter = Meesha iyo sida qofka loola kulmay
app-encounter-place = Meesha
app-encounter-circumstances = Duruufaha

## Consent
app-consent-explain = Ujeeddo kasta ku sharax luqadda { $language }, oo diiwaangeli go'aanka qofka laftiisa. Ujeeddo kasta go'aan gaar ah ayaa laga gaaraa, oggolaanshahana waqti kasta waa laga noqon karaa.
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
