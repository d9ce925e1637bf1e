### The intake interview (template intake, version 1: assets/templates/intake-v1.json).
### Read aloud to the person, or shown to the officer where a message ends in -note.
### Plain, warm, short words. Messages ending in -child are for children of about 8 to 12.

## Title and purpose, explained before any question

interview-title = Aan isbaranno
interview-intro-who-we-are = Waxaan halkan u joognaa inaan ka caawinno dadka inay ammaan ahaadaan, gaar ahaan carruurta iyo dhallinyarada safra iyagoo aan qoyskooda la socon. Uma joogno inaan ku eedayno ama ku xukunno.
interview-intro-why-we-ask = Waxaan jeclaan lahaa inaan ku weydiiyo dhowr su'aalood. Jawaabahaagu waxay naga caawinayaan inaan fahanno waxaad u baahan tahay, inaan ku ilaalinno, iyo, haddii aad rabto, inaan raadinno qoyskaaga.
interview-intro-nothing-mandatory = Waajib kuguma aha inaad ka jawaabto su'aal kasta. Haddii aadan ka jawaabin, dhib kuuma imanayo, weli caawimaad waad heli doontaa.
interview-intro-decline = Haddii aadan rabin inaad wax ka jawaabto, kaliya dheh "Ma rabo inaan ka jawaabo". Taasi waa caadi.
interview-intro-no-wrong-answers = Haddii aadan garanayn ama aadan xasuusan, taasna waa caadi. Ma jiraan jawaabo khaldan.
interview-intro-pause-stop = Waqti kasta waxaad codsan kartaa nasasho, ama inaan joojinno. Kaliya ii sheeg, ama taabo badhanka nasashada.
interview-intro-protection = Waxaad noo sheegto si ammaan ah oo qarsoodi ah ayaa loo hayaa. Kaliya dadka ka caawinaya kiiskaaga ayaa arki kara.
interview-intro-consent = Waxaan la wadaagnaa dad kale, sida kuwa kaa caawin kara helitaanka qoyskaaga, kaliya haddii aad oggolaato. Goor dambe waad beddeli kartaa go'aankaaga.

## Controls, always visible during the interview

interview-control-pause = Nasasho qaado
interview-control-stop = Maanta halkan ku jooji
interview-control-decline = Ma rabo inaan ka jawaabo
interview-control-revisit = Mar dambe ku soo noqo
interview-control-not-asked = Lama weydiin
interview-control-resume = Sii wad
interview-control-break-offer = Ma rabtaa nasasho? Wax yar ayaan joojin karnaa, kadibna mar dambe ayaan sii wadi karnaa.

## Reasons for not asking a question (shown to the officer)

interview-not-asked-distressed = Qofku wuu walwalsanaa ama aad buu u daallanaa
interview-not-asked-too-young = Kuma habboona da'da qofka
interview-not-asked-not-relevant = Qofkan ma khuseyso
interview-not-asked-interpreter-unavailable = Turjubaan ku habboon lama helin
interview-not-asked-time = Waqti kuma harin fadhigan
interview-not-asked-safety-concern = Halkan ammaan ma aha in la weydiiyo, tusaale ahaan sababtoo ah qof kale ayaa joogo
interview-not-asked-asked-elsewhere = Adeeg kale ayaa horey u weydiiyay

## Section: Welcome

interview-section-welcome = Soo dhawoow
interview-section-welcome-intro = Intaynaan bilaabin, aan hubinno inaad raaxaysan tahay.

interview-welcome-needs-now = Intaynaan bilaabin, ma jiraa wax aad u baahan tahay?
interview-welcome-needs-now-child = Hadda ma jiraa wax aad u baahan tahay?
interview-welcome-needs-now-note = Marka hore dabool baahiyaha aasaasiga ah. Haddii qofku gaajaysan yahay, qabow hayo, xanuun qabo ama aad u daallan yahay, hakad geli oo goor dambe ku soo noqo.
interview-welcome-needs-now-water = Biyo ama wax la cabbo
interview-welcome-needs-now-food = Wax la cuno
interview-welcome-needs-now-rest = Nasasho
interview-welcome-needs-now-toilet = Musqusha
interview-welcome-needs-now-warm = Wax diiran oo la xirto
interview-welcome-needs-now-medical = Inaan arko kalkaaliye caafimaad ama dhakhtar
interview-welcome-needs-now-nothing = Waxba, waan fiicanahay

