-- HQ's decisions on possible duplicates (case_a < case_b, by id): the same person, or two
-- people. Kept at HQ only: a pair decided "two people" is not proposed again.
CREATE TABLE dash_duplicate_decisions (
    case_a      BLOB NOT NULL,
    case_b      BLOB NOT NULL,
    same_person INTEGER NOT NULL,
    by_user     TEXT NOT NULL,
    at          INTEGER NOT NULL,
    PRIMARY KEY (case_a, case_b)
) WITHOUT ROWID;
