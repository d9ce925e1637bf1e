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
app-filter-site = Site
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
app-flag-not-shared = Uniquement sur cet appareil
app-conflicts-count = { $count ->
    [one] { $count } conflit à résoudre
   *[other] { $count } conflits à résoudre
}

## Case
app-back-to-list = ← Dossiers
app-cases-title = Dossiers
app-case-sections = Sections du dossier
app-interview-keys = Touches : Alt+N question suivante · Alt+P question précédente · Alt+D ne souhaite pas répondre · Alt+R à reprendre plus tard · Alt+O non posée
app-tab-registration = Enregistrement
app-tab-consent = Consentement
app-tab-interview = Entretien
app-tab-age = Âge
app-tab-tracing = Recherche familiale
app-tab-screening = Repérage
app-tab-referrals = Orientations et suivis
app-tab-transfer = Transfert
app-tab-conflicts = Conflits
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
app-adults = Adultes qui voyagent avec la personne
app-adults-explain = Pour chaque adulte : qui il dit être, comment cela a été vérifié, et tout ce qui vous inquiète. Un enfant accompagné d’un adulte dont le lien avec lui est douteux, ou qui vous inquiète, est orienté vers la protection de l’enfance.
app-adults-none = Aucun adulte enregistré.
app-adult-name = Nom de l’adulte
app-adult-relationship = Lien qu’il déclare
app-adult-verified = Vérification du lien
app-adult-verified-not-verified = Pas encore vérifié
app-adult-verified-verified = Vérifié
app-adult-verified-doubtful = Douteux
app-adult-verified-how = Comment il a été vérifié
app-adult-documents = Documents vus
app-adult-concern = Votre inquiétude, le cas échéant
app-adult-add = Ajouter cet adulte
app-adult-save = Enregistrer les modifications
app-encounter = Où et comment la personne a été rencontrée
app-encounter-place = Lieu
app-encounter-circumstances = Circonstances

## Consent
app-consent-explain = Expliquez chaque objectif en { $language } et enregistrez la décision de la personne elle-même. Chaque objectif fait l’objet d’une décision distincte, et le consentement peut être retiré à tout moment.
app-consent-read-aloud = Lisez ceci à la personne :
app-consent-withdraw-sharing-explain = Retirer ce consentement efface le dossier au siège et sur tous les autres appareils ; il reste uniquement sur cet appareil, et le siège ne conserve qu’un décompte anonyme. Retirer le consentement ?
app-consent-withdraw-confirm = Oui, retirer
app-consent-withdraw-cancel = Continuer le partage
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
app-officer-only = Pour vous uniquement : ne le lisez pas à voix haute et ne le montrez pas à la personne.
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

## Family tracing
app-tracing-explain = Les proches que cette personne recherche. Notez toutes les orthographes que vous entendez, dans n’importe quelle écriture : les correspondances sont trouvées d’une écriture à l’autre et sur tous les sites.
app-tracing-add = Ajouter un proche à rechercher
app-tracing-relationship = Lien de parenté (mère, frère, tante…)
app-tracing-names = Noms et orthographes (un par ligne)
app-tracing-age = Âge en années, ou date de naissance
app-tracing-last-seen-place = Lieu où la personne a été vue pour la dernière fois
app-tracing-last-seen-date = Date où la personne a été vue pour la dernière fois (2023, 2023-06 ou 2023-06-21)
app-tracing-contacts = Contacts, ou personnes qui pourraient savoir (un par ligne)
app-tracing-find = Rechercher des correspondances
app-tracing-no-candidates = Aucune personne enregistrée ne correspond pour l’instant. Réessayez plus tard : de nouveaux enregistrements arrivent à chaque synchronisation.
app-tracing-score = Correspondance { $score } %
app-tracing-confirm = Même personne
app-tracing-reject = Pas la même personne
app-tracing-confirmed = Confirmée
app-tracing-rejected = Écartée
app-tracing-decided-by = par { $user }, le { $when }

## Screening for trafficking and exploitation
app-screening-explain = Notez ce que vous observez ou ce que la personne vous dit. Ne lisez pas cette liste à la personne.
app-screening-source = Comment vous le savez
app-indicator-source-observed = Observé
app-indicator-source-stated = La personne l’a dit
app-indicator-source-document = Dans un document
app-indicator-source-third-party = Quelqu’un d’autre l’a dit
app-indicator-source-interview-answer = Lors de l’entretien
app-screening-record = Noter
app-screening-dismiss = Ne s’applique pas
app-screening-restore = S’applique finalement
app-screening-dismissed = jugé non applicable
app-screening-reasons = Pourquoi :
app-screening-no-reasons = Aucun indicateur noté.

