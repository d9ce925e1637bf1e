### Family tracing: candidate matches between a sought person and registered persons.
### Reasons are shown to a caseworker next to each candidate, so that they can judge the match.

## Why a candidate was found (or counts less)

tracing-reason-names-match = Los nombres coinciden
tracing-reason-names-match-across-scripts = Los nombres coinciden en alfabetos distintos
tracing-reason-names-similar = Los nombres se parecen, pero pueden ser nombres distintos
tracing-reason-sex-matches = El sexo coincide
tracing-reason-sex-differs = El sexo no coincide
tracing-reason-ages-overlap = Los rangos de edad se solapan
tracing-reason-ages-close = Las edades son cercanas, pero los rangos no se solapan
tracing-reason-ages-apart = Las edades son muy distintas
tracing-reason-same-nationality = Misma nacionalidad
tracing-reason-nationality-differs = Nacionalidad distinta
tracing-reason-shared-language = Habla un idioma en común
tracing-reason-no-shared-language = Ningún idioma en común
tracing-reason-place-matches = Registro en el lugar donde se vio a la persona por última vez
tracing-reason-registered-after-last-seen = Registro posterior a la fecha en que se vio a la persona por última vez
tracing-reason-registered-before-last-seen = Registro muy anterior a la fecha en que se vio a la persona por última vez
tracing-reason-relationship-fits = La edad y el sexo encajan con el parentesco
tracing-reason-relationship-unlikely = La edad o el sexo no encajan con el parentesco

## Relationship of the sought person to the person looking for them

tracing-relationship-mother = Madre
tracing-relationship-father = Padre
tracing-relationship-son = Hijo
tracing-relationship-daughter = Hija
tracing-relationship-sister = Hermana
tracing-relationship-brother = Hermano
tracing-relationship-spouse = Esposo, esposa o pareja
tracing-relationship-grandparent = Abuelo o abuela
tracing-relationship-other = Otro familiar o amigo

## Candidate list

tracing-candidates-title = Posibles coincidencias para { $name }
tracing-candidates-none = Todavía no hay ninguna posible coincidencia. La búsqueda se repite cada vez que se registran personas nuevas.
tracing-candidate-score = Grado de coincidencia: { $percent } %
tracing-candidate-confirm = Confirmar coincidencia
tracing-candidate-reject = No es esta persona
