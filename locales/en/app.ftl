## The desktop app: every word on its screens. Officers read this under pressure: short,
## plain, kind. Errors say what to do next.

## Frame
app-loading = Opening Waypoint…
app-ui-language = Your language
app-quick-hide = Hide
app-quick-hide-hint = Hide everything now (Esc)
app-lock = Lock
app-dismiss = Close
app-save-saving = Saving…
app-save-saved = Saved
app-save-error = Not saved — see the message
app-neutral-title = Waypoint
app-neutral-continue = Continue

## Set-up and unlock
app-setup-title = Set up this device
app-setup-explain = Everything on this device is encrypted with your passphrase. Choose one you can remember: it cannot be recovered if lost.
app-setup-site = Site (border point or shelter)
app-setup-submit = Set up
app-user = User name
app-passphrase = Passphrase
app-passphrase-again = Passphrase again
app-unlock-title = Unlock
app-unlock-submit = Unlock

## Case list
app-search-placeholder = Search by name (any script) or case code
app-new-case = New case
app-no-cases = No cases found.
app-no-name = (no name yet)
app-filter-any = Any
app-filter-site = Site
app-filter-status = Status
app-filter-risk = Risk
app-filter-age-band = Age
app-filter-flag = Flag
app-status-open = Open
app-status-transferred = Transferred
app-status-closed = Closed
app-risk-none = No risk indicators
app-risk-low = Low risk
app-risk-medium = Medium risk
app-risk-high = High risk
app-age-band-0-4 = 0–4
app-age-band-5-11 = 5–11
app-age-band-12-14 = 12–14
app-age-band-15-17 = 15–17
app-age-band-18-59 = 18–59
app-age-band-60-plus = 60 and over
app-age-band-unknown = Age unknown
app-flag-child = Child
app-flag-unaccompanied = Unaccompanied
app-flag-separated = Separated
app-flag-referral-prompt = Referral needed
app-flag-age-disputed = Age disputed
app-flag-trafficking-risk = Trafficking risk
app-flag-not-shared = Only on this device
app-conflicts-count = { $count ->
    [one] One conflict to resolve
   *[other] { $count } conflicts to resolve
}

## Case
app-back-to-list = ← Cases
app-cases-title = Cases
app-case-sections = Sections of the case
app-interview-keys = Keys: Alt+N next question · Alt+P previous question · Alt+D declined · Alt+R to revisit · Alt+O not asked
app-tab-registration = Registration
app-tab-consent = Consent
app-tab-interview = Interview
app-tab-age = Age
app-tab-tracing = Family tracing
app-tab-screening = Screening
app-tab-referrals = Referrals and follow-ups
app-tab-transfer = Transfer
app-tab-conflicts = Conflicts
app-referral-prompt = Refer this person now:
app-age-treated-as-child = Treated as a child{ $basis ->
    [doubt] { " " }(age in doubt)
    [disputed_assessment] { " " }(assessment disputed)
   *[other] {""}
}
app-age-adult = Treated as an adult
app-age-range = { $min }–{ $max } years

## Registration
app-names = Names
app-name-given = Given name
app-name-family = Family name
app-name-alias = Other name or spelling
app-add = Add
app-remove = Remove
app-sex = Sex
app-sex-female = Female
app-sex-male = Male
app-sex-other = Other
app-sex-not-stated = Prefers not to say
app-birth = Date of birth or age
app-birth-kind-unknown = Not known
app-birth-kind-exact = Exact date
app-birth-kind-approximate = Year (and month)
app-birth-kind-stated-age = Age the person states
app-birth-date = Date of birth (year-month-day)
app-birth-year = Year
app-birth-month = Month (1–12)
app-stated-age = Age in years
app-origin = Nationality and languages
app-nationalities = Nationalities (separate with commas)
app-languages-spoken = Languages spoken (codes such as ar, ti, so)
app-preferred-language = Preferred interview language
app-not-known = Not known
app-accompaniment = Travelling with
app-accompaniment-unaccompanied = Alone (unaccompanied)
app-accompaniment-separated = Separated from parents or usual caregiver
app-accompaniment-accompanied = With parents or usual caregiver
app-adults = Adults travelling with the person
app-adults-explain = For each adult: who they say they are, how that was checked, and anything that worries you. A child with an adult whose relationship is doubtful, or who worries you, is referred to child protection.
app-adults-none = No adult recorded.
app-adult-name = Name of the adult
app-adult-relationship = Relationship they state
app-adult-verified = Relationship checked
app-adult-verified-not-verified = Not checked yet
app-adult-verified-verified = Verified
app-adult-verified-doubtful = Doubtful
app-adult-verified-how = How it was checked
app-adult-documents = Documents seen
app-adult-concern = Your concern, if any
app-adult-add = Add this adult
app-adult-save = Save changes
app-encounter = Where and how the person was met
app-encounter-place = Place
app-encounter-circumstances = Circumstances

