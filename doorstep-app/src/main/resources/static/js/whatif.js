// What-if mode on the planner's map: a click adds a facility of the chosen category, a pin dragged moves it (or an
// existing facility, once clicked), a button closes the selected one. Each edit shows the city's residents within each
// threshold before and after, the communities it touched and the buildings whose walk changed. Nothing is saved: the
// session lives on the server until it is ended or left idle.
import { api, cell, percent, showError, t } from './common.js';

const $ = (id) => document.getElementById(id);

/**
 * Wires the what-if panel to the map. category() is the category a click adds; communityName(id) names a community.
 * Returns facilityClicked(feature, latlng) for the facilities layer.
 */
export function whatIf(base, cityId, category, communityName) {
  let session = null;
  let active = false;
  let selected = null;
  const changed = L.layerGroup().addTo(base.map);
  const pins = L.layerGroup().addTo(base.map);
  base.control.addOverlay(changed, t('planmap.whatif.changed'));

  async function edit(body) {
    try {
      if (!session) {
        session = (await api('/api/planning/what-if', { method: 'POST', body: JSON.stringify({ cityId }) })).id;
      }
      const outcome = await api(`/api/planning/what-if/${session}/edits`, { method: 'POST', body: JSON.stringify(body) });
      show(outcome);
      return outcome;
    } catch (e) {
      showError($('whatif-status'), e);
      return null;
    }
  }

  function select(facilityId, marker) {
    selected = { facilityId, marker };
    $('whatif-close').disabled = false;
    $('whatif-status').classList.remove('error');
    $('whatif-status').textContent = t('planmap.whatif.selected', facilityId > 0 ? `#${facilityId}` : t('planmap.whatif.new'));
  }

  function pin(facilityId, latlng) {
    const marker = L.marker(latlng, {
      draggable: true, keyboard: true, title: t('planmap.whatif.pin'),
      icon: L.divIcon({ className: 'whatif-pin', iconSize: [18, 18] }),
    }).addTo(pins);
    marker.on('dragend', () => {
      const p = marker.getLatLng();
      edit({ kind: 'move', facilityId, lon: p.lng, lat: p.lat });
    });
    marker.on('click', () => select(facilityId, marker));
    select(facilityId, marker);
  }

  function show(outcome) {
    const body = $('whatif-figures').querySelector('tbody');
    body.replaceChildren();
    const city = outcome.city;
    outcome.minutes.forEach((minutes, i) => {
      const tr = document.createElement('tr');
      cell(tr, t('planmap.minutes', minutes));
      cell(tr, city.suppressed ? t('js.suppressed') : Math.round(city.residentsBefore[i]), true);
      cell(tr, city.suppressed ? t('js.suppressed') : Math.round(city.residentsAfter[i]), true);
      cell(tr, city.suppressed ? null : `${percent(city.shareBefore[i])} → ${percent(city.shareAfter[i])}`, true);
      body.appendChild(tr);
    });
    const last = outcome.minutes.length - 1;
    $('whatif-figures').dataset.kind = outcome.kind;
    $('whatif-figures').dataset.before = city.suppressed ? '' : String(Math.round(city.residentsBefore[last]));
    $('whatif-figures').dataset.after = city.suppressed ? '' : String(Math.round(city.residentsAfter[last]));
    $('whatif-status').textContent = t('planmap.whatif.done', t('category.' + outcome.category), outcome.changedBuildings);
    const list = $('whatif-communities');
    list.replaceChildren();
    for (const c of outcome.communities) {
      const li = document.createElement('li');
      li.textContent = c.suppressed ? `${communityName(c.communityId)}: ${t('js.suppressed')}`
        : t('planmap.whatif.community', communityName(c.communityId), outcome.minutes[last],
          percent(c.shareBefore[last]), percent(c.shareAfter[last]));
      list.appendChild(li);
    }
    changed.clearLayers();
    for (const b of outcome.buildings) {
      const better = b.after_s !== null && (b.before_s === null || b.after_s < b.before_s);
      L.circleMarker([b.lat, b.lon], { radius: 3, weight: 1, color: better ? '#1a9850' : '#b3261e', fillOpacity: 0.8 })
        .bindTooltip(t('planmap.whatif.walk', minutesOf(b.before_s), minutesOf(b.after_s))).addTo(changed);
    }
  }

  async function close() {
    if (!selected) return;
    const outcome = await edit({ kind: 'close', facilityId: selected.facilityId });
    if (outcome) {
      pins.removeLayer(selected.marker);
      selected = null;
      $('whatif-close').disabled = true;
    }
  }

  async function reset() {
    if (session) await api(`/api/planning/what-if/${session}`, { method: 'DELETE' }).catch(() => null);
    session = null;
    selected = null;
    pins.clearLayers();
    changed.clearLayers();
    $('whatif-figures').querySelector('tbody').replaceChildren();
    $('whatif-communities').replaceChildren();
    $('whatif-close').disabled = true;
    $('whatif-status').textContent = t('planmap.whatif.hint');
  }

  $('whatif-toggle').addEventListener('click', () => {
    active = !active;
    $('whatif-toggle').setAttribute('aria-pressed', String(active));
    $('map').classList.toggle('editing', active);
    $('whatif-status').textContent = t(active ? 'planmap.whatif.hint' : 'planmap.whatif.off');
  });
  $('whatif-close').addEventListener('click', close);
  $('whatif-reset').addEventListener('click', reset);
  async function addAt(latlng) {
    const outcome = await edit({ kind: 'add', category: category(), lon: latlng.lng, lat: latlng.lat });
    if (outcome) pin(outcome.facilityId, latlng);
  }

  base.map.on('click', (e) => { if (active) addAt(e.latlng); });
  // By keyboard: pan with the arrows, then Enter adds at the map's centre.
  base.map.getContainer().addEventListener('keydown', (e) => {
    if (active && e.key === 'Enter' && e.target === base.map.getContainer()) addAt(base.map.getCenter());
  });
  return (feature, latlng) => {
    if (active && feature.properties.count === 1) pin(feature.id, latlng);
  };
}

function minutesOf(seconds) {
  return seconds === null ? '–' : Math.round(seconds / 60);
}
