-- HQ holds a case only while its consent to share with HQ is in force. A withdrawal erases
-- HQ's copy and every other device's; the device that sent it keeps the case (`keeper`), and
-- is not told to erase it. Without the consent HQ counts only an anonymous record: a random
-- id the device made, the device that sent it and its site, and four codes (no name, no text).
ALTER TABLE erased ADD COLUMN keeper BLOB;
CREATE TABLE anonymous_cases (
    figure_id BLOB PRIMARY KEY,
    device    BLOB NOT NULL,
    site      TEXT NOT NULL,
    month     INTEGER NOT NULL,
    age_band  INTEGER NOT NULL,
    sex       INTEGER NOT NULL,
    risk      INTEGER NOT NULL
) WITHOUT ROWID;
