# Errors, validation diagnostics, consent refusals and risk reasons.
# Shown to officers in the app, the CLI and the HQ dashboard. Plain words; say what to do next.
# Arguments never carry personal data of the people registered.

## Store and login

error-wrong-passphrase = La phrase secrète est incorrecte. Vérifiez la langue du clavier et la touche Verr. Maj, puis réessayez.
error-unknown-user = Il n’y a pas de compte { $user } sur cet appareil. Demandez à votre administrateur de vous ajouter.
error-user-exists = Un compte nommé { $user } existe déjà sur cet appareil. Choisissez un autre nom.
error-store-missing = Aucune donnée Waypoint n’a été trouvée à l’emplacement { $path }. Configurez d’abord cet appareil.
error-store-exists = Des données Waypoint existent déjà à l’emplacement { $path }. Rien n’a été modifié.
error-store-corrupt = Les données de cet appareil sont endommagées et ne peuvent pas être lues. Ne supprimez rien ; contactez votre administrateur, qui peut les restaurer depuis le siège.
error-store-truncated = Le fichier de données de cet appareil est incomplet (il n’a peut-être été copié qu’en partie). Ne supprimez rien ; contactez votre administrateur.
error-store-too-new = Ces données ont été écrites par une version plus récente de Waypoint (format { $found } ; cette version lit jusqu’au format { $supported }). Mettez à jour Waypoint sur cet appareil.
error-case-not-found = Le dossier { $case } n’est pas sur cet appareil.
error-sought-person-not-found = Ce dossier n’a aucune personne recherchée avec l’identifiant { $entry }. Elle a peut-être été supprimée sur un autre appareil ; rechargez le dossier.
error-passphrase-too-short = La phrase secrète est trop courte. Utilisez au moins { $min } caractères ; quelques mots mis bout à bout sont faciles à retenir.
error-audit-broken = Le journal d’audit a été modifié ou endommagé à l’entrée { $seq }. Signalez-le à votre responsable.
error-case-invalid = Ce dossier n’a pas pu être lu. Rien n’a été modifié.
error-io = L’appareil n’a pas pu lire ou écrire ses données ({ $detail }). Vérifiez qu’il reste de la place sur le disque, puis réessayez.
error-internal = Un problème est survenu dans Waypoint. Rien de ce que vous avez enregistré n’a été perdu. Réessayez ; si cela se reproduit, prévenez votre administrateur.

## Validation of a case (shown next to the field; nothing typed is lost)

diag-no-name = Aucun nom enregistré pour l’instant. Un dossier peut être enregistré sans nom.
diag-name-empty = Ce nom est vide.
diag-age-range-inverted = L’âge le plus bas ({ $min }) est supérieur à l’âge le plus haut ({ $max }). Vérifiez les deux nombres.
diag-age-implausible = Un âge supérieur à { $max } ans n’est pas possible. Vérifiez le nombre.
diag-age-single-indicator = Une évaluation de l’âge ne doit pas reposer sur un seul indicateur.
diag-date-future = Cette date est dans le futur.
diag-date-impossible = Cette date n’existe pas. Vérifiez le jour et le mois.
diag-answer-without-value = Cette question est marquée comme répondue, mais aucune réponse n’est enregistrée.
diag-not-asked-without-reason = Indiquez pourquoi cette question n’a pas été posée.
diag-ends-before-start = Cette séance se termine avant d’avoir commencé.

## Consent

# $purpose is one of: registration, sharing_with_hq, family_tracing, referral, photo.
consent-needed = Cette action nécessite un consentement pour { $purpose ->
        [registration] l’enregistrement
        [sharing_with_hq] le partage avec le siège
        [family_tracing] la recherche familiale
        [referral] l’orientation vers des services
        [photo] une photo
       *[other] cela
    }. Demandez-le d’abord à la personne (ou à son tuteur ou sa tutrice) et enregistrez sa réponse.
consent-withdrawn-stops = Le consentement pour { $purpose ->
        [registration] l’enregistrement
        [sharing_with_hq] le partage avec le siège
        [family_tracing] la recherche familiale
        [referral] l’orientation vers des services
        [photo] une photo
       *[other] cette action
    } a été retiré : l’opération a donc été arrêtée.
