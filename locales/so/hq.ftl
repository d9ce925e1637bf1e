# The `waypoint-hq` command for headquarters administrators.

hq-listening = Xarunta dhexe waxay ku dhegaysanaysaa { $address }.
hq-certificate = Xarunta dhexe waxay samaysatay shahaado TLS oo u gaar ah; summadeeda SHA-256 (fingerprint) waa { $fingerprint }. Qalabka la diiwaangeliyo wuxuu aaminaa shahaadadan oo keliya; isbarbar dhig summadan iyo tan uu browser-ku muujiyo marka uu ku weydiiyo inaad guddiga aaminayso iyo in kale.
hq-plain-http-refused = HTTP aan la sirayn (plain HTTP) waxaa lagu bixiyaa oo keliya mashiinkan (cinwaan loopback ah sida 127.0.0.1), marnaba laguma bixiyo { $address }. Ka saar --plain-http, markaas xarunta dhexe ayaa iyadu bixinaysa HTTPS.
hq-keys-beside-cases = Digniin: furayaasha kiisaska waxaa lagu hayaa isla server-ka PostgreSQL ee ay kiisasku ku jiraan, sidaa darteed hal nuqul kayd ah oo laga sameeyay server-kaas wuxuu hayaa kiis kasta iyo furihiisa, tirtiridda kiiskuna ma ka dhigi karto nuqulkaas mid aan la akhrin karin. Kaydka xogta ee furayaasha dhig server kale (--keys-database), nuqullada kaydkiisana hay muddo gaaban oo keliya.
hq-proxy-certificate-invalid = --proxy-certificate waxay qaadataa summada SHA-256 ee shahaadada proxy-ga: 64 calaamadood oo hexadecimal ah (kolonyada «:» waa la oggol yahay). Waxba lama bilaabin.
hq-tls-unusable = Shahaadada TLS ama furaha lama isticmaali karo: faylasha lama akhrin karo, kuma jiraan shahaado ama fure PEM ah, ama shahaadada iyo furuhu isma waafaqsana. Waxba lama bilaabin.
hq-listen-failed = Lagama dhegaysan karo { $address }: cinwaanka waa la isticmaalayaa ama lama oggola.
hq-storage-failed = Kaydka xogta (database) ee xarunta dhexe lama furi karin, wax lagumana qori karin. Waxba lama beddelin; faahfaahinta ka eeg diiwaanka (log).
hq-device-code = Koodhka diiwaangelinta qalab ku yaal { $site }: { $code } (wuxuu shaqaynayaa { $hours ->
    [one] { $hours } saacad
   *[other] { $hours } saacadood
}, hal mar oo keliya).
hq-device-revoked = Oggolaanshaha qalabka waa la joojiyay. Marka xigta ee uu soo xiriiro waa la diidi doonaa, waxaana loo sheegi doonaa inuu tirtiro xogtiisa.
hq-device-unknown = Ma jiro qalab leh aqoonsigan.
hq-device-id-invalid = Aqoonsiga qalabku waa 32 calaamadood oo hexadecimal ah.
hq-case-id-invalid = Aqoonsiga kiisku waa UUID (32 calaamadood oo hexadecimal ah; xariiqyada (-) waa ikhtiyaari).
hq-case-erased = Kiiska waa laga tirtiray xarunta dhexe. Qalabka kiiskan haya ayaa tirtiri doona marka xigta ee la isku waafajiyo (sync), kadibna xaqiijin doona.

hq-user-password-prompt = Furaha sirta ee isticmaalaha cusub
hq-user-password-again = Mar kale qor furaha sirta
hq-user-passwords-differ = Labada furaha sirta waa kala duwan yihiin. Waxba lama beddelin.
hq-user-password-unreadable = Furaha sirta lama akhriyi karin. Waxba lama beddelin.
hq-user-password-short = Furaha sirtu waa inuu lahaadaa ugu yaraan { $count } xaraf. Waxba lama beddelin.
hq-user-role-invalid = Doorku waa inuu noqdaa mid ka mid ah: officer, caseworker, interpreter, supervisor, analyst, admin.
hq-user-name-invalid = Magaca isticmaaluhu wuxuu leeyahay 1 ilaa 64 xaraf oo la daabici karo.
hq-user-exists = Isticmaale magacan leh ayaa horay u jiray. Waxba lama beddelin.
hq-user-added = Isticmaalaha waxaa lagu daray doorka { $role }. Hadda wuu geli karaa guddiga.

## The dashboard (`waypoint-hq serve`, in a browser).

