-- A booking's service and facility are its session's: one composite key says so, which the three single-column keys
-- it replaces could not, and it checks one parent row, the session that the booking locks anyway. On PostgreSQL the
-- single-column keys go (vendor/postgresql V15_1): each booking took a share lock on its facility's and its service's
-- row, rows that every concurrent booking of the facility shares. H2, the single-user default, keeps them.
alter table service_session add constraint service_session_offering unique (id, service_id, facility_id);
alter table booking add constraint booking_of_session foreign key (session_id, service_id, facility_id)
    references service_session (id, service_id, facility_id);
