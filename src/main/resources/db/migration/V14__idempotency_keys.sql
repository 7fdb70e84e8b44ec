-- Idempotency-Key: the first answer to a keyed request of a school, kept so that a retry with the same key and
-- body gets it again instead of doing the work twice. A row is claimed (in-progress) before the work and becomes
-- done with the answer; a failed request (5xx) deletes its claim. Rows older than qujat.api.idempotency-ttl count
-- as absent and are swept away.
create table idempotency_key (
    school_id       uuid          not null,
    idempotency_key varchar(255)  not null,
    request         varchar(2048) not null,
    request_sha256  char(64)      not null,
    state           varchar(12)   not null,
    claim           uuid          not null,
    status          integer,
    location        varchar(500),
    content_type    varchar(200),
    body            bytea,
    created_at      timestamp with time zone not null,
    primary key (school_id, idempotency_key)
);

create index idempotency_key_created on idempotency_key (created_at);