## Consent
app-consent-explain = Explain each purpose in { $language } and record the person's own decision. Each purpose is decided on its own, and consent can be withdrawn at any time.
app-consent-read-aloud = Read this to the person:
app-consent-withdraw-sharing-explain = Withdrawing this erases the file at headquarters and on every other device; it stays on this device only, and headquarters keeps only an anonymous count. Withdraw?
app-consent-withdraw-confirm = Yes, withdraw
app-consent-withdraw-cancel = Keep sharing
app-consent-given-by = Decision taken by
app-consent-giver-person = The person
app-consent-giver-guardian = Parent or guardian
app-consent-giver-best-interest-decision = Best-interest decision
app-consent-guardian-name = Name of the parent or guardian
app-consent-role = Role of the professional deciding
app-consent-purpose = { $purpose ->
    [registration] Recording their details
    [sharing_with_hq] Sharing with headquarters
    [family_tracing] Family tracing
    [referral] Referral to services
   *[photo] Photo
}
app-consent-not-asked = Not asked yet
app-consent-given = Given
app-consent-refused = Refused
app-consent-withdrawn = Withdrawn
app-consent-give = Gives consent
app-consent-refuse = Refuses
app-consent-withdraw = Withdraws

## Interview
app-interview-language = Interview language
app-sitting-controls = Sitting
app-end-sitting = End sitting (done)
app-in-your-language = In your language
app-interpreter = Interpreter (if any)
app-start-interview = Start the interview in { $language }
app-continue-interview = Continue the interview in { $language }
app-sitting-completed = completed
app-sitting-paused = paused
app-sitting-stopped-by-person = stopped by the person
app-sitting-stopped-by-officer = stopped by the officer
app-question-progress = Question { $n } of { $total }
app-layout-section = Show the whole section
app-layout-one = One question at a time
app-previous = Previous
app-next = Next
app-sensitive-question = Sensitive question: ask only when the person is ready, and offer a break.
app-officer-note = Note for the officer
app-officer-only = For you only: do not read this aloud or show it to the person.
app-yes = Yes
app-no = No
app-answer-answered = Answered
app-answer-declined = Declined
app-answer-not-asked = Not asked
app-answer-revisit = To revisit

## Age assessment
app-age-new = New age assessment
app-age-method = Method
app-age-method-documents = Documents
app-age-method-statement = The person's statement
app-age-method-holistic = Holistic assessment
app-age-min = Youngest age
app-age-max = Oldest age
app-age-indicators = What the assessment rests on (one per line)
app-age-outcome = Outcome
app-age-disputed = The person disputes this
app-age-save = Record assessment

## Family tracing
app-tracing-explain = The relatives this person is looking for. Write every spelling you hear, in any script: matches are found across scripts and at every site.
app-tracing-add = Add a relative to look for
app-tracing-relationship = Relationship (mother, brother, aunt…)
app-tracing-names = Names and spellings (one per line)
app-tracing-age = Age in years, or date of birth
app-tracing-last-seen-place = Last seen where
app-tracing-last-seen-date = Last seen when (2023, 2023-06 or 2023-06-21)
app-tracing-contacts = Contacts, or people who may know (one per line)
app-tracing-find = Look for matches
app-tracing-no-candidates = No registered person matches yet. Look again later: new registrations arrive with every sync.
app-tracing-score = Match { $score } %
app-tracing-confirm = Same person
app-tracing-reject = Not the same person
app-tracing-confirmed = Confirmed
app-tracing-rejected = Rejected
app-tracing-decided-by = by { $user }, { $when }

