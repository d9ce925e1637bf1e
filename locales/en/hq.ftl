# The `waypoint-hq` command for headquarters administrators.

hq-listening = Headquarters is listening on { $address }.
hq-certificate = Headquarters made its own TLS certificate; its SHA-256 fingerprint is { $fingerprint }. Devices that enroll trust exactly this certificate; compare it with what a browser shows when it asks whether to trust the dashboard.
hq-plain-http-refused = Plain HTTP is served only on this machine (a loopback address such as 127.0.0.1), never on { $address }. Leave out --plain-http and headquarters serves HTTPS itself.
hq-keys-beside-cases = Warning: the case keys are kept on the same PostgreSQL server as the cases, so one backup of that server holds every case with its key, and erasing a case cannot make such a backup unreadable. Put the keys database on another server (--keys-database), and keep its backups briefly.
hq-proxy-certificate-invalid = --proxy-certificate takes the SHA-256 fingerprint of the proxy's certificate: 64 hexadecimal digits (colons allowed). Nothing was started.
hq-tls-unusable = The TLS certificate or key cannot be used: the files are unreadable, hold no PEM certificate or key, or do not belong together. Nothing was started.
hq-listen-failed = Cannot listen on { $address }: the address is in use or not allowed.
hq-storage-failed = The headquarters database could not be opened or written. Nothing was changed; see the log for details.
hq-device-code = Enrollment code for a device at { $site }: { $code } (valid for { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}, once).
hq-device-revoked = The device is revoked. It will be refused and told to wipe its data at its next contact.
hq-device-unknown = No device has this id.
hq-device-id-invalid = A device id is 32 hexadecimal digits.
hq-case-id-invalid = A case id is a UUID (32 hexadecimal digits, dashes optional).
hq-case-erased = The case is erased at headquarters. Devices that hold it will delete it at their next sync and confirm.
hq-user-password-prompt = Password for the new user
hq-user-password-again = Type the password again
hq-user-passwords-differ = The two passwords are different. Nothing was changed.
hq-user-password-unreadable = The password could not be read. Nothing was changed.
hq-user-password-short = The password must have at least { $count } characters. Nothing was changed.
hq-user-role-invalid = The role must be one of: officer, caseworker, interpreter, supervisor, analyst, admin.
hq-user-name-invalid = A user name has 1 to 64 printable characters.
hq-user-exists = A user with this name exists already. Nothing was changed.
hq-user-added = The user is added with the role { $role }. They can sign in to the dashboard now.

## The dashboard (`waypoint-hq serve`, in a browser). Sex, accompaniment, age bands, status,
## risk levels and the sections of a case reuse the app's messages (app.ftl).