interview-welcome-preferred-language = Luqaddee ayaad jeclaan lahayd inaan ku wada hadalno?
interview-welcome-preferred-language-child = Luqaddee ayaad jeceshahay inaad ku hadasho?
interview-welcome-preferred-language-note = Hubi in qofka iyo turjubaanku si fiican isu fahmayaan. Haddii aysan isfahmin, jooji oo raadi turjubaan kale.

interview-welcome-someone-present = Ma jeclaan lahayd in qof aad ku kalsoon tahay uu halkan nala joogo?
interview-welcome-someone-present-child = Ma rabtaa in qof aad ku kalsoon tahay uu kula fadhiisto?
interview-welcome-someone-present-note = Ilmuhu wuxuu rabi karaa qof weyn oo uu ku kalsoon yahay, sida mas'uulkiisa (guardian) ama shaqaale bulsho. Ha isticmaalin qof weyn oo xiriirkiisa ilmaha aan la xaqiijin, ama u muuqda inuu ilmaha xakameynayo.

interview-welcome-ready = Ma hagaagsan tahay inaan hadda bilowno? Waqti kasta waad joojin kartaa.
interview-welcome-ready-child = Ma bilownaa? Markaad rabto waad joojin kartaa.
interview-welcome-ready-note = Haddii jawaabtu tahay maya, ha bilaabin. U soo bandhig nasasho, oo mar dambe dib u weydii.

## Section: About you

interview-section-about-you = Adiga kugu saabsan
interview-section-about-you-intro = Marka hore, dhowr su'aalood oo fudud oo adiga kugu saabsan.

interview-about-you-called-name = Magacee ayaad jeclaan lahayd inaan kuugu yeerno?
interview-about-you-called-name-child = Maxaan kuugu yeernaa?
interview-about-you-called-name-note = Inta ka dhiman wada hadalka isticmaal magacan.

interview-about-you-full-name = Magacaaga oo buuxa waa maxay? Haddii aad rabto, adigu qor.
interview-about-you-full-name-child = Magacaaga oo dhan waa maxay? Haddii aad rabto waad qori kartaa.
interview-about-you-full-name-note = Diiwaangeli qaab kasta oo higgaad iyo far ah. Haddii uu awoodo, u oggolow qofka inuu magaca ku qoro fartiisa.

interview-about-you-age = Intaad ogtahay, immisa jir ayaad tahay?
interview-about-you-age-child = Immisa jir baad tahay? Haddii aadan hubin, waa caadi.
interview-about-you-age-note = Qor waxa qofku sheego. Weligaa ha ka codsan inuu caddeeyo. Haddii shaki jiro, qofka waxaa loola dhaqmaa sidii ilmo.

interview-about-you-birth-date = Ma taqaannaa goorta lagu dhalay? Sannadka oo keliya ayaa ku filan.
interview-about-you-birth-date-child = Ma taqaannaa maalinta dhalashadaada, ama sannadka lagu dhalay?
interview-about-you-birth-date-note = Diiwaangeli waxa la yaqaan, xitaa haddii uu sannad keliya yahay. Ha sixin waxa qofku sheego.

interview-about-you-languages = Luqadee ayaad ku hadashaa?
interview-about-you-languages-child = Luqadee ayaad ku hadli kartaa?

interview-about-you-home = Xaggee ayaad ka timid? Magaalo ama deegaan ayaa ku filan.
interview-about-you-home-child = Gurigiinnu xaggee buu ku yaal? Magaalada ama tuulada magaceedu waa maxay?
interview-about-you-home-note = Wax ka weydii meesha, ee ha weydiin dukumentiyada. Haddii qofku uusan doonayn inuu sheego, taasi waa caadi.

## Section: Your journey

interview-section-journey = Safarkaaga
interview-section-journey-intro = Hadda waxaan jeclaan lahaa inaan wax kaa weydiiyo safarkaaga. Ha degdegin.

interview-journey-left-home = Goorma ayaad guriga ka tagtay? Bil ama xilli sannadeed ayaa ku filan.
interview-journey-left-home-child = Goorma ayaad guriga ka tagtay? Waxaad sheegi kartaa bil ama xilli sannadeed.

