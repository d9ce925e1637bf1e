# The `waypoint-hq` command for headquarters administrators.

hq-listening = Le siège est à l’écoute sur { $address }.
hq-certificate = Le siège a créé son propre certificat TLS ; son empreinte SHA-256 est { $fingerprint }. Les appareils qui s’inscrivent font confiance exactement à ce certificat ; comparez cette empreinte avec celle qu’affiche le navigateur lorsqu’il demande s’il faut faire confiance au tableau de bord.
hq-plain-http-refused = Le HTTP non chiffré n’est servi que sur cette machine (une adresse de bouclage comme 127.0.0.1), jamais sur { $address }. Omettez --plain-http et le siège servira lui-même le HTTPS.
hq-keys-beside-cases = Avertissement : les clés des dossiers sont conservées sur le même serveur PostgreSQL que les dossiers, donc une seule sauvegarde de ce serveur contient chaque dossier avec sa clé, et effacer un dossier ne peut pas rendre une telle sauvegarde illisible. Placez la base de données des clés sur un autre serveur (--keys-database) et ne conservez ses sauvegardes que peu de temps.
hq-proxy-certificate-invalid = --proxy-certificate attend l’empreinte SHA-256 du certificat du proxy : 64 chiffres hexadécimaux (deux-points autorisés). Rien n’a été démarré.
hq-tls-unusable = Le certificat ou la clé TLS ne peuvent pas être utilisés : les fichiers sont illisibles, ne contiennent aucun certificat ni aucune clé PEM, ou ne correspondent pas entre eux. Rien n’a été démarré.
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

hq-user-password-prompt = Mot de passe du nouvel utilisateur
hq-user-password-again = Saisissez de nouveau le mot de passe
hq-user-passwords-differ = Les deux mots de passe sont différents. Rien n’a été modifié.
hq-user-password-unreadable = Impossible de lire le mot de passe. Rien n’a été modifié.
hq-user-password-short = Le mot de passe doit compter au moins { $count } caractères. Rien n’a été modifié.
hq-user-role-invalid = Le rôle doit être l’un des suivants : officer, caseworker, interpreter, supervisor, analyst, admin.
hq-user-name-invalid = Un nom d’utilisateur compte de 1 à 64 caractères imprimables.
hq-user-exists = Un utilisateur porte déjà ce nom. Rien n’a été modifié.
hq-user-added = L’utilisateur est ajouté avec le rôle { $role }. Il peut dès maintenant se connecter au tableau de bord.

## The dashboard (`waypoint-hq serve`, in a browser).

