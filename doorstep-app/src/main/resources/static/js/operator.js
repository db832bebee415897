// The operator's facilities (the facility API answers with the operator's own only) and where they are.
import { api, cell, showError, t } from './common.js';
import { categoryColour, createMap } from './map.js';

const body = document.querySelector('#facilities tbody');
const base = createMap('map', null, 12);

async function show() {
  const facilities = await api('/api/facilities');
  const points = [];
  for (const f of facilities) {
    const tr = document.createElement('tr');
    cell(tr, f.name); cell(tr, t('category.' + f.category)); cell(tr, f.communityName);
    cell(tr, f.capacity.map((c) => `${c.serviceKind} ${c.places}`).join(', ')); cell(tr, f.openingHours); cell(tr, f.status);
    body.appendChild(tr);
    points.push(L.circleMarker([f.lat, f.lon], { radius: 6, fillColor: categoryColour(f.category), color: '#fff', fillOpacity: 0.9 })
      .bindTooltip(f.name));
  }
  if (points.length) {
    const group = L.featureGroup(points).addTo(base.map);
    base.map.fitBounds(group.getBounds(), { maxZoom: 15, padding: [20, 20] });
  }
}

show().catch((e) => showError(document.querySelector('h1'), e));
