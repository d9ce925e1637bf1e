### The intake interview (template intake, version 1: assets/templates/intake-v1.json).
### Read aloud to the person, or shown to the officer where a message ends in -note.
### Plain, warm, short words. Messages ending in -child are for children of about 8 to 12.

## Title and purpose, explained before any question

interview-title = ንፋለጥ
interview-intro-who-we-are = ኣብዚ ዘለና ሰባት፣ ብፍላይ ድማ ብዘይ ስድራቤቶም ዝጓዓዙ ቆልዑን መንእሰያትን፣ ውሑሳት ንኽኾኑ ንምሕጋዝ ኢና። ክንፈርደኩም ኣይኮንናን ኣብዚ ዘለና።
interview-intro-why-we-ask = ገለ ሕቶታት ክሓተኩም እደሊ። መልስታትኩም እንታይ ከም ዘድልየኩም ንምርዳእ፣ ውሑሳት ንኽትኮኑ፣ እንተደሊኹም ድማ ስድራቤትኩም ንምንዳይ ይሕግዙና።
interview-intro-nothing-mandatory = ንዝኾነ ሕቶ ክትምልሱ ኣይግደድኩምን። እንተዘይመለስኩም ኣብ ጸገም ኣይክትኣትዉን፣ ሓገዝ ድማ ክትረኽቡ ኢኹም።
interview-intro-decline = ገለ ነገር ክትምልሱ እንተዘይደሊኹም፣ «ክምልስ ኣይደልን» ጥራይ በሉ። ጸገም የብሉን።
interview-intro-no-wrong-answers = እንተዘይፈሊጥኩም ወይ እንተዘይዘኪርኩም'ውን ጸገም የብሉን። ጌጋ መልሲ የለን።
interview-intro-pause-stop = ኣብ ዝኾነ ግዜ ዕረፍቲ ክትሓቱ፣ ወይ ደው ክንብል ክትሓቱ ትኽእሉ ኢኹም። ጥራይ ንገሩኒ፣ ወይ ነቲ ናይ ዕረፍቲ መልጎም ተንክፉ።
interview-intro-protection = ዝነገርኩምና ብውሑስን ብምስጢርን ይዕቀብ። ክርእዮ ዝኽእሉ ኣብ ጉዳይኩም ዝሕግዙ ሰባት ጥራይ እዮም።
interview-intro-consent = ምስ ካልኦት፣ ንኣብነት ስድራቤትኩም ክረኽቡ ዝሕግዙ ሰባት፣ እንተተሰማማዕኩም ጥራይ ኢና ነካፍሎ። ድሒርኩም ሓሳብኩም ክትቕይሩ ትኽእሉ ኢኹም።

## Controls, always visible during the interview

interview-control-pause = ዕረፍቲ ንውሰድ
interview-control-stop = ንሎሚ ደው ንበል
interview-control-decline = ክምልስ ኣይደልን
interview-control-revisit = ድሒርና ናብዚ ንምለስ
interview-control-not-asked = ኣይተሓተተን
interview-control-resume = ንቀጽል
interview-control-break-offer = ዕረፍቲ ክትወስዱ ትደልዩ ዶ? ንቕሩብ ግዜ ደው ኢልና ድሒርና ክንቅጽል ንኽእል ኢና።

## Reasons for not asking a question (shown to the officer)

interview-not-asked-distressed = እቲ ሰብ ተጨኒቑ ወይ ኣዝዩ ደኺሙ ነይሩ
interview-not-asked-too-young = ንዕድመ እቲ ሰብ ዘይሰማማዕ
interview-not-asked-not-relevant = ነዚ ሰብ ዘይምልከት
interview-not-asked-interpreter-unavailable = ዝሰማማዕ ተርጓሚ የለን
interview-not-asked-time = ኣብዚ ክፍለ-ግዜ ዝተረፈ ግዜ የለን
interview-not-asked-safety-concern = ኣብዚ ክሕተት ውሑስ ኣይኮነን፣ ንኣብነት ካልእ ሰብ ስለ ዘሎ
interview-not-asked-asked-elsewhere = ብኻልእ ኣገልግሎት ድሮ ተሓቲቱ

## Section: Welcome

interview-section-welcome = እንቋዕ ብደሓን መጻእኩም
interview-section-welcome-intro = ቅድሚ ምጅማርና፣ ምቹኣት ምዃንኩም ነረጋግጽ።

interview-welcome-needs-now = ቅድሚ ምጅማርና፣ ዘድልየኩም ነገር ኣሎ ዶ?
interview-welcome-needs-now-child = ሕጂ ዘድልየኩም ነገር ኣሎ ዶ?
interview-welcome-needs-now-note = ቅድም መሰረታዊ ድሌታት ኣማልኡ። እቲ ሰብ እንተጠመየ፣ እንተዝሓሎ፣ ቃንዛ እንተሃለዎ ወይ ኣዝዩ እንተደኸመ፣ ደው ኣብሉ፣ ድሒርኩም ድማ ተመለሱ።
interview-welcome-needs-now-water = ማይ ወይ ዝስተ ነገር
interview-welcome-needs-now-food = ዝብላዕ ነገር
interview-welcome-needs-now-rest = ዕረፍቲ
interview-welcome-needs-now-toilet = ሽቓቕ
interview-welcome-needs-now-warm = ዘሙቕ ክዳን
interview-welcome-needs-now-medical = ነርስ ወይ ሓኪም ክርኢ
interview-welcome-needs-now-nothing = ዋላ ሓንቲ፣ ደሓን እየ

