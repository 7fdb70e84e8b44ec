-- A school is a tenant: its profile prints on every paper it issues.
create table school (
    id                       uuid primary key,
    name_kk                  varchar(500) not null,
    name_ru                  varchar(500) not null,
    bin                      char(12)     not null unique,
    address_kk               varchar(500) not null,
    address_ru               varchar(500) not null,
    director_name            varchar(200) not null,
    responsible_name         varchar(200) not null,
    responsible_position_kk  varchar(200) not null,
    responsible_position_ru  varchar(200) not null,
    phone                    varchar(50)  not null,
    email                    varchar(200) not null,
    opens_at                 time         not null,
    closes_at                time         not null,
    lunch_starts_at          time,
    lunch_ends_at            time,
    time_zone                varchar(64)  not null,
    created_at               timestamp with time zone not null
);

create table staff (
    id             uuid primary key,
    school_id      uuid         not null references school (id),
    username       varchar(100) not null unique,
    password_hash  varchar(200) not null,
    full_name      varchar(200) not null,
    position_kk    varchar(200) not null,
    position_ru    varchar(200) not null,
    role           varchar(20)  not null,
    enabled        boolean      not null,
    created_at     timestamp with time zone not null
);

create index staff_school on staff (school_id);
