-- A booking's placement in one round trip (decision 0006): the steps that booking.Placement takes a statement at a
-- time on H2, run here by one call, atomically even outside a transaction. It takes a place while one is free (the
-- conditional update locks the session's row until the end of the transaction, so that bookings of one session go
-- one after another), else a number and a place in the session's line; then inserts the booking unless a unique
-- constraint already holds one like it (the resident's live booking of the session, or the booker's idempotency key),
-- giving the place or the place in line back in that case. A session that looked full is tried for its line first.
-- Answers the booking's id (null where nothing was inserted), its waitlist number and its place in line (null where it
-- took a place).
create function place_booking(
    p_session bigint,
    p_service bigint,
    p_facility bigint,
    p_resident bigint,
    p_household bigint,
    p_community bigint,
    p_booked_by bigint,
    p_idempotency_key varchar,
    p_placed_status varchar,
    p_price_fen integer,
    p_now timestamp with time zone,
    p_line_first boolean)
returns table (booking_id bigint, line_number integer, line_position integer)
language plpgsql as $$
declare
    v_line_first boolean := p_line_first;
begin
    loop
        if not v_line_first then
            update service_session set held = held + 1 where id = p_session and held < capacity;
            exit when found;
        end if;
        update service_session set waitlist_seq = waitlist_seq + 1, waiting = waiting + 1
            where id = p_session and held >= capacity
            returning waitlist_seq, waiting into line_number, line_position;
        exit when found;
        -- Neither a place nor the line: a cancellation freed a place in between, or there is no such session.
        if not exists (select from service_session where id = p_session) then
            raise exception 'no session %', p_session using errcode = 'no_data_found';
        end if;
        v_line_first := false;
    end loop;
    insert into booking (session_id, service_id, facility_id, resident_id, household_id, community_id, booked_by,
            idempotency_key, status, waitlist_seq, price_fen, live_resident_id, created_at, updated_at)
        values (p_session, p_service, p_facility, p_resident, p_household, p_community, p_booked_by,
            p_idempotency_key, case when line_number is null then p_placed_status else 'WAITLISTED' end, line_number,
            p_price_fen, p_resident, p_now, p_now)
        on conflict do nothing
        returning id into booking_id;
    if booking_id is null then
        if line_number is null then
            update service_session set held = held - 1 where id = p_session;
        else
            update service_session set waiting = waiting - 1 where id = p_session;
        end if;
    end if;
    return next;
end;
$$;
