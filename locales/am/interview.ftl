### The intake interview (template intake, version 1: assets/templates/intake-v1.json).
### Read aloud to the person, or shown to the officer where a message ends in -note.
### Plain, warm, short words. Messages ending in -child are for children of about 8 to 12.

## Title and purpose, explained before any question

interview-title = እንተዋወቅ
interview-intro-who-we-are = እዚህ ያለነው ሰዎችን፣ በተለይም ያለ ቤተሰባቸው የሚጓዙ ልጆችን እና ወጣቶችን፣ ደህንነታቸው እንዲጠበቅ ለመርዳት ነው። እዚህ ያለነው እርስዎን ለመፍረድ አይደለም።
interview-intro-why-we-ask = አንዳንድ ጥያቄዎችን ልጠይቅዎ እፈልጋለሁ። መልሶችዎ ምን እንደሚያስፈልግዎ እንድንረዳ፣ ደህንነትዎን እንድንጠብቅ እና ከፈለጉም ቤተሰብዎን እንድንፈልግ ይረዱናል።
interview-intro-nothing-mandatory = ማንኛውንም ጥያቄ መመለስ ግዴታ አይደለም። ባይመልሱ ችግር ውስጥ አይገቡም፤ እርዳታም ያገኛሉ።
interview-intro-decline = አንድን ነገር መመለስ ካልፈለጉ፣ «መመለስ አልፈልግም» ብቻ ይበሉ። ምንም ችግር የለውም።
interview-intro-no-wrong-answers = ካላወቁ ወይም ካላስታወሱም ምንም ችግር የለውም። የተሳሳተ መልስ የለም።
interview-intro-pause-stop = በማንኛውም ጊዜ እረፍት መጠየቅ፣ ወይም እንድናቆም መጠየቅ ይችላሉ። ብቻ ይንገሩኝ፣ ወይም የእረፍት ቁልፉን ይንኩ።
interview-intro-protection = የሚነግሩን ነገር በደህንነት እና በሚስጥር ይጠበቃል። ሊያዩት የሚችሉት ጉዳይዎን የሚረዱ ሰዎች ብቻ ናቸው።
interview-intro-consent = ለሌሎች፣ ለምሳሌ ቤተሰብዎን ለማግኘት ሊረዱ ለሚችሉ ሰዎች፣ የምናጋራው እርስዎ ከተስማሙ ብቻ ነው። በኋላ ሐሳብዎን መቀየር ይችላሉ።

## Controls, always visible during the interview

interview-control-pause = እረፍት እንውሰድ
interview-control-stop = ለዛሬ እናቁም
interview-control-decline = መመለስ አልፈልግም
interview-control-revisit = በኋላ ወደዚህ እንመለስ
interview-control-not-asked = አልተጠየቀም
interview-control-resume = እንቀጥል
interview-control-break-offer = እረፍት መውሰድ ይፈልጋሉ? ለጥቂት ጊዜ አቁመን በኋላ መቀጠል እንችላለን።

## Reasons for not asking a question (shown to the officer)

interview-not-asked-distressed = ግለሰቡ ተጨንቆ ወይም በጣም ደክሞ ነበር
interview-not-asked-too-young = ለግለሰቡ ዕድሜ ተስማሚ አይደለም
interview-not-asked-not-relevant = ይህን ግለሰብ አይመለከትም
interview-not-asked-interpreter-unavailable = ተስማሚ አስተርጓሚ የለም
interview-not-asked-time = በዚህ ክፍለ ጊዜ የቀረ ጊዜ የለም
interview-not-asked-safety-concern = እዚህ መጠየቅ ደህንነቱ የተጠበቀ አይደለም፤ ለምሳሌ ሌላ ሰው ስላለ
interview-not-asked-asked-elsewhere = በሌላ አገልግሎት ቀድሞ ተጠይቋል

## Section: Welcome

interview-section-welcome = እንኳን ደህና መጡ
interview-section-welcome-intro = ከመጀመራችን በፊት፣ ምቾት እንደሚሰማዎት እናረጋግጥ።