interview-welcome-preferred-language = ብኣየናይ ቋንቋ ክትዛረቡ ትደልዩ?
interview-welcome-preferred-language-child = ብኣየናይ ቋንቋ ምዝራብ ትፈትዉ?
interview-welcome-preferred-language-note = እቲ ሰብን እቲ ተርጓምን ብጽቡቕ ከም ዝረዳድኡ ኣረጋግጹ። እንተዘይተረዳዲኦም፣ ደው ኣብሉ፣ ካልእ ተርጓሚ ድማ ድለዩ።

interview-welcome-someone-present = እትኣምንዎ ሰብ ኣብዚ ምሳና ክህሉ ትደልዩ ዶ?
interview-welcome-someone-present-child = እትኣምንዎ ሰብ ምሳኹም ክቕመጥ ትደልዩ ዶ?
interview-welcome-someone-present-note = ቆልዓ ከም ሞግዚት ወይ ሰራሕተኛ ማሕበራዊ ጉዳያት ዝኣመሰለ እሙን ዓቢ ሰብ ክደሊ ይኽእል። ምስቲ ቆልዓ ዘለዎ ዝምድና ዘይተረጋገጸ፣ ወይ ንቆልዓ ዝቆጻጸሮ ዝመስል ዓቢ ሰብ ኣይትጠቐሙ።

interview-welcome-ready = ሕጂ ክንጅምር ደሓን ድዩ? ኣብ ዝኾነ ግዜ ደው ክትብሉ ትኽእሉ ኢኹም።
interview-welcome-ready-child = ንጀምር ዶ? ኣብ ዝደለኹምዎ ግዜ ደው ክትብሉ ትኽእሉ ኢኹም።
interview-welcome-ready-note = መልሲ «ኣይፋል» እንተኾይኑ፣ ኣይትጀምሩ። ዕረፍቲ ኣቕርቡ፣ ድሒርኩም ድማ እንደገና ሕተቱ።

## Section: About you

interview-section-about-you = ብዛዕባኹም
interview-section-about-you-intro = ቅድም፣ ብዛዕባኹም ገለ ቀለልቲ ሕቶታት።

interview-about-you-called-name = ብኣየናይ ስም ክንጽውዐኩም ትደልዩ?
interview-about-you-called-name-child = ብምንታይ ስም ንጸውዐኩም?
interview-about-you-called-name-note = ኣብ ዝተረፈ ዝርርብ ነዚ ስም ተጠቐሙ።

interview-about-you-full-name = ምሉእ ስምኩም እንታይ እዩ? እንተደሊኹም ባዕልኹም ክትጽሕፍዎ ትኽእሉ ኢኹም።
interview-about-you-full-name-child = ምሉእ ስምኩም መን እዩ? እንተደሊኹም ክትጽሕፍዎ ትኽእሉ ኢኹም።
interview-about-you-full-name-note = ኩሉ ኣጻሕፋን ፊደልን መዝግቡ። እቲ ሰብ እንተኽኢሉ፣ ስሙ ብናቱ ፊደል ክጽሕፎ ኣፍቅዱሉ።

interview-about-you-age = ከም እትፈልጥዎ፣ ዕድመኹም ክንደይ እዩ?
interview-about-you-age-child = ዕድመኹም ክንደይ እዩ? ርግጸኛታት እንተዘይኮንኩም ደሓን እዩ።
interview-about-you-age-note = እቲ ሰብ ዝበሎ ጽሓፉ። ከረጋግጽ ፈጺምኩም ኣይትሕተትዎ። ጥርጣረ እንተሃልዩ፣ እቲ ሰብ ከም ቆልዓ ይቑጸር።

interview-about-you-birth-date = መዓስ ከም ዝተወለድኩም ትፈልጡ ዶ? ዓመት ጥራይ እኹል እዩ።
interview-about-you-birth-date-child = መዓልቲ ልደትኩም፣ ወይ ዝተወለድኩምሉ ዓመት ትፈልጡ ዶ?
interview-about-you-birth-date-note = ዝፍለጥ ዘበለ መዝግቡ፣ ዓመት ጥራይ እንተኾነ'ውን። ነቲ ሰብ ኣይተእርምዎ።

interview-about-you-languages = ኣየኖት ቋንቋታት ትዛረቡ?
interview-about-you-languages-child = ኣየኖት ቋንቋታት ክትዛረቡ ትኽእሉ?