## Referrals and follow-ups
app-service-child-protection = Protection de l’enfance
app-service-anti-trafficking = Service de lutte contre la traite
app-service-health = Soins de santé
app-service-psychosocial = Soutien psychosocial
app-service-legal = Aide juridique
app-service-shelter = Hébergement
app-service-guardianship = Tutelle
app-service-family-tracing = Service de recherche familiale
app-referral-service = Service
app-referral-urgent = Urgent
app-referral-note = Note pour le service
app-referral-status = Statut
app-referral-status-proposed = Proposée
app-referral-status-made = Effectuée
app-referral-status-accepted = Acceptée
app-referral-status-declined = Refusée
app-referral-status-completed = Terminée
app-referrals-add = Ajouter une orientation
app-referrals-none = Aucune orientation pour l’instant.
app-referral-basis = Ce qui permet cette orientation
app-referral-basis-consent = Le consentement de la personne à l’orientation
app-referral-basis-best-interest-decision = Une décision dans l’intérêt supérieur de l’enfant
app-referral-basis-mandatory-report = Un signalement exigé par la loi
app-follow-ups = Suivis
app-follow-up-due = Échéance
app-follow-up-note = À faire
app-follow-up-add = Ajouter un suivi
app-follow-up-done = Fait
app-follow-up-overdue = En retard
app-follow-ups-none = Aucun suivi prévu.

## Transfer
app-transfer-explain = Confiez ce dossier à un autre site. Le siège le remet à ce site lors de la prochaine synchronisation.
app-transfer-to = Site destinataire
app-transfer-reason = Motif
app-transfer-do = Transférer le dossier
app-transfer-history = De { $from } à { $to }, le { $when }, par { $user }

## Conflicts
app-conflicts-explain = Deux appareils ont modifié la même information hors connexion. Les deux valeurs sont conservées jusqu’à ce que vous en choisissiez une ; votre choix est envoyé comme toute autre modification.
app-conflicts-none = Rien à résoudre dans ce dossier.
app-conflict-written = Saisi par { $user }, le { $when }
app-conflict-unknown-writer = On ne sait pas qui l’a saisi
app-conflict-keep = Garder cette valeur

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
app-error-adult-name-missing = Indiquez le nom de l’adulte.
app-error-referral-needs-basis = { $state ->
        [refused] La personne a refusé de consentir à l’orientation.
        [withdrawn] La personne a retiré son consentement à l’orientation.
       *[other] La question de l’orientation n’a pas encore été posée à la personne.
    } Sans ce consentement, choisissez la base légale de l’orientation : une décision dans l’intérêt supérieur de l’enfant ou un signalement exigé par la loi.
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
app-error-entry-missing = Cette entrée n’existe plus (elle a peut-être été modifiée sur un autre appareil). Rouvrez le dossier.
app-error-transfer-same-site = Le dossier se trouve déjà sur ce site. Indiquez le site destinataire.

## Sync with headquarters (top bar, sync screen, and why a sync did not finish)
app-sync-title = Synchronisation avec le siège
app-sync-status-not-enrolled = Appareil non connecté au siège
app-sync-status-running = Synchronisation…
app-sync-status-error = Non synchronisé
app-sync-status-never = Pas encore synchronisé
app-sync-status-ok = Synchronisé le { $when }
app-sync-progress = Envoyés jusqu’ici : { $sent } ; reçus : { $received }
app-sync-pending-label = En attente d’envoi
app-sync-pending =
    { $count ->
        [one] { $count } dossier
        [many] { $count } de dossiers
       *[other] { $count } dossiers
    }
