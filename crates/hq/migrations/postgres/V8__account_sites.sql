-- Need-to-know: each account sees the cases of its sites (`*`: every site; empty: none, the
-- default, until an admin gives the account its sites) and those transferred to one of them.
ALTER TABLE dash_users ADD COLUMN sites text NOT NULL DEFAULT '';
