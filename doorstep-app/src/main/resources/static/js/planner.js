// The planner's map: runs and their live progress, the coverage choropleth, blind spots and the buildings' times, the
// standards per community; what-if edits (whatif.js) and siting (siting.js).
import { api, cell, percent, showError, t } from './common.js';
import { addCommunities, addFacilities, addRoads, boxOf, collection, createMap, onMoveEnd } from './map.js';
import { siting } from './siting.js';
import { whatIf } from './whatif.js';

const root = document.getElementById('planner');
const cityId = Number(root.dataset.city);
const placeId = Number(root.dataset.place);
const level = root.dataset.level;
const centre = root.dataset.lat ? [Number(root.dataset.lat), Number(root.dataset.lon)] : null;
const $ = (id) => document.getElementById(id);
const base = createMap('map', centre, 13);
let communities = null;
let blindLayer = null;
let buildingLayer = null;
// From this zoom in, the buildings of the view are drawn; further out a city's 100,000 dots would hide the map and
// tell nothing the choropleth does not.
const BUILDING_ZOOM = 16;
const BUILDING_LIMIT = 5000;
let coverageByCommunity = new Map();
let facilities = null;
// The life circles depend on the run only, not on the category or minutes shown.
let standardsByCommunity = new Map();
let standardsRun = null;

function communityName(id) {
  const layer = communities && communities.getLayers().find((l) => l.feature.id === id);
  return layer ? layer.feature.properties.name : `#${id}`;
}

const facilityClicked = whatIf(base, cityId, () => $('category').value, communityName);
siting(base, cityId, () => $('category').value, () => $('minutes').value);

/** True where a community feature lies at or below the page's place. */
function inPlace(f) {
  const p = f.properties;
  return level === 'CITY' || f.id === placeId || p.streetId === placeId || p.districtId === placeId;
}

function shade(share) {
  if (share === null || share === undefined) return '#bbbbbb';
  return share >= 0.9 ? '#1a9850' : share >= 0.75 ? '#91cf60' : share >= 0.5 ? '#fee08b' : share >= 0.25 ? '#fc8d59' : '#d73027';
}

function styleCommunity(f) {
  const row = coverageByCommunity.get(f.id);
  return {
    color: inPlace(f) ? '#1d2733' : '#9aa5b1', weight: inPlace(f) ? 1.5 : 0.5,
    fillColor: shade(row ? row.targetShare ?? row.residentShare : null), fillOpacity: row ? 0.45 : 0.05,
  };
}

async function loadRuns(select) {
  const runs = await api(`/api/planning/cities/${cityId}/evaluations`);
  const list = $('run');
  list.replaceChildren();
  for (const run of runs.filter((r) => r.status === 'DONE')) {
    list.add(new Option(t('js.run', `#${run.id}`, (run.finishedAt || '').slice(0, 16).replace('T', ' ')), run.id));
  }
  if (select) list.value = String(select);
  if (!list.value) { $('blindspots').textContent = t('js.noRun'); }
  return list.value;
}

function fillTable(rows) {
  const body = $('coverage').querySelector('tbody');
  body.replaceChildren();
  const shown = new Set(communities.getLayers().filter((l) => inPlace(l.feature)).map((l) => l.feature.id));
  for (const r of rows.filter((row) => shown.has(row.communityId))) {
    const tr = document.createElement('tr');
    cell(tr, r.communityName);
    cell(tr, r.suppressed ? t('js.suppressed') : Math.round(r.residents), true);
    cell(tr, percent(r.residentShare), true);
    cell(tr, percent(r.targetShare), true);
    const area = cell(tr, r.area_m2Per100Households === null ? null : r.area_m2Per100Households.toFixed(1), true);
    if (r.area_m2Per100Households !== null && r.area_m2Per100Households < 30) area.classList.add('fail');
    lifeCircles(tr, standardsByCommunity.get(r.communityId));
    body.appendChild(tr);
  }
}

/** The standards cell: per life circle, the categories missing (all present: a tick); the full lists as its title. */
function lifeCircles(tr, standard) {
  const td = cell(tr, null);
  if (!standard || standard.suppressed) return;
  td.className = 'circles';
  td.textContent = '';
  const names = (codes) => codes.map((c) => t('category.' + c)).join('、') || '–';
  for (const circle of standard.lifeCircles) {
    const line = document.createElement('div');
    line.textContent = circle.missing.length ? t('planmap.standards.missing', circle.minutes, names(circle.missing))
      : t('planmap.standards.complete', circle.minutes);
    if (circle.missing.length) line.classList.add('fail');
    line.title = t('planmap.standards.present', names(circle.present));
    td.appendChild(line);
  }
}

async function drawBlindSpots(run, category, minutes) {
  const data = await collection('blindspots', `&run=${run}&category=${category}&minutes=${minutes}`);
  const inside = data.features.filter((f) => !communities || communities.getLayers().some((l) => l.feature.id === f.properties.communityId && inPlace(l.feature)));
  if (blindLayer) { base.map.removeLayer(blindLayer); base.control.removeLayer(blindLayer); }
  blindLayer = L.geoJSON({ type: 'FeatureCollection', features: inside }, {
    pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 3, color: '#b3261e', weight: 1, fillOpacity: 0.8 }),
    onEachFeature: (f, l) => l.bindTooltip(f.properties.walkTime_s === null ? t('js.unreachable')
      : t('js.walk', Math.round(f.properties.walkTime_s / 60))),
  }).addTo(base.map);
  base.control.addOverlay(blindLayer, t('js.layer.blindspots'));
  const residents = inside.reduce((sum, f) => sum + (f.properties.residents || 0), 0);
  $('blindspots').textContent = t('js.blindSpots', inside.length, minutes, residents);
  $('blindspots').dataset.count = String(inside.length);
}

