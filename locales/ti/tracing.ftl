### Family tracing: candidate matches between a sought person and registered persons.
### Reasons are shown to a caseworker next to each candidate, so that they can judge the match.

## Why a candidate was found (or counts less)

tracing-reason-names-match = ኣስማት ይሰማምዑ
tracing-reason-names-match-across-scripts = ኣስማት ብዝተፈላለየ ፊደል ተጻሒፎም፣ ግን ይሰማምዑ
tracing-reason-names-similar = ኣስማት ይመሳሰሉ፣ ግን ዝተፈላለዩ ኣስማት ክኾኑ ይኽእሉ
tracing-reason-sex-matches = ጾታ ሓደ እዩ
tracing-reason-sex-differs = ጾታ ይፈላለ
tracing-reason-ages-overlap = ዝተገመቱ ደረታት ዕድመ ይራኸቡ
tracing-reason-ages-close = ዕድመታት ቀረባ እዮም፣ ግን ደረታት ዕድመ ኣይራኸቡን
tracing-reason-ages-apart = ዕድመታት ኣዝዮም ይራሓሓቑ
tracing-reason-same-nationality = ሓደ ዜግነት
tracing-reason-nationality-differs = ዜግነት ይፈላለ
tracing-reason-shared-language = ሓባራዊ ቋንቋ ኣሎ
tracing-reason-no-shared-language = ሓባራዊ ቋንቋ የለን
tracing-reason-place-matches = ምዝገባ ኣብቲ ንመወዳእታ ግዜ ዝተራእየሉ ቦታ
tracing-reason-registered-after-last-seen = ምዝገባ ድሕሪ እቲ ንመወዳእታ ግዜ ዝተራእየሉ ዕለት
tracing-reason-registered-before-last-seen = ምዝገባ ካብቲ ንመወዳእታ ግዜ ዝተራእየሉ ዕለት ኣዝዩ ቀዲሙ
tracing-reason-relationship-fits = ዕድመን ጾታን ምስቲ ዝምድና ይሰማምዑ
tracing-reason-relationship-unlikely = ዕድመ ወይ ጾታ ምስቲ ዝምድና ኣይሰማማዕን

## Relationship of the sought person to the person looking for them

tracing-relationship-mother = ኣደ
tracing-relationship-father = ኣቦ
tracing-relationship-son = ወዲ
tracing-relationship-daughter = ጓል
tracing-relationship-sister = ሓብቲ
tracing-relationship-brother = ሓው
tracing-relationship-spouse = ሰብኣይ፣ ሰበይቲ ወይ መጻምዲ
tracing-relationship-grandparent = ኣቦሓጎ ወይ ዓባይ
tracing-relationship-other = ካልእ ዘመድ ወይ ዓርኪ

## Candidate list

tracing-candidates-title = ምስ { $name } ክሰማምዑ ዝኽእሉ ሰባት
tracing-candidates-none = ክሳብ ሕጂ ክሰማማዕ ዝኽእል ሰብ ኣይተረኽበን። ሓደስቲ ሰባት ኣብ ዝምዝገቡሉ ግዜ ኩሉ፣ ምንዳይ እንደገና ይካየድ።
tracing-candidate-score = ደረጃ ምስምማዕ፦ { $percent }%
tracing-candidate-confirm = ምስምማዕ ኣረጋግጹ
tracing-candidate-reject = እዚ ሰብ ኣይኮነን
