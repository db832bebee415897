// The planner's siting panel: the candidate sites to open for the chosen category, best first, with the residents each
// brings within the chosen minutes (its gain after the sites above it), numbered on the map.
import { api, showError, t } from './common.js';

const $ = (id) => document.getElementById(id);

export function siting(base, cityId, category, minutes) {
  const layer = L.layerGroup().addTo(base.map);
  base.control.addOverlay(layer, t('planmap.siting.layer'));
  $('siting-run').addEventListener('click', async () => {
    const list = $('siting-list');
    list.replaceChildren();
    layer.clearLayers();
    $('siting-status').classList.remove('error');
    $('siting-status').textContent = t('planmap.siting.running');
    $('siting-run').disabled = true;
    try {
      const k = Math.max(1, Math.min(50, Number($('siting-k').value) || 3));
      const answer = await api(`/api/planning/cities/${cityId}/siting?category=${category()}&minutes=${minutes()}&sites=${k}`);
      for (const site of answer.sites) {
        const li = document.createElement('li');
        const gain = site.suppressed ? t('js.suppressed') : Math.round(site.gainResidents);
        li.textContent = t('planmap.siting.site', site.address, gain, site.newlyCoveredBuildings);
        li.dataset.gain = site.suppressed ? '' : String(site.gainResidents);
        list.appendChild(li);
        L.marker([site.lat, site.lon], {
          keyboard: true, title: site.address,
          icon: L.divIcon({ className: 'siting-pin', html: String(site.rank), iconSize: [22, 22] }),
        }).bindTooltip(li.textContent).addTo(layer);
      }
      list.dataset.count = String(answer.sites.length);
      $('siting-status').textContent = t('planmap.siting.summary', answer.candidates, answer.minutes,
        Math.round(answer.residentsWithinBefore), Math.round(answer.residentsWithinAfter));
    } catch (e) {
      showError($('siting-status'), e);
    } finally {
      $('siting-run').disabled = false;
    }
  });
}
