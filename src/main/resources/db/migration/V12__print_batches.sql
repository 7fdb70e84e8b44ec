-- The papers a print job holds, in the order they print: one for a paper printed on its own, several for a batch.
-- The number is copied: it names the paper on the job even after the journal's entry changes.
create table print_job_paper (
    job_id       uuid        not null references print_job (id),
    position     integer     not null,
    document_id  uuid        not null references issued_document (id),
    reg_number   varchar(40) not null,
    primary key (job_id, position)
);
insert into print_job_paper (job_id, position, document_id, reg_number)
select j.id, 0, j.document_id, d.reg_number from print_job j join issued_document d on d.id = j.document_id;

-- A batch prints one file made for it (a cover sheet, then the papers), kept with the job; a job of one paper
-- sends the stored PDF itself and has none.
create table print_job_file (
    job_id  uuid primary key references print_job (id),
    pdf     bytea not null
);

alter table print_job alter column document_id drop not null;

-- Since when the printer of a job it already took has not answered; a job whose printer stays away is given up.
alter table print_job add column unreachable_since timestamp with time zone;