consent-refused-stops = Le consentement pour { $purpose ->
        [registration] l’enregistrement
        [sharing_with_hq] le partage avec le siège
        [family_tracing] la recherche familiale
        [referral] l’orientation vers des services
        [photo] une photo
       *[other] cette action
    } a été refusé : l’opération ne peut donc pas avoir lieu.

## Risk reasons (why a risk level was given)

risk-reason-irregular-travel = Itinéraire ou conditions de voyage irréguliers ou inhabituels.
risk-reason-sudden-separation = Séparation soudaine d’avec la famille.
risk-reason-living-change = Changement brusque du lieu de vie de la personne ou des gens avec qui elle vit.
risk-reason-documents-held-by-others = Quelqu’un d’autre détient les papiers d’identité ou de voyage de la personne.
risk-reason-debt-bondage = La personne a une dette envers ceux qui ont organisé son voyage ou son travail.
risk-reason-work-exploitation = Travail non payé, forcé ou dangereux.
risk-reason-signs-of-abuse = Signes de violences physiques, sexuelles ou psychologiques.
risk-reason-controlled-movement = Quelqu’un d’autre contrôle les déplacements de la personne.
risk-reason-deceptive-recruitment = Recrutement par de fausses promesses.
risk-reason-no-contact-with-family = N’a pas le droit ou pas la possibilité de contacter sa famille.
risk-reason-fear-of-authorities = On lui a fait craindre les autorités.
risk-reason-scripted-account = Le récit semble appris par cœur ou dicté par d’autres personnes.
risk-reason-someone-else-answers = Quelqu’un d’autre répond à la place de la personne, ou ne la laisse pas seule avec le personnel.
risk-reason-worst-forms-of-child-labour = Travail dangereux : dans une mine, avec des machines ou des produits chimiques dangereux, de lourdes charges, ou de nuit.
risk-reason-child-labour-under-minimum-age = A commencé à travailler avant l’âge minimum légal pour travailler.
risk-reason-sexual-exploitation = Exploitation sexuelle.
risk-reason-forced-marriage = Mariage forcé ou mariage d’enfant.
risk-reason-armed-group-recruitment = Recrutement ou utilisation par une force ou un groupe armé.
risk-reason-child-exploitation = Un enfant est exploité. Pour un enfant, cela suffit à constituer la traite : il n’est pas nécessaire de prouver la force, la fraude ou la tromperie.
risk-reason-doubtful-adult = L’enfant voyage avec un adulte dont le lien avec lui est douteux, ou qui inquiète le personnel.
risk-reason-unaccompanied-child = Enfant sans parent ni adulte qui s’occupe habituellement de lui.
risk-reason-strong-indicator-child = Un indicateur fort de traite concerne un enfant.
risk-reason-several-strong = Plusieurs indicateurs forts réunis.

## Interview templates (shown to whoever loads or edits a template)

template-error-json = Le fichier de modèle n’est pas valide (ligne { $line }, colonne { $column }). Vérifiez la ponctuation et les noms de champs à cet endroit.
template-error-invalid-message-id = La clé de texte { $key } n’est pas un nom de message valide.
template-error-duplicate-not-asked-reason = Le motif { $reason } figure deux fois.
template-error-duplicate-section = La section { $section } apparaît deux fois.
template-error-duplicate-question = La question { $question } apparaît deux fois.
template-error-malformed-question-id = L’identifiant de question { $question } doit s’écrire sous la forme section.nom.
template-error-question-outside-section = La question { $question } est placée dans la section { $section }, que son identifiant ne mentionne pas.
template-error-missing-choices = La question { $question } propose des choix mais n’en indique aucun.
template-error-unexpected-choices = La question { $question } n’est pas une question à choix, mais elle indique des choix.
template-error-duplicate-choice = La question { $question } indique deux fois le choix { $choice }.
template-error-unknown-indicator = La question { $question } fait référence à un indicateur inconnu, { $indicator }.
template-error-screening-not-supported = La question { $question } ne peut pas déclencher d’indicateurs : seules les réponses oui/non et à choix le peuvent.
template-error-empty-when = La question { $question } est liée à { $indicator } mais n’indique aucune réponse qui le déclenche.
template-error-invalid-yes-no = La question { $question } est de type oui/non, mais son lien indique { $value }.
template-error-unknown-choice = La question { $question } n’a pas de choix { $choice }.
