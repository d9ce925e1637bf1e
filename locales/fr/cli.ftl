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
