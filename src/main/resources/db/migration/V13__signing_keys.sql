-- The signing keys the service generates (qujat.signing.generate-keys), one per school, where every instance on
-- this database finds the same one. Each is a PKCS#12 file encrypted with qujat.signing.keys-password (AES-256,
-- PBKDF2); the database never holds a key in the clear. Keystores configured per school stay files.
create table signing_key (
    school_id   uuid primary key,
    keystore    bytea not null,
    created_at  timestamp with time zone not null
);
