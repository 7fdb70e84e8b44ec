-- Who signed each issued PDF, when, and whether the signature checked out against the stored bytes when they
-- were stored: the public page says so without reading the PDF again. Null for documents issued unsigned.
alter table issued_document add column signed_by varchar(500);
alter table issued_document add column signed_at timestamp with time zone;
alter table issued_document add column signature_valid boolean;