interview-welcome-needs-now = ከመጀመራችን በፊት፣ የሚያስፈልግዎ ነገር አለ?
interview-welcome-needs-now-child = አሁን የሚያስፈልግዎ ነገር አለ?
interview-welcome-needs-now-note = መጀመሪያ መሠረታዊ ፍላጎቶችን ያሟሉ። ግለሰቡ ከራበው፣ ከበረደው፣ ህመም ካለበት ወይም በጣም ከደከመው፣ ያቁሙ እና በኋላ ይመለሱ።
interview-welcome-needs-now-water = ውሃ ወይም የሚጠጣ ነገር
interview-welcome-needs-now-food = የሚበላ ነገር
interview-welcome-needs-now-rest = እረፍት
interview-welcome-needs-now-toilet = መጸዳጃ ቤት
interview-welcome-needs-now-warm = የሚያሞቅ ልብስ
interview-welcome-needs-now-medical = ነርስ ወይም ሐኪም ማየት
interview-welcome-needs-now-nothing = ምንም፣ ደህና ነኝ

interview-welcome-preferred-language = በየትኛው ቋንቋ መነጋገር ይፈልጋሉ?
interview-welcome-preferred-language-child = በየትኛው ቋንቋ መናገር ይወዳሉ?
interview-welcome-preferred-language-note = ግለሰቡ እና አስተርጓሚው በደንብ እንደሚግባቡ ያረጋግጡ። ካልተግባቡ፣ ያቁሙ እና ሌላ አስተርጓሚ ይፈልጉ።

interview-welcome-someone-present = የሚያምኑት ሰው ከእኛ ጋር እዚህ እንዲኖር ይፈልጋሉ?
interview-welcome-someone-present-child = የሚያምኑት ሰው አጠገብዎ እንዲቀመጥ ይፈልጋሉ?
interview-welcome-someone-present-note = አንድ ልጅ እንደ አሳዳጊ ወይም ማኅበራዊ ሠራተኛ ያለ የሚያምነውን አዋቂ ሊፈልግ ይችላል። ከልጁ ጋር ያለው ዝምድና ያልተረጋገጠን፣ ወይም ልጁን የሚቆጣጠር የሚመስልን አዋቂ አይጠቀሙ።

interview-welcome-ready = አሁን መጀመር እንችላለን? በማንኛውም ጊዜ ማቆም ይችላሉ።
interview-welcome-ready-child = እንጀምር? በፈለጉት ጊዜ ማቆም ይችላሉ።
interview-welcome-ready-note = መልሱ «አይ» ከሆነ፣ አይጀምሩ። እረፍት ያቅርቡ እና በኋላ እንደገና ይጠይቁ።

## Section: About you

interview-section-about-you = ስለ እርስዎ
interview-section-about-you-intro = መጀመሪያ፣ ስለ እርስዎ አንዳንድ ቀላል ጥያቄዎች።

interview-about-you-called-name = በምን ስም እንድንጠራዎ ይፈልጋሉ?
interview-about-you-called-name-child = በምን ስም እንጥራዎ?
interview-about-you-called-name-note = በቀሪው ውይይት ይህን ስም ይጠቀሙ።

interview-about-you-full-name = ሙሉ ስምዎ ማን ነው? ከፈለጉ ራስዎ ሊጽፉት ይችላሉ።
interview-about-you-full-name-child = ሙሉ ስምዎ ማን ነው? ከፈለጉ ሊጽፉት ይችላሉ።
interview-about-you-full-name-note = ሁሉንም የአጻጻፍ ዓይነቶች እና ፊደላት ይመዝግቡ። ግለሰቡ ከቻለ ስሙን በራሱ ፊደል እንዲጽፍ ይፍቀዱለት።

interview-about-you-age = እርስዎ እስከሚያውቁት ድረስ፣ ዕድሜዎ ስንት ነው?
interview-about-you-age-child = ዕድሜዎ ስንት ነው? እርግጠኛ ባይሆኑም ችግር የለውም።
interview-about-you-age-note = ግለሰቡ የሚለውን ይጻፉ። እንዲያረጋግጥ በፍጹም አይጠይቁት። ጥርጣሬ ካለ፣ ግለሰቡ እንደ ልጅ ይቆጠራል።

interview-about-you-birth-date = መቼ እንደተወለዱ ያውቃሉ? ዓመቱ ብቻ በቂ ነው።
interview-about-you-birth-date-child = የልደት ቀንዎን፣ ወይም የተወለዱበትን ዓመት ያውቃሉ?
interview-about-you-birth-date-note = የሚታወቀውን ይመዝግቡ፣ ዓመት ብቻ ቢሆንም። ግለሰቡን አያርሙት።

interview-about-you-languages = የትኞቹን ቋንቋዎች ይናገራሉ?
interview-about-you-languages-child = የትኞቹን ቋንቋዎች መናገር ይችላሉ?

