-- A school's webhook endpoints. The secret is kept as given to the director (whsec_ + base64): it signs every
-- delivery, so it cannot be a hash.
create table webhook (
    id          uuid primary key,
    school_id   uuid         not null references school (id),
    url         varchar(500) not null,
    events      varchar(200) not null,
    secret      varchar(100) not null,
    enabled     boolean      not null,
    created_at  timestamp with time zone not null
);

create index webhook_school on webhook (school_id);

-- The outbox: one message per event and endpoint, written in the transaction of the event itself, so that a crash
-- loses none. Its id is the webhook-id header, the same on every attempt.
-- state: pending -> sending -> delivered | pending (a retry) | failed (the last retry failed too).
create table webhook_message (
    id               varchar(40)  primary key,
    webhook_id       uuid         not null references webhook (id) on delete cascade,
    event            varchar(40)  not null,
    payload          varchar(4000) not null,
    state            varchar(20)  not null,
    attempts         integer      not null,
    next_attempt_at  timestamp with time zone not null,
    claimed_at       timestamp with time zone,
    created_at       timestamp with time zone not null
);

create index webhook_message_due on webhook_message (state, next_attempt_at);
create index webhook_message_webhook on webhook_message (webhook_id, created_at);

-- Every attempt to deliver a message: the receiver's status code, or why there was none.
create table webhook_attempt (
    message_id    varchar(40)  not null references webhook_message (id) on delete cascade,
    attempt       integer      not null,
    attempted_at  timestamp with time zone not null,
    status_code   integer,
    error         varchar(300),
    primary key (message_id, attempt)
);