interview-about-you-home = ካበይ ኢኹም? ከተማ ወይ ከባቢ ጥራይ እኹል እዩ።
interview-about-you-home-child = ገዛኹም ኣበይ እዩ? ስም እታ ከተማ ወይ ዓዲ እንታይ እዩ?
interview-about-you-home-note = ብዛዕባ እቲ ቦታ ሕተቱ እምበር ብዛዕባ ሰነዳት ኣይኮነን። እቲ ሰብ ክነግር እንተዘይደለየ፣ ጸገም የብሉን።

## Section: Your journey

interview-section-journey = ጉዕዞኹም
interview-section-journey-intro = ሕጂ ብዛዕባ ጉዕዞኹም ክሓትት እደሊ። ግዜኹም ውሰዱ፣ ህጹጽ የለን።

interview-journey-left-home = ካብ ገዛ መዓስ ወጺእኩም? ወርሒ ወይ ወቕቲ ጥራይ እኹል እዩ።
interview-journey-left-home-child = ካብ ገዛ መዓስ ወጺእኩም? ወርሒ ወይ ወቕቲ ክትብሉ ትኽእሉ ኢኹም።

interview-journey-travelled-with = ምስ መን ተጓዒዝኩም?
interview-journey-travelled-with-child = ኣብቲ ጉዕዞ መን ምሳኹም መጺኡ?
interview-journey-travelled-with-note = ብዙሕ መልስታት ይከኣል። እቲ ሰብ ምስ ወላዲ ዘይኮነ ዓቢ ሰብ እንተተጓዒዙ፣ ከመይ ከም ዝፈልጦ ብልስሉስ ሕተቱ።
interview-journey-travelled-with-alone = ዋላ ሓደ፣ በይነይ ነይረ
interview-journey-travelled-with-parents = ኣደይ ወይ ኣቦይ
interview-journey-travelled-with-siblings = ኣሕዋተይ ወይ ኣሓተይ
interview-journey-travelled-with-relatives = ካልኦት ኣዝማደይ
interview-journey-travelled-with-friends = ኣዕሩኽተይ
interview-journey-travelled-with-met-on-way = ኣብ መንገዲ ዝተራኸብኩዎም ሰባት
interview-journey-travelled-with-organiser = እቲ ጉዕዞ ዘዳለወ ሰብ
interview-journey-travelled-with-other = ካልእ ሰብ

interview-journey-organised-by = ነቲ ጉዕዞ መን ኣዳልይዎ?
interview-journey-organised-by-child = ነቲ ጉዕዞ መን መዲብዎ?
interview-journey-organised-by-note = ብዘይ ፍርዲ ሕተቱ። ብዙሓት ሰባት ንምጉዓዝ ሓገዝ ካልኦት የድልዮም። እዚ ንምርዳእ እምበር ንምውቃስ ኣይኮነን።
interview-journey-organised-by-self = ባዕለይ
interview-journey-organised-by-family = ስድራቤተይ
interview-journey-organised-by-friend = ሓደ ዓርከይ
interview-journey-organised-by-someone-else = ካልእ ሰብ
interview-journey-organised-by-do-not-know = ኣይፈልጥን

interview-journey-paid-by = ንጉዕዞ መን ከፊሉ?
interview-journey-paid-by-child = ገንዘብ ናይቲ ጉዕዞ መን ከፊሉ?
interview-journey-paid-by-note = እቲ ሰብ ክመልሶ ዘለዎ እንተኾይኑ፣ ድሒርኩም ኣብ ሕቶታት ድሕንነት ገና ዕዳ ከም ዘለዎ ሕተቱ።
interview-journey-paid-by-self = ባዕለይ
interview-journey-paid-by-family = ስድራቤተይ
interview-journey-paid-by-someone-else = ካልእ ሰብ
interview-journey-paid-by-pay-back-later = ድሒረ ክመልሶ ኣለኒ
interview-journey-paid-by-do-not-know = ኣይፈልጥን

interview-journey-route = ብኸመይ ተጓዒዝኩም? ንኣብነት ብኣውቶቡስ፣ ብመኪና፣ ብጃልባ ወይ ብእግሪ።
interview-journey-route-child = ብኸመይ ተጓዒዝኩም? ብኣውቶቡስ፣ ብመኪና፣ ብጃልባ ወይስ ብእግሪ?

interview-journey-travelled-hidden = ተሓቢእኩም ክትጓዓዙ፣ ወይ ብዘይ ወግዓዊ መሳገሪ ዶብ ክትሰግሩ ዝተገደድኩምሉ ግዜ ነይሩ ዶ?
interview-journey-travelled-hidden-child = ኣብቲ ጉዕዞ ክትሕብኡ ዝተገደድኩምሉ ግዜ ነይሩ ዶ?
interview-journey-travelled-hidden-note = ብዙሓት ሰባት ውሑስ መንገዲ ጉዕዞ ኣይነበሮምን። ንድሕንነቶም እምበር ንምቕጻዕ ከም ዘይሓተትኩም ብንጹር ኣረድእዎም።