interview-about-you-home = ከየት ነው የመጡት? ከተማ ወይም አካባቢ ብቻ በቂ ነው።
interview-about-you-home-child = ቤትዎ የት ነው? የከተማው ወይም የመንደሩ ስም ማን ነው?
interview-about-you-home-note = ስለ ቦታው ይጠይቁ እንጂ ስለ ሰነዶች አይደለም። ግለሰቡ መናገር ካልፈለገ፣ ችግር የለውም።

## Section: Your journey

interview-section-journey = ጉዞዎ
interview-section-journey-intro = አሁን ስለ ጉዞዎ መጠየቅ እፈልጋለሁ። ጊዜዎን ይውሰዱ፤ መቸኮል አያስፈልግም።

interview-journey-left-home = ከቤት መቼ ወጡ? ወር ወይም ወቅት ብቻ በቂ ነው።
interview-journey-left-home-child = ከቤት መቼ ወጡ? ወር ወይም ወቅት መናገር ይችላሉ።

interview-journey-travelled-with = ከማን ጋር ተጓዙ?
interview-journey-travelled-with-child = በጉዞው ላይ ከእርስዎ ጋር ማን መጣ?
interview-journey-travelled-with-note = ብዙ መልሶች ይቻላሉ። ግለሰቡ ወላጅ ካልሆነ አዋቂ ጋር ከተጓዘ፣ እንዴት እንደሚያውቀው በእርጋታ ይጠይቁ።
interview-journey-travelled-with-alone = ማንም፣ ብቻዬን ነበርኩ
interview-journey-travelled-with-parents = እናቴ ወይም አባቴ
interview-journey-travelled-with-siblings = ወንድሞቼ ወይም እህቶቼ
interview-journey-travelled-with-relatives = ሌሎች ዘመዶቼ
interview-journey-travelled-with-friends = ጓደኞቼ
interview-journey-travelled-with-met-on-way = በመንገድ ላይ ያገኘኋቸው ሰዎች
interview-journey-travelled-with-organiser = ጉዞውን ያመቻቸው ሰው
interview-journey-travelled-with-other = ሌላ ሰው

interview-journey-organised-by = ጉዞውን ያመቻቸው ማን ነው?
interview-journey-organised-by-child = ጉዞውን ያቀደው ማን ነው?
interview-journey-organised-by-note = ያለ ፍርድ ይጠይቁ። ብዙ ሰዎች ለመጓዝ የሌሎች እርዳታ ያስፈልጋቸዋል። ይህ ለመረዳት እንጂ ለመውቀስ አይደለም።
interview-journey-organised-by-self = እኔ ራሴ
interview-journey-organised-by-family = ቤተሰቤ
interview-journey-organised-by-friend = አንድ ጓደኛዬ
interview-journey-organised-by-someone-else = ሌላ ሰው
interview-journey-organised-by-do-not-know = አላውቅም

interview-journey-paid-by = ለጉዞው የከፈለው ማን ነው?
interview-journey-paid-by-child = ለጉዞው ገንዘብ የከፈለው ማን ነው?
interview-journey-paid-by-note = ግለሰቡ ገንዘቡን መመለስ ካለበት፣ በኋላ በደህንነት ጥያቄዎቹ ውስጥ አሁንም ዕዳ እንዳለበት ይጠይቁ።
interview-journey-paid-by-self = እኔ ራሴ
interview-journey-paid-by-family = ቤተሰቤ
interview-journey-paid-by-someone-else = ሌላ ሰው
interview-journey-paid-by-pay-back-later = በኋላ መመለስ አለብኝ
interview-journey-paid-by-do-not-know = አላውቅም

interview-journey-route = እንዴት ተጓዙ? ለምሳሌ በአውቶቡስ፣ በመኪና፣ በጀልባ ወይም በእግር።
interview-journey-route-child = እንዴት ተጓዙ? በአውቶቡስ፣ በመኪና፣ በጀልባ ወይስ በእግር?

interview-journey-travelled-hidden = ተደብቀው መጓዝ፣ ወይም ከመደበኛው መተላለፊያ ውጭ ድንበር መሻገር የነበረብዎት ጊዜ ነበር?
interview-journey-travelled-hidden-child = በጉዞው ላይ መደበቅ የነበረብዎት ጊዜ ነበር?
interview-journey-travelled-hidden-note = ብዙ ሰዎች ደህንነቱ የተጠበቀ የመጓጓዣ መንገድ አልነበራቸውም። የሚጠይቁት ለደህንነታቸው እንጂ ለመቅጣት እንዳልሆነ በግልጽ ያስረዱ።