interview-journey-travelled-with = Yaa kula safray?
interview-journey-travelled-with-child = Safarka yaa kula yimid?
interview-journey-travelled-with-note = Jawaabo badan ayaa suurtogal ah. Haddii qofku la safray qof weyn oo aan waalid ahayn, si tartiib ah u weydii sida ay isku yaqaanaan.
interview-journey-travelled-with-alone = Cidna, keligay ayaan ahaa
interview-journey-travelled-with-parents = Hooyaday ama aabbahay
interview-journey-travelled-with-siblings = Walaalahay
interview-journey-travelled-with-relatives = Ehel kale
interview-journey-travelled-with-friends = Saaxiibbo
interview-journey-travelled-with-met-on-way = Dad aan waddada ku kulannay
interview-journey-travelled-with-organiser = Qofkii abaabulay safarka
interview-journey-travelled-with-other = Qof kale

interview-journey-organised-by = Yaa abaabulay safarka?
interview-journey-organised-by-child = Yaa qorsheeyay safarka?
interview-journey-organised-by-note = Weydii adigoon xukmin. Dad badan waxay u baahan yihiin dad kale oo ka caawiya safarka. Tani waxay naga caawinaysaa inaan fahanno, ee ma aha eedayn.
interview-journey-organised-by-self = Aniga
interview-journey-organised-by-family = Qoyskayga
interview-journey-organised-by-friend = Saaxiib
interview-journey-organised-by-someone-else = Qof kale
interview-journey-organised-by-do-not-know = Ma aqaan

interview-journey-paid-by = Yaa bixiyay lacagta safarka?
interview-journey-paid-by-child = Yaa lacagta ka bixiyay safarka?
interview-journey-paid-by-note = Haddii ay tahay in qofku dib u bixiyo, goor dambe, su'aalaha badbaadada, weydii in weli lacag lagu leeyahay.
interview-journey-paid-by-self = Aniga
interview-journey-paid-by-family = Qoyskayga
interview-journey-paid-by-someone-else = Qof kale
interview-journey-paid-by-pay-back-later = Waa inaan goor dambe dib u bixiyaa
interview-journey-paid-by-do-not-know = Ma aqaan

interview-journey-route = Sidee ayaad u safartay? Tusaale ahaan bas, gaari, doon ama lug.
interview-journey-route-child = Sidee ayaad u safartay? Bas, gaari, doon, mise lug?

interview-journey-travelled-hidden = Weligaa ma ku qasbanaatay inaad si qarsoodi ah u safarto, ama inaad xuduudda ka gudubto meel aan ahayn marinka rasmiga ah?
interview-journey-travelled-hidden-child = Safarka inta lagu jiray, weligaa ma ku qasbanaatay inaad dhuumato?
interview-journey-travelled-hidden-note = Dad badan ma haysan waddo ammaan ah oo ay ku safraan. Caddee inaad u weydiinayso badbaadadooda awgeed, ee aanay ahayn ciqaab.

interview-journey-promised-job = Intaadan bixin, qof ma kuu ballanqaaday shaqo, waxbarasho ama nolol ka wanaagsan dhammaadka safarka?
interview-journey-promised-job-child = Qof ma kuu ballanqaaday shaqo, iskuul ama nolol fiican meeshii aad u socotay?
interview-journey-promised-job-note = Haddii jawaabtu tahay haa, weydii su'aasha xigta. Haddii ay tahay maya, su'aasha xigta uga gudub sidii mid aan khusayn.

interview-journey-promise-kept = Ma ahayd sidii laguu ballanqaaday?
interview-journey-promise-kept-child = Ma ahayd sidii ay kuu sheegeen?
interview-journey-promise-kept-note = Weydii oo keliya haddii qof ballan qaaday.
interview-journey-promise-kept-as-promised = Haa, waxay ahayd sidii la ii ballanqaaday
interview-journey-promise-kept-different = Maya, way ka duwanayd
interview-journey-promise-kept-not-yet = Weli ma garanayo

