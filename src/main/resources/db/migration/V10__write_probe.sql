-- One row the service rewrites to prove that its database takes writes: at startup, where it refuses to start
-- otherwise (a read-only data folder opens H2 read-only, and reading alone would look healthy), and for readiness.
create table write_probe (
    id          integer primary key,
    written_at  timestamp with time zone not null
);
insert into write_probe (id, written_at) values (1, current_timestamp);
