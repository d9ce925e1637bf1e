## The desktop app: every word on its screens. Officers read this under pressure: short,
## plain, kind. Errors say what to do next.

## Frame
app-loading = Ouverture de Waypoint…
app-ui-language = Votre langue
app-quick-hide = Masquer
app-quick-hide-hint = Tout masquer tout de suite (Esc)
app-lock = Verrouiller
app-dismiss = Fermer
app-save-saving = Enregistrement…
app-save-saved = Enregistré
app-save-error = Non enregistré — voir le message
app-neutral-title = Waypoint
app-neutral-continue = Continuer

## Set-up and unlock
app-setup-title = Configurer cet appareil
app-setup-explain = Tout ce qui se trouve sur cet appareil est chiffré avec votre phrase secrète. Choisissez-en une que vous pourrez retenir : en cas d’oubli, elle ne peut pas être récupérée.
app-setup-site = Site (poste-frontière ou centre d’hébergement)
app-setup-submit = Configurer
app-user = Nom du compte
app-passphrase = Phrase secrète
app-passphrase-again = Confirmez la phrase secrète
app-unlock-title = Déverrouiller
app-unlock-submit = Déverrouiller

## Case list
app-search-placeholder = Rechercher par nom (toute écriture) ou par code de dossier
app-new-case = Nouveau dossier
app-no-cases = Aucun dossier trouvé.
app-no-name = (pas encore de nom)
app-filter-any = Tous
app-filter-status = Statut
app-filter-risk = Risque
app-filter-age-band = Âge
app-filter-flag = Marqueur
app-status-open = Ouvert
app-status-transferred = Transféré
app-status-closed = Clôturé
app-risk-none = Aucun indicateur de risque
app-risk-low = Risque faible
app-risk-medium = Risque moyen
app-risk-high = Risque élevé
app-age-band-0-4 = 0–4
app-age-band-5-11 = 5–11
app-age-band-12-14 = 12–14
app-age-band-15-17 = 15–17
app-age-band-18-59 = 18–59
app-age-band-60-plus = 60 ans et plus
app-age-band-unknown = Âge inconnu
app-flag-child = Enfant
app-flag-unaccompanied = Sans accompagnement
app-flag-separated = Séparation familiale
app-flag-referral-prompt = Orientation nécessaire
app-flag-age-disputed = Âge contesté
app-flag-trafficking-risk = Risque de traite
app-conflicts-count = { $count ->
    [one] { $count } conflit à résoudre
   *[other] { $count } conflits à résoudre
}

## Case
app-back-to-list = ← Dossiers
app-tab-registration = Enregistrement
app-tab-consent = Consentement
app-tab-interview = Entretien
app-tab-age = Âge
app-referral-prompt = Orientez cette personne dès maintenant :
app-age-treated-as-child = Personne traitée comme un enfant{ $basis ->
    [doubt] { " " }(âge incertain)
    [disputed_assessment] { " " }(évaluation contestée)
   *[other] {""}
}
app-age-adult = Personne traitée comme un adulte
app-age-range = { $min }–{ $max } ans

## Registration
app-names = Noms
app-name-given = Prénom
app-name-family = Nom de famille
app-name-alias = Autre nom ou autre orthographe
app-add = Ajouter
app-remove = Retirer
app-sex = Sexe
app-sex-female = Féminin
app-sex-male = Masculin
app-sex-other = Autre
app-sex-not-stated = Préfère ne pas répondre
app-birth = Date de naissance ou âge
app-birth-kind-unknown = Inconnu
app-birth-kind-exact = Date exacte
app-birth-kind-approximate = Année (et mois)
app-birth-kind-stated-age = Âge indiqué par la personne
app-birth-date = Date de naissance (année-mois-jour)
app-birth-year = Année
app-birth-month = Mois (1–12)
app-stated-age = Âge en années
app-origin = Nationalité et langues
app-nationalities = Nationalités (séparées par des virgules)
app-languages-spoken = Langues parlées (codes comme ar, ti, so)
app-preferred-language = Langue souhaitée pour l’entretien
app-not-known = Inconnue
app-accompaniment = Voyage avec
app-accompaniment-unaccompanied = Aucun adulte (sans accompagnement)
app-accompaniment-separated = Séparation d’avec les parents ou l’adulte qui s’en occupe habituellement
app-accompaniment-accompanied = Avec les parents ou l’adulte qui s’en occupe habituellement
app-encounter = Où et comment la personne a été rencontrée
app-encounter-place = Lieu
app-encounter-circumstances = Circonstances

