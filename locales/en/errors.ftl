# Errors, validation diagnostics, consent refusals and risk reasons.
# Shown to officers in the app, the CLI and the HQ dashboard. Plain words; say what to do next.
# Arguments never carry personal data of the people registered.

## Store and login

error-wrong-passphrase = The passphrase is not correct. Check the keyboard language and Caps Lock, then try again.
error-unknown-user = There is no user { $user } on this device. Ask your administrator to add you.
error-user-exists = A user named { $user } already exists on this device. Choose another name.
error-store-missing = No Waypoint data was found at { $path }. Set up this device first.
error-store-exists = Waypoint data already exists at { $path }. Nothing was changed.
error-store-corrupt = The data on this device is damaged and cannot be read. Do not delete anything; contact your administrator, who can restore it from headquarters.
error-store-truncated = The data file on this device is incomplete (it may have been copied only in part). Do not delete anything; contact your administrator.
error-store-too-new = This data was written by a newer version of Waypoint (format { $found }; this version reads up to { $supported }). Update Waypoint on this device.
error-case-not-found = The case { $case } is not on this device.
error-sought-person-not-found = This case has no sought person with the id { $entry }. They may have been removed on another device; reload the case.
error-passphrase-too-short = The passphrase is too short. Use at least { $min } characters; a few words together are easy to remember.
error-audit-broken = The audit log has been changed or damaged at entry { $seq }. Report this to your supervisor.
error-case-invalid = This case record could not be read. Nothing was changed.
error-io = The device could not read or write its data ({ $detail }). Check that the disk has space, then try again.
error-internal = Something went wrong inside Waypoint. Nothing you saved was lost. Try again; if it happens again, tell your administrator.

## Validation of a case (shown next to the field; nothing typed is lost)

diag-no-name = No name recorded yet. A case can be saved without one.
diag-name-empty = This name is empty.
diag-age-range-inverted = The youngest age ({ $min }) is above the oldest age ({ $max }). Check both numbers.
diag-age-implausible = An age above { $max } is not possible. Check the number.
diag-age-single-indicator = An age assessment should not rest on one indicator alone.
diag-date-future = This date is in the future.
diag-date-impossible = This date does not exist. Check the day and month.
diag-answer-without-value = This question is marked as answered, but no answer is recorded.
diag-not-asked-without-reason = Say why this question was not asked.
diag-ends-before-start = This sitting ends before it starts.

## Consent

# $purpose is one of: registration, sharing_with_hq, family_tracing, referral, photo.
consent-needed = This needs consent for { $purpose ->
        [registration] registration
        [sharing_with_hq] sharing with headquarters
        [family_tracing] family tracing
        [referral] referral to services
        [photo] a photo
       *[other] this
    }. Ask the person (or their guardian) and record their answer first.
consent-withdrawn-stops = Consent for { $purpose ->
        [registration] registration
        [sharing_with_hq] sharing with headquarters
        [family_tracing] family tracing
        [referral] referral to services
        [photo] a photo
       *[other] this
    } was withdrawn, so this has stopped.
consent-refused-stops = Consent for { $purpose ->
        [registration] registration
        [sharing_with_hq] sharing with headquarters
        [family_tracing] family tracing
        [referral] referral to services
        [photo] a photo
       *[other] this
    } was refused, so this cannot go ahead.

## Risk reasons (why a risk level was given)

risk-reason-irregular-travel = Irregular or unusual travel route or arrangements.
risk-reason-sudden-separation = Suddenly separated from family.
risk-reason-living-change = An abrupt change in where and with whom the person lives.
risk-reason-documents-held-by-others = Someone else holds the person's identity or travel documents.
risk-reason-debt-bondage = The person owes a debt to those who arranged travel or work.
risk-reason-work-exploitation = Work that is unpaid, forced or dangerous.
risk-reason-signs-of-abuse = Signs of physical, sexual or psychological abuse.
risk-reason-controlled-movement = Someone else controls where the person goes.
risk-reason-deceptive-recruitment = Recruited with false promises.
risk-reason-no-contact-with-family = Not allowed or not able to contact family.
risk-reason-fear-of-authorities = Has been made to fear the authorities.
risk-reason-scripted-account = The account seems rehearsed or told to them by others.
risk-reason-someone-else-answers = Someone else answers for the person, or will not leave them alone with the officer.
risk-reason-worst-forms-of-child-labour = Hazardous work: a mine, dangerous machines or chemicals, heavy loads or night work.
risk-reason-child-labour-under-minimum-age = Started work below the minimum working age.
risk-reason-sexual-exploitation = Sexual exploitation.
risk-reason-forced-marriage = Forced or child marriage.
risk-reason-armed-group-recruitment = Recruited or used by an armed force or group.
risk-reason-child-exploitation = A child is exploited. For a child that alone is trafficking: force, fraud or deception need not be shown.
risk-reason-doubtful-adult = The child travels with an adult whose relationship is doubtful or who concerns the officer.
risk-reason-unaccompanied-child = A child without a parent or usual caregiver.
risk-reason-strong-indicator-child = A strong trafficking indicator concerns a child.
risk-reason-several-strong = Several strong indicators together.

## Interview templates (shown to whoever loads or edits a template)

template-error-json = The template file is not valid (line { $line }, column { $column }). Check the punctuation and field names there.
template-error-invalid-message-id = The text key { $key } is not a valid message name.
template-error-duplicate-not-asked-reason = The reason { $reason } is listed twice.
template-error-duplicate-section = The section { $section } appears twice.
template-error-duplicate-question = The question { $question } appears twice.
template-error-malformed-question-id = The question id { $question } must be written as section.name.
template-error-question-outside-section = The question { $question } is placed in section { $section }, which its id does not name.
template-error-missing-choices = The question { $question } offers choices but lists none.
template-error-unexpected-choices = The question { $question } is not a choice question but lists choices.
template-error-duplicate-choice = The question { $question } lists the choice { $choice } twice.
template-error-unknown-indicator = The question { $question } refers to an unknown indicator, { $indicator }.
template-error-screening-not-supported = The question { $question } cannot raise indicators: only yes/no and choice answers can.
template-error-empty-when = The question { $question } links to { $indicator } but names no answer that raises it.
template-error-invalid-yes-no = The question { $question } is yes/no, but its link names { $value }.
template-error-unknown-choice = The question { $question } has no choice { $choice }.