hq-title = Xarunta Waypoint
hq-login-title = Gal
hq-login-name = Magaca isticmaalaha
hq-login-password = Furaha sirta
hq-login-submit = Gal
hq-login-failed = Magaca isticmaalaha ama furaha sirtu waa khalad, ama isku dayo badan ayaa la sameeyay. Wax yar sug oo mar kale isku day.
hq-logout = Ka bax
hq-signed-in-as = Waxaad u gashay sida { $user }, { $role }
hq-role = { $role ->
    [officer] Sarkaal xuduudeed
    [caseworker] Shaqaalaha kiisaska ee hoyga
    [interpreter] Turjubaan
    [supervisor] Kormeere
    [analyst] Falanqeeyaha xarunta
   *[admin] Maamulaha nidaamka
}
hq-language = Luqadda
hq-language-submit = Beddel
hq-nav-cases = Kiisaska
hq-nav-conflicts = Isku dhacyada
hq-nav-matches = Isu ekaanshaha iyo nuqullada
hq-nav-transfers = Wareejinta
hq-nav-devices = Qalabka
hq-nav-erasures = Tirtirid
hq-nav-audit = Diiwaanka hubinta
hq-nav-figures = Tirooyinka
hq-search-label = Magac far kasta ah, ama koodka kiiska
hq-search-submit = Raadi
hq-none = Wax la muujiyo ma jiraan.
hq-done = Waa la sameeyay.
hq-col-code = Koodh
hq-col-name = Magac
hq-col-site = Goob
hq-col-status = Xaalad
hq-col-actions = Falal
hq-col-confirmations = Qalabka xaqiijiyay tirtirka
hq-col-age = Kooxda da'da
hq-col-risk = Khatar
hq-col-when = Goorma
hq-col-user = Yaa
hq-col-action = Fal
hq-col-case = Kiis
hq-col-detail = Faahfaahin
hq-col-device = Qalab
hq-col-field = Meel
hq-col-score = Dhibco
hq-col-reasons = Sababaha
hq-case-title = Kiiska { $code }
hq-case-answers = Jawaabaha wareysiga
hq-case-risk = Khatar
hq-time = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }
hq-when = { $date } { $time } UTC
hq-value-by = Waxaa qoray { $user } { $when }
hq-value-sent-by = Waxaa soo diray qalabka { $device }… ee goobta { $site }. Qoraaga kor lagu xusay waa sida uu qalabkaas u sheegay.
hq-value-sent-at-hq = Halkan xarunta ayaa lagu sameeyay.
hq-value-sender-unknown = Lama garanayo qalabka soo diray tan.
hq-value-keep = Hay qiimahan
hq-conflict-explain = Laba qof ayaa meeshan qoray isla waqti. Labada qiimeba waa la hayaa ilaa aad mid doorato; qalabku wuxuu helayaa doorashadaada isku-dhafka xiga.
hq-match-sought = { $name } ({ $relationship }), laga raadinayo kiiska { $code }
hq-match-confirm = Xaqiiji isu ekaanshaha
hq-match-reject = Ma aha isla qofka
hq-match-status = { $status ->
    [confirmed] La xaqiijiyay
    [rejected] La diiday
   *[potential] Dib u eegis ayuu sugayaa
}
hq-duplicates = Nuqullo suurtagal ah (dib u eegis; waxba si toos ah isuma darmaan)
hq-duplicate-same = Isla qofka
hq-duplicate-different = Laba qof oo kala duwan
hq-duplicate-confirmed = Waxaa la xaqiijiyay in ay isku qof yihiin. Hay kiiska ka dhammaystiran, kan kalena amar in la tirtiro, adigoo dooranaya sababta «Diiwaan nuqul ah».
hq-transfer-title = Kiis u wareeji goob kale
hq-transfer-case = Aqoonsiga kiiska
hq-transfer-site = Goobta qaadanaysa
hq-transfer-submit = Wareeji
hq-device-enroll = Samee koodh diiwaangelin
hq-device-code-shown = Koodhka diiwaangelinta ee { $site }: { $code }. Wuxuu shaqeynayaa 24 saacadood oo hal mar keliya. Hadda qoro; mar dambe lama tusi doono.
hq-device-revoke = Baaji
hq-device-revoke-ask = Baaji…
hq-device-revoke-title = Qalabkan ma la baajiyaa?
hq-device-revoke-explain = Qalabka { $device } ee goobta { $site } hadda laga bilaabo waa la diidi doonaa, marka xigta ee uu soo xiriirana waxaa loo sheegi doonaa inuu tirtiro dhammaan kiisaska uu hayo. Kiisaskiisu halkan xarunta ayay ku sii jirayaan. Dib looma celin karo: qalabku waa inuu mar kale isku diiwaangeliyaa koodh cusub.
hq-cancel = Ka noqo
hq-back = Dib ugu noqo bogga
hq-skip = U gudub waxa ku jira bogga
hq-nav-label = Bogagga
hq-audit-filter = Muuji
hq-audit-shown = { $count ->
    [one] Hal qoraal, kan ugu cusub ayaa ugu horreeya (ugu badnaan { $max } ayaa la muujiyaa: raadinta cidhiidhi si aad u aragto kuwa hore).
   *[other] { $count } qoraal, kuwa ugu cusub ayaa ugu horreeya (ugu badnaan { $max } ayaa la muujiyaa: raadinta cidhiidhi si aad u aragto kuwa hore).
}
hq-device-state = { $revoked ->
    [yes] La baajiyay
   *[no] Firfircoon
}
hq-erase-title = Amar kiis in la tirtiro
hq-erase-explain = Kiiska waxaa laga tirtirayaa xarunta, kaydka nuqullada ku jiro, iyo qalab kasta marka xiga ee uu isku-dhafo. Dib looma celin karo.
hq-erase-reason = Sababta
hq-erase-reason-option = { $reason ->
    [person_request] Qofka ayaa codsaday
    [duplicate] Diiwaan nuqul ah
    [entered_in_error] Khalad ayaa lagu geliyay
    [legal_order] Amar sharci
    [consent_withdrawn] Oggolaanshaha la wadaagista xarunta dhexe waa laga noqday
   *[retention_expired] Muddadii kaydinta way dhammaatay
}
hq-erase-submit = Meel kasta ka tirtir
hq-erase-ask = Tirtir…
hq-erase-confirm-title = Kiiskan meel kasta ma laga tirtiraa?
hq-erase-confirm-explain = Kiiska { $code } ee goobta { $site } ({ $reason }) waxaa laga tirtiri doonaa halkan xarunta iyo qalab kasta oo haya, kaydka nuqullada ku jiro. Dib looma celin karo.
hq-erase-confirmations = { $count ->
    [one] Hal qalab ayaa xaqiijiyay
   *[other] { $count } qalab ayaa xaqiijiyay
}
hq-figures-title = Tirooyinka (aan magac lahayn)
hq-figures-explain = Kiisaska iyadoo loo eegayo bisha qofka lala kulmay. Tirooyinka ka yar 5 waxaa loo muujiyaa «x», si aan qofna loo garan. Halkan laguma muujiyo magacyo ama faahfaahinta kiisaska.
hq-figures-withheld = Kiis aanu qofku oggolaan in xarunta dhexe lala wadaago waxaa laga tiriyaa diiwaan aan magac lahayn (bisha, kooxda da'da, jinsiga, khatarta): dhalashadiisa iyo wehelnimadiisa waxaa loo muujiyaa «Lalama wadaagin xarunta dhexe».
hq-figures-chart = { $dimension }, jaantus ahaan: jadwalka hoose wuxuu muujiyaa isla tirooyinkaas.
hq-figures-hidden = Qaar ka mid ah tirooyinka waaweyn sidoo kale waxaa loo muujiyaa «x», si aan tiro yar looga soo saarin wadarrada.
hq-figures-csv = Soo deji CSV
hq-figures-total = Wadarta kiisaska: { $total }
hq-figures-all-months = Dhammaan bilaha
hq-dimension = { $dimension ->
    [age_band] Kooxda da'da
    [sex] Jinsiga
    [nationality] Dhalashada
    [accompaniment] Wehelnimada
    [risk] Calaamadda khatarta ka ganacsiga dadka
   *[site] Goob
}
hq-figure-value = { $value ->
    [flagged] Calaamadeysan
    [not_flagged] Aan calaamadeysnayn
    [unknown] Lama yaqaan
    [withheld] Lalama wadaagin xarunta dhexe
    [unlisted] Qoraal ahaan loo qoray, ma aha koodhka dalka
   *[other] { $value }
}
hq-error-forbidden = Doorkaagu ma oggola tan.
hq-nav-welcome = Soo dhawoow
hq-device-awaiting = Wuxuu sugayaa oggolaansho: kiis ma helayo ilaa uu oggolaado kormeere ka tirsan goobtiisa.
hq-device-approve = Oggolow: u fasax inuu helo kiisaska goobtiisa
hq-col-sites = Goobaha
hq-sites-every = Goob kasta
hq-sites-none = Midna (kiis ma arko)
hq-accounts-change-sites = Beddel goobaha
hq-accounts-sites-hint = Goobaha: goobaha uu akoonku arko kiisaskooda, oo hakad lagu kala saaray (tusaale ahaan border-north, shelter-central), ama * oo loola jeedo goob kasta. Saraakiisha xuduudda, shaqaalaha kiisaska ee hoyga iyo kormeerayaashu waxay arkaan oo keliya kiisaska goobahooda iyo kuwa loo wareejiyay mid ka mid ah goobahaas.
hq-error-sites = Qor magacyada goobaha (xarfo, tirooyin, xarriiqyo, dhibco ama xarriiq hoose) oo hakad lagu kala saaray, ama * oo loola jeedo goob kasta.
hq-nothing-for-role = Doorkaagu bog kuma laha xarunta: turjubaannadu waxay ka shaqeeyaan qalabka, iyagoo ag jooga sarkaal xuduudeed, halkanna kiis kuma arkaan.
hq-error-not-found = Lama helin. Waxaa laga yaabaa in la tirtiray ama la beddelay.
hq-error-signed-out = Fadlan mar kale gal.
hq-error-internal = Wax baa khaldamay xarunta. Waxba lama beddelin; mar kale isku day.
hq-error-case-id = Aqoonsiga kiisku waa UUID (32 god oo lix-iyo-tobanle ah, xarriiqyadu waa ikhtiyaari).
hq-error-site = Magaca goobtu wuxuu ka kooban yahay xarfo, tirooyin, xarriiqyo, dhibco ama xarriiq hoose.
hq-error-device-id = Aqoonsiga qalabku waa 32 god oo lix-iyo-tobanle ah.
hq-error-reason = Dooro sabab.
hq-error-choice = Dooro mid ka mid ah qiimayaasha.
hq-database-invalid = Cinwaanka kaydka xogta waa sqlite:PATH ama postgres://user@host:port/name.
hq-database-in-clear = Kaydka xogtan wuxuu ku yaal mashiin kale; haddii sslmode={ $mode } la isticmaalo, furayaasha kiisaska waxaa laga yaabaa in loo diro halkaas iyagoo aan la sirayn. Ha isticmaalin sslmode (markaas xarunta dhexe waxay dalban doontaa TLS iyo shahaado uu ku qoran yahay magaca server-ka oo ay bixisay hay'ad shahaado-bixin oo guud), ama bixi sslmode=verify-full iyo sslrootcert=PATH, oo PATH uu tilmaamayo shahaadada hay'adda saxiixday shahaadada server-ka.
hq-database-certificate = Shahaadada server-ka kaydka xogta lama aqbalin (sslmode={ $mode }). Hubi in sslrootcert uu tilmaamayo hay'adda saxiixday, iyo, haddii verify-full la isticmaalo, in shahaadadu ay ka kooban tahay magaca server-ka ee ku jira cinwaanka. Waxba lama beddelin.
hq-database-roots = Faylka loo bixiyay sslrootcert lama akhrin karo ama kuma jiro wax shahaado ah.
hq-migrated = Waxaa loo raray PostgreSQL: qalabka: { $devices }, kiisaska: { $cases }, isbeddellada: { $changes }. Qalabku waxay ka sii wadaan halkii ay ku joogeen.
hq-migrate-target-not-empty = Kaydka xogta ee loo socdo horay ayuu u hayaa qalab ama kiisas. Rarku wuxuu buuxiyaa oo keliya kayd xogeed xarunta oo madhan; waxba lama beddelin.

## Accounts (administrators)
hq-nav-accounts = Akoonnada
hq-col-role = Door
hq-accounts-password = Furaha sirta ee ugu horreeya
hq-accounts-password-hint = Ugu yaraan { $count } xaraf. Furaha sirta ee ugu horreeya si gacan-ka-gacan ah u dhiib; marnaba ha ku dirin iimayl ama fariin.
hq-accounts-add = Ku dar akoonka
hq-accounts-change-role = Beddel doorka
hq-accounts-remove = Ka saar
hq-accounts-remove-ask = Ka saar…
hq-accounts-remove-title = Akoonkan ma laga saaraa?
hq-accounts-remove-explain = Akoonka { $user } waa laga saari doonaa, galitaannadiisa firfircoonna isla markiiba waa la joojin doonaa. Waxa uu sameeyay waxay ku sii jirayaan diiwaanka hubinta.
hq-accounts-you = Akoonkaaga
hq-accounts-not-yourself = Ma beddeli kartid doorka akoonkaaga, mana ka saari kartid; maamule kale ayaa samayn kara.