/** Colours a building by its walking time against the chosen minutes: within, within twice, beyond, unreachable. */
function buildingColour(walkTime_s, minutes) {
  if (walkTime_s === null) return '#5c0a06';
  if (walkTime_s <= minutes * 60) return '#1a7f37';
  return walkTime_s <= minutes * 120 ? '#d4a017' : '#b3261e';
}

/** The run's buildings in the view with their walking times (one page, by box), from BUILDING_ZOOM in. */
async function drawBuildings() {
  const run = $('run').value;
  const status = $('buildings');
  buildingLayer.clearLayers();
  if (!run || base.map.getZoom() < BUILDING_ZOOM) {
    status.textContent = run ? t('planmap.buildings.zoomIn') : '';
    delete status.dataset.count;
    return;
  }
  const bbox = boxOf(base.map);
  const minutes = Number($('minutes').value);
  const page = await api(`/ogc/collections/buildings/items?limit=${BUILDING_LIMIT}&bbox=${bbox}&run=${run}&category=${$('category').value}`);
  buildingLayer.addData(page);
  buildingLayer.eachLayer((l) => l.setStyle({ fillColor: buildingColour(l.feature.properties.walkTime_s, minutes) }));
  status.textContent = t('planmap.buildings.shown', page.features.length, page.numberMatched);
  status.dataset.bbox = bbox;
  status.dataset.count = String(page.features.length);
}

async function show() {
  const run = $('run').value;
  if (!run) return;
  const category = $('category').value;
  const minutes = $('minutes').value;
  try {
    const rows = await api(`/api/planning/evaluations/${run}/communities?category=${category}&minutes=${minutes}`);
    if (standardsRun !== run) {
      const standards = await api(`/api/planning/evaluations/${run}/standards`);
      standardsByCommunity = new Map(standards.map((s) => [s.communityId, s]));
      standardsRun = run;
    }
    coverageByCommunity = new Map(rows.map((r) => [r.communityId, r]));
    communities.setStyle(styleCommunity);
    fillTable(rows);
    await drawBlindSpots(run, category, minutes);
    await drawBuildings();
  } catch (e) { showError($('blindspots'), e); }
}

function follow(runId) {
  const progress = $('progress');
  const events = new EventSource(`/api/planning/evaluations/${runId}/progress`);
  let ended = false;
  events.addEventListener('progress', async (event) => {
    const p = JSON.parse(event.data);
    if (ended) return;
    progress.textContent = t('js.status.' + p.status) + (p.phase ? ` · ${t('js.phase.' + p.phase)}` : '') + (p.error ? ` · ${p.error}` : '');
    progress.dataset.status = p.status;
    if (p.status === 'DONE' || p.status === 'FAILED') {
      ended = true;
      events.close();
      $('evaluate').disabled = false;
      if (p.status === 'DONE') { await loadRuns(runId); await show(); }
    }
  });
  events.onerror = () => { if (events.readyState === EventSource.CLOSED) $('evaluate').disabled = false; };
  // A dropped stream is reopened by the browser; polling the status as well makes sure the end is never missed.
  const poll = setInterval(async () => {
    if (events.readyState === EventSource.CLOSED) { clearInterval(poll); return; }
    const s = await api(`/api/planning/evaluations/${runId}/status`).catch(() => null);
    if (s && (s.status === 'DONE' || s.status === 'FAILED')) {
      events.dispatchEvent(new MessageEvent('progress', { data: JSON.stringify({ status: s.status, phase: null, error: null }) }));
      clearInterval(poll);
    }
  }, 3000);
}

async function evaluate() {
  $('evaluate').disabled = true;
  try {
    const run = await api('/api/planning/evaluations', { method: 'POST', body: JSON.stringify({ cityId, profile: $('profile').value }) });
    $('progress').textContent = t('js.status.' + run.status);
    follow(run.id);
  } catch (e) { showError($('progress'), e); $('evaluate').disabled = false; }
}

async function start() {
  await addRoads(base, cityId);
  communities = await addCommunities(base, cityId, styleCommunity);
  const here = communities.getLayers().filter((l) => inPlace(l.feature));
  if (here.length) base.map.fitBounds(L.featureGroup(here).getBounds());
  buildingLayer = L.geoJSON(null, {
    pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 2.5, stroke: false, fillOpacity: 0.85 }),
    onEachFeature: (f, l) => l.bindTooltip(f.properties.walkTime_s === null ? t('js.unreachable')
      : t('js.walk', Math.round(f.properties.walkTime_s / 60))),
  }).addTo(base.map);
  base.control.addOverlay(buildingLayer, t('planmap.layer.buildings'));
  onMoveEnd(base.map, () => drawBuildings().catch((e) => showError($('buildings'), e)));
  facilities = await addFacilities(base, cityId, () => $('category').value,
    (f, l) => l.on('click', (e) => facilityClicked(f, e.latlng)));
  await loadRuns();
  await show();
}

$('evaluate').addEventListener('click', evaluate);
for (const id of ['run', 'minutes']) $(id).addEventListener('change', show);
$('category').addEventListener('change', () => facilities.reload().then(show));
start().catch((e) => showError($('blindspots'), e));
