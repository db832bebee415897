-- The registry's one figure that other modules may join in SQL: how many registered residents live in each building
-- (by their household's building), a count without any personal field. Planning sums it over a run's blind spots per
-- community, suppressing small buildings itself, without reading the registry's tables or loading rows into Java.
create view building_residents as
select h.building_id, count(*) as residents
from household h join resident r on r.household_id = h.id
where h.building_id is not null
group by h.building_id;