interview-journey-promised-job = ቅድሚ ምኻድኩም፣ ኣብ መወዳእታ ጉዕዞ ስራሕ፣ ትምህርቲ ወይ ዝሓሸ ህይወት ዝመብጽዓልኩም ሰብ ነይሩ ዶ?
interview-journey-promised-job-child = ኣብቲ እትኸዱሉ ዝነበርኩም ቦታ ስራሕ፣ ትምህርቲ ወይ ዝሓሸ ህይወት ዝመብጽዓልኩም ሰብ ነይሩ ዶ?
interview-journey-promised-job-note = መልሲ «እወ» እንተኾይኑ፣ ነቲ ዝቕጽል ሕቶ ሕተቱ። «ኣይፋል» እንተኾይኑ፣ ከም ዘይምልከት ገይርኩም ሕለፍዎ።

interview-journey-promise-kept = ከምቲ ዝመብጽዑልኩም ነይሩ ዶ?
interview-journey-promise-kept-child = ከምቲ ዝበሉኹም ነይሩ ዶ?
interview-journey-promise-kept-note = ሓደ ሰብ መብጽዓ እንተሂቡ ጥራይ ሕተቱ።
interview-journey-promise-kept-as-promised = እወ፣ ከምቲ ዝተመብጽዐ ነይሩ
interview-journey-promise-kept-different = ኣይፋል፣ ፍልይ ዝበለ ነይሩ
interview-journey-promise-kept-not-yet = ገና ኣይፈልጥን

interview-journey-documents-holder = ሕጂ ወረቓቕትኹም፣ ከም ፓስፖርት ወይ መንነት፣ መን ሒዝዎ ኣሎ?
interview-journey-documents-holder-child = ወረቓቕትኹም፣ ከም ፓስፖርት ወይ መንነት፣ ኣበይ ኣለዉ? ሕጂ መን ሒዝዎም ኣሎ?
interview-journey-documents-holder-note = ኣብዚ ሰነዳት ክትርእዩ ኣይትሕተቱ። ወረቐት ዘይብሎም ሰባት ብዙሓት እዮም፣ ንጥርጣረ ድማ ምኽንያት ኣይኮነን።
interview-journey-documents-holder-me = ኣነ ሒዘዮም ኣለኹ
interview-journey-documents-holder-family = ካብ ስድራቤተይ ሓደ ሰብ
interview-journey-documents-holder-organiser = እቲ ጉዕዞ ዘዳለወ ሰብ
interview-journey-documents-holder-employer = ዝሰራሕኩሉ ሰብ
interview-journey-documents-holder-someone-else = ካልእ ሰብ
interview-journey-documents-holder-taken = ሓደ ሰብ ካባይ ወሲድዎም
interview-journey-documents-holder-lost = ጠፊኦም
interview-journey-documents-holder-never-had = ወረቐት ኣይነበረንን

## Section: Your family

interview-section-family = ስድራቤትኩም
interview-section-family-intro = ሕጂ ብዛዕባ ስድራቤትኩም ገለ ሕቶታት። ገለ ነገር ንምዝራብ እንተኸቢዱኩም፣ ንገሩኒ፣ ክንሓልፎ ንኽእል ኢና።

interview-family-parents = ብዛዕባ ኣደኹምን ኣቦኹምን ክትነግሩኒ ትኽእሉ ዶ? ኣስማቶም እንታይ እዩ፣ እንተፈሊጥኩም ድማ ሕጂ ኣበይ ኣለዉ?
interview-family-parents-child = ብዛዕባ ኣደኹምን ኣቦኹምን ክትነግሩኒ ትኽእሉ ዶ? ስሞም መን እዩ? ሕጂ ኣበይ ኣለዉ?
interview-family-parents-note = ወላዲ ሞይቱ ወይ ጠፊኡ ክኸውን ይኽእል። እቲ ሰብ ባዕሉ ይምራሕ፣ ንዝርዝራት ድማ ኣይተገድድዎ።

interview-family-siblings = ኣሕዋት ወይ ኣሓት ኣለዉኹም ዶ? ሕጂ ኣበይ ኣለዉ?
interview-family-siblings-child = ኣሕዋት ወይ ኣሓት ኣለዉኹም ዶ? ኣበይ ኣለዉ?

interview-family-separated-suddenly = ብዘይ መደብ ብሃንደበት ካብ ስድራቤትኩም ተፈሊኹም ዶ?
interview-family-separated-suddenly-child = ብዘይ ትጽቢትኩም ብሃንደበት ካብ ስድራቤትኩም ተፈሊኹም ዶ?
interview-family-separated-suddenly-note = እዚ ዘሕምም ዝኽርታት ከበራብር ይኽእል። ምልክታት ጭንቀት ተኸታተሉ፣ ዕረፍቲ ድማ ኣቕርቡ።

interview-family-sudden-move = ቅድሚ ምኻድኩም፣ ብሃንደበት ናብ ካልእ ቦታ ክትግዕዙ፣ ወይ ምስ ካልኦት ሰባት ክትነብሩ ተገዲድኩም ዶ?
interview-family-sudden-move-child = ቅድሚ እቲ ጉዕዞ፣ ብሃንደበት ኣብ ሓድሽ ቦታ ወይ ምስ ሓደስቲ ሰባት ክትነብሩ ተገዲድኩም ዶ?

