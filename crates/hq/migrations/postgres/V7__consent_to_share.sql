-- HQ holds a case only while its consent to share with HQ is in force. A withdrawal erases
-- HQ's copy and every other device's; the device that sent it keeps the case (`keeper`), and
-- is not told to erase it. Without the consent HQ counts only an anonymous record: a random
-- id the device made, the device that sent it and its site, and four codes (no name, no text).
ALTER TABLE erased ADD COLUMN keeper bytea;
CREATE TABLE anonymous_cases (
    figure_id bytea PRIMARY KEY,
    device    bytea NOT NULL,
    site      text NOT NULL,
    month     bigint NOT NULL,
    age_band  bigint NOT NULL,
    sex       bigint NOT NULL,
    risk      bigint NOT NULL
);
