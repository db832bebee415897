-- The walking graph of a city, as the planning module encodes it (WalkGraphCodec), so that evaluations and the map's
-- road layer need neither the original OSM file nor the generator. PostgreSQL keeps the bytes in bytea.
create table city_network (
    city_id bigint primary key references place (id),
    format integer not null,
    node_count integer not null,
    edge_count integer not null,
    source varchar(300) not null,
    created_at timestamp with time zone not null,
    data bytea not null
);
