-- Documents about the school rather than an applicant (service passports, the public report, journal
-- printouts) are registered too. Numbers now run per school, journal and year: a service's journal
-- (receipts, refusals, applications) is named after the service; school documents have journals of their own.
alter table issued_document add column journal varchar(100);
update issued_document set journal = service;
alter table issued_document alter column journal set not null;
alter table issued_document alter column service drop not null;
alter table issued_document alter column applicant_name drop not null;
alter table issued_document alter column applicant_iin drop not null;
alter table issued_document drop constraint issued_document_number;
alter table issued_document add constraint issued_document_number unique (school_id, journal, reg_year, reg_seq);
alter table registration_counter rename column service to journal;

-- The services in the school's register (catalog codes, comma-separated) and its website, for the public
-- report and the service passports.
alter table school add column services varchar(1000);
alter table school add column website varchar(200);
update school set services = 'teacher-attestation,school-admission,home-schooling,education-duplicates,additional-education-admission';
alter table school alter column services set not null;

-- The complaints about state services the school received; the public report counts them.
create table complaint (
    id           uuid primary key,
    school_id    uuid          not null references school (id),
    received_on  date          not null,
    service      varchar(100),
    summary      varchar(2000) not null,
    outcome      varchar(2000),
    justified    boolean,
    recorded_by  uuid          not null references staff (id),
    recorded_at  timestamp with time zone not null
);

create index complaint_school on complaint (school_id, received_on);
create index issued_document_journal on issued_document (school_id, journal, reg_year);

-- A series is a document that is made again when its content changes, e.g. the passport poster of one
-- service in one size: the newest issued one is current, the older ones are superseded.
alter table issued_document add column series varchar(200);
create index issued_document_series on issued_document (school_id, series, status);
