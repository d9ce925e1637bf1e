### Family tracing: candidate matches between a sought person and registered persons.
### Reasons are shown to a caseworker next to each candidate, so that they can judge the match.

## Why a candidate was found (or counts less)

tracing-reason-names-match = Les noms correspondent
tracing-reason-names-match-across-scripts = Les noms correspondent dans des écritures différentes
tracing-reason-names-similar = Les noms se ressemblent, mais il peut s’agir de noms différents
tracing-reason-sex-matches = Le sexe correspond
tracing-reason-sex-differs = Le sexe est différent
tracing-reason-ages-overlap = Les tranches d’âge se recoupent
tracing-reason-ages-close = Les âges sont proches, mais les tranches ne se recoupent pas
tracing-reason-ages-apart = Les âges sont très éloignés
tracing-reason-same-nationality = Même nationalité
tracing-reason-nationality-differs = Nationalité différente
tracing-reason-shared-language = Parle une langue en commun
tracing-reason-no-shared-language = Aucune langue en commun
tracing-reason-place-matches = Enregistrement au lieu où la personne a été vue pour la dernière fois
tracing-reason-registered-after-last-seen = Enregistrement après la date où la personne a été vue pour la dernière fois
tracing-reason-registered-before-last-seen = Enregistrement bien avant la date où la personne a été vue pour la dernière fois
tracing-reason-relationship-fits = L’âge et le sexe correspondent au lien de parenté
tracing-reason-relationship-unlikely = L’âge ou le sexe ne correspondent pas au lien de parenté

## Relationship of the sought person to the person looking for them

tracing-relationship-mother = Mère
tracing-relationship-father = Père
tracing-relationship-son = Fils
tracing-relationship-daughter = Fille
tracing-relationship-sister = Sœur
tracing-relationship-brother = Frère
tracing-relationship-spouse = Époux, épouse ou partenaire
tracing-relationship-grandparent = Grand-père ou grand-mère
tracing-relationship-other = Autre membre de la famille ou ami

## Candidate list

tracing-candidates-title = Correspondances possibles pour { $name }
tracing-candidates-none = Aucune correspondance possible pour l’instant. La recherche est relancée chaque fois que de nouvelles personnes sont enregistrées.
tracing-candidate-score = Score de correspondance : { $percent } %
tracing-candidate-confirm = Confirmer la correspondance
tracing-candidate-reject = Ce n’est pas cette personne
