### Family tracing: candidate matches between a sought person and registered persons.
### Reasons are shown to a caseworker next to each candidate, so that they can judge the match.

## Why a candidate was found (or counts less)

tracing-reason-names-match = Names match
tracing-reason-names-match-across-scripts = Names match across scripts
tracing-reason-names-similar = Names are similar, but may be different names
tracing-reason-sex-matches = Same sex
tracing-reason-sex-differs = Sex differs
tracing-reason-ages-overlap = Age ranges overlap
tracing-reason-ages-close = Ages are close, but the ranges do not overlap
tracing-reason-ages-apart = Ages are far apart
tracing-reason-same-nationality = Same nationality
tracing-reason-nationality-differs = Nationality differs
tracing-reason-shared-language = Speaks a language in common
tracing-reason-no-shared-language = No language in common
tracing-reason-place-matches = Registered where last seen
tracing-reason-registered-after-last-seen = Registered after the date last seen
tracing-reason-registered-before-last-seen = Registered well before the date last seen
tracing-reason-relationship-fits = Age and sex fit the relationship
tracing-reason-relationship-unlikely = Age or sex do not fit the relationship

## Relationship of the sought person to the person looking for them

tracing-relationship-mother = Mother
tracing-relationship-father = Father
tracing-relationship-son = Son
tracing-relationship-daughter = Daughter
tracing-relationship-sister = Sister
tracing-relationship-brother = Brother
tracing-relationship-spouse = Husband, wife or partner
tracing-relationship-grandparent = Grandparent
tracing-relationship-other = Other relative or friend

## Candidate list

tracing-candidates-title = Possible matches for { $name }
tracing-candidates-none = No possible match yet. Tracing looks again whenever new people are registered.
tracing-candidate-score = Match score: { $percent }%
tracing-candidate-confirm = Confirm match
tracing-candidate-reject = Not this person
