-- Every booking of a community checked its community's place row with a key-share lock, and concurrent bookings of
-- one community locked that one row together, which PostgreSQL records as a new multixact for each booking that joins
-- the lockers (about one a booking under load: slower bookings, and anti-wraparound vacuums of the multixacts every
-- few days at 1,500 bookings a second). A booking's community is copied from its resident's row, whose own key keeps it
-- a place; H2, the single-user default, keeps the key. The facility's and service's keys went the same way in V15_1.
alter table booking drop constraint booking_community_id_fkey;
