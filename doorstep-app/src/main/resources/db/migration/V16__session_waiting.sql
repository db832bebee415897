-- How many of the session's bookings are WAITLISTED, kept beside held and changed under the same row lock: a booking
-- joining the line learns its place from the update that gives it its number, instead of counting the line while it
-- holds the session's lock, and lists of sessions read it instead of counting each session's line.
alter table service_session add column waiting integer default 0 not null;
update service_session set waiting =
    (select count(*) from booking b where b.session_id = service_session.id and b.status = 'WAITLISTED');
alter table service_session add constraint service_session_waiting check (waiting >= 0);
