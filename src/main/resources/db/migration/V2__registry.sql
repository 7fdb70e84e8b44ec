-- The last registration number given per school, service and year. Its row lock is what makes numbers
-- gapless across threads and instances; it is held only while a number is taken, never while rendering.
create table registration_counter (
    school_id    uuid         not null references school (id),
    service      varchar(100) not null,
    reg_year     integer      not null,
    last_number  integer      not null,
    primary key (school_id, service, reg_year)
);

-- The registration journal: every number ever given, with the document it was given to.
-- status: pending (number taken, PDF being made) -> issued; or -> void when the PDF could not be made.
create table issued_document (
    id                 uuid primary key,
    school_id          uuid         not null references school (id),
    service            varchar(100) not null,
    reg_year           integer      not null,
    reg_seq            integer      not null,
    reg_number         varchar(40)  not null,
    kind               varchar(20)  not null,
    channel            varchar(30)  not null,
    status             varchar(20)  not null,
    verification_code  varchar(32)  not null unique,
    applicant_name     varchar(300) not null,
    applicant_iin      char(12)     not null,
    issued_by          uuid         not null references staff (id),
    received_at        timestamp with time zone not null,
    due_on             date,
    registered_at      timestamp with time zone not null,
    issued_at          timestamp with time zone,
    void_reason        varchar(200),
    content            text         not null,
    pdf                bytea,
    pdf_sha256         char(64),
    constraint issued_document_number unique (school_id, service, reg_year, reg_seq)
);

create index issued_document_school on issued_document (school_id, registered_at);
create index issued_document_pending on issued_document (status, registered_at);
