-- The stored PDFs move to a table of their own. In the journal's rows they were read (and, on H2, cached) with
-- every listing, verification and status change; now a PDF is read only when someone downloads it.
create table issued_document_pdf (
    document_id uuid primary key references issued_document (id),
    pdf         bytea not null
);
insert into issued_document_pdf (document_id, pdf) select id, pdf from issued_document where pdf is not null;
alter table issued_document drop column pdf;
