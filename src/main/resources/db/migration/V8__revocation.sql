-- A school may revoke a document it issued: the entry and its PDF stay, the status becomes 'revoked', and the
-- journal keeps when, why (a reason category), the staff member's note and who did it. There is no way back.
alter table issued_document add column revoked_at timestamp with time zone;
alter table issued_document add column revocation_reason varchar(30);
alter table issued_document add column revocation_note varchar(500);
alter table issued_document add column revoked_by uuid;
alter table issued_document add constraint issued_document_revoked_by foreign key (revoked_by) references staff (id);
