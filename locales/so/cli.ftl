# The `waypoint` command for administrators and testers.

cli-passphrase-prompt = Weedha sirta ah
cli-passphrase-confirm = Mar kale qor weedha sirta ah
cli-passphrases-differ = Labada weedhood ee sirta ah way kala duwan yihiin. Waxba lama beddelin.
cli-new-user-passphrase-prompt = Weedha sirta ah ee isticmaalaha cusub
cli-store-initialised = Xogta Waypoint waxaa lagu sameeyay { $path }.
cli-user-added = Isticmaalaha { $user } waa lagu daray.
cli-demo-data-created = { $count ->
    [one] Waxaa la sameeyay { $count } kiis oo tijaabo ah (aan dhab ahayn).
   *[other] Waxaa la sameeyay { $count } kiis oo tijaabo ah (aan dhab ahayn).
}
cli-case-exported = Kiiska waxaa lagu qoray { $path }.
cli-audit-verified = { $entries ->
    [one] Diiwaanka hubintu waa sax, lamana beddelin ({ $entries } qoraal ayaa la hubiyay).
   *[other] Diiwaanka hubintu waa sax, lamana beddelin ({ $entries } qoraal ayaa la hubiyay).
}
cli-code-ambiguous = Dhowr kiis ayaa leh koodhka { $code } (waxaa lagu sameeyay qalab kala duwan). Halkii, geli aqoonsiga kiiska; `waypoint cases search { $code }` ayaa liiskooda soo bandhigaya.
cli-names-line-malformed = Safka { $line } ma laha tab (Tab) u dhexeeya labada magac; waa laga booday.
cli-names-malformed-lines = { $count ->
    [one] { $count } saf lama barbar dhigi karin (eeg kor).
   *[other] { $count } saf lama barbar dhigi karin (eeg kor).
}
cli-i18n-missing = Ka maqan: { $message }
cli-i18n-extra = Kuma jiro Ingiriisiga (tirtir ama magaca beddel): { $message }
cli-i18n-malformed = Lama akhriyi karo: { $message }
cli-i18n-placeables = Doorsoomayaasha { $message } way ka duwan yihiin Ingiriisiga: Ingiriisigu wuxuu leeyahay { $expected }; kanna wuxuu leeyahay { $found }.
cli-i18n-coverage = { $locale }	{ $name }	{ $percent }%	{ $status }
cli-i18n-check-failed = Luqadaha qaar way dhiman yihiin ama khaladaad ayay leeyihiin (eeg liiska kore).
