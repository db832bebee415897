// The resident's home and the services within 15 minutes' walk of it, with the nearest of each category; the
// bookable services of those facilities and the household's bookings (booking.js).
import { showError, t } from './common.js';
import { addRoads, categoryColour, collection, createMap } from './map.js';
import { loadHome, loadMembers } from './household.js';
import { showBookings, showBookingsError, showServices } from './booking.js';

const list = document.getElementById('nearest');
const FIFTEEN_MINUTES_S = 15 * 60;

async function show() {
  const home = await loadHome();
  if (!home) { list.textContent = t('js.noHome'); return; }
  const base = createMap('map', [home.lat, home.lon], 15);
  L.circleMarker([home.lat, home.lon], { radius: 8, color: '#1d2733', fillColor: '#f5a623', fillOpacity: 1 }).addTo(base.map);
  const near = home.nearest.filter((n) => n.walkTime_s !== null && n.walkTime_s <= FIFTEEN_MINUTES_S);
  const ids = new Set(near.map((n) => n.facilityRef));
  const box = [home.lon - 0.02, home.lat - 0.02, home.lon + 0.02, home.lat + 0.02].join(',');
  const facilities = await collection('facilities', `&bbox=${box}`);
  L.geoJSON({ type: 'FeatureCollection', features: facilities.features.filter((f) => ids.has(f.id)) }, {
    pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 7, color: '#fff', fillColor: categoryColour(f.properties.category), fillOpacity: 0.95 }),
    onEachFeature: (f, l) => {
      l.bindTooltip(t('category.' + f.properties.category));
      // A facility on the map leads to its bookable services in the list below.
      l.on('click', () => document.querySelector(`#services [data-facility="${f.id}"] button`)?.focus());
    },
  }).addTo(base.map);
  for (const n of home.nearest) {
    const li = document.createElement('li');
    const name = document.createElement('strong');
    name.textContent = t('category.' + n.category);
    li.append(name, document.createElement('br'),
      document.createTextNode(n.walkTime_s === null ? t('js.unreachable') : t('js.walk', Math.max(1, Math.round(n.walkTime_s / 60)))));
    list.appendChild(li);
  }
  const members = await loadMembers(home);
  await Promise.all([showServices(near, members), showBookings().catch(showBookingsError)]);
  await addRoads(base, home.cityId);
}

show().catch((e) => showError(list, e));
