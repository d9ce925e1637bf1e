# The `waypoint-hq` command for headquarters administrators.

hq-listening = Headquarters is listening on { $address }.
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
hq-database-invalid = A database address is sqlite:PATH or postgres://user@host:port/name.
hq-migrated = Moved to PostgreSQL: { $devices } devices, { $cases } cases, { $changes } changes. Devices continue where they left off.
hq-migrate-target-not-empty = The target database already holds devices or cases. Moving only fills an empty headquarters database; nothing was changed.
