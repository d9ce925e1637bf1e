-- A device enrolled with a code an admin made on the dashboard receives no case until a
-- supervisor of its site approves it (an admin sees no case data, and must not be able to
-- give themselves a device that does). Devices enrolled before stay approved.
ALTER TABLE enrollment_codes ADD COLUMN needs_approval boolean NOT NULL DEFAULT false;
ALTER TABLE devices ADD COLUMN approved boolean NOT NULL DEFAULT true;