hq-title = Siège de Waypoint
hq-login-title = Connexion
hq-login-name = Nom d’utilisateur
hq-login-password = Mot de passe
hq-login-submit = Se connecter
hq-login-failed = Le nom d’utilisateur ou le mot de passe est incorrect, ou il y a eu trop de tentatives. Patientez un instant puis réessayez.
hq-logout = Se déconnecter
hq-signed-in-as = Connecté en tant que { $user }, { $role }
hq-role = { $role ->
    [officer] Agent de frontière
    [caseworker] Travailleur social du foyer
    [interpreter] Interprète
    [supervisor] Superviseur
    [analyst] Analyste du siège
   *[admin] Administrateur
}
hq-language = Langue
hq-language-submit = Changer
hq-nav-cases = Dossiers
hq-nav-conflicts = Conflits
hq-nav-matches = Correspondances et doublons
hq-nav-transfers = Transferts
hq-nav-devices = Appareils
hq-nav-erasures = Effacement
hq-nav-audit = Journal d’audit
hq-nav-figures = Chiffres
hq-search-label = Nom dans n’importe quelle écriture, ou code du dossier
hq-search-submit = Rechercher
hq-none = Rien à afficher.
hq-done = C’est fait.
hq-col-code = Code
hq-col-name = Nom
hq-col-site = Site
hq-col-status = Statut
hq-col-actions = Actions
hq-col-confirmations = Appareils ayant confirmé l’effacement
hq-col-age = Tranche d’âge
hq-col-risk = Risque
hq-col-when = Quand
hq-col-user = Qui
hq-col-action = Action
hq-col-case = Dossier
hq-col-detail = Détail
hq-col-device = Appareil
hq-col-field = Champ
hq-col-score = Score
hq-col-reasons = Raisons
hq-case-title = Dossier { $code }
hq-case-answers = Réponses à l’entretien
hq-case-risk = Risque
hq-time = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }
hq-when = { $date } à { $time } UTC
hq-value-by = Écrit par { $user } le { $when }
hq-value-sent-by = Envoyé par l’appareil { $device }… du site { $site }. L’auteur indiqué ci-dessus est celui que cet appareil a déclaré.
hq-value-sent-at-hq = Fait ici, au siège.
hq-value-sender-unknown = On ne sait pas quel appareil a envoyé ceci.
hq-value-keep = Garder cette valeur
hq-conflict-explain = Deux personnes ont rempli ce champ en même temps. Les deux valeurs sont conservées jusqu’à ce que vous en choisissiez une ; les appareils reçoivent votre choix à leur prochaine synchronisation.
hq-match-sought = { $name } ({ $relationship }), recherché(e) dans le dossier { $code }
hq-match-confirm = Confirmer la correspondance
hq-match-reject = Ce n’est pas la même personne
hq-match-status = { $status ->
    [confirmed] Confirmée
    [rejected] Rejetée
   *[potential] À examiner
}
hq-duplicates = Doublons possibles (à examiner ; rien n’est fusionné automatiquement)
hq-duplicate-same = Même personne
hq-duplicate-different = Deux personnes différentes
hq-duplicate-confirmed = Confirmé : il s’agit d’une seule personne. Gardez le dossier le plus complet et ordonnez l’effacement de l’autre, avec le motif « Dossier en double ».
hq-transfer-title = Confier un dossier à un autre site
hq-transfer-case = Identifiant du dossier
hq-transfer-site = Site destinataire
hq-transfer-submit = Transférer
hq-device-enroll = Créer un code d’inscription
hq-device-code-shown = Code d’inscription pour { $site } : { $code }. Il est valable 24 heures et ne sert qu’une fois. Notez-le maintenant ; il ne sera plus affiché.
hq-device-revoke = Révoquer
hq-device-revoke-ask = Révoquer…
hq-device-revoke-title = Révoquer cet appareil ?
hq-device-revoke-explain = L’appareil { $device } du site { $site } sera refusé dès maintenant et recevra, à son prochain contact, l’ordre d’effacer tous les dossiers qu’il détient. Ses dossiers restent ici, au siège. C’est irréversible : l’appareil devra s’inscrire de nouveau avec un nouveau code.
hq-cancel = Annuler
hq-back = Revenir à la page
hq-skip = Aller au contenu de la page
hq-nav-label = Pages
hq-audit-filter = Afficher
hq-audit-shown = { $count ->
    [one] { $count } entrée, de la plus récente à la plus ancienne ({ $max } au maximum sont affichées : affinez la recherche pour voir les plus anciennes).
   *[other] { $count } entrées, de la plus récente à la plus ancienne ({ $max } au maximum sont affichées : affinez la recherche pour voir les plus anciennes).
}
hq-device-state = { $revoked ->
    [yes] Révoqué
   *[no] Actif
}
hq-erase-title = Ordonner l’effacement d’un dossier
hq-erase-explain = Le dossier est supprimé au siège, sauvegardes comprises, et sur chaque appareil à sa prochaine synchronisation. C’est irréversible.
hq-erase-reason = Motif
hq-erase-reason-option = { $reason ->
    [person_request] La personne l’a demandé
    [duplicate] Dossier en double
    [entered_in_error] Saisi par erreur
    [legal_order] Décision de justice
    [consent_withdrawn] Retrait du consentement au partage avec le siège
   *[retention_expired] Durée de conservation écoulée
}
hq-erase-submit = Effacer partout
hq-erase-ask = Effacer…
hq-erase-confirm-title = Effacer ce dossier partout ?
hq-erase-confirm-explain = Le dossier { $code } du site { $site } ({ $reason }) sera effacé ici, au siège, et sur chaque appareil qui le détient, sauvegardes comprises. C’est irréversible.
hq-erase-confirmations = { $count ->
    [one] Un appareil a confirmé
   *[other] { $count } appareils ont confirmé
}
hq-figures-title = Chiffres (anonymisés)
hq-figures-explain = Dossiers par mois de la rencontre avec la personne. Les effectifs inférieurs à 5 sont affichés « x », afin que personne ne puisse être identifié. Aucun nom ni détail de dossier n’apparaît ici.
hq-figures-withheld = Un dossier que la personne n’a pas accepté de partager avec le siège est compté à partir d’un enregistrement anonyme (mois, tranche d’âge, sexe, risque) : sa nationalité et son accompagnement apparaissent comme « Non partagé avec le siège ».
hq-figures-chart = { $dimension }, sous forme de graphique : le tableau ci-dessous donne les mêmes chiffres.
hq-figures-hidden = Certains effectifs plus élevés sont aussi affichés « x », afin qu’un petit effectif ne puisse pas être déduit des totaux.
hq-figures-csv = Télécharger le CSV
hq-figures-total = Dossiers au total : { $total }
hq-figures-all-months = Tous les mois
hq-dimension = { $dimension ->
    [age_band] Tranche d’âge
    [sex] Sexe
    [nationality] Nationalité
    [accompaniment] Accompagnement
    [risk] Signalement de risque de traite
   *[site] Site
}
hq-figure-value = { $value ->
    [flagged] Signalé
    [not_flagged] Non signalé
    [unknown] Inconnu
    [withheld] Non partagé avec le siège
    [unlisted] Écrit sous forme de texte, non de code pays
   *[other] { $value }
}
hq-error-forbidden = Votre rôle ne permet pas cette action.
hq-nav-welcome = Bienvenue
hq-device-awaiting = En attente d’approbation : ne reçoit aucun dossier tant qu’un superviseur de son site ne l’a pas approuvé.
hq-device-approve = Approuver : lui permettre de recevoir les dossiers de son site
hq-col-sites = Sites
hq-sites-every = Tous les sites
hq-sites-none = Aucun (ne voit aucun dossier)
hq-accounts-change-sites = Changer les sites
hq-accounts-sites-hint = Sites : les sites dont le compte voit les dossiers, séparés par des virgules (par exemple border-north, shelter-central), ou * pour tous les sites. Les agents de frontière, les travailleurs sociaux des foyers et les superviseurs ne voient que les dossiers de leurs sites et ceux transférés à l’un d’entre eux.
hq-error-sites = Saisissez des noms de sites (lettres, chiffres, tirets, points ou traits de soulignement) séparés par des virgules, ou * pour tous les sites.
hq-nothing-for-role = Votre rôle n’a aucune page au siège : les interprètes travaillent sur les appareils, aux côtés d’un agent de frontière, et ne voient ici aucun dossier.
hq-error-not-found = Introuvable. L’élément a peut-être été effacé ou modifié.
hq-error-signed-out = Veuillez vous reconnecter.
hq-error-internal = Un problème est survenu au siège. Rien n’a été modifié ; réessayez.
hq-error-case-id = Un identifiant de dossier est un UUID (32 chiffres hexadécimaux, tirets facultatifs).
hq-error-site = Un nom de site se compose de lettres, chiffres, tirets, points ou traits de soulignement.
hq-error-device-id = Un identifiant d’appareil se compose de 32 chiffres hexadécimaux.
hq-error-reason = Choisissez un motif.
hq-error-choice = Choisissez l’une des valeurs.
hq-database-invalid = Une adresse de base de données s’écrit sqlite:CHEMIN ou postgres://utilisateur@hôte:port/nom.
hq-database-in-clear = Cette base de données se trouve sur une autre machine, et avec sslmode={ $mode } les clés des dossiers pourraient y être envoyées sans chiffrement. Omettez sslmode (le siège exige alors TLS et un certificat d’une autorité publique qui porte le nom du serveur) ou indiquez sslmode=verify-full avec sslrootcert=PATH pointant vers le certificat de l’autorité qui a signé le certificat du serveur.
hq-database-certificate = Le certificat du serveur de base de données n’a pas été accepté (sslmode={ $mode }). Vérifiez que sslrootcert désigne l’autorité qui l’a signé et, avec verify-full, que le certificat porte le nom d’hôte figurant dans l’adresse. Rien n’a été modifié.
hq-database-roots = Le fichier indiqué dans sslrootcert est illisible ou ne contient aucun certificat.
hq-migrated = Transféré vers PostgreSQL : appareils : { $devices }, dossiers : { $cases }, modifications : { $changes }. Les appareils reprennent là où ils s’étaient arrêtés.
hq-migrate-target-not-empty = La base de données cible contient déjà des appareils ou des dossiers. Le transfert ne remplit qu’une base du siège vide ; rien n’a été modifié.

## Accounts (administrators)
hq-nav-accounts = Comptes
hq-col-role = Rôle
hq-accounts-password = Mot de passe initial
hq-accounts-password-hint = Au moins { $count } caractères. Remettez le mot de passe initial en main propre, jamais par e-mail ni par message.
hq-accounts-add = Ajouter le compte
hq-accounts-change-role = Changer le rôle
hq-accounts-remove = Supprimer
hq-accounts-remove-ask = Supprimer…
hq-accounts-remove-title = Supprimer ce compte ?
hq-accounts-remove-explain = Le compte { $user } sera supprimé et ses sessions fermées immédiatement. Ce qu’il a fait reste dans le journal d’audit.
hq-accounts-you = Votre compte
hq-accounts-not-yourself = Vous ne pouvez ni changer le rôle de votre propre compte ni le supprimer ; une autre personne ayant le rôle d’administrateur peut le faire.