interview-journey-documents-holder = Yaa hadda haya waraaqahaaga, sida baasaboorka ama kaarka aqoonsiga?
interview-journey-documents-holder-child = Waraaqahaagu, sida baasaboorka ama kaarka aqoonsiga, xaggee bay yaalliin? Yaa hadda haya?
interview-journey-documents-holder-note = Halkan ha ka codsan in dukumentiyo laguu tuso. Waraaq la'aantu waa wax caadi ah, mana aha sabab looga shakiyo qofka.
interview-journey-documents-holder-me = Aniga ayaa haya
interview-journey-documents-holder-family = Qof qoyskayga ka mid ah
interview-journey-documents-holder-organiser = Qofkii abaabulay safarka
interview-journey-documents-holder-employer = Qof aan u shaqeeyay
interview-journey-documents-holder-someone-else = Qof kale
interview-journey-documents-holder-taken = Qof ayaa iga qaatay
interview-journey-documents-holder-lost = Way lumeen
interview-journey-documents-holder-never-had = Weligay waraaqo ma haysan

## Section: Your family

interview-section-family = Qoyskaaga
interview-section-family-intro = Hadda dhowr su'aalood oo ku saabsan qoyskaaga. Haddii ay jirto wax ay kugu adag tahay inaad ka hadasho, ii sheeg, waan ka gudbi karnaa.

interview-family-parents = Ma ii sheegi kartaa hooyadaa iyo aabbahaa? Magacyadoodu waa maxay, hadda xaggeese joogaan, haddii aad taqaan?
interview-family-parents-child = Ma ii sheegi kartaa hooyadaa iyo aabbahaa? Magacyadoodu waa maxay? Hadda xaggee joogaan?
interview-family-parents-note = Waxaa laga yaabaa in waalid dhintay ama maqan yahay. U oggolow qofka inuu hoggaamiyo sheekada, hana ku cadaadin faahfaahin.

interview-family-siblings = Ma leedahay walaalo? Hadda xaggee joogaan?
interview-family-siblings-child = Walaalo ma leedahay? Xaggee joogaan?

interview-family-separated-suddenly = Ma si lama filaan ah ayaad qoyskaaga uga kala tagtay, adigoon qorshayn?
interview-family-separated-suddenly-child = Ma si kedis ah ayaad qoyskaaga u waysay, markii aadan filayn?
interview-family-separated-suddenly-note = Tani waxay dib u soo celin kartaa xusuus xanuun badan. Ka feejignow calaamadaha walbahaarka, oo u soo bandhig nasasho.

interview-family-sudden-move = Intaadan bixin, ma ku qasbanaatay inaad si kedis ah ugu guurto meel kale, ama inaad la noolaato dad kale?
interview-family-sudden-move-child = Safarka ka hor, ma ku qasbanaatay inaad si kedis ah ugu noolaato meel cusub ama dad cusub la noolaato?

interview-family-last-contact = Goorma ayaad ugu dambaysay inaad la xiriirto qoyskaaga?
interview-family-last-contact-child = Goorma ayaad ugu dambaysay inaad la hadasho qoyskaaga?

interview-family-can-contact = Ma la xiriiri kartaa qoyskaaga markaad rabto?
interview-family-can-contact-child = Ma wici kartaa ama fariin ma u diri kartaa qoyskaaga markaad rabto?
interview-family-can-contact-note = Haddii qof kale xakameeyo xiriirka, tani waa walaac xagga ilaalinta ah. Haddii ay ammaan tahay oo qofku rabo, u soo bandhig wicitaan taleefan.
interview-family-can-contact-yes-freely = Haa, markasta oo aan rabo
interview-family-can-contact-only-when-allowed = Kaliya marka qof ii oggolaado
interview-family-can-contact-someone-stops-me = Qof ayaa i hor istaaga, ama taleefankayga ayaa la iga qaatay
interview-family-can-contact-no-means = Ma haysto taleefan ama lambar
interview-family-can-contact-do-not-know-where = Ma garanayo meesha ay joogaan

interview-family-wish-to-trace = Ma jeclaan lahayd inaan kaa caawinno helitaanka qof qoyskaaga ka mid ah?
interview-family-wish-to-trace-child = Ma rabtaa inaan kaa caawinno raadinta qof qoyskaaga ka mid ah?
interview-family-wish-to-trace-note = Raadinta qoyska waxay u baahan tahay oggolaansho, ama go'aan ku salaysan danta ugu wanaagsan ee ilmaha. Diiwaangeli ka hor inta aan raadin la bilaabin.