interview-family-last-contact = ንመወዳእታ ግዜ ምስ ስድራቤትኩም መዓስ ተራኺብኩም?
interview-family-last-contact-child = ንመወዳእታ ግዜ ምስ ስድራቤትኩም መዓስ ተዛሪብኩም?

interview-family-can-contact = ኣብ ዝደለኹምዎ ግዜ ምስ ስድራቤትኩም ክትራኸቡ ትኽእሉ ዶ?
interview-family-can-contact-child = ኣብ ዝደለኹምዎ ግዜ ናብ ስድራቤትኩም ክትድውሉ ወይ መልእኽቲ ክትሰዱ ትኽእሉ ዶ?
interview-family-can-contact-note = ሓደ ሰብ ነቲ ርክብ እንተተቖጻጺሩዎ፣ እዚ ናይ ሓለዋ ስግኣት እዩ። ውሑስ እንተኾይኑን እቲ ሰብ እንተደልዩን፣ ናይ ተሌፎን ጻውዒት ኣቕርቡ።
interview-family-can-contact-yes-freely = እወ፣ ኣብ ዝደለኹዎ ግዜ
interview-family-can-contact-only-when-allowed = ሓደ ሰብ ምስ ዝፈቕደለይ ጥራይ
interview-family-can-contact-someone-stops-me = ሓደ ሰብ ይኽልክለኒ፣ ወይ ተሌፎነይ ወሲዱ
interview-family-can-contact-no-means = ተሌፎን ወይ ቁጽሪ የብለይን
interview-family-can-contact-do-not-know-where = ኣበይ ከም ዘለዉ ኣይፈልጥን

interview-family-wish-to-trace = ካብ ስድራቤትኩም ሓደ ሰብ ንምርካብ ክንሕግዘኩም ትደልዩ ዶ?
interview-family-wish-to-trace-child = ካብ ስድራቤትኩም ሓደ ሰብ ክንደልየልኩም ትደልዩ ዶ?
interview-family-wish-to-trace-note = ስድራቤት ምንዳይ ፍቓድ፣ ንቆልዓ ድማ ውሳነ ዝበለጸ ረብሓ ቆልዓ የድልዮ። ቅድሚ ዝኾነ ምንዳይ ምጅማሩ መዝግብዎ።

interview-family-who-to-find = መን ክትረኽቡ ትደልዩ? ስሞም፣ ንመወዳእታ ግዜ ኣበይን መዓስን ከም ዝረኣኹምዎም ንገሩኒ።
interview-family-who-to-find-child = መን ክንደልየልኩም ትደልዩ? ስሞም መን እዩ? ንመወዳእታ ግዜ ኣበይ ረኣኹምዎም?
interview-family-who-to-find-note = ነቲ ኣስማት ብዝሰማዕኩምዎ ኩሉ ኣጻሕፋ መዝግብዎ። ፍቓድ ምስ ተመዝገበ፣ እዚ መልሲ ምንዳይ የጀምር።

## Section: Safety and work

interview-section-safety-and-work = ድሕንነትን ስራሕን
interview-section-safety-and-work-intro = ዝቕጽሉ ሕቶታት ብዛዕባ ድሕንነትኩም እዮም። ገሊኦም ከቢዶም ክኾኑ ይኽእሉ። ንዝኾነ ካብኣቶም ክትሓልፍዎ ትኽእሉ ኢኹም፣ ዕረፍቲ'ውን ክትወስዱ ትኽእሉ ኢኹም።

interview-safety-and-work-feels-safe = ሕጂ ውሕስነት ይስምዓኩም ዶ?
interview-safety-and-work-feels-safe-child = ኣብዚ ውሕስነት ይስምዓኩም ዶ?
interview-safety-and-work-feels-safe-note = መልሲ «ኣይፋል» እንተኾይኑ፣ እንታይ ከም ዝሕግዝ ሕተቱ፣ ቅድሚ ምቕጻልኩም ድማ ተግባራዊ ግበርዎ።

interview-safety-and-work-worked = ኣብ ጉዕዞ፣ ወይ ቅድሚ ናብዚ ምምጻእኩም፣ ዝኾነ ስራሕ ሰሪሕኩም ዶ?
interview-safety-and-work-worked-child = ኣብቲ ጉዕዞ፣ ወይ ቅድሚ ናብዚ ምምጻእኩም፣ ክትሰርሑ ተገዲድኩም ዶ?
interview-safety-and-work-worked-note = ዝኾነ ስራሕ ቁጸሩ፦ ኣብ ገዛ፣ ኣብ ሕርሻ፣ ነገራት ምሻጥ፣ ምልማን ወይ ቆልዑ ምሕላው።