app-sync-nothing-pending = Rien : le siège a déjà tout ce qui vient de cet appareil.
app-sync-last-success = Dernière synchronisation
app-sync-last-attempt = Dernière tentative
app-sync-works-offline = Continuez à travailler normalement : tout est enregistré sur cet appareil, et la synchronisation se fait en arrière-plan, sans vous interrompre.
app-sync-now = Synchroniser maintenant
app-sync-hq = Adresse du siège
app-sync-code = Code d’inscription
app-sync-enroll = Connecter cet appareil
app-sync-enroll-hint = Demandez au siège un code d’inscription à usage unique pour ce site, puis saisissez-le ici.
app-sync-not-enrolled = Cet appareil n’est pas encore connecté au siège.
app-sync-unreachable = Impossible de joindre le siège. Votre travail est en sécurité sur cet appareil et sera envoyé dès que la connexion reviendra.
app-sync-impostor = Ce code n’a pas été accepté : il a peut-être été mal saisi, ou il était déjà utilisé ou expiré (un code est valable 24 heures), ou la réponse ne venait pas du siège qui l’a émis. Rien n’a été enregistré. Vérifiez le code et l’adresse du siège, ou demandez un nouveau code au siège.
app-sync-unauthenticated = Une réponse présentée comme venant du siège n’a pas pu être vérifiée : rien de ce qu’elle contenait n’a été appliqué, et vos dossiers n’ont pas changé. Quelqu’un interfère peut-être sur le réseau ; réessayez plus tard ou sur un autre réseau.
app-sync-reenroll = Cet appareil a été connecté avant que le siège ne commence à signer ses réponses. Demandez au siège un nouveau code d’inscription, puis connectez à nouveau l’appareil ; vos dossiers restent sur cet appareil.
app-sync-insecure-url = Le siège doit être joint avec une adresse qui commence par https://. Le simple http:// n’est autorisé que vers cet ordinateur lui-même (localhost).
app-sync-certificate = Le siège a présenté un certificat de sécurité différent de celui auquel cet appareil a fait confiance lors de son inscription : la synchronisation a donc été arrêtée avant tout envoi. Quelqu’un interfère peut-être sur le réseau ; prévenez le siège.
app-sync-failed = La synchronisation n’a pas abouti. Rien n’a été perdu ; elle sera relancée automatiquement.
app-sync-revoked = Le siège a retiré cet appareil : ses dossiers en ont donc été supprimés. Contactez votre responsable.
app-sync-unknown-device = Le siège ne reconnaît pas cet appareil. Demandez un nouveau code d’inscription.
app-sync-clock = La date ou l’heure de cet appareil est incorrecte. Corrigez-la dans les paramètres du système, puis relancez la synchronisation.
app-sync-enrollment-code = Ce code d’inscription est incorrect, déjà utilisé ou expiré. Demandez-en un nouveau au siège.
app-sync-enroll-later = Le siège n’accepte pas d’inscriptions depuis ce réseau pour le moment. Votre code reste valable : réessayez dans dix minutes.
app-sync-version = Le siège utilise une autre version de Waypoint. Demandez la mise à jour de cette application.
app-sync-site-mismatch = Ce code est destiné au site { $hq }, mais cet appareil est utilisé sur le site { $device }. Demandez un code pour { $device }.
app-sync-code-missing = Indiquez le code d’inscription.
app-sync-already-enrolled = Cet appareil est déjà connecté au siège.

## Consent, explained to the person in their language (read aloud; -child: for a child)

app-consent-tell-registration = Nous aimerions noter votre nom et ce que vous nous dites, pour pouvoir vous aider. Vous pouvez dire non.
app-consent-tell-registration-child = Est-ce qu’on peut écrire ton nom et ce que tu nous racontes ? Ça nous aide à t’aider. Tu peux dire non.
app-consent-tell-sharing-with-hq = Nous aimerions envoyer votre dossier à notre bureau central, pour que nos autres bureaux puissent vous aider si vous allez ailleurs. Si vous dites non, votre dossier reste dans ce bureau, sur cet ordinateur, et le bureau central compte seulement que ce bureau a rencontré quelqu’un : le mois, votre tranche d’âge, si vous êtes une femme ou un homme, et si nous sommes inquiets pour votre sécurité. Il ne reçoit jamais votre nom, ni ce que vous nous avez dit. Si vous dites oui et que vous changez d’avis plus tard, nous effaçons votre dossier au bureau central et sur les autres ordinateurs, et le bureau central ne garde que ce décompte.
app-consent-tell-sharing-with-hq-child = Est-ce qu’on peut envoyer ton dossier à notre bureau principal ? Comme ça, nos autres bureaux pourront t’aider si tu vas ailleurs. Si tu dis non, ton dossier reste ici, sur cet ordinateur, et ton nom n’est pas envoyé au bureau principal. Tu peux changer d’avis plus tard, et alors on l’efface là-bas.
app-consent-tell-family-tracing = Nous aimerions utiliser vos informations pour rechercher votre famille, et pour que votre famille puisse vous retrouver par notre intermédiaire. Vous pouvez dire non, ou nous demander d’arrêter à tout moment.
app-consent-tell-family-tracing-child = Est-ce qu’on peut utiliser ton nom pour chercher ta famille, et pour qu’elle puisse te retrouver ? Tu peux dire non, ou nous dire d’arrêter.
app-consent-tell-referral = Nous aimerions parler de vous à un autre service, par exemple un médecin, un avocat ou un centre d’hébergement, pour qu’il puisse vous aider. Nous lui disons seulement ce dont il a besoin. Vous pouvez dire non.
app-consent-tell-referral-child = Est-ce qu’on peut parler de toi à d’autres personnes qui aident, comme un médecin ou un endroit sûr où rester ? On leur dit seulement ce qu’elles ont besoin de savoir. Tu peux dire non.
app-consent-tell-photo = Nous aimerions prendre une photo de vous, uniquement pour votre dossier. Vous pouvez dire non.
app-consent-tell-photo-child = Est-ce qu’on peut prendre une photo de toi pour ton dossier ? Tu peux dire non.
