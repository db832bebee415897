// Booking on the resident's page: the services of the facilities near home with their upcoming sessions (places
// left or how many wait), booking for a household member with an idempotency key, and "my bookings" with waitlist
// position, offers with their deadline (accept or decline) and cancelling.
import { api, showError, t } from './common.js';
import { button, memberSelect, newKey, refusal, when } from './household.js';

const servicesList = document.getElementById('services');
const bookingsList = document.getElementById('bookings');
const keys = new Map();

export async function showServices(near, members) {
  servicesList.textContent = '';
  let count = 0;
  for (const n of near) {
    const services = await api(`/api/services?facilityId=${n.facilityRef}`);
    for (const service of services.filter((s) => !s.kind.startsWith('CHILDCARE_'))) {
      servicesList.appendChild(serviceItem(service, n, members));
      count += 1;
    }
  }
  if (!count) servicesList.textContent = t('js.res.noServices');
}

function serviceItem(service, near, members) {
  const li = document.createElement('li');
  li.id = `service-${service.id}`;
  li.dataset.facility = service.facilityId;
  const name = document.createElement('strong');
  name.textContent = service.name;
  const info = document.createElement('p');
  info.className = 'note';
  info.textContent = `${t('category.' + near.category)} · ${t('js.walk', Math.max(1, Math.round(near.walkTime_s / 60)))}`
    + ` · ${t('js.res.price', (service.priceStandard_fen / 100).toFixed(2))}`;
  const sessions = document.createElement('div');
  sessions.className = 'sessions';
  const open = button(t('js.res.sessions'), () => showSessions(service, sessions, members).catch((e) => showError(sessions, e)));
  open.className = 'secondary';
  li.append(name, info, open, sessions);
  return li;
}

async function showSessions(service, box, members) {
  const now = Date.now();
  const upcoming = (await api(`/api/services/${service.id}/sessions`)).filter((s) => Date.parse(s.startsAt) > now);
  box.textContent = '';
  if (!upcoming.length) { box.textContent = t('js.res.noSessions'); return; }
  const table = document.createElement('ul');
  table.className = 'rows';
  for (const s of upcoming) table.appendChild(sessionRow(s, members));
  box.appendChild(table);
}

function sessionRow(session, members) {
  const li = document.createElement('li');
  li.className = 'session';
  li.dataset.session = session.id;
  const left = session.capacity - session.held;
  const what = document.createElement('span');
  what.textContent = `${when(session.startsAt)} · ${left > 0 ? t('js.res.left', left) : t('js.res.waiting', session.waiting)}`;
  const who = memberSelect(members, `member-${session.id}`);
  const message = document.createElement('p');
  message.className = 'result';
  message.setAttribute('role', 'status');
  const book = button(left > 0 ? t('js.res.book') : t('js.res.join'), async () => {
    const residentId = Number(who.querySelector('select').value);
    const intent = `${session.id}:${residentId}`;
    if (!keys.has(intent)) keys.set(intent, newKey());
    book.disabled = true;
    try {
      const booking = await api('/api/bookings', {
        method: 'POST',
        headers: { 'Idempotency-Key': keys.get(intent) },
        body: JSON.stringify({ sessionId: session.id, residentId }),
      });
      message.className = 'result';
      message.textContent = statusText(booking);
      await showBookings();
    } catch (e) {
      message.className = 'result error';
      message.textContent = refusal(e);
    } finally {
      book.disabled = false;
    }
  });
  book.className = 'book';
  li.append(what, who, book, message);
  return li;
}

function statusText(booking) {
  if (booking.status === 'WAITLISTED' && booking.offerExpiresAt) return t('js.res.offer', when(booking.offerExpiresAt));
  if (booking.status === 'WAITLISTED') return t('js.res.status.WAITLISTED', booking.waitlistPosition);
  return t('js.res.status.' + booking.status);
}

export async function showBookings() {
  const mine = await api('/api/bookings');
  bookingsList.textContent = '';
  if (!mine.length) { bookingsList.textContent = t('js.res.noBookings'); return; }
  for (const item of mine) bookingsList.appendChild(bookingItem(item));
}

function bookingItem({ booking, serviceName, startsAt }) {
  const li = document.createElement('li');
  li.className = 'booking';
  li.dataset.booking = booking.id;
  li.dataset.status = booking.status;
  if (booking.offerExpiresAt) li.dataset.offer = booking.offerExpiresAt;
  const name = document.createElement('strong');
  name.textContent = `${serviceName} · ${when(startsAt)}`;
  const status = document.createElement('p');
  status.className = 'status';
  status.textContent = statusText(booking);
  li.append(name, status);
  const act = (path) => async () => {
    try {
      await api(`/api/bookings/${booking.id}/${path}`, { method: 'POST' });
      await showBookings();
    } catch (e) { status.textContent = refusal(e); status.classList.add('error'); }
  };
  if (booking.status === 'WAITLISTED' && booking.offerExpiresAt) {
    const accept = button(t('js.res.accept'), act('accept'));
    accept.className = 'accept';
    const decline = button(t('js.res.decline'), act('cancel'));
    decline.className = 'secondary decline';
    li.append(accept, decline);
  } else if (['CONFIRMED', 'REQUESTED', 'WAITLISTED'].includes(booking.status)) {
    const cancel = button(t('js.res.cancel'), act('cancel'));
    cancel.className = 'secondary cancel';
    li.appendChild(cancel);
  }
  return li;
}

export function showBookingsError(e) {
  showError(bookingsList, e);
}
