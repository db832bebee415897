// Requests on the resident's page: file one through Open311 (a category, a description, at home or at a point picked
// on the map), "+1" the open request nearby that it would duplicate instead, and follow my requests: status, promised
// date and overdue flag, re-open and rate once closed.
import { api, showError, t } from './common.js';
import { addRoads, createMap } from './map.js';
import { button, loadHome, refusal, when } from './household.js';

const form = document.getElementById('request-form');
const serviceSelect = document.getElementById('service');
const description = document.getElementById('description');
const duplicate = document.getElementById('duplicate');
const filed = document.getElementById('filed');
const list = document.getElementById('requests');
const names = new Map();
let home = null;
let point = null;

function where() {
  const picked = form.querySelector('input[name="where"]:checked').value === 'point' && point;
  return picked ? { lat: point.lat, long: point.lng } : { addressId: home.buildingId };
}

async function checkDuplicate() {
  duplicate.textContent = '';
  const query = new URLSearchParams({ serviceCode: serviceSelect.value, ...where() });
  const found = await api(`/api/requests/possible-duplicates?${query}`);
  for (const d of found) {
    const p = document.createElement('p');
    p.className = 'possible-duplicate';
    p.textContent = t('js.res.req.duplicate', d.id, d.description || '', when(d.requestedAt), d.supporters);
    const plus = button(t('js.res.req.plusOne'), async () => {
      try {
        await api(`/api/requests/${d.id}/support`, { method: 'POST' });
        duplicate.textContent = t('js.res.req.supported', d.id);
        await showRequests();
      } catch (e) { showError(duplicate, e); }
    });
    plus.className = 'plus-one';
    p.appendChild(plus);
    duplicate.appendChild(p);
  }
}

async function file(event) {
  event.preventDefault();
  const body = new URLSearchParams({ service_code: serviceSelect.value, description: description.value });
  const at = where();
  if (at.addressId) body.set('address_id', at.addressId); else { body.set('lat', at.lat); body.set('long', at.long); }
  const csrf = document.querySelector('meta[name="_csrf"]')?.content;
  const header = document.querySelector('meta[name="_csrf_header"]')?.content;
  const response = await fetch('/open311/v2/requests.json', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json', ...(csrf ? { [header]: csrf } : {}) },
    body,
  });
  const answer = await response.json();
  filed.className = response.ok ? '' : 'error';
  filed.textContent = response.ok
    ? t('js.res.req.filed', answer[0].service_request_id, answer[0].service_notice || '')
    : t('js.error', answer.map((e) => e.description).join('; '));
  if (response.ok) { description.value = ''; await showRequests(); }
}

async function showRequests() {
  const mine = await api('/api/requests/mine');
  list.textContent = '';
  if (!mine.length) { list.textContent = t('js.res.req.none'); return; }
  for (const r of mine) list.appendChild(requestItem(r));
}

function requestItem(r) {
  const li = document.createElement('li');
  li.dataset.request = r.id;
  li.dataset.status = r.status;
  const name = document.createElement('strong');
  name.textContent = `#${r.id} ${names.get(r.serviceCode) || r.serviceCode}`;
  const status = document.createElement('p');
  status.textContent = `${t('js.res.req.state.' + r.state)} · ${t('js.res.req.promised', when(r.expectedAt))}`
    + (r.overdue ? ` · ${t('js.res.req.overdue')}` : '') + (r.supporters ? ` · +${r.supporters}` : '');
  if (r.overdue) status.classList.add('fail');
  const text = document.createElement('p');
  text.className = 'note';
  text.textContent = r.description || '';
  li.append(name, status, text);
  if (r.mine && r.status === 'closed') li.append(reopenForm(r, status), ratingForm(r, status));
  return li;
}

function reopenForm(r, status) {
  const box = document.createElement('div');
  const reason = document.createElement('input');
  reason.placeholder = t('js.res.req.reason');
  reason.setAttribute('aria-label', t('js.res.req.reason'));
  const reopen = button(t('js.res.req.reopen'), () => act(`/api/requests/${r.id}/reopen`, { reason: reason.value }, status));
  box.append(reason, reopen);
  return box;
}

function ratingForm(r, status) {
  const box = document.createElement('div');
  const stars = document.createElement('select');
  stars.setAttribute('aria-label', t('js.res.req.stars'));
  for (let n = 5; n >= 1; n -= 1) {
    const o = document.createElement('option');
    o.value = n;
    o.textContent = '★'.repeat(n);
    stars.appendChild(o);
  }
  const comment = document.createElement('input');
  comment.placeholder = t('js.res.req.comment');
  comment.setAttribute('aria-label', t('js.res.req.comment'));
  const rate = button(t('js.res.req.rate'), () => act(`/api/requests/${r.id}/rating`,
    { stars: Number(stars.value), comment: comment.value || null }, status, t('js.res.req.rated')));
  box.append(stars, comment, rate);
  return box;
}

async function act(url, body, status, done) {
  try {
    await api(url, { method: 'POST', body: JSON.stringify(body) });
    if (done) { status.textContent = done; } else { await showRequests(); }
  } catch (e) { status.textContent = refusal(e); status.classList.add('error'); }
}

async function show() {
  home = await loadHome();
  if (!home) { list.textContent = t('js.noHome'); return; }
  const services = await api('/open311/v2/services.json');
  for (const s of services) {
    names.set(s.service_code, s.service_name);
    const o = document.createElement('option');
    o.value = s.service_code;
    o.textContent = s.service_name;
    serviceSelect.appendChild(o);
  }
  const base = createMap('map', [home.lat, home.lon], 16);
  L.circleMarker([home.lat, home.lon], { radius: 8, color: '#1d2733', fillColor: '#f5a623', fillOpacity: 1 }).addTo(base.map);
  const picked = L.marker([home.lat, home.lon], { keyboard: false });
  base.map.on('click', (e) => {
    point = e.latlng;
    picked.setLatLng(point).addTo(base.map);
    form.querySelector('input[value="point"]').checked = true;
    checkDuplicate().catch((err) => showError(duplicate, err));
  });
  const recheck = () => checkDuplicate().catch((err) => showError(duplicate, err));
  serviceSelect.addEventListener('change', recheck);
  form.querySelectorAll('input[name="where"]').forEach((r) => r.addEventListener('change', recheck));
  form.addEventListener('submit', (e) => file(e).catch((err) => showError(filed, err)));
  await Promise.all([checkDuplicate(), showRequests()]);
  await addRoads(base, home.cityId);
}

show().catch((e) => showError(list, e));
