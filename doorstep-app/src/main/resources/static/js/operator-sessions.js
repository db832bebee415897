// The operator's week of sessions per facility: places held of capacity and the waitlist per session; a session's
// bookings (residents by id, as operators see them) with attendance, and its times and capacity to edit. A raised
// capacity offers the new places to the waitlist (the booking module does that); the page just shows the outcome.
import { api, cell, showError, t } from './common.js';
import { addDays, chinaDate, chinaLocal, chinaTime, fromChinaLocal, mondayOf, startOfChinaDay } from './china-time.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
let monday = mondayOf(params.get('week') || chinaDate(new Date()));
let services = [];
let shown = null;

async function loadFacilities() {
  const facilities = await api('/api/facilities');
  for (const f of facilities) $('facility').add(new Option(f.name, f.id));
  if (!facilities.length) $('status').textContent = t('js.op.noFacility');
}

async function loadWeek() {
  const facility = $('facility').value;
  $('week-label').textContent = t('js.op.weekOf', monday, addDays(monday, 6));
  const week = $('week');
  week.replaceChildren();
  if (!facility) return;
  services = await api(`/api/services?facilityId=${facility}`);
  $('session-service').replaceChildren(...services.map((s) => new Option(s.name, s.id)));
  const from = Date.parse(startOfChinaDay(monday));
  const to = Date.parse(startOfChinaDay(addDays(monday, 7)));
  const lists = await Promise.all(services.map((s) => api(`/api/services/${s.id}/sessions`)));
  const start = (s) => Date.parse(s.startsAt);
  const sessions = lists.flat().filter((s) => start(s) >= from && start(s) < to)
    .sort((a, b) => start(a) - start(b) || a.id - b.id);
  for (let i = 0; i < 7; i++) week.appendChild(day(addDays(monday, i), sessions));
  $('status').textContent = sessions.length ? '' : t('js.op.noSessions');
}

function day(date, sessions) {
  const li = document.createElement('li');
  const title = document.createElement('h2');
  title.textContent = `${t('js.op.weekday.' + new Date(`${date}T00:00:00Z`).getUTCDay())} ${date.slice(5)}`;
  const list = document.createElement('ul');
  for (const s of sessions.filter((x) => chinaDate(x.startsAt) === date)) list.appendChild(sessionItem(s));
  li.append(title, list);
  return li;
}

function serviceName(id) {
  return services.find((s) => s.id === id)?.name ?? '';
}

function sessionItem(session) {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'op-session';
  button.dataset.session = session.id;
  button.dataset.held = session.held;
  button.dataset.capacity = session.capacity;
  button.dataset.waiting = session.waiting;
  button.textContent = `${chinaTime(session.startsAt)}–${chinaTime(session.endsAt)} ${serviceName(session.serviceId)} · `
    + t('js.op.held', session.held, session.capacity) + (session.waiting ? ` · ${t('js.op.waiting', session.waiting)}` : '');
  if (session.held >= session.capacity) button.classList.add('full');
  button.addEventListener('click', () => openSession(session.id).catch((e) => showError($('status'), e)));
  li.appendChild(button);
  return li;
}

async function openSession(id) {
  shown = await api(`/api/sessions/${id}`);
  const panel = $('session');
  panel.hidden = false;
  panel.dataset.session = id;
  $('session-title').textContent = `${serviceName(shown.serviceId)} · ${chinaDate(shown.startsAt)} ${chinaTime(shown.startsAt)}`;
  $('session-figures').textContent = t('js.op.held', shown.held, shown.capacity) + ' · ' + t('js.op.waiting', shown.waiting);
  $('edit-start').value = chinaLocal(shown.startsAt);
  $('edit-end').value = chinaLocal(shown.endsAt);
  $('edit-capacity').value = shown.capacity;
  await showBookings(id);
  $('session-title').focus();
}

