-- Enrollment by SPAKE2: a code is found by its first group (public), and HQ keeps what the
-- first request agreed on until the second, and how many exchanges were tried with the code
-- (each is one guess: a code is used up after a few that did not finish).
ALTER TABLE enrollment_codes ADD COLUMN code_id text;
ALTER TABLE enrollment_codes ADD COLUMN agreed bytea;
ALTER TABLE enrollment_codes ADD COLUMN attempts integer NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX enrollment_codes_by_id ON enrollment_codes (code_id);