interview-family-who-to-find = Yaad jeclaan lahayd inaad hesho? Ii sheeg magaca qofkaas, iyo meesha iyo goorta aad ugu dambaysay inaad aragto.
interview-family-who-to-find-child = Yaad rabtaa inaan kuu raadinno? Magaciisu waa maxay? Xaggee ayaad ugu dambaysay inaad aragto?
interview-family-who-to-find-note = Magacyada ku diiwaangeli qaab kasta oo higgaad ah oo aad maqasho. Jawaabtan waxay bilaabaysaa raadin marka oggolaanshaha la diiwaangeliyo.

## Section: Safety and work

interview-section-safety-and-work = Badbaadada iyo shaqada
interview-section-safety-and-work-intro = Su'aalaha xiga waxay ku saabsan yihiin badbaadadaada. Qaarkood way adkaan karaan. Mid kasta waad ka boodi kartaa, waxaadna qaadan kartaa nasasho.

interview-safety-and-work-feels-safe = Hadda ma dareemaysaa inaad ammaan ku jirto?
interview-safety-and-work-feels-safe-child = Halkan ma dareemaysaa inaad ammaan ku jirto?
interview-safety-and-work-feels-safe-note = Haddii jawaabtu tahay maya, weydii waxa caawin lahaa, oo wax ka qabo intaadan sii wadin.

interview-safety-and-work-worked = Safarka inta lagu jiray, ama intaadan halkan iman, ma qabatay wax shaqo ah?
interview-safety-and-work-worked-child = Ma ku qasbanaatay inaad shaqeyso safarka dhexdiisa, ama intaadan halkan iman?
interview-safety-and-work-worked-note = Tiri shaqo kasta: guri gudihiis, beer, iibinta alaab, dawarsi ama daryeelka carruurta.

interview-safety-and-work-work-kind = Shaqo noocee ah ayay ahayd?
interview-safety-and-work-work-kind-child = Shaqo noocee ah ayaad qabatay?
interview-safety-and-work-work-kind-note = Weydii oo keliya haddii qofku shaqeeyay. Jawaabo badan ayaa suurtogal ah.
interview-safety-and-work-work-kind-house = Nadiifin, karin ama shaqada guriga
interview-safety-and-work-work-kind-childcare = Daryeelka carruurta
interview-safety-and-work-work-kind-farm = Shaqo beereed ama xoolo
interview-safety-and-work-work-kind-building = Dhismo ama shaqo warshadeed
interview-safety-and-work-work-kind-selling = Iibinta alaab
interview-safety-and-work-work-kind-begging = Dawarsi
interview-safety-and-work-work-kind-mine = Meel macdan laga qodo ama dhagax laga jebiyo
interview-safety-and-work-work-kind-dangerous = Mashiinno khatar ah, kiimikooyin ama culaab culus, ama habeenkii
interview-safety-and-work-work-kind-sexual = Waxyaabo galmo ah, ama sawirro ama muuqaallo noocaas ah
interview-safety-and-work-work-kind-armed-group = Askar ama koox hubaysan: dagaal, xambaarid, ilaalin ama karin
interview-safety-and-work-work-kind-other = Shaqo kale

interview-safety-and-work-age-started-work = Immisa jir ayaad ahayd markii ugu horreysay ee aad shaqo bilowday?
interview-safety-and-work-age-started-work-child = Immisa jir baad ahayd markii aad shaqeyn bilowday?
interview-safety-and-work-age-started-work-note = Weydii oo keliya haddii qofku shaqeeyay. Shaqo la qabto da' ka yar 15 (ka yar 13 haddii ay shaqo fudud tahay) waxay ka hooseysaa da'da ugu yar ee shaqada dalalka badankood (Heshiiska ILO ee lambarka 138).
interview-safety-and-work-age-started-work-under-13 = Ka yar 13
interview-safety-and-work-age-started-work-13-to-14 = 13 ama 14
interview-safety-and-work-age-started-work-15-or-older = 15 ama ka weyn
interview-safety-and-work-age-started-work-not-sure = Ma hubo

interview-safety-and-work-paid = Shaqadan lacag ma laguu siiyay?
interview-safety-and-work-paid-child = Shaqada lacag ma lagu siiyay?
interview-safety-and-work-paid-note = Weydii oo keliya haddii qofku shaqeeyay.
interview-safety-and-work-paid-paid-fully = Haa, sidii lagu heshiiyay
interview-safety-and-work-paid-paid-less = Wax ka yar intii lagu heshiiyay
interview-safety-and-work-paid-not-paid = Maya
interview-safety-and-work-paid-paid-to-others = Lacagta qof kale ayaa qaatay