hq-title = Waypoint headquarters
hq-login-title = Sign in
hq-login-name = User name
hq-login-password = Password
hq-login-submit = Sign in
hq-login-failed = The user name or password is wrong, or there were too many attempts. Wait a moment and try again.
hq-logout = Sign out
hq-signed-in-as = Signed in as { $user }, { $role }
hq-role = { $role ->
    [officer] Border officer
    [caseworker] Shelter caseworker
    [interpreter] Interpreter
    [supervisor] Supervisor
    [analyst] HQ analyst
   *[admin] Administrator
}
hq-language = Language
hq-language-submit = Change
hq-nav-cases = Cases
hq-nav-conflicts = Conflicts
hq-nav-matches = Matches and duplicates
hq-nav-transfers = Transfers
hq-nav-devices = Devices
hq-nav-erasures = Erasure
hq-nav-audit = Audit trail
hq-nav-figures = Figures
hq-search-label = Name in any script, or case code
hq-search-submit = Search
hq-none = Nothing to show.
hq-done = Done.
hq-col-code = Code
hq-col-name = Name
hq-col-site = Site
hq-col-status = Status
hq-col-actions = Actions
hq-col-confirmations = Devices that erased it
hq-col-age = Age band
hq-col-risk = Risk
hq-col-when = When
hq-col-user = Who
hq-col-action = Action
hq-col-case = Case
hq-col-detail = Detail
hq-col-device = Device
hq-col-field = Field
hq-col-score = Score
hq-col-reasons = Reasons
hq-case-title = Case { $code }
hq-case-answers = Interview answers
hq-case-risk = Risk
hq-time = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }
hq-when = { $date } { $time } UTC
hq-value-by = Written by { $user } on { $when }
hq-value-sent-by = Sent by device { $device }… of site { $site }. The author named above is as that device reported it.
hq-value-sent-at-hq = Made here at headquarters.
hq-value-sender-unknown = Not known which device sent this.
hq-value-keep = Keep this value
hq-conflict-explain = Two people wrote this field at the same time. Both values are kept until you choose one; devices receive your choice at their next sync.
hq-match-sought = { $name } ({ $relationship }), sought in case { $code }
hq-match-confirm = Confirm match
hq-match-reject = Not the same person
hq-match-status = { $status ->
    [confirmed] Confirmed
    [rejected] Rejected
   *[potential] To review
}
hq-duplicates = Possible duplicates (for review; nothing is merged automatically)
hq-duplicate-same = Same person
hq-duplicate-different = Two different people
hq-duplicate-confirmed = Confirmed as one person. Keep the fuller case and order the other erased, with the reason “Duplicate record”.
hq-transfer-title = Give a case to another site
hq-transfer-case = Case id
hq-transfer-site = Receiving site
hq-transfer-submit = Transfer
hq-device-enroll = Create an enrollment code
hq-device-code-shown = Enrollment code for { $site }: { $code }. It is valid for 24 hours and works once. Write it down now; it is not shown again.
hq-device-revoke = Revoke
hq-device-revoke-ask = Revoke…
hq-device-revoke-title = Revoke this device?
hq-device-revoke-explain = Device { $device } of { $site } will be refused from now on and told to wipe every case it holds at its next contact. Its cases stay here at headquarters. This cannot be undone: the device must enroll again with a new code.
hq-cancel = Cancel
hq-back = Back to the page
hq-skip = Skip to the page's content
hq-nav-label = Pages
hq-audit-filter = Show
hq-audit-shown = { $count ->
    [one] One entry, newest first (at most { $max } are shown: narrow the search to see older ones).
   *[other] { $count } entries, newest first (at most { $max } are shown: narrow the search to see older ones).
}
hq-device-state = { $revoked ->
    [yes] Revoked
   *[no] Active
}
hq-erase-title = Order a case erased
hq-erase-explain = The case is deleted at headquarters, backups included, and on every device at its next sync. This cannot be undone.
hq-erase-reason = Reason
hq-erase-reason-option = { $reason ->
    [person_request] The person asked for it
    [duplicate] Duplicate record
    [entered_in_error] Entered in error
    [legal_order] Legal order
    [consent_withdrawn] Consent to share with headquarters withdrawn
   *[retention_expired] Retention period over
}
hq-erase-submit = Erase everywhere
hq-erase-ask = Erase…
hq-erase-confirm-title = Erase this case everywhere?
hq-erase-confirm-explain = Case { $code } of { $site } ({ $reason }) will be erased here and on every device that holds it, backups included. This cannot be undone.
hq-erase-confirmations = { $count ->
    [one] One device confirmed
   *[other] { $count } devices confirmed
}
hq-figures-title = Figures (anonymised)
hq-figures-explain = Cases by the month the person was met. Counts under 5 are shown as “x”, so that nobody can be singled out. No names or case details are shown here.
hq-figures-withheld = A case the person did not agree to share with headquarters is counted from an anonymous record (month, age band, sex, risk): its nationality and accompaniment show as “Not shared with headquarters”.
hq-figures-chart = { $dimension }, as a chart: the table below gives the same figures.
hq-figures-hidden = Some larger counts are shown as “x” as well, so that a small count cannot be worked out from the totals.
hq-figures-csv = Download CSV
hq-figures-total = Cases in total: { $total }
hq-figures-all-months = All months
hq-dimension = { $dimension ->
    [age_band] Age band
    [sex] Sex
    [nationality] Nationality
    [accompaniment] Accompaniment
    [risk] Trafficking risk flag
   *[site] Site
}
hq-figure-value = { $value ->
    [flagged] Flagged
    [not_flagged] Not flagged
    [unknown] Unknown
    [withheld] Not shared with headquarters
    [unlisted] Written as text, not a country code
   *[other] { $value }
}
hq-error-forbidden = Your role does not allow this.
hq-nav-welcome = Welcome
hq-device-awaiting = Awaiting approval: receives no case until a supervisor of its site approves it.
hq-device-approve = Approve: let it receive its site's cases
hq-col-sites = Sites
hq-sites-every = Every site
hq-sites-none = None (sees no case)
hq-accounts-change-sites = Change sites
hq-accounts-sites-hint = Sites: the sites whose cases the account sees, separated by commas (for example border-north, shelter-central), or * for every site. Officers, caseworkers and supervisors see only the cases of their sites and those transferred to one of them.
hq-error-sites = Write site names (letters, digits, dashes, dots or underscores) separated by commas, or * for every site.
hq-nothing-for-role = Your role has no pages at headquarters: interpreters work on the devices, beside an officer, and see no case here.
hq-error-not-found = Not found. It may have been erased or changed.
hq-error-signed-out = Please sign in again.
hq-error-internal = Something went wrong at headquarters. Nothing was changed; try again.
hq-error-case-id = A case id is a UUID (32 hexadecimal digits, dashes optional).
hq-error-site = A site name uses letters, digits, dashes, dots or underscores.
hq-error-device-id = A device id is 32 hexadecimal digits.
hq-error-reason = Choose a reason.
hq-error-choice = Choose one of the values.
hq-database-invalid = A database address is sqlite:PATH or postgres://user@host:port/name.
hq-database-in-clear = This database is on another machine, and sslmode={ $mode } could send the case keys there in clear text. Leave sslmode out (HQ then requires TLS and a certificate from a public authority that names the server), or give sslmode=verify-full with sslrootcert=PATH to the certificate of the authority that signed the server's certificate.
hq-database-certificate = The database server's certificate was not accepted (sslmode={ $mode }). Check that sslrootcert names the authority that signed it and, for verify-full, that the certificate names the host in the address. Nothing was changed.
hq-database-roots = The file given as sslrootcert cannot be read or holds no certificate.
hq-migrated = Moved to PostgreSQL: { $devices } devices, { $cases } cases, { $changes } changes. Devices continue where they left off.
hq-migrate-target-not-empty = The target database already holds devices or cases. Moving only fills an empty headquarters database; nothing was changed.

## Accounts (administrators)
hq-nav-accounts = Accounts
hq-col-role = Role
hq-accounts-password = First password
hq-accounts-password-hint = At least { $count } characters. Hand the first password over in person, never by email or message.
hq-accounts-add = Add the account
hq-accounts-change-role = Change the role
hq-accounts-remove = Remove
hq-accounts-remove-ask = Remove…
hq-accounts-remove-title = Remove this account?
hq-accounts-remove-explain = The account { $user } will be removed and its sessions ended at once. What it did stays in the audit trail.
hq-accounts-you = Your account
hq-accounts-not-yourself = You cannot change the role of your own account or remove it; another administrator can.