## Consent
app-consent-explain = Expliquez chaque objectif en { $language } et enregistrez la décision de la personne elle-même. Chaque objectif fait l’objet d’une décision distincte, et le consentement peut être retiré à tout moment.
app-consent-given-by = Décision prise par
app-consent-giver-person = La personne elle-même
app-consent-giver-guardian = Parent, tuteur ou tutrice
app-consent-giver-best-interest-decision = Décision dans l’intérêt supérieur de l’enfant
app-consent-guardian-name = Nom du parent, du tuteur ou de la tutrice
app-consent-role = Fonction de la personne qui prend la décision
app-consent-purpose = { $purpose ->
    [registration] Enregistrement de ses informations
    [sharing_with_hq] Partage avec le siège
    [family_tracing] Recherche familiale
    [referral] Orientation vers des services
   *[photo] Photo
}
app-consent-not-asked = Pas encore demandé
app-consent-given = Donné
app-consent-refused = Refusé
app-consent-withdrawn = Retiré
app-consent-give = Donne son consentement
app-consent-refuse = Refuse
app-consent-withdraw = Retire son consentement

## Interview
app-interview-language = Langue de l’entretien
app-sitting-controls = Séance
app-end-sitting = Terminer la séance (achevée)
app-in-your-language = Dans votre langue
app-interpreter = Interprète (le cas échéant)
app-start-interview = Commencer l’entretien en { $language }
app-continue-interview = Reprendre l’entretien en { $language }
app-sitting-completed = achevée
app-sitting-paused = en pause
app-sitting-stopped-by-person = arrêtée par la personne
app-sitting-stopped-by-officer = arrêtée par le personnel
app-question-progress = Question { $n } sur { $total }
app-layout-section = Afficher toute la section
app-layout-one = Une question à la fois
app-previous = Précédente
app-next = Suivante
app-sensitive-question = Question sensible : ne la posez que lorsque la personne est prête, et proposez une pause.
app-officer-note = Note pour le personnel
app-yes = Oui
app-no = Non
app-answer-answered = Réponse donnée
app-answer-declined = Ne souhaite pas répondre
app-answer-not-asked = Non posée
app-answer-revisit = À reprendre plus tard

## Age assessment
app-age-new = Nouvelle évaluation de l’âge
app-age-method = Méthode
app-age-method-documents = Documents
app-age-method-statement = Déclaration de la personne
app-age-method-holistic = Évaluation globale
app-age-min = Âge le plus bas
app-age-max = Âge le plus haut
app-age-indicators = Éléments sur lesquels repose l’évaluation (un par ligne)
app-age-outcome = Résultat
app-age-disputed = La personne conteste ce résultat
app-age-save = Enregistrer l’évaluation

## Errors from the app's checks (shown next to the field)
app-error-locked = Waypoint s’est verrouillé pour protéger les données. Déverrouillez pour continuer ; tout ce qui a été enregistré est conservé.
app-error-unlock-failed = Le nom du compte ou la phrase secrète est incorrect. Vérifiez la langue du clavier et la touche Verr. Maj, puis réessayez.
app-error-passphrase-mismatch = Les deux phrases secrètes ne sont pas identiques.
app-error-site-missing = Indiquez le site où cet appareil est utilisé.
app-error-user-missing = Indiquez un nom de compte.
app-error-auto-lock-range = Choisissez une durée entre { $min } et { $max } minutes.
app-error-hq-url = L’adresse du siège doit commencer par http:// ou https://.
app-error-text-too-long = Ce texte est trop long ({ $max } caractères au maximum).
app-error-language-invalid = Ce n’est pas un code de langue (utilisez des codes comme ar, ti ou so).
app-error-guardian-name-missing = Indiquez le nom du parent, du tuteur ou de la tutrice.
app-error-no-open-sitting = Commencez ou reprenez d’abord l’entretien.
app-error-unknown-question = Cette question ({ $question }) ne fait pas partie du modèle d’entretien.
app-error-not-asked-reason = Indiquez pourquoi la question n’a pas été posée.
app-error-answer-kind = Cette réponse ne correspond pas à la question.
app-error-partial-date = Écrivez la date sous la forme d’une année (2015), d’une année et d’un mois (2015-06) ou d’une date complète (2015-06-21).
app-error-birth-date-invalid = Cette date n’existe pas. Écrivez-la sous la forme année-mois-jour, par exemple 2011-04-23.
app-error-birth-date-future = Cette date est dans le futur.
app-error-birth-year-range = L’année doit être comprise entre { $min } et { $max }.
app-error-age-too-high = Un âge supérieur à { $max } ans n’est pas possible.
app-error-age-range-inverted = L’âge le plus haut est inférieur à l’âge le plus bas. Vérifiez les deux nombres.