interview-journey-promised-job = ከመሄድዎ በፊት፣ በጉዞው መጨረሻ ሥራ፣ ትምህርት ወይም የተሻለ ሕይወት ቃል የገባልዎት ሰው ነበር?
interview-journey-promised-job-child = በሚሄዱበት ቦታ ሥራ፣ ትምህርት ወይም የተሻለ ሕይወት ቃል የገባልዎት ሰው ነበር?
interview-journey-promised-job-note = መልሱ «አዎ» ከሆነ፣ ቀጣዩን ጥያቄ ይጠይቁ። «አይ» ከሆነ፣ እንደማይመለከት አድርገው ይዝለሉት።

interview-journey-promise-kept = ቃል በገቡልዎት መሠረት ሆነ?
interview-journey-promise-kept-child = እንዳሉት ሆነ?
interview-journey-promise-kept-note = አንድ ሰው ቃል ከገባ ብቻ ይጠይቁ።
interview-journey-promise-kept-as-promised = አዎ፣ ቃል በተገባው መሠረት ነበር
interview-journey-promise-kept-different = አይ፣ የተለየ ነበር
interview-journey-promise-kept-not-yet = ገና አላውቅም

interview-journey-documents-holder = አሁን እንደ ፓስፖርት ወይም መታወቂያ ያሉ ወረቀቶችዎን ማን ይዟል?
interview-journey-documents-holder-child = እንደ ፓስፖርት ወይም መታወቂያ ያሉ ወረቀቶችዎ የት ናቸው? አሁን ማን ይዟቸዋል?
interview-journey-documents-holder-note = እዚህ ሰነዶችን ለማየት አይጠይቁ። ወረቀት አለመያዝ የተለመደ ነው፤ ለጥርጣሬም ምክንያት አይደለም።
interview-journey-documents-holder-me = እኔ ይዣቸዋለሁ
interview-journey-documents-holder-family = ከቤተሰቤ አንድ ሰው
interview-journey-documents-holder-organiser = ጉዞውን ያመቻቸው ሰው
interview-journey-documents-holder-employer = የሠራሁለት ሰው
interview-journey-documents-holder-someone-else = ሌላ ሰው
interview-journey-documents-holder-taken = አንድ ሰው ወሰደብኝ
interview-journey-documents-holder-lost = ጠፍተዋል
interview-journey-documents-holder-never-had = ወረቀት ኖሮኝ አያውቅም

## Section: Your family

interview-section-family = ቤተሰብዎ
interview-section-family-intro = አሁን ስለ ቤተሰብዎ አንዳንድ ጥያቄዎች። ለመናገር የሚከብድዎ ነገር ካለ፣ ይንገሩኝ፤ ልናልፈው እንችላለን።

interview-family-parents = ስለ እናትዎ እና ስለ አባትዎ ሊነግሩኝ ይችላሉ? ስማቸው ማን ነው፣ ካወቁም አሁን የት ናቸው?
interview-family-parents-child = ስለ እናትዎ እና ስለ አባትዎ ይነግሩኛል? ስማቸው ማን ነው? አሁን የት ናቸው?
interview-family-parents-note = ወላጅ ሞቶ ወይም ጠፍቶ ሊሆን ይችላል። ግለሰቡ ውይይቱን እንዲመራ ይተዉ፤ ዝርዝር እንዲናገር አያስገድዱ።

interview-family-siblings = ወንድሞች ወይም እህቶች አሉዎት? አሁን የት ናቸው?
interview-family-siblings-child = ወንድም ወይም እህት አለዎት? የት ናቸው?

interview-family-separated-suddenly = ሳያስቡት በድንገት ከቤተሰብዎ ተለያይተዋል?
interview-family-separated-suddenly-child = ባልጠበቁት ጊዜ በድንገት ከቤተሰብዎ ተለያዩ?
interview-family-separated-suddenly-note = ይህ የሚያሠቃዩ ትዝታዎችን ሊቀሰቅስ ይችላል። የጭንቀት ምልክቶችን ይከታተሉ፤ እረፍትም ያቅርቡ።

interview-family-sudden-move = ከመሄድዎ በፊት፣ በድንገት ወደ ሌላ ቦታ መዛወር፣ ወይም ከሌሎች ሰዎች ጋር መኖር ነበረብዎት?
interview-family-sudden-move-child = ከጉዞው በፊት፣ በድንገት በአዲስ ቦታ ወይም ከአዲስ ሰዎች ጋር መኖር ነበረብዎት?

