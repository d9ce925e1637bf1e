# The `waypoint-hq` command for headquarters administrators.

hq-listening = Le siège est à l’écoute sur { $address }.
hq-listen-failed = Impossible d’écouter sur { $address } : l’adresse est déjà utilisée ou n’est pas autorisée.
hq-storage-failed = Impossible d’ouvrir la base de données du siège ou d’y écrire. Rien n’a été modifié ; consultez le journal pour en savoir plus.
hq-device-code = Code d’inscription pour un appareil du site { $site } : { $code } (valable { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
}, usage unique).
hq-device-revoked = L’appareil est révoqué. À son prochain contact, il sera refusé et recevra l’ordre d’effacer ses données.
hq-device-unknown = Aucun appareil n’a cet identifiant.
hq-device-id-invalid = Un identifiant d’appareil se compose de 32 chiffres hexadécimaux.
hq-case-id-invalid = Un identifiant de dossier est un UUID (32 chiffres hexadécimaux, tirets facultatifs).
hq-case-erased = Le dossier est effacé au siège. Les appareils qui le détiennent le supprimeront à leur prochaine synchronisation, puis le confirmeront.
hq-database-invalid = Une adresse de base de données s’écrit sqlite:CHEMIN ou postgres://utilisateur@hôte:port/nom.
hq-migrated = Transféré vers PostgreSQL : appareils : { $devices }, dossiers : { $cases }, modifications : { $changes }. Les appareils reprennent là où ils s’étaient arrêtés.
hq-migrate-target-not-empty = La base de données cible contient déjà des appareils ou des dossiers. Le transfert ne remplit qu’une base du siège vide ; rien n’a été modifié.
