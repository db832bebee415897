-- Every booking wrote these; the composite key of V15 now checks the same and more.
alter table booking
    drop constraint booking_session_id_fkey,
    drop constraint booking_service_id_fkey,
    drop constraint booking_facility_id_fkey;

-- Most bookings never hold an offer, and three in four never wait: index only the rows that do (H2 has no partial
-- indexes and keeps the whole ones).
drop index booking_offer;
create index booking_offer on booking (offer_expires_at) where offer_expires_at is not null;
alter table booking drop constraint booking_waitlist_order;
create unique index booking_waitlist_order on booking (session_id, waitlist_seq) where waitlist_seq is not null;