interview-safety-and-work-work-kind = እንታይ ዓይነት ስራሕ ነይሩ?
interview-safety-and-work-work-kind-child = እንታይ ዓይነት ስራሕ ሰሪሕኩም?
interview-safety-and-work-work-kind-note = እቲ ሰብ እንተሰሪሑ ጥራይ ሕተቱ። ብዙሕ መልስታት ይከኣል።
interview-safety-and-work-work-kind-house = ምጽራይ፣ ምኽሻን ወይ ስራሕ ገዛ
interview-safety-and-work-work-kind-childcare = ቆልዑ ምሕላው
interview-safety-and-work-work-kind-farm = ስራሕ ሕርሻ ወይ ምሕላው እንስሳ
interview-safety-and-work-work-kind-building = ስራሕ ህንጻ ወይ ፋብሪካ
interview-safety-and-work-work-kind-selling = ነገራት ምሻጥ
interview-safety-and-work-work-kind-begging = ምልማን
interview-safety-and-work-work-kind-mine = ኣብ ዕደና ወይ ኣብ መፍሓሪ እምኒ
interview-safety-and-work-work-kind-dangerous = ምስ ሓደገኛ ማሽናት፣ ኬሚካላት ወይ ከቢድ ጾር፣ ወይ ብለይቲ
interview-safety-and-work-work-kind-sexual = ጾታዊ ነገራት፣ ወይ ከምኡ ዝኣመሰሉ ስእልታት ወይ ቪድዮታት
interview-safety-and-work-work-kind-armed-group = ንወተሃደራት ወይ ንዕጡቕ ጉጅለ፦ ምውጋእ፣ ጾር ምስካም፣ ምሕላው ወይ ምኽሻን
interview-safety-and-work-work-kind-other = ካልእ ስራሕ

interview-safety-and-work-age-started-work = ንመጀመርታ ግዜ ስራሕ ክትጅምሩ ከለኹም፣ ዕድመኹም ክንደይ ነይሩ?
interview-safety-and-work-age-started-work-child = ስራሕ ክትጅምሩ ከለኹም ክንደይ ዓመት ነይሩኩም?
interview-safety-and-work-age-started-work-note = እቲ ሰብ እንተሰሪሑ ጥራይ ሕተቱ። ትሕቲ 15 ዓመት (ንፈኲስ ስራሕ ትሕቲ 13 ዓመት) ምስራሕ፣ ኣብ መብዛሕትአን ሃገራት ትሕቲ እቲ ዝተሓተ ዕድመ ስራሕ እዩ (ስምምዕ ILO ቁጽሪ 138)።
interview-safety-and-work-age-started-work-under-13 = ካብ 13 ዝንእስ
interview-safety-and-work-age-started-work-13-to-14 = 13 ወይ 14
interview-safety-and-work-age-started-work-15-or-older = 15 ወይ ልዕሊኡ
interview-safety-and-work-age-started-work-not-sure = ርግጸኛ ኣይኮንኩን

interview-safety-and-work-paid = ነዚ ስራሕ ተኸፊልኩም ዶ?
interview-safety-and-work-paid-child = ስለቲ ስራሕ ገንዘብ ረኺብኩም ዶ?
interview-safety-and-work-paid-note = እቲ ሰብ እንተሰሪሑ ጥራይ ሕተቱ።
interview-safety-and-work-paid-paid-fully = እወ፣ ከምቲ ዝተሰማማዕናሉ
interview-safety-and-work-paid-paid-less = ካብቲ ዝተሰማማዕናሉ ዝወሓደ
interview-safety-and-work-paid-not-paid = ኣይፋል
interview-safety-and-work-paid-paid-to-others = ነቲ ገንዘብ ካልእ ሰብ ወሲዱዎ

interview-safety-and-work-owes-money = ንዝኾነ ሰብ ዕዳ ኣለኩም ዶ? ንኣብነት ንጉዕዞ፣ ንመግቢ ወይ ንመደቀሲ ቦታ?
interview-safety-and-work-owes-money-child = ገንዘብ ክትመልሱሉ ከም ዘለኩም ዝብለኩም ሰብ ኣሎ ዶ?
interview-safety-and-work-owes-money-note = ዕዳ ጉዕዞ መብዛሕትኡ ግዜ ንሰባት ንምቁጽጻር ይጥቀሙሉ። መን ምዃኑ ሕተቱ፣ እቲ ሰብ ክነግር እንተደልዩ ጥራይ።

interview-safety-and-work-marriage = ብዘይ ድሌትኩም ዘመርዓወኩም፣ ወይ ንሓደ ሰብ ከመርዕወኩም ቃል ዝኣተወ ሰብ ኣሎ ዶ?
interview-safety-and-work-marriage-child = ንሓደ ሰብ ክትምርዑ ኣለኩም ዝበለኩም ሰብ ኣሎ ዶ?
interview-safety-and-work-marriage-note = ብግዲ ዝግበር መርዓ፣ ከምኡ'ውን ዝኾነ መርዓ ቆልዓ፣ ምዝመዛ እዩ። ቆልዓ እንተኾይኑ፣ ሕጂ ናብ ሓለዋ ቆልዑ ምርሕዎ።

interview-safety-and-work-free-to-leave = ካብቲ ዝሰራሕኩምሉ ወይ ዝጸናሕኩምሉ ቦታ ኣብ ዝደለኹምዎ ግዜ ክትወጹ ትኽእሉ ነይርኩም ዶ?
interview-safety-and-work-free-to-leave-child = ኣብ ዝደለኹምዎ ግዜ ንደገ ክትወጹ፣ ወይ ነቲ ዝጸናሕኩምሉ ቦታ ክትገድፍዎ ትኽእሉ ነይርኩም ዶ?