## Screening for trafficking and exploitation
app-screening-explain = Record what you observe or what the person tells you. Do not read this list to the person.
app-screening-source = How you know
app-indicator-source-observed = Observed
app-indicator-source-stated = The person said so
app-indicator-source-document = In a document
app-indicator-source-third-party = Someone else said so
app-indicator-source-interview-answer = From the interview
app-screening-record = Record
app-screening-dismiss = Does not apply
app-screening-restore = Applies after all
app-screening-dismissed = judged not to apply
app-screening-reasons = Why:
app-screening-no-reasons = No indicators recorded.

## Referrals and follow-ups
app-service-child-protection = Child protection
app-service-anti-trafficking = Anti-trafficking service
app-service-health = Health care
app-service-psychosocial = Psychosocial support
app-service-legal = Legal aid
app-service-shelter = Shelter
app-service-guardianship = Guardianship
app-service-family-tracing = Family tracing service
app-referral-service = Service
app-referral-urgent = Urgent
app-referral-note = Note for the service
app-referral-status = Status
app-referral-status-proposed = Proposed
app-referral-status-made = Referred
app-referral-status-accepted = Accepted
app-referral-status-declined = Declined
app-referral-status-completed = Completed
app-referrals-add = Add referral
app-referrals-none = No referrals yet.
app-referral-basis = What allows this referral
app-referral-basis-consent = The person's consent to referral
app-referral-basis-best-interest-decision = A best-interest decision
app-referral-basis-mandatory-report = A report the law requires
app-follow-ups = Follow-ups
app-follow-up-due = Due date
app-follow-up-note = What to do
app-follow-up-add = Add follow-up
app-follow-up-done = Done
app-follow-up-overdue = Overdue
app-follow-ups-none = No follow-ups planned.

## Transfer
app-transfer-explain = Hand this case to another site. Headquarters gives the case to that site at the next sync.
app-transfer-to = Receiving site
app-transfer-reason = Why
app-transfer-do = Transfer the case
app-transfer-history = From { $from } to { $to }, { $when }, by { $user }

## Conflicts
app-conflicts-explain = Two devices changed the same thing while offline. Both values are kept until you choose one; your choice is sent like any other change.
app-conflicts-none = Nothing to resolve in this case.
app-conflict-written = Written by { $user }, { $when }
app-conflict-unknown-writer = Writer not known
app-conflict-keep = Keep this one

## Errors from the app's checks (shown next to the field)
app-error-locked = Waypoint locked itself to protect the data. Unlock to continue; everything saved is kept.
app-error-unlock-failed = The user name or passphrase is not correct. Check the keyboard language and Caps Lock, then try again.
app-error-passphrase-mismatch = The two passphrases are not the same.
app-error-site-missing = Enter the site this device serves.
app-error-user-missing = Enter a user name.
app-error-auto-lock-range = Choose between { $min } and { $max } minutes.
app-error-hq-url = The headquarters address must start with http:// or https://.
app-error-text-too-long = This is too long (at most { $max } characters).
app-error-language-invalid = This is not a language code (use codes such as ar, ti or so).
app-error-guardian-name-missing = Enter the name of the parent or guardian.
app-error-adult-name-missing = Enter the adult's name.
app-error-referral-needs-basis = { $state ->
        [refused] The person refused consent to referral.
        [withdrawn] The person withdrew consent to referral.
       *[other] The person has not been asked about referral yet.
    } Without it, choose the legal basis for referring: a best-interest decision or a report the law requires.
app-error-no-open-sitting = Start or continue the interview first.
app-error-unknown-question = This question ({ $question }) is not in the interview template.
app-error-not-asked-reason = Choose why the question was not asked.
app-error-answer-kind = This answer does not fit the question.
app-error-partial-date = Write the date as a year (2015), a year and month (2015-06) or a full date (2015-06-21).
app-error-birth-date-invalid = This date does not exist. Write it as year-month-day, for example 2011-04-23.
app-error-birth-date-future = This date is in the future.
app-error-birth-year-range = The year must be between { $min } and { $max }.
app-error-age-too-high = An age above { $max } is not possible.
app-error-age-range-inverted = The oldest age is below the youngest age. Check both numbers.
app-error-entry-missing = This entry is no longer there (it may have changed on another device). Open the case again.
app-error-transfer-same-site = The case is already at this site. Enter the receiving site.

