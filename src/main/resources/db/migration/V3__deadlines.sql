-- When documents count as accepted (the next opening when submitted outside working hours), when a result
-- in minutes is due, and whether a holiday calendar was known when the deadline was computed.
alter table issued_document add column accepted_at timestamp with time zone;
alter table issued_document add column due_at timestamp with time zone;
alter table issued_document add column holiday_calendar boolean;
update issued_document set accepted_at = received_at, holiday_calendar = false where accepted_at is null;
