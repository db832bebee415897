// The community worker's requests queue: open requests of one community (or those in one state), most urgent first,
// with the steps the request API allows staff in each state; closing takes a note, re-opening a reason.
import { api, cell, showError, t } from './common.js';

const $ = (id) => document.getElementById(id);
let pending = null;

function age(hours) {
  return hours < 24 ? t('wk.requests.hours', hours) : t('wk.requests.days', Math.floor(hours / 24));
}

async function act(id, action, note) {
  const body = action === 'REOPEN' ? { reason: note } : action === 'CLOSE' || action === 'TRIAGE' ? { note } : {};
  await api(`/api/requests/${id}/${action.toLowerCase()}`, { method: 'POST', body: JSON.stringify(body) });
}

/** Dispatch and triage go at once; closing and re-opening ask for a note first. */
function start(request, action) {
  if (action === 'TRIAGE' || action === 'DISPATCH') {
    run(request.id, action, null);
    return;
  }
  pending = { id: request.id, action };
  $('note-title').textContent = t('wk.action.' + action) + ' · ' + t('wk.requests.number', request.id);
  $('note-label').textContent = t(action === 'REOPEN' ? 'wk.requests.reason' : 'wk.requests.note');
  $('note').value = '';
  $('note').required = action === 'REOPEN';
  $('note-form').hidden = false;
  $('note').focus();
}

async function run(id, action, note) {
  const status = $('queue-status');
  status.classList.remove('error');
  try {
    await act(id, action, note);
    status.textContent = t('wk.requests.done', t('wk.action.' + action), id);
    await show();
  } catch (e) {
    showError(status, e);
  }
}

function row(r) {
  const tr = document.createElement('tr');
  tr.dataset.requestId = r.id;
  if (r.overdue) tr.className = 'late';
  cell(tr, r.id, true);
  cell(tr, r.serviceName);
  cell(tr, r.address || r.description);
  cell(tr, t('wk.state.' + r.state));
  cell(tr, age(r.ageHours), true);
  cell(tr, r.expectedAt.slice(0, 10));
  cell(tr, r.overdue ? t('wk.requests.late') : '');
  cell(tr, r.supporters, true);
  const actions = cell(tr, '');
  for (const action of r.actions) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'small';
    b.dataset.action = action;
    b.textContent = t('wk.action.' + action);
    b.addEventListener('click', () => start(r, action));
    actions.appendChild(b);
  }
  return tr;
}

async function show() {
  const community = $('community').value;
  if (!community) return;
  const state = $('state').value;
  const overdue = $('overdue-only').checked;
  const queue = await api(`/api/requests?communityId=${community}${state ? '&state=' + state : ''}&overdue=${overdue}`);
  $('queue').querySelector('tbody').replaceChildren(...queue.map(row));
  $('queue-count').textContent = queue.length;
  $('queue-count').dataset.count = queue.length;
}

$('note-form').addEventListener('submit', (event) => {
  event.preventDefault();
  $('note-form').hidden = true;
  const { id, action } = pending;
  run(id, action, $('note').value.trim() || null);
});
$('note-cancel').addEventListener('click', () => { $('note-form').hidden = true; });
for (const id of ['community', 'state', 'overdue-only']) {
  $(id).addEventListener('change', () => show().catch((e) => showError($('queue-status'), e)));
}
show().catch((e) => showError($('queue-status'), e));