interview-safety-and-work-owes-money = Ma jirtaa deyn kugu maqan, tusaale ahaan ta safarka, cuntada ama meel lagu seexdo?
interview-safety-and-work-owes-money-child = Qof ma kugu yiraahdaa: "Lacag baan kugu leeyahay"?
interview-safety-and-work-owes-money-note = Deymaha safarka waxaa badanaa loo isticmaalaa in lagu xakameeyo dadka. Weydii cidda deynta leh, oo keliya haddii qofku doonayo inuu sheego.

interview-safety-and-work-marriage = Adigoo aan rabin, qof ma ku guuriyay, ama ma qof kale u ballanqaaday inuu ku guursado?
interview-safety-and-work-marriage-child = Qof ma kuu sheegay inay tahay inaad qof guursato?
interview-safety-and-work-marriage-note = Guurka qasabka ah, iyo guur kasta oo ilmo, waa ka faa'iidaysi. Haddii uu ilmo yahay, hadda u gudbi ilaalinta carruurta.

interview-safety-and-work-free-to-leave = Ma ka bixi kari jirtay meeshii aad ka shaqaynaysay ama aad deganayd markaad doonto?
interview-safety-and-work-free-to-leave-child = Ma dibadda u bixi kari jirtay, ama ma ka tagi kari jirtay meeshii aad joogtay, markaad rabto?

interview-safety-and-work-controlled-movement = Qof ma kuu sheegaa meelaha aad aadi karto, ama ma kaa celiyaa inaad keligaa dibadda u baxdo?
interview-safety-and-work-controlled-movement-child = Qof ma go'aamiyaa meesha aad aadi karto, ama ma kuu diidaa inaad keligaa dibadda u baxdo?
interview-safety-and-work-controlled-movement-note = Weydii oo keliya marka aanu qolka joogin qof weyn oo la socda.

interview-safety-and-work-told-not-to-speak = Qof ma kuu sheegay inaadan la hadlin booliska, ama dad aniga oo kale ah?
interview-safety-and-work-told-not-to-speak-child = Qof ma kuu sheegay inaadan la hadlin booliska, ama dad aniga oo kale ah?
interview-safety-and-work-told-not-to-speak-note = Haddii jawaabtu tahay haa, u sheeg qofka in aan loo ciqaabi doonin inuu nala hadlay.

interview-safety-and-work-hurt-or-threatened = Qof ma wax ku yeelay, ama ma kugu hanjabay inuu wax yeeli doono adiga ama qoyskaaga?
interview-safety-and-work-hurt-or-threatened-child = Qof ma wax ku yeelay, ama ma ku cabsiiyay isagoo leh wax baan yeeli doonaa adiga ama qoyskaaga?
interview-safety-and-work-hurt-or-threatened-note = Ha weydiin faahfaahin. Dhegeyso, rumee, una sheeg in aysan ahayn qaladkooda. Haddii jawaabtu tahay haa, raac habka ilaalinta (safeguarding), oo u soo bandhig taageero caafimaad iyo mid nafsi-bulsheed.

## Section: Your health

interview-section-health = Caafimaadkaaga
interview-section-health-intro = Hadda dhowr su'aalood oo ku saabsan sida aad dareemayso, si aan kuu helno caawimaadda saxda ah.

interview-health-injuries = Ma ku dhaawacan tahay meel, ama xanuun ma dareemaysaa?
interview-health-injuries-child = Meel ma kaa xanuunaysaa?
interview-health-injuries-note = Haddii jawaabtu tahay haa, hadda u soo bandhig daryeel caafimaad. Ha baarin, hana halkan ka weydiin sida ay u dhacday.

interview-health-medication = Ma qaadataa dawo, mise waxaad u baahan tahay inaad aragto dhakhtar ama kalkaaliye caafimaad?
interview-health-medication-child = Ma u baahan tahay dawo, ama inaad aragto dhakhtar ama kalkaaliye caafimaad?

interview-health-sleep = Hurdadaadu sidee tahay?
interview-health-sleep-child = Habeenkii sidee baad u seexataa?
interview-health-sleep-note = Hurdo xumo iyo riyooyin xun waa wax caadi ah kadib safar adag. U sheeg qofka in caawimaad la heli karo.
interview-health-sleep-well = Si fiican
interview-health-sleep-sometimes-badly = Mararka qaarkood si xun
interview-health-sleep-badly = Si xun habeennada badankood