interview-family-last-contact = ለመጨረሻ ጊዜ ከቤተሰብዎ ጋር የተገናኙት መቼ ነው?
interview-family-last-contact-child = ለመጨረሻ ጊዜ ቤተሰብዎን ያነጋገሩት መቼ ነው?

interview-family-can-contact = በፈለጉት ጊዜ ከቤተሰብዎ ጋር መገናኘት ይችላሉ?
interview-family-can-contact-child = በፈለጉት ጊዜ ለቤተሰብዎ መደወል ወይም መልእክት መላክ ይችላሉ?
interview-family-can-contact-note = ግንኙነቱን ሌላ ሰው የሚቆጣጠረው ከሆነ፣ ይህ የጥበቃ ስጋት ነው። ደህንነቱ የተጠበቀ ከሆነ እና ግለሰቡ ከፈለገ፣ የስልክ ጥሪ ያቅርቡ።
interview-family-can-contact-yes-freely = አዎ፣ በፈለግኩት ጊዜ
interview-family-can-contact-only-when-allowed = አንድ ሰው ሲፈቅድልኝ ብቻ
interview-family-can-contact-someone-stops-me = አንድ ሰው ይከለክለኛል፣ ወይም ስልኬን ወስዷል
interview-family-can-contact-no-means = ስልክ ወይም ቁጥር የለኝም
interview-family-can-contact-do-not-know-where = የት እንዳሉ አላውቅም

interview-family-wish-to-trace = ከቤተሰብዎ አንድን ሰው ለማግኘት እንድንረዳዎ ይፈልጋሉ?
interview-family-wish-to-trace-child = ከቤተሰብዎ አንድን ሰው እንድንፈልግልዎ ይፈልጋሉ?
interview-family-wish-to-trace-note = ቤተሰብን ማፈላለግ ፈቃድን፣ ለልጅ ደግሞ የልጁን ጥቅም የሚያስቀድም ውሳኔን ይጠይቃል። ማንኛውም ፍለጋ ከመጀመሩ በፊት ይመዝግቡት።

interview-family-who-to-find = ማንን ማግኘት ይፈልጋሉ? ስማቸውን፣ እንዲሁም ለመጨረሻ ጊዜ የት እና መቼ እንዳዩዋቸው ይንገሩኝ።
interview-family-who-to-find-child = ማንን እንድንፈልግልዎ ይፈልጋሉ? ስማቸው ማን ነው? ለመጨረሻ ጊዜ የት አዩዋቸው?
interview-family-who-to-find-note = ስሞቹን በሰሙት እያንዳንዱ አጻጻፍ ይመዝግቡ። ፈቃድ ከተመዘገበ በኋላ ይህ መልስ ፍለጋ ያስጀምራል።

## Section: Safety and work

interview-section-safety-and-work = ደህንነት እና ሥራ
interview-section-safety-and-work-intro = ቀጣዮቹ ጥያቄዎች ስለ ደህንነትዎ ናቸው። አንዳንዶቹ ከባድ ሊሆኑ ይችላሉ። ማንኛቸውንም መዝለል ይችላሉ፤ እረፍትም መውሰድ ይችላሉ።

interview-safety-and-work-feels-safe = አሁን ደህንነት ይሰማዎታል?
interview-safety-and-work-feels-safe-child = እዚህ ደህንነት ይሰማዎታል?
interview-safety-and-work-feels-safe-note = መልሱ «አይ» ከሆነ፣ ምን እንደሚረዳ ይጠይቁ፤ ከመቀጠልዎ በፊትም እርምጃ ይውሰዱ።

interview-safety-and-work-worked = በጉዞው ወቅት፣ ወይም ወደዚህ ከመምጣትዎ በፊት ማንኛውንም ሥራ ሠርተዋል?
interview-safety-and-work-worked-child = በጉዞው ላይ፣ ወይም ወደዚህ ከመምጣትዎ በፊት መሥራት ነበረብዎት?
interview-safety-and-work-worked-note = ማንኛውንም ሥራ ይቁጠሩ፦ በቤት ውስጥ፣ በእርሻ፣ ዕቃ መሸጥ፣ ልመና ወይም ልጆችን መንከባከብ።

