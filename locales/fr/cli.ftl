# The `waypoint` command for administrators and testers.

cli-passphrase-prompt = Phrase secrète
cli-passphrase-confirm = Saisissez à nouveau la phrase secrète
cli-passphrases-differ = Les deux phrases secrètes sont différentes. Rien n’a été modifié.
cli-new-user-passphrase-prompt = Phrase secrète du nouveau compte
cli-store-initialised = Données Waypoint créées à l’emplacement { $path }.
cli-user-added = Compte { $user } ajouté.
cli-demo-data-created = { $count ->
    [one] { $count } dossier fictif créé.
   *[other] { $count } dossiers fictifs créés.
}
cli-case-exported = Dossier écrit dans { $path }.
cli-audit-verified = { $entries ->
    [one] Le journal d’audit est intact ({ $entries } entrée vérifiée).
   *[other] Le journal d’audit est intact ({ $entries } entrées vérifiées).
}
cli-code-ambiguous = Plusieurs dossiers ont le code { $code } (créés sur des appareils différents). Indiquez plutôt l’identifiant du dossier ; `waypoint cases search { $code }` les affiche.
cli-names-line-malformed = La ligne { $line } n’a pas de tabulation entre les deux noms ; elle a été ignorée.
cli-names-malformed-lines = { $count ->
    [one] { $count } ligne n’a pas pu être comparée (voir ci-dessus).
   *[other] { $count } lignes n’ont pas pu être comparées (voir ci-dessus).
}
cli-i18n-missing = Manquant : { $message }
cli-i18n-extra = Absent de l’anglais (à supprimer ou à renommer) : { $message }
cli-i18n-malformed = Illisible : { $message }
cli-i18n-placeables = Les variables de { $message } ne sont pas les mêmes qu’en anglais : l’anglais a { $expected } ; cette traduction a { $found }.
cli-i18n-coverage = { $locale }	{ $name }	{ $percent }%	{ $status }
cli-i18n-check-failed = Certaines langues sont incomplètes ou contiennent des erreurs (voir la liste ci-dessus).
