# The `waypoint` command for administrators and testers.

cli-passphrase-prompt = Passphrase
cli-passphrase-confirm = Type the passphrase again
cli-passphrases-differ = The two passphrases are different. Nothing was changed.
cli-new-user-passphrase-prompt = Passphrase for the new user
cli-store-initialised = Waypoint data created at { $path }.
cli-user-added = User { $user } added.
cli-demo-data-created = { $count ->
    [one] Created { $count } synthetic case.
   *[other] Created { $count } synthetic cases.
}
cli-case-exported = Case written to { $path }.
cli-audit-verified = { $entries ->
    [one] The audit log is intact ({ $entries } entry checked).
   *[other] The audit log is intact ({ $entries } entries checked).
}
cli-code-ambiguous = Several cases have the code { $code } (made on different devices). Give the case id instead; `waypoint cases search { $code }` lists them.
cli-names-line-malformed = Line { $line } has no tab between the two names; it was skipped.
cli-names-malformed-lines = { $count ->
    [one] { $count } line could not be compared (see above).
   *[other] { $count } lines could not be compared (see above).
}
cli-i18n-missing = Missing: { $message }
cli-i18n-extra = Not in English (remove or rename it): { $message }
cli-i18n-malformed = Cannot be read: { $message }
cli-i18n-placeables = Placeables differ from English in { $message }: English has { $expected }; this has { $found }.
cli-i18n-coverage = { $locale }	{ $name }	{ $percent }%	{ $status }
cli-i18n-check-failed = Some locales are incomplete or have errors (listed above).
