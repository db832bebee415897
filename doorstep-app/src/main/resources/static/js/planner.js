// The planner's map: runs and their live progress, the coverage choropleth, blind spots and the buildings' times, the
// standards per community; what-if edits (whatif.js) and siting (siting.js).
import { api, cell, percent, showError, t } from './common.js';
import { addCommunities, addFacilities, addRoads, boxOf, createMap, onMoveEnd } from './map.js';
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
// One page per layer and view: the totals come from the server, so the map never needs a whole layer.
const LAYER_LIMIT = 5000;
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

/** The ids of the communities at or below the page's place. */
function placeCommunities() {
  return new Set(communities.getLayers().filter((l) => inPlace(l.feature)).map((l) => l.feature.id));
}

function fillTable(rows) {
  const body = $('coverage').querySelector('tbody');
  body.replaceChildren();
  for (const r of rows) {
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

/**
 * The place's blind spots, summed over its communities' rows: every blind-spot building, and the residents of those
 * the server did not suppress (so the figure says "at least").
 */
function showBlindSpotTotals(rows, minutes) {
  const buildings = rows.reduce((sum, r) => sum + r.blindSpotBuildings, 0);
  const residents = rows.reduce((sum, r) => sum + (r.blindSpotResidents || 0), 0);
  $('blindspots').textContent = t('js.blindSpots', buildings, minutes, residents);
  $('blindspots').dataset.count = String(buildings);
  $('blindspots').dataset.residents = String(residents);
}

/** The run's blind spots in the view (one page, by box); those outside the page's place are drawn faint. */
async function drawBlindSpots() {
  const run = $('run').value;
  const status = $('blindspots-shown');
  if (!run) return;
  const bbox = boxOf(base.map);
  const page = await api(`/ogc/collections/blindspots/items?limit=${LAYER_LIMIT}&bbox=${bbox}&run=${run}`
    + `&category=${$('category').value}&minutes=${$('minutes').value}`);
  const here = placeCommunities();
  blindLayer.clearLayers();
  blindLayer.addData(page);
  blindLayer.eachLayer((l) => l.setStyle(here.has(l.feature.properties.communityId)
    ? { color: '#b3261e', fillOpacity: 0.8 } : { color: '#d99a96', fillOpacity: 0.4 }));
  const cut = page.features.length < page.numberMatched;
  status.textContent = cut ? t('planmap.blindSpots.shown', page.features.length, page.numberMatched) : '';
  status.dataset.bbox = bbox;
  status.dataset.count = String(page.features.length);
  status.dataset.matched = String(page.numberMatched);
}

/** A building's walking time (or that none is reachable) as its tooltip. */
function walkTooltip(f, l) {
  l.bindTooltip(f.properties.walkTime_s === null ? t('js.unreachable') : t('js.walk', Math.round(f.properties.walkTime_s / 60)));
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
  const page = await api(`/ogc/collections/buildings/items?limit=${LAYER_LIMIT}&bbox=${bbox}&run=${run}&category=${$('category').value}`);
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
    const rows = await api(`/api/planning/evaluations/${run}/communities?category=${category}&minutes=${minutes}&blindSpots=true`);
    if (standardsRun !== run) {
      const standards = await api(`/api/planning/evaluations/${run}/standards`);
      standardsByCommunity = new Map(standards.map((s) => [s.communityId, s]));
      standardsRun = run;
    }
    coverageByCommunity = new Map(rows.map((r) => [r.communityId, r]));
    communities.setStyle(styleCommunity);
    const here = placeCommunities();
    const placeRows = rows.filter((r) => here.has(r.communityId));
    fillTable(placeRows);
    showBlindSpotTotals(placeRows, minutes);
    await drawBlindSpots();
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
  // Blind spots over the buildings' times, as the page is about them.
  buildingLayer = L.geoJSON(null, {
    pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 2.5, stroke: false, fillOpacity: 0.85 }),
    onEachFeature: walkTooltip,
  }).addTo(base.map);
  base.control.addOverlay(buildingLayer, t('planmap.layer.buildings'));
  onMoveEnd(base.map, () => drawBuildings().catch((e) => showError($('buildings'), e)));
  blindLayer = L.geoJSON(null, {
    pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 3, weight: 1 }),
    onEachFeature: walkTooltip,
  }).addTo(base.map);
  base.control.addOverlay(blindLayer, t('js.layer.blindspots'));
  onMoveEnd(base.map, () => drawBlindSpots().catch((e) => showError($('blindspots-shown'), e)));
  facilities = await addFacilities(base, cityId, () => $('category').value,
    (f, l) => l.on('click', (e) => facilityClicked(f, e.latlng)));
  await loadRuns();
  await show();
}

$('evaluate').addEventListener('click', evaluate);
for (const id of ['run', 'minutes']) $(id).addEventListener('change', show);
$('category').addEventListener('change', () => facilities.reload().then(show));
start().catch((e) => showError($('blindspots'), e));