async function showBookings(sessionId) {
  const bookings = await api(`/api/sessions/${sessionId}/bookings`);
  const body = $('bookings').querySelector('tbody');
  body.replaceChildren();
  for (const b of bookings) {
    const tr = document.createElement('tr');
    tr.dataset.booking = b.id;
    tr.dataset.status = b.status;
    tr.dataset.offered = String(Boolean(b.offerExpiresAt));
    cell(tr, t('js.op.resident', b.residentId));
    cell(tr, t('js.op.status.' + b.status) + (b.offerExpiresAt ? ` (${t('js.op.offered')})` : ''));
    cell(tr, b.waitlistPosition, true);
    cell(tr, b.offerExpiresAt ? `${chinaDate(b.offerExpiresAt)} ${chinaTime(b.offerExpiresAt)}` : null);
    const actions = cell(tr, '');
    for (const action of actionsFor(b.status)) actions.appendChild(actionButton(b, action));
    body.appendChild(tr);
  }
  if (!bookings.length) {
    const tr = document.createElement('tr');
    cell(tr, t('js.op.noBookings')).colSpan = 5;
    body.appendChild(tr);
  }
}

function actionsFor(status) {
  if (status === 'REQUESTED') return ['confirm'];
  if (status === 'CONFIRMED') return ['attended', 'no-show'];
  return [];
}

function actionButton(booking, action) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t('js.op.action.' + action);
  button.dataset.action = action;
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await api(`/api/bookings/${booking.id}/${action}`, { method: 'POST', body: '{}' });
      await refresh();
    } catch (e) {
      showError($('edit-message'), e);
    }
  });
  return button;
}

async function refresh() {
  await loadWeek();
  if (shown) await openSession(shown.id);
}

async function saveSession(event) {
  event.preventDefault();
  const message = $('edit-message');
  message.classList.remove('error');
  try {
    await api(`/api/sessions/${shown.id}`, {
      method: 'PUT',
      body: JSON.stringify({
        startsAt: fromChinaLocal($('edit-start').value),
        endsAt: fromChinaLocal($('edit-end').value),
        capacity: Number($('edit-capacity').value),
        carers: shown.carers,
      }),
    });
    await refresh();
    message.textContent = t('js.op.saved');
  } catch (e) {
    showError(message, e);
  }
}

async function createService(event) {
  event.preventDefault();
  await submit(() => api('/api/services', {
    method: 'POST',
    body: JSON.stringify({
      facilityId: Number($('facility').value),
      kind: $('service-kind').value,
      name: $('service-name').value,
      priceStandard_fen: Math.round(Number($('service-price').value) * 100),
      needsApproval: $('service-approval').checked,
      areaCommunityIds: [],
    }),
  }));
}

async function createSession(event) {
  event.preventDefault();
  const start = fromChinaLocal($('session-start').value);
  await submit(async () => {
    await api(`/api/services/${$('session-service').value}/sessions`, {
      method: 'POST',
      body: JSON.stringify({ startsAt: start, endsAt: fromChinaLocal($('session-end').value), capacity: Number($('session-capacity').value) }),
    });
    monday = mondayOf(chinaDate(start)); // show the week the new session lies in
  });
}

async function submit(request) {
  const message = $('form-message');
  message.classList.remove('error');
  try {
    await request();
    message.textContent = t('js.op.saved');
    await loadWeek();
  } catch (e) {
    showError(message, e);
  }
}

function moveWeek(days) {
  monday = addDays(monday, days);
  history.replaceState(null, '', `?week=${monday}`);
  loadWeek().catch((e) => showError($('status'), e));
}

$('prev-week').addEventListener('click', () => moveWeek(-7));
$('next-week').addEventListener('click', () => moveWeek(7));
$('facility').addEventListener('change', () => { $('session').hidden = true; shown = null; loadWeek().catch((e) => showError($('status'), e)); });
$('edit-session').addEventListener('submit', saveSession);
$('new-service').addEventListener('submit', createService);
$('new-session').addEventListener('submit', createSession);

loadFacilities().then(loadWeek).catch((e) => showError($('status'), e));