interview-safety-and-work-work-kind = ምን ዓይነት ሥራ ነበር?
interview-safety-and-work-work-kind-child = ምን ዓይነት ሥራ ሠሩ?
interview-safety-and-work-work-kind-note = ግለሰቡ ሠርቶ ከሆነ ብቻ ይጠይቁ። ብዙ መልሶች ይቻላሉ።
interview-safety-and-work-work-kind-house = ጽዳት፣ ምግብ ማብሰል ወይም የቤት ሥራ
interview-safety-and-work-work-kind-childcare = ልጆችን መንከባከብ
interview-safety-and-work-work-kind-farm = የእርሻ ሥራ ወይም እንስሳት ማርባት
interview-safety-and-work-work-kind-building = የግንባታ ወይም የፋብሪካ ሥራ
interview-safety-and-work-work-kind-selling = ዕቃ መሸጥ
interview-safety-and-work-work-kind-begging = ልመና
interview-safety-and-work-work-kind-mine = በማዕድን ማውጫ ወይም በድንጋይ ካባ
interview-safety-and-work-work-kind-dangerous = ከአደገኛ ማሽኖች፣ ከኬሚካሎች ወይም ከከባድ ሸክም ጋር፣ ወይም በሌሊት
interview-safety-and-work-work-kind-sexual = ወሲባዊ ነገሮች፣ ወይም የዚያ ዓይነት ፎቶዎች ወይም ቪዲዮዎች
interview-safety-and-work-work-kind-armed-group = ለወታደሮች ወይም ለታጣቂ ቡድን፦ መዋጋት፣ ዕቃ መሸከም፣ ጥበቃ ወይም ምግብ ማብሰል
interview-safety-and-work-work-kind-other = ሌላ ሥራ

interview-safety-and-work-age-started-work = ለመጀመሪያ ጊዜ መሥራት ሲጀምሩ ዕድሜዎ ስንት ነበር?
interview-safety-and-work-age-started-work-child = መሥራት ሲጀምሩ ስንት ዓመትዎ ነበር?
interview-safety-and-work-age-started-work-note = ግለሰቡ ሠርቶ ከሆነ ብቻ ይጠይቁ። ከ15 ዓመት በታች (ለቀላል ሥራ ከ13 ዓመት በታች) መሥራት በአብዛኞቹ አገሮች ከዝቅተኛው የሥራ ዕድሜ በታች ነው (የILO ስምምነት ቁጥር 138)።
interview-safety-and-work-age-started-work-under-13 = ከ13 ዓመት በታች
interview-safety-and-work-age-started-work-13-to-14 = 13 ወይም 14
interview-safety-and-work-age-started-work-15-or-older = 15 ወይም ከዚያ በላይ
interview-safety-and-work-age-started-work-not-sure = እርግጠኛ አይደለሁም

interview-safety-and-work-paid = ለዚህ ሥራ ተከፍሎዎታል?
interview-safety-and-work-paid-child = ለሥራው ገንዘብ አገኙ?
interview-safety-and-work-paid-note = ግለሰቡ ሠርቶ ከሆነ ብቻ ይጠይቁ።
interview-safety-and-work-paid-paid-fully = አዎ፣ በተስማማነው መሠረት
interview-safety-and-work-paid-paid-less = ከተስማማነው ያነሰ
interview-safety-and-work-paid-not-paid = አይ
interview-safety-and-work-paid-paid-to-others = ገንዘቡን ሌላ ሰው ወሰደው

interview-safety-and-work-owes-money = ለማንም ሰው ዕዳ አለብዎት? ለምሳሌ ለጉዞ፣ ለምግብ ወይም ለማደሪያ?
interview-safety-and-work-owes-money-child = ገንዘብ እንዳለብዎት የሚነግርዎት ሰው አለ?
interview-safety-and-work-owes-money-note = የጉዞ ዕዳ ብዙውን ጊዜ ሰዎችን ለመቆጣጠር ይውላል። ማን እንደሆነ ይጠይቁ፣ ግለሰቡ መናገር ከፈለገ ብቻ።

interview-safety-and-work-marriage = እርስዎ ሳይፈልጉ ያጋባዎት፣ ወይም ለአንድ ሰው ሊያጋባዎት ቃል የገባ ሰው አለ?
interview-safety-and-work-marriage-child = አንድን ሰው ማግባት አለብዎት ያለዎት ሰው አለ?
interview-safety-and-work-marriage-note = የግዳጅ ጋብቻ፣ እንዲሁም ማንኛውም የልጅ ጋብቻ፣ ብዝበዛ ነው። ልጅ ከሆነ፣ አሁኑኑ ወደ ሕጻናት ጥበቃ ይላኩ።

