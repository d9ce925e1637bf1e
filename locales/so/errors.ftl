# Errors, validation diagnostics, consent refusals and risk reasons.
# Shown to officers in the app, the CLI and the HQ dashboard. Plain words; say what to do next.
# Arguments never carry personal data of the people registered.

## Store and login

error-wrong-passphrase = Weedha sirta ah sax ma aha. Hubi luqadda kiiboodhka iyo Caps Lock, kadibna isku day mar kale.
error-unknown-user = Qalabkan kuma jiro isticmaale la yiraahdo { $user }. Maamulahaaga ka codso in lagu daro.
error-user-exists = Isticmaale la yiraahdo { $user } ayaa horey ugu jira qalabkan. Dooro magac kale.
error-store-missing = Xog Waypoint ah lagama helin { $path }. Marka hore qalabkan diyaari.
error-store-exists = Xog Waypoint ah ayaa horey ugu jirtay { $path }. Waxba lama beddelin.
error-store-corrupt = Xogta qalabkan way waxyeelloobtay, lamana akhriyi karo. Waxba ha tirtirin; la xiriir maamulahaaga, oo iyagu ka soo celin kara xarunta dhexe.
error-store-truncated = Faylka xogta ee qalabkan ma dhammaystirna (waxaa laga yaabaa in qayb keliya laga koobiyeeyay). Waxba ha tirtirin; la xiriir maamulahaaga.
error-store-too-new = Xogtan waxaa qoray nooc ka cusub oo Waypoint ah (qaabka { $found }; noocan wuxuu akhriyi karaa ilaa { $supported }). Qalabkan ku cusboonaysii Waypoint.
error-case-not-found = Kiiska { $case } kuma jiro qalabkan.
error-sought-person-not-found = Kiiskan ma laha qof la raadinayo oo leh aqoonsiga { $entry }. Waxaa laga yaabaa in laga saaray qalab kale; kiiska dib u soo rar.
error-passphrase-too-short = Weedha sirta ah aad bay u gaaban tahay. Isticmaal ugu yaraan { $min } xaraf; dhowr erey oo la isku daray way fududahay in la xasuusto.
error-audit-broken = Diiwaanka hubinta waa la beddelay ama wuu waxyeelloobay, meesha qoraalka { $seq }. U sheeg kormeerahaaga.
error-case-invalid = Diiwaanka kiiskan lama akhriyi karin. Waxba lama beddelin.
error-io = Qalabku ma akhriyi karin ama ma qori karin xogtiisa ({ $detail }). Hubi in diskigu meel bannaan leeyahay, kadibna isku day mar kale.
error-internal = Cilad ayaa ka dhacday gudaha Waypoint. Waxaad kaydisay waxba kama lumin. Isku day mar kale; haddii ay mar kale dhacdo, u sheeg maamulahaaga.

## Validation of a case (shown next to the field; nothing typed is lost)

diag-no-name = Weli magac lama diiwaangelin. Kiiska waa la kaydin karaa magac la'aan.
diag-name-empty = Magacani waa madhan yahay.
diag-age-range-inverted = Da'da ugu yar ({ $min }) waxay ka badan tahay da'da ugu weyn ({ $max }). Hubi labada lambar.
diag-age-implausible = Da' ka badan { $max } suurtogal ma aha. Hubi lambarka.
diag-age-single-indicator = Qiimaynta da'da waa inaysan ku salaysnaan hal calaamad oo keliya.
diag-date-future = Taariikhdan waxay ku jirtaa mustaqbalka.
diag-date-impossible = Taariikhdan ma jirto. Hubi maalinta iyo bisha.
diag-answer-without-value = Su'aashan waxaa lagu calaamadeeyay "waa laga jawaabay", laakiin jawaab lama diiwaangelin.
diag-not-asked-without-reason = Sheeg sababta su'aashan loo weydiin waayay.
diag-ends-before-start = Fadhigan wuxuu dhammaanayaa ka hor inta uusan bilaabmin.

## Consent

