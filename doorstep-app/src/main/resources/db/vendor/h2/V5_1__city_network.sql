-- The walking graph of a city, as the planning module encodes it (WalkGraphCodec). H2 limits binary varying to 1 MB,
-- so the bytes go into a binary large object here (PostgreSQL: bytea).
create table city_network (
    city_id bigint primary key references place (id),
    format integer not null,
    node_count integer not null,
    edge_count integer not null,
    source varchar(300) not null,
    created_at timestamp with time zone not null,
    data binary large object not null
);
