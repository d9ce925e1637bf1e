-- HQ's decisions on possible duplicates (case_a < case_b, by id): the same person, or two
-- people. Kept at HQ only: a pair decided "two people" is not proposed again.
CREATE TABLE dash_duplicate_decisions (
    case_a      bytea NOT NULL,
    case_b      bytea NOT NULL,
    same_person boolean NOT NULL,
    by_user     text NOT NULL,
    at          bigint NOT NULL,
    PRIMARY KEY (case_a, case_b)
);