## Sync with headquarters (top bar, sync screen, and why a sync did not finish)
app-sync-title = Sync with headquarters
app-sync-status-not-enrolled = Not connected to headquarters
app-sync-status-running = Syncing…
app-sync-status-error = Not synced
app-sync-status-never = Not synced yet
app-sync-status-ok = Synced { $when }
app-sync-progress = { $sent } sent, { $received } received so far
app-sync-pending-label = Waiting to be sent
app-sync-pending =
    { $count ->
        [one] One case
       *[other] { $count } cases
    }
app-sync-nothing-pending = Nothing: headquarters has everything from this device.
app-sync-last-success = Last sync
app-sync-last-attempt = Last try
app-sync-works-offline = Keep working as usual: everything is saved on this device, and sync runs in the background without interrupting you.
app-sync-now = Sync now
app-sync-hq = Headquarters address
app-sync-code = Enrollment code
app-sync-enroll = Connect this device
app-sync-enroll-hint = Ask headquarters for a one-time enrollment code for this site, then enter it here.
app-sync-not-enrolled = This device is not connected to headquarters yet.
app-sync-unreachable = Headquarters cannot be reached. Your work is safe on this device and will be sent when the connection returns.
app-sync-impostor = This code was not accepted: it may be mistyped, already used or expired (a code lasts 24 hours), or the answer did not come from the headquarters that issued it. Nothing was registered. Check the code and the headquarters address, or ask headquarters for a new code.
app-sync-unauthenticated = An answer that claimed to come from headquarters could not be verified, so nothing in it was acted on and your cases are unchanged. Someone on the network may be interfering; try again later or on another network.
app-sync-reenroll = This device was enrolled before headquarters began signing its answers. Ask headquarters for a new enrollment code and enroll again; your cases stay on this device.
app-sync-insecure-url = Headquarters must be reached with an address that starts with https://. Plain http:// is only allowed to this computer itself (localhost).
app-sync-certificate = Headquarters presented a security certificate other than the one this device trusted when it enrolled, so the sync was stopped before anything was sent. Someone may be interfering with the network; tell headquarters.
app-sync-failed = The sync did not finish. Nothing was lost; it will try again by itself.
app-sync-revoked = Headquarters withdrew this device, so its cases were removed from it. Contact your supervisor.
app-sync-unknown-device = Headquarters does not recognise this device. Ask for a new enrollment code.
app-sync-clock = This device's date or time is wrong. Correct it in the system settings, then sync again.
app-sync-enrollment-code = This enrollment code is wrong, already used or expired. Ask headquarters for a new one.
app-sync-enroll-later = Headquarters is not taking enrollments from this network just now. Your code still works: try again in ten minutes.
app-sync-version = Headquarters runs a different version of Waypoint. Ask for this app to be updated.
app-sync-site-mismatch = This code is for site { $hq }, but this device serves site { $device }. Ask for a code for { $device }.
app-sync-code-missing = Enter the enrollment code.
app-sync-already-enrolled = This device is already connected to headquarters.

## Consent, explained to the person in their language (read aloud; -child: for a child)

app-consent-tell-registration = We would like to write down your name and what you tell us, so we can help you. You can say no.
app-consent-tell-registration-child = Can we write down your name and what you tell us? It helps us help you. You can say no.
app-consent-tell-sharing-with-hq = We would like to send your file to our head office, so that other offices can help you if you move. If you say no, your file stays at this office, on this computer, and the head office only counts that this office met someone: the month, your age group, whether you are female or male, and whether we are worried for your safety. It never gets your name or what you told us. If you say yes and change your mind later, we delete your file at the head office and on the other computers, and the head office keeps only that count.
app-consent-tell-sharing-with-hq-child = Can we send your file to our main office? Then our other offices can help you if you go somewhere else. If you say no, your file stays here on this computer, and your name is not sent to the main office. You can change your mind later, and then we take it back.
app-consent-tell-family-tracing = We would like to use your details to look for your family, and to let your family find you through us. You can say no, or stop this at any time.
app-consent-tell-family-tracing-child = Can we use your name to look for your family, and let them find you? You can say no, or tell us to stop.
app-consent-tell-referral = We would like to tell another service about you, such as a doctor, a lawyer or a shelter, so they can help. We only tell them what they need. You can say no.
app-consent-tell-referral-child = Can we tell other helpers about you, like a doctor or a safe place to stay? We only tell them what they need to know. You can say no.
app-consent-tell-photo = We would like to take a photo of you, for your file only. You can say no.
app-consent-tell-photo-child = Can we take a photo of you for your file? You can say no.
