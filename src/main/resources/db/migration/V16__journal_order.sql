-- A year's journal of a counter in its own order, so that it is read a page at a time from where the last page
-- ended (a printout or CSV of 20,000 numbers) instead of sorting the whole year again for every page. It serves
-- every query the index it replaces did.
create index issued_document_journal_order on issued_document (school_id, journal, reg_year, registered_at, reg_seq);
drop index issued_document_journal;