interview-safety-and-work-controlled-movement = ናበይ ክትከዱ ከም እትኽእሉ ዝነግረኩም፣ ወይ በይንኹም ከይትወጹ ዝኽልክለኩም ሰብ ኣሎ ዶ?
interview-safety-and-work-controlled-movement-child = ናበይ ክትከዱ ከም እትኽእሉ ዝውስነልኩም፣ ወይ በይንኹም ክትወጹ ዘየፍቅደልኩም ሰብ ኣሎ ዶ?
interview-safety-and-work-controlled-movement-note = ምስቲ ሰብ ዝመጸ ዓቢ ሰብ ኣብቲ ክፍሊ ኣብ ዘይህልወሉ ጥራይ ሕተቱ።

interview-safety-and-work-told-not-to-speak = ምስ ፖሊስ፣ ወይ ምስ ከማይ ዝኣመሰሉ ሰባት ከይትዛረቡ ዝበለኩም ሰብ ነይሩ ዶ?
interview-safety-and-work-told-not-to-speak-child = ምስ ፖሊስ፣ ወይ ምስ ከማይ ዝኣመሰሉ ሰባት ከይትዛረቡ ዝበለኩም ሰብ ነይሩ ዶ?
interview-safety-and-work-told-not-to-speak-note = መልሲ «እወ» እንተኾይኑ፣ ምሳና ብምዝራቡ ከም ዘይቕጻዕ ነቲ ሰብ ንገርዎ።

interview-safety-and-work-hurt-or-threatened = ዝጎድኣኩም ሰብ፣ ወይ ንዓኹም ወይ ንስድራቤትኩም ክጎድእ እየ ዝበለ ሰብ ኣሎ ዶ?
interview-safety-and-work-hurt-or-threatened-child = ዝጎድኣኩም ሰብ፣ ወይ ንዓኹም ወይ ንስድራቤትኩም ክጎድእ እየ ኢሉ ዘፍርሃኩም ሰብ ኣሎ ዶ?
interview-safety-and-work-hurt-or-threatened-note = ዝርዝር ኣይትሕተቱ። ስምዑ፣ ኣምኑ፣ ጌጋ ናቱ ከም ዘይኮነ ድማ ንገርዎ። መልሲ «እወ» እንተኾይኑ፣ ኣገባብ ሓለዋ ተኸተሉ፣ ሓገዝ ጥዕናን ስነ-ኣእምሮኣዊ-ማሕበራዊ ደገፍን ድማ ኣቕርቡ።

## Section: Your health

interview-section-health = ጥዕናኹም
interview-section-health-intro = ሕጂ ቅኑዕ ሓገዝ ክንረኽበልኩም፣ ብዛዕባ ከመይ ከም ዘለኹም ገለ ሕቶታት።

interview-health-injuries = ዝኾነ ቦታ ተጎዲእኩም ወይ ቃንዛ ኣለኩም ዶ?
interview-health-injuries-child = ዝቐንዘኩም ነገር ኣሎ ዶ?
interview-health-injuries-note = መልሲ «እወ» እንተኾይኑ፣ ሕጂ ሕክምና ኣቕርቡ። ኣይትመርምሩ፣ ብኸመይ ከም ዘጋጠመ ድማ ኣብዚ ኣይትሕተቱ።

interview-health-medication = ዝኾነ መድሃኒት ትወስዱ ዶ፣ ወይ ሓኪም ወይ ነርስ ክትርእዩ የድልየኩም ዶ?
interview-health-medication-child = መድሃኒት የድልየኩም ዶ፣ ወይ ሓኪም ወይ ነርስ ክትርእዩ ትደልዩ ዶ?

interview-health-sleep = ድቃስኩም ከመይ እዩ?
interview-health-sleep-child = ለይቲ ከመይ ትድቅሱ?
interview-health-sleep-note = ድሕሪ ከቢድ ጉዕዞ ሕማቕ ድቃስን ሕማቕ ሕልምታትን ልሙዳት እዮም። ሓገዝ ከም ዘሎ ነቲ ሰብ ንገርዎ።
interview-health-sleep-well = ጽቡቕ
interview-health-sleep-sometimes-badly = ሓሓሊፉ ሕማቕ
interview-health-sleep-badly = መብዛሕትኡ ለይቲ ሕማቕ

interview-health-feeling = ኣብዚ ቀረባ ግዜ ከመይ ይስምዓኩም ነይሩ?
interview-health-feeling-child = ኣብዚ መዓልታት ኣብ ውሽጥኹም ከመይ ይስምዓኩም?
interview-health-feeling-note = ዝኾነ መልሲ ተቐበሉ፣ «ኣይፈልጥን» እውን ከይተረፈ። እቲ ሰብ ኣዝዩ እንተተጨኒቑ፣ ደው ኣብሉ፣ ደገፍ ኣቕርቡ፣ ናብ ስነ-ኣእምሮኣዊ-ማሕበራዊ ኣገልግሎት ምምራሕ'ውን ሕሰቡሉ።