interview-safety-and-work-free-to-leave = በፈለጉት ጊዜ ከሠሩበት ወይም ከቆዩበት ቦታ መውጣት ይችሉ ነበር?
interview-safety-and-work-free-to-leave-child = በፈለጉት ጊዜ ወደ ውጭ መውጣት፣ ወይም ከቆዩበት ቦታ መሄድ ይችሉ ነበር?

interview-safety-and-work-controlled-movement = የት መሄድ እንደሚችሉ የሚነግርዎት፣ ወይም ብቻዎን እንዳይወጡ የሚከለክልዎት ሰው አለ?
interview-safety-and-work-controlled-movement-child = የት መሄድ እንደሚችሉ የሚወስንልዎት፣ ወይም ብቻዎን እንዲወጡ የማይፈቅድልዎት ሰው አለ?
interview-safety-and-work-controlled-movement-note = አብሮ የመጣ አዋቂ ክፍሉ ውስጥ በሌለበት ጊዜ ብቻ ይጠይቁ።

interview-safety-and-work-told-not-to-speak = ከፖሊስ፣ ወይም እንደ እኔ ካሉ ሰዎች ጋር እንዳይነጋገሩ የነገረዎት ሰው አለ?
interview-safety-and-work-told-not-to-speak-child = ከፖሊስ፣ ወይም እንደ እኔ ካሉ ሰዎች ጋር እንዳይነጋገሩ የነገረዎት ሰው አለ?
interview-safety-and-work-told-not-to-speak-note = መልሱ «አዎ» ከሆነ፣ ከእኛ ጋር በመነጋገሩ እንደማይቀጣ ለግለሰቡ ይንገሩት።

interview-safety-and-work-hurt-or-threatened = የጎዳዎት፣ ወይም እርስዎን ወይም ቤተሰብዎን እንደሚጎዳ የተናገረ ሰው አለ?
interview-safety-and-work-hurt-or-threatened-child = የጎዳዎት፣ ወይም እርስዎን ወይም ቤተሰብዎን እጎዳለሁ ብሎ ያስፈራራዎት ሰው አለ?
interview-safety-and-work-hurt-or-threatened-note = ዝርዝር አይጠይቁ። ያዳምጡ፣ ይመኑ፣ ጥፋቱ የግለሰቡ እንዳልሆነም ይንገሩት። መልሱ «አዎ» ከሆነ፣ የጥበቃ አሠራሩን ይከተሉ፤ የጤና እና የሥነ ልቦና-ማኅበራዊ ድጋፍም ያቅርቡ።

## Section: Your health

interview-section-health = ጤናዎ
interview-section-health-intro = ትክክለኛውን እርዳታ እንድናገኝልዎ፣ አሁን ስለሚሰማዎት ጥቂት ጥያቄዎች።

interview-health-injuries = የተጎዳ የሰውነትዎ ክፍል ወይም ህመም አለ?
interview-health-injuries-child = የሚያምዎት ቦታ አለ?
interview-health-injuries-note = መልሱ «አዎ» ከሆነ፣ አሁኑኑ የሕክምና እርዳታ ያቅርቡ። አይመርምሩ፤ እንዴት እንደደረሰም እዚህ አይጠይቁ።

interview-health-medication = የሚወስዱት መድኃኒት አለ፣ ወይም ሐኪም ወይም ነርስ ማየት ያስፈልግዎታል?
interview-health-medication-child = መድኃኒት፣ ወይም ሐኪም ወይም ነርስ ማየት ያስፈልግዎታል?

interview-health-sleep = እንቅልፍዎ እንዴት ነው?
interview-health-sleep-child = ማታ እንዴት ይተኛሉ?
interview-health-sleep-note = ከአስቸጋሪ ጉዞ በኋላ መጥፎ እንቅልፍ እና ቅዠት የተለመዱ ናቸው። እርዳታ እንዳለ ለግለሰቡ ይንገሩት።
interview-health-sleep-well = ጥሩ
interview-health-sleep-sometimes-badly = አንዳንድ ጊዜ መጥፎ
interview-health-sleep-badly = አብዛኛውን ሌሊት መጥፎ

interview-health-feeling = በቅርብ ጊዜ ስሜትዎ እንዴት ነበር?
interview-health-feeling-child = በዚህ ሰሞን በውስጥዎ ምን ይሰማዎታል?
interview-health-feeling-note = ማንኛውንም መልስ ይቀበሉ፣ «አላውቅም»ን ጨምሮ። ግለሰቡ በጣም ከተረበሸ፣ ያቁሙ፣ ድጋፍ ያቅርቡ፣ ወደ ሥነ ልቦና-ማኅበራዊ አገልግሎት መላክንም ያስቡበት።