# $purpose is one of: registration, sharing_with_hq, family_tracing, referral, photo.
consent-needed = Tan waxaa loo baahan yahay oggolaansho ku saabsan { $purpose ->
        [registration] diiwaangelinta
        [sharing_with_hq] la wadaagista xarunta dhexe
        [family_tracing] raadinta qoyska
        [referral] u gudbinta adeegyada
        [photo] sawir qaadista
       *[other] hawshan
    }. Marka hore weydii qofka (ama qofka mas'uulka ka ah), oo diiwaangeli jawaabtooda.
consent-withdrawn-stops = Oggolaanshaha ku saabsan { $purpose ->
        [registration] diiwaangelinta
        [sharing_with_hq] la wadaagista xarunta dhexe
        [family_tracing] raadinta qoyska
        [referral] u gudbinta adeegyada
        [photo] sawir qaadista
       *[other] hawshan
    } waa laga noqday, sidaas darteed way joogsatay.
consent-refused-stops = Oggolaanshaha ku saabsan { $purpose ->
        [registration] diiwaangelinta
        [sharing_with_hq] la wadaagista xarunta dhexe
        [family_tracing] raadinta qoyska
        [referral] u gudbinta adeegyada
        [photo] sawir qaadista
       *[other] hawshan
    } waa la diiday, sidaas darteed ma socon karto.

## Risk reasons (why a risk level was given)

risk-reason-irregular-travel = Waddo ama habayn safar oo aan rasmi ahayn ama aan caadi ahayn.
risk-reason-sudden-separation = Si kedis ah ayuu qofku uga kala go'ay qoyskiisa.
risk-reason-living-change = Isbeddel kedis ah oo ku yimid meesha uu qofku ku nool yahay iyo cidda uu la nool yahay.
risk-reason-documents-held-by-others = Qof kale ayaa haya dukumentiyada aqoonsiga ama safarka ee qofka.
risk-reason-debt-bondage = Qofka waxaa deyn ku leh dadkii u abaabulay safarka ama shaqada.
risk-reason-work-exploitation = Shaqo aan lacag laga bixin, qasab ah ama khatar ah.
risk-reason-signs-of-abuse = Calaamado xadgudub jireed, galmo ama nafsiyeed.
risk-reason-controlled-movement = Qof kale ayaa go'aamiya meelaha uu qofku aado.
risk-reason-deceptive-recruitment = Waxaa lagu soo qoray ballanqaadyo been ah.
risk-reason-no-contact-with-family = Looma oggola, ama ma awoodo, inuu la xiriiro qoyskiisa.
risk-reason-fear-of-authorities = Waxaa laga cabsi geliyay mas'uuliyiinta.
risk-reason-scripted-account = Sheekadu waxay u muuqataa mid la xafiday ama ay dad kale u sheegeen.
risk-reason-someone-else-answers = Qof kale ayaa qofka uga jawaaba, ama uma oggola inuu keligiis la joogo sarkaalka.
risk-reason-worst-forms-of-child-labour = Shaqo khatar ah: macdan qodis, mashiinno ama kiimikooyin khatar ah, culaab culus ama shaqo habeen.
risk-reason-child-labour-under-minimum-age = Wuxuu shaqo bilaabay isagoo ka yar da'da ugu yar ee shaqada.
risk-reason-sexual-exploitation = Ka faa'iidaysi galmo.
risk-reason-forced-marriage = Guur qasab ah ama guurka carruurta.
risk-reason-armed-group-recruitment = Waxaa qortay ama adeegsatay ciidan ama koox hubaysan.
risk-reason-child-exploitation = Ilmo ayaa laga faa'iidaysanayaa. Ilmaha, taas keligeed waa ka ganacsi dad: looma baahna in la muujiyo xoog, dhagar ama khiyaano.
risk-reason-doubtful-adult = Ilmuhu wuxuu la socdaa qof weyn oo xiriirkiisu shaki leeyahay ama uu sarkaalku ka welwelsan yahay.
risk-reason-unaccompanied-child = Ilmo aan la socon waalid ama qof si caadi ah u xannaaneeya.
risk-reason-strong-indicator-child = Calaamad xooggan oo ka ganacsiga dadka ah ayaa khusaysa ilmo.
risk-reason-several-strong = Dhowr calaamadood oo xooggan oo wada jira.

## Interview templates (shown to whoever loads or edits a template)

template-error-json = Faylka qaabka (template) sax ma aha (sadarka { $line }, tiirka { $column }). Halkaas ka hubi calaamadaha qoraalka iyo magacyada meelaha xogta (fields).
template-error-invalid-message-id = Furaha qoraalka { $key } ma aha magac fariin oo sax ah.
template-error-duplicate-not-asked-reason = Sababta { $reason } laba jeer ayaa la qoray.
template-error-duplicate-section = Qaybta { $section } laba jeer ayay ka muuqataa.
template-error-duplicate-question = Su'aasha { $question } laba jeer ayay ka muuqataa.
template-error-malformed-question-id = Aqoonsiga su'aasha { $question } waa in loo qoraa qaabka section.name.
template-error-question-outside-section = Su'aasha { $question } waxaa la dhigay qaybta { $section }, taas oo aan aqoonsigeedu magacaabin.
template-error-missing-choices = Su'aasha { $question } waxay bixisaa doorashooyin, laakiin midna ma qorna.
template-error-unexpected-choices = Su'aasha { $question } ma aha su'aal doorasho ah, laakiin doorashooyin ayaa lagu qoray.
template-error-duplicate-choice = Su'aasha { $question } doorashada { $choice } laba jeer ayaa lagu qoray.
template-error-unknown-indicator = Su'aasha { $question } waxay tilmaamaysaa calaamad aan la aqoon, { $indicator }.
template-error-screening-not-supported = Su'aasha { $question } ma kicin karto calaamado: jawaabaha haa/maya iyo doorashada oo keliya ayaa taas samayn kara.
template-error-empty-when = Su'aasha { $question } waxay ku xiran tahay { $indicator }, laakiin ma sheegto jawaab kicisa.
template-error-invalid-yes-no = Su'aasha { $question } waa haa/maya, laakiin xiriirkeeda waxaa ku qoran { $value }.
template-error-unknown-choice = Su'aasha { $question } ma laha doorasho la yiraahdo { $choice }.
