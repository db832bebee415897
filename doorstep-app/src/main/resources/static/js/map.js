// The base map of every page: Leaflet on its canvas renderer, offline by default. It draws the city's own roads and
// its facilities (fetched by box, simplified by zoom, on every move) and community boundaries from /ogc/; a tile layer
// only where the deployment configured one.
import { api, t } from './common.js';

const settings = window.DOORSTEP || {};

/** A map in the element, centred on [lat, lon] (or the world until a layer fits it). */
export function createMap(elementId, centre, zoom = 14) {
  const map = L.map(elementId, { preferCanvas: true, zoomControl: true, keyboard: true });
  map.setView(centre || [32.04, 118.78], zoom);
  if (settings.tileUrl) {
    L.tileLayer(settings.tileUrl, { attribution: settings.tileAttribution, maxZoom: 19 }).addTo(map);
  }
  const control = L.control.layers(null, null, { collapsed: window.innerWidth < 600 }).addTo(map);
  return { map, control };
}

/** The city's roads, reloaded for the view after each move; steps drawn dashed. */
export function addRoads(base, cityId) {
  const layer = L.geoJSON(null, {
    style: (f) => (f.properties.kind === 'steps'
      ? { color: '#a0522d', weight: 1.5, dashArray: '3 3' }
      : { color: '#8a96a3', weight: 1.2 }),
    interactive: false,
  }).addTo(base.map);
  base.control.addOverlay(layer, t('js.layer.roads'));
  let attributed = false;
  const load = async () => {
    const roads = await api(`/map/cities/${cityId}/roads?${view(base.map)}`);
    layer.clearLayers();
    layer.addData(roads);
    if (!attributed && /osm|pbf|openstreetmap/i.test(roads.source || '')) {
      base.map.attributionControl.addAttribution(t('js.osm'));
      attributed = true;
    }
  };
  onMoveEnd(base.map, load);
  return load().then(() => layer);
}

/** The map's box as west,south,east,north. */
export function boxOf(map) {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(6)).join(',');
}

/** The map's view as query parameters: its box and zoom. */
function view(map) {
  return `bbox=${boxOf(map)}&zoom=${map.getZoom()}`;
}

/** Calls load once the map has settled after a move. */
export function onMoveEnd(map, load) {
  let timer = null;
  map.on('moveend', () => { clearTimeout(timer); timer = setTimeout(load, 150); });
}

/** All features of a collection (following next links), as one GeoJSON FeatureCollection. */
export async function collection(id, query = '') {
  const features = [];
  let url = `/ogc/collections/${id}/items?limit=5000${query}`;
  while (url) {
    const page = await api(url);
    features.push(...page.features);
    url = (page.links.find((l) => l.rel === 'next') || {}).href;
  }
  return { type: 'FeatureCollection', features };
}

/** The city's community boundaries; returns the layer. */
export async function addCommunities(base, cityId, style) {
  const data = await collection('communities', `&city=${cityId}`);
  const layer = L.geoJSON(data, {
    style: style || (() => ({ color: '#0b6e4f', weight: 1, fillOpacity: 0.05 })),
    onEachFeature: (f, l) => l.bindTooltip(f.properties.name),
  }).addTo(base.map);
  base.control.addOverlay(layer, t('js.layer.communities'));
  return layer;
}

const CATEGORY_COLOURS = {
  elderly_care: '#c0392b', childcare: '#8e44ad', meals: '#d35400', health: '#2980b9', housekeeping: '#7f8c8d',
  delivery: '#16a085', shopping: '#27ae60', fitness: '#f39c12', culture: '#2c3e50', play: '#e84393',
  kindergarten: '#6c5ce7', school: '#0984e3', service_centre: '#00b894',
};

export function categoryColour(code) {
  return CATEGORY_COLOURS[code] || '#333';
}

/**
 * Open facilities as small circles coloured by category, reloaded for the view after each move (by box; near ones
 * merged at low zooms, with their count). category() names the one category to show, or null for all; onEach(feature,
 * layer) may add handlers. Returns { layer, reload }.
 */
export async function addFacilities(base, cityId, category = () => null, onEach = null) {
  const layer = L.geoJSON(null, {
    pointToLayer: (f, latlng) => L.circleMarker(latlng, {
      radius: f.properties.count > 1 ? 7 : 5, color: '#fff', weight: 1,
      fillColor: categoryColour(f.properties.category), fillOpacity: 0.95, bubblingMouseEvents: false,
    }),
    onEachFeature: (f, l) => {
      const count = f.properties.count > 1 ? ` × ${f.properties.count}` : '';
      l.bindTooltip(`${t('category.' + f.properties.category)} · ${f.properties.type}${count}`);
      if (onEach) onEach(f, l);
    },
  }).addTo(base.map);
  base.control.addOverlay(layer, t('js.layer.facilities'));
  const reload = async () => {
    const only = category();
    const data = await api(`/map/cities/${cityId}/facilities?${view(base.map)}${only ? `&category=${only}` : ''}`);
    layer.clearLayers();
    layer.addData(data);
  };
  onMoveEnd(base.map, reload);
  await reload();
  return { layer, reload };
}