## Section: What you want

interview-section-wishes = እትደልይዎ
interview-section-wishes-intro = እትደልይዎ ኣገዳሲ እዩ። ኣብ ብዛዕባኹም ዝግበር ኩሉ ውሳነ ክንሓስበሉ ኢና።

interview-wishes-next = ቀጺሉ እንታይ ክኸውን ትደልዩ?
interview-wishes-next-child = ሕጂ እንታይ ክኸውን ትደልዩ?
interview-wishes-next-note = ናይቲ ሰብ ናይ ባዕሉ ቃላት ጽሓፉ። ከተረጋግጽዎ ዘይትኽእሉ ኣይትመብጽዑ።

interview-wishes-trusted-people = ኣብዚ ወይ ኣብ ካልእ ቦታ፣ መን ትኣምኑ?
interview-wishes-trusted-people-child = እትኣምንዎም ሰባት መን እዮም?
interview-wishes-trusted-people-note = እዚ ነቲ ሰብ መን ክድግፎ ከም ዝኽእል ንምፍላጥ ይሕግዘና።

interview-wishes-worries = ሕጂ ዘሻቕለኩም ነገር ኣሎ ዶ?
interview-wishes-worries-child = ዘሰክፈኩም ነገር ኣሎ ዶ?

## Section: Finishing

interview-section-closing = ምዝዛም
interview-section-closing-intro = ክንውድእ ቀሪብና ኣለና። ምሳይ ስለ ዝተዛረብኩም የቐንየለይ።

interview-closing-anything-else = ክትነግሩኒ እትደልዩ ካልእ ነገር ኣሎ ዶ?
interview-closing-anything-else-child = ካልእ ክትነግሩኒ እትደልዩ ነገር ኣሎ ዶ?

interview-closing-questions = ንዓና ዝኾነ ሕቶ ኣለኩም ዶ?
interview-closing-questions-child = ክትሓቱና እትደልዩ ነገር ኣሎ ዶ?

interview-closing-next-steps-understood = ቀጺሉ እንታይ ከም ዝኸውን ነጊረኩም ኣለኹ። ንጹር ድዩ?
interview-closing-next-steps-understood-child = ቀጺሉ እንታይ ከም ዝኸውን ተረዲኡኩም ዶ?
interview-closing-next-steps-understood-note = መን ነቲ ሰብ ከም ዝረኽቦ፣ ኣበይ ከም ዝጸንሕ፣ ብኸመይ ክረኽበና ከም ዝኽእል፣ ድሒሩ ድማ መልስታት ክውስኽ ወይ ክቕይር ከም ዝኽእል ግለጹሉ። ፈጺምኩም ብከቢድ ኣርእስቲ ኣይትዛዝሙ።

## Section: Officer observations

interview-section-officer-observations = ትዕዝብቲ ሰራሕተኛ
interview-section-officer-observations-intro = ንሰራሕተኛ ጥራይ። ነዞም ሕቶታት ብዓውታ ኣይተንብቡ። ዝረኣኹምዎን ዝሰማዕኩምዎን መዝግቡ፣ መደምደምታ ኣይኮነን።

interview-officer-observations-scripted-account = ዛንታ እቲ ሰብ ዝተለማመዶ ወይ ካልእ ሰብ ዝመሃሮ ይመስል ነይሩ ዶ? ንኣብነት፣ ምስ ካልኦት ሓደ ዓይነት ቃላት፣ ወይ ምስ ዕድሚኡ ዘይሰማማዕ ቃላት።
interview-officer-observations-scripted-account-note = ዝተለማመዶ ዛንታ ሓሶት ማለት ኣይኮነን። ሓደ ሰብ ነቲ ሰብ እንታይ ክብል ከም ዘለዎ ነጊሩዎ ክኸውን ይኽእል ማለት እዩ።

interview-officer-observations-signs-of-abuse = ከም መጉዳእቲ፣ ፍርሒ ወይ ካብ ሰባት ምርሓቕ ዝኣመሰሉ፣ ናይ ኣካላዊ ወይ ስምዒታዊ ጉድኣት ክኾኑ ዝኽእሉ ምልክታት ረኢኹም ዶ?
interview-officer-observations-signs-of-abuse-note = ዝረኣኹምዎ ጽሓፉ፣ ጠንቁ እንታይ እዩ ኢልኩም እትሓስብዎ ኣይኮነን። ኣገባብ ሓለዋ ተኸተሉ።

interview-officer-observations-adult-in-control = ዝሰነዮ ዓቢ ሰብ ኣብ ክንዲ እቲ ሰብ መሊሱ፣ ብቐረባ ተኸታቲሉዎ፣ ወይ ዝቆጻጸሮ መሲሉ ዶ?
interview-officer-observations-adult-in-control-note = ከምኡ እንተኾይኑ፣ ዝቕጽል ዝርርብ ብዘይ እቲ ዓቢ ሰብ ከም ዝካየድ ኣረጋግጹ።
