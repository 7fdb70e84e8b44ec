-- Operators run the installation and belong to no school.
alter table staff alter column school_id drop not null;

-- API tokens for integrations (e.g. a school information system): a token acts as the staff account it
-- belongs to. Only a SHA-256 hash of the secret is kept; the secret is shown once, when the token is made.
create table api_token (
    id            uuid primary key,
    school_id     uuid         not null references school (id),
    staff_id      uuid         not null references staff (id),
    name          varchar(100) not null,
    secret_hash   char(64)     not null unique,
    hint          varchar(12)  not null,
    created_by    uuid         not null references staff (id),
    created_at    timestamp with time zone not null,
    last_used_at  timestamp with time zone,
    revoked_at    timestamp with time zone
);

create index api_token_school on api_token (school_id);

-- Who did what, when and from where: issuing, downloads, revocations, profile, staff and token changes,
-- token use and failed sign-ins. Never an IIN or a password.
create table audit_event (
    id          uuid primary key,
    at          timestamp with time zone not null,
    school_id   uuid,
    actor       varchar(150),
    action      varchar(60)  not null,
    target      varchar(200),
    address     varchar(64),
    details     varchar(500)
);

create index audit_event_school on audit_event (school_id, at);
create index audit_event_at on audit_event (at);
