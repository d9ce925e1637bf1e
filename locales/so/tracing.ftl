### Family tracing: candidate matches between a sought person and registered persons.
### Reasons are shown to a caseworker next to each candidate, so that they can judge the match.

## Why a candidate was found (or counts less)

tracing-reason-names-match = Magacyadu waa isku mid
tracing-reason-names-match-across-scripts = Magacyadu waa isku mid, in kasta oo far kala duwan lagu qoray
tracing-reason-names-similar = Magacyadu way isu eg yihiin, laakiin waxay noqon karaan magacyo kala duwan
tracing-reason-sex-matches = Jinsigu waa isku mid
tracing-reason-sex-differs = Jinsigu waa kala duwan yahay
tracing-reason-ages-overlap = Xadka da'aha la qiyaasay way is dhex galaan
tracing-reason-ages-close = Da'aha way isku dhow yihiin, laakiin xadkoodu isma dhex galo
tracing-reason-ages-apart = Da'aha aad bay u kala fog yihiin
tracing-reason-same-nationality = Dhalashadu waa isku mid
tracing-reason-nationality-differs = Dhalashadu waa kala duwan tahay
tracing-reason-shared-language = Waxaa jira luqad ay wadaagaan
tracing-reason-no-shared-language = Ma jiro luqad ay wadaagaan
tracing-reason-place-matches = Waxaa lagu diiwaangeliyay meeshii ugu dambaysay ee lagu arkay
tracing-reason-registered-after-last-seen = Waxaa la diiwaangeliyay kadib taariikhdii ugu dambaysay ee la arkay
tracing-reason-registered-before-last-seen = Waxaa la diiwaangeliyay waqti dheer ka hor taariikhdii ugu dambaysay ee la arkay
tracing-reason-relationship-fits = Da'da iyo jinsigu way ku habboon yihiin xiriirka
tracing-reason-relationship-unlikely = Da'da ama jinsigu kuma habboona xiriirka

## Relationship of the sought person to the person looking for them

tracing-relationship-mother = Hooyo
tracing-relationship-father = Aabbe
tracing-relationship-son = Wiil
tracing-relationship-daughter = Gabadh
tracing-relationship-sister = Walaal gabadh ah
tracing-relationship-brother = Walaal wiil ah
tracing-relationship-spouse = Sey, xaas ama lammaane
tracing-relationship-grandparent = Awoowe ama ayeeyo
tracing-relationship-other = Qaraabo kale ama saaxiib

## Candidate list

tracing-candidates-title = Dadka laga yaabo inay yihiin { $name }
tracing-candidates-none = Weli lama helin qof laga yaabo inuu yahay. Mar kasta oo dad cusub la diiwaangeliyo, raadinta mar kale ayaa la sameeyaa.
tracing-candidate-score = Heerka isu-ekaanta: { $percent }%
tracing-candidate-confirm = Xaqiiji inay isku qof yihiin
tracing-candidate-reject = Qofkan ma aha
