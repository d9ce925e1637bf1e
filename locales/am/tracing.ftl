### Family tracing: candidate matches between a sought person and registered persons.
### Reasons are shown to a caseworker next to each candidate, so that they can judge the match.

## Why a candidate was found (or counts less)

tracing-reason-names-match = ስሞቹ ይዛመዳሉ
tracing-reason-names-match-across-scripts = ስሞቹ በተለያዩ ፊደላት ቢጻፉም ይዛመዳሉ
tracing-reason-names-similar = ስሞቹ ይመሳሰላሉ፣ ግን የተለያዩ ስሞች ሊሆኑ ይችላሉ
tracing-reason-sex-matches = ተመሳሳይ ጾታ
tracing-reason-sex-differs = ጾታው ይለያያል
tracing-reason-ages-overlap = የዕድሜ ክልሎቹ ይደራረባሉ
tracing-reason-ages-close = ዕድሜዎቹ ይቀራረባሉ፣ ግን የዕድሜ ክልሎቹ አይደራረቡም
tracing-reason-ages-apart = ዕድሜዎቹ በጣም ይራራቃሉ
tracing-reason-same-nationality = ተመሳሳይ ዜግነት
tracing-reason-nationality-differs = ዜግነቱ ይለያያል
tracing-reason-shared-language = የጋራ ቋንቋ አለ
tracing-reason-no-shared-language = የጋራ ቋንቋ የለም
tracing-reason-place-matches = ለመጨረሻ ጊዜ በታየበት ቦታ ተመዝግቧል
tracing-reason-registered-after-last-seen = ለመጨረሻ ጊዜ ከታየበት ቀን በኋላ ተመዝግቧል
tracing-reason-registered-before-last-seen = ለመጨረሻ ጊዜ ከታየበት ቀን በጣም ቀደም ብሎ ተመዝግቧል
tracing-reason-relationship-fits = ዕድሜ እና ጾታ ከዝምድናው ጋር ይስማማሉ
tracing-reason-relationship-unlikely = ዕድሜ ወይም ጾታ ከዝምድናው ጋር አይስማሙም

## Relationship of the sought person to the person looking for them

tracing-relationship-mother = እናት
tracing-relationship-father = አባት
tracing-relationship-son = ወንድ ልጅ
tracing-relationship-daughter = ሴት ልጅ
tracing-relationship-sister = እህት
tracing-relationship-brother = ወንድም
tracing-relationship-spouse = ባል፣ ሚስት ወይም የትዳር አጋር
tracing-relationship-grandparent = አያት
tracing-relationship-other = ሌላ ዘመድ ወይም ጓደኛ

## Candidate list

tracing-candidates-title = ከ{ $name } ጋር ሊዛመዱ የሚችሉ ሰዎች
tracing-candidates-none = እስካሁን ሊዛመድ የሚችል ሰው አልተገኘም። አዳዲስ ሰዎች በተመዘገቡ ቁጥር ፍለጋው እንደገና ይካሄዳል።
tracing-candidate-score = የመዛመድ ደረጃ፦ { $percent }%
tracing-candidate-confirm = መዛመዱን ያረጋግጡ
tracing-candidate-reject = ይህ ሰው አይደለም
