-- The map's layers of buildings and blind spots ask for a run's buildings inside a box (OGC API bbox): without an index
-- on the coordinates PostgreSQL reads every building of every city to find the few hundred in a zoomed-in view.
-- Latitude first: a view's latitude range is a narrow band, and the longitude is then checked inside the index.
create index building_lat_lon on building (lat, lon);
