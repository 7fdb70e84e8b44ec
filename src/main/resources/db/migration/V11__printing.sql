-- A school's network printers, reached over IPP; one of them may be the school's default.
create table printer (
    id          uuid primary key,
    school_id   uuid         not null references school (id),
    name        varchar(100) not null,
    uri         varchar(500) not null,
    media       varchar(10)  not null,
    sides       varchar(30)  not null,
    copies      integer      not null,
    is_default  boolean      not null,
    created_at  timestamp with time zone not null,
    constraint printer_name unique (school_id, name)
);

-- Print jobs, kept until done so that a restart loses none. The printer's name and address are copied onto the
-- job: a printer removed later leaves its jobs readable.
-- state: queued -> sending -> processing -> completed | aborted | canceled; waiting-for-printer while it does not answer.
create table print_job (
    id               uuid primary key,
    school_id        uuid         not null references school (id),
    document_id      uuid         not null references issued_document (id),
    printer_id       uuid         not null,
    printer_name     varchar(100) not null,
    printer_uri      varchar(500) not null,
    copies           integer      not null,
    sides            varchar(30)  not null,
    media            varchar(10)  not null,
    state            varchar(30)  not null,
    reason           varchar(500),
    ignored          varchar(500),
    printer_job_id   integer,
    attempts         integer      not null,
    next_attempt_at  timestamp with time zone not null,
    claimed_at       timestamp with time zone,
    requested_by     uuid         not null references staff (id),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);

create index print_job_due on print_job (state, next_attempt_at);
create index print_job_school on print_job (school_id, created_at);