interview-health-feeling = Dhowaan sidee ayaad dareemaysay?
interview-health-feeling-child = Maalmahan, gudahaaga sidee ayaad isku dareemaysaa?
interview-health-feeling-note = Aqbal jawaab kasta, oo ay ku jirto "Ma aqaan". Haddii qofku aad u murugaysan yahay, hakad geli, u soo bandhig taageero, oo ka fikir u gudbin taageero nafsi-bulsheed.

## Section: What you want

interview-section-wishes = Waxaad rabto
interview-section-wishes-intro = Waxaad rabto waa muhiim. Waan ka fikiri doonnaa go'aan kasta oo adiga kugu saabsan.

interview-wishes-next = Maxaad jeclaan lahayd inay marka xigta dhacdo?
interview-wishes-next-child = Maxaad jeclaan lahayd inay hadda dhacdo?
interview-wishes-next-note = Qor erayada qofka laftiisa. Ha ballanqaadin wax aadan hubin karin.

interview-wishes-trusted-people = Yaad ku kalsoon tahay, halkan ama meel kale?
interview-wishes-trusted-people-child = Waa kuwee dadka aad ku kalsoon tahay?
interview-wishes-trusted-people-note = Tani waxay naga caawinaysaa inaan ogaanno cidda taageeri karta qofka.

interview-wishes-worries = Ma jiraa wax ku welwelinaya hadda?
interview-wishes-worries-child = Ma jiraa wax aad ka welwelsan tahay?

## Section: Finishing

interview-section-closing = Gabagabo
interview-section-closing-intro = Waan ku dhowaannay dhammaadka. Waad ku mahadsan tahay inaad ila hadashay.

interview-closing-anything-else = Ma jiraa wax kale oo aad jeclaan lahayd inaad ii sheegto?
interview-closing-anything-else-child = Ma jiraa wax kale oo aad rabto inaad ii sheegto?

interview-closing-questions = Ma haysaa su'aalo aad na weydiinayso?
interview-closing-questions-child = Ma rabtaa inaad wax na weydiiso?

interview-closing-next-steps-understood = Waxaan kuu sheegay waxa xiga ee dhici doona. Ma kuu caddahay?
interview-closing-next-steps-understood-child = Ma fahantay waxa marka xigta dhici doona?
interview-closing-next-steps-understood-note = Sharax cidda la xiriiri doonta qofka, meesha uu joogi doono, sida naloola xiriiri karo, iyo inuu goor dambe ku dari karo ama beddeli karo jawaabaha. Weligaa wada hadalka ha ku dhammayn mawduuc adag.

## Section: Officer observations

interview-section-officer-observations = Indha-indhaynta sarkaalka
interview-section-officer-observations-intro = Sarkaalka oo keliya. Su'aalahan kor ha u akhrin. Diiwaangeli waxaad aragtay iyo waxaad maqashay, ee ha qorin go'aanno aad gaartay.

interview-officer-observations-scripted-account = Sheekada qofka ma u muuqatay mid la xafiday ama qof kale baray? Tusaale ahaan, erayo la mid ah kuwa dadka kale, ama erayo aan ku habboonayn da'diisa.
interview-officer-observations-scripted-account-note = Sheeko la xafiday ma aha been. Waxaa laga yaabaa in qof u sheegay qofka waxa uu sheego.

interview-officer-observations-signs-of-abuse = Ma aragtay calaamado suurtogal ah oo dhibaato jireed ama dareen, sida dhaawacyo, cabsi ama aamusnaan iyo ka fogaansho dadka?
interview-officer-observations-signs-of-abuse-note = Qor waxaad aragtay, ee ha qorin waxaad u malaynayso inay sababtay. Raac habka ilaalinta (safeguarding).

interview-officer-observations-adult-in-control = Qof weyn oo la socda ma ka jawaabay qofka halkiisii, ma si dhow ula socday, mise wuxuu u muuqday inuu xakamaynayo?
interview-officer-observations-adult-in-control-note = Haddii ay sidaas tahay, hubi in wada hadalka xiga uu dhaco iyadoo aanu joogin qofkaas weyn.