## Section: What you want

interview-section-wishes = የሚፈልጉት
interview-section-wishes-intro = የሚፈልጉት ነገር አስፈላጊ ነው። ስለ እርስዎ በሚወሰን እያንዳንዱ ውሳኔ ውስጥ እናስብበታለን።

interview-wishes-next = ቀጥሎ ምን እንዲሆን ይፈልጋሉ?
interview-wishes-next-child = አሁን ምን እንዲሆን ይፈልጋሉ?
interview-wishes-next-note = የግለሰቡን የራሱን ቃላት ይጻፉ። ማረጋገጥ የማይችሉትን ቃል አይግቡ።

interview-wishes-trusted-people = እዚህም ሆነ በሌላ ቦታ፣ ማንን ያምናሉ?
interview-wishes-trusted-people-child = የሚያምኗቸው ሰዎች እነማን ናቸው?
interview-wishes-trusted-people-note = ይህ ግለሰቡን ማን ሊደግፈው እንደሚችል እንድናውቅ ይረዳናል።

interview-wishes-worries = አሁን የሚያስጨንቅዎ ነገር አለ?
interview-wishes-worries-child = የሚያሳስብዎ ነገር አለ?

## Section: Finishing

interview-section-closing = ማጠቃለያ
interview-section-closing-intro = ልንጨርስ ተቃርበናል። ከእኔ ጋር ስለተነጋገሩ አመሰግናለሁ።

interview-closing-anything-else = ሊነግሩኝ የሚፈልጉት ሌላ ነገር አለ?
interview-closing-anything-else-child = ሌላ ሊነግሩኝ የሚፈልጉት ነገር አለ?

interview-closing-questions = ለእኛ ጥያቄ አለዎት?
interview-closing-questions-child = ሊጠይቁን የሚፈልጉት ነገር አለ?

interview-closing-next-steps-understood = ቀጥሎ ምን እንደሚሆን ነግሬዎታለሁ። ግልጽ ነው?
interview-closing-next-steps-understood-child = ቀጥሎ ምን እንደሚሆን ገብቶዎታል?
interview-closing-next-steps-understood-note = ግለሰቡን ማን እንደሚያገኘው፣ የት እንደሚቆይ፣ እኛን እንዴት ማግኘት እንደሚችል፣ እና በኋላ መልሶችን መጨመር ወይም መቀየር እንደሚችል ያስረዱ። ውይይቱን በፍጹም በከባድ ርዕስ አይጨርሱ።

## Section: Officer observations

interview-section-officer-observations = የባለሙያው ምልከታዎች
interview-section-officer-observations-intro = ለባለሙያው ብቻ። እነዚህን ጥያቄዎች ጮክ ብለው አያንብቡ። ያዩትን እና የሰሙትን ይመዝግቡ እንጂ መደምደሚያዎችን አይደለም።

interview-officer-observations-scripted-account = የግለሰቡ ታሪክ የተለማመደው ወይም ሌላ ሰው ያስተማረው ይመስል ነበር? ለምሳሌ ከሌሎች ጋር አንድ ዓይነት ቃላት፣ ወይም ከዕድሜው ጋር የማይስማሙ ቃላት።
interview-officer-observations-scripted-account-note = የተለማመደ ታሪክ ውሸት ማለት አይደለም። አንድ ሰው ለግለሰቡ ምን እንደሚል ነግሮት ሊሆን ይችላል ማለት ነው።

interview-officer-observations-signs-of-abuse = እንደ ጉዳት፣ ፍርሃት ወይም ራስን ማግለል ያሉ፣ የአካላዊ ወይም የስሜታዊ ጉዳት ሊሆኑ የሚችሉ ምልክቶችን አይተዋል?
interview-officer-observations-signs-of-abuse-note = ያዩትን ይጻፉ እንጂ መንስኤው ምን እንደሆነ የሚያስቡትን አይደለም። የጥበቃ አሠራሩን ይከተሉ።

interview-officer-observations-adult-in-control = አብሮት የመጣ አዋቂ በግለሰቡ ምትክ መለሰ፣ በቅርበት ተከታተለው፣ ወይም የሚቆጣጠረው ይመስል ነበር?
interview-officer-observations-adult-in-control-note = እንደዚያ ከሆነ፣ ቀጣዩ ውይይት ያ አዋቂ በሌለበት መካሄዱን ያረጋግጡ።
