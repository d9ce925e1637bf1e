### Family tracing: candidate matches between a sought person and registered persons.
### Reasons are shown to a caseworker next to each candidate, so that they can judge the match.

## Why a candidate was found (or counts less)

tracing-reason-names-match = Os nomes coincidem
tracing-reason-names-match-across-scripts = Os nomes coincidem em alfabetos diferentes
tracing-reason-names-similar = Os nomes são parecidos, mas podem ser nomes diferentes
tracing-reason-sex-matches = O sexo coincide
tracing-reason-sex-differs = O sexo é diferente
tracing-reason-ages-overlap = As faixas de idade se sobrepõem
tracing-reason-ages-close = As idades são próximas, mas as faixas não se sobrepõem
tracing-reason-ages-apart = As idades são muito diferentes
tracing-reason-same-nationality = Mesma nacionalidade
tracing-reason-nationality-differs = Nacionalidade diferente
tracing-reason-shared-language = Fala uma língua em comum
tracing-reason-no-shared-language = Nenhuma língua em comum
tracing-reason-place-matches = Registro feito no local onde a pessoa foi vista pela última vez
tracing-reason-registered-after-last-seen = Registro feito depois da data em que a pessoa foi vista pela última vez
tracing-reason-registered-before-last-seen = Registro feito muito antes da data em que a pessoa foi vista pela última vez
tracing-reason-relationship-fits = A idade e o sexo são compatíveis com o parentesco
tracing-reason-relationship-unlikely = A idade ou o sexo não são compatíveis com o parentesco

## Relationship of the sought person to the person looking for them

tracing-relationship-mother = Mãe
tracing-relationship-father = Pai
tracing-relationship-son = Filho
tracing-relationship-daughter = Filha
tracing-relationship-sister = Irmã
tracing-relationship-brother = Irmão
tracing-relationship-spouse = Marido, esposa ou companheiro(a)
tracing-relationship-grandparent = Avô ou avó
tracing-relationship-other = Outro familiar ou amigo

## Candidate list

tracing-candidates-title = Possíveis correspondências para { $name }
tracing-candidates-none = Ainda não há nenhuma correspondência possível. A busca é feita de novo sempre que novas pessoas são registradas.
tracing-candidate-score = Grau de correspondência: { $percent }%
tracing-candidate-confirm = Confirmar correspondência
tracing-candidate-reject = Não é esta pessoa
