// The operator's open work orders (start, complete with a note), the scorecard of each operator it works for, and a
// facility's ledger balance over the last 12 months (ECharts). The APIs answer with the operator's own only.
import { api, percent, showError, t } from './common.js';
import { chinaDate, chinaTime } from './china-time.js';

const $ = (id) => document.getElementById(id);
const MONTHS = 12;
let facilities = [];
let chart;

const when = (instant) => `${chinaDate(instant)} ${chinaTime(instant)}`;

async function showWorkOrders() {
  // Each work order comes with its request, so the list is one call however many there are.
  const orders = await api('/api/work-orders');
  const list = $('work-orders');
  list.replaceChildren();
  orders.forEach((order) => list.appendChild(workOrder(order)));
  if (!orders.length) {
    const li = document.createElement('li'); li.textContent = t('js.op.noWorkOrders'); list.appendChild(li);
  }
}

function workOrder(order) {
  const li = document.createElement('li');
  li.dataset.workOrder = order.id;
  const title = document.createElement('h3');
  title.textContent = `#${order.id} ${order.request.serviceCode} · ${t('js.op.request.' + order.request.state)}`;
  const text = document.createElement('p');
  text.textContent = order.request.description || '';
  const due = document.createElement('p');
  due.textContent = t('js.op.due', when(order.dueAt));
  if (new Date(order.dueAt) < new Date()) due.classList.add('fail');
  const form = document.createElement('form');
  form.className = 'stack';
  const label = document.createElement('label');
  const note = document.createElement('input');
  note.name = 'note'; note.maxLength = 500;
  label.append(t('js.op.note'), note);
  const complete = document.createElement('button');
  complete.type = 'submit'; complete.dataset.action = 'complete'; complete.textContent = t('js.op.complete');
  form.append(label);
  if (order.request.state !== 'IN_PROGRESS') form.append(button('start', t('js.op.start'), () => act(order, 'start', null)));
  form.append(complete);
  const message = document.createElement('p');
  message.setAttribute('role', 'status');
  form.addEventListener('submit', (e) => { e.preventDefault(); act(order, 'complete', note.value, message); });
  li.append(title, text, due, form, message);
  return li;
}

function button(action, label, onClick) {
  const b = document.createElement('button');
  b.type = 'button'; b.dataset.action = action; b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

async function act(order, action, note, message) {
  try {
    await api(`/api/work-orders/${order.id}/${action}`, { method: 'POST', body: JSON.stringify(note ? { note } : {}) });
    await Promise.all([showWorkOrders(), showScorecards()]);
  } catch (e) {
    showError(message || $('status'), e);
  }
}

async function showScorecards() {
  const operators = [...new Set(facilities.map((f) => f.operatorId).filter((id) => id !== null))].sort((a, b) => a - b);
  const cards = await Promise.all(operators.map((id) => api(`/api/operators/${id}/scorecard`)));
  const box = $('scorecards');
  box.replaceChildren();
  for (const card of cards) {
    const name = facilities.find((f) => f.operatorId === card.operatorId)?.operatorName ?? `#${card.operatorId}`;
    const heading = document.createElement('h3'); heading.textContent = name;
    const figures = document.createElement('dl');
    figures.className = 'figures';
    figures.dataset.operator = card.operatorId;
    const add = (label, value, key) => {
      const div = document.createElement('div');
      const dt = document.createElement('dt'); dt.textContent = label;
      const dd = document.createElement('dd'); dd.textContent = value ?? t('js.op.none'); dd.dataset.figure = key;
      div.append(dt, dd); figures.appendChild(div);
    };
    add(t('js.op.onTime'), percent(card.onTimeRate), 'onTime');
    add(t('js.op.satisfaction'), card.meanSatisfaction === null ? null : card.meanSatisfaction.toFixed(1), 'satisfaction');
    add(t('js.op.complaints'), card.complaints, 'complaints');
    add(t('js.op.completed'), `${card.completed} / ${card.workOrders}`, 'completed');
    box.append(heading, figures);
  }
}

/** The last n months up to this one (China time), oldest first, as 'YYYY-MM'. */
function months(n) {
  const [year, month] = chinaDate(new Date()).split('-').map(Number);
  return Array.from({ length: n }, (_, i) => {
    const index = year * 12 + (month - 1) - (n - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

async function showBalance() {
  const facility = $('ledger-facility').value;
  if (!facility) return;
  const labels = months(MONTHS);
  const balances = await api(
    `/api/ledger/facilities/${facility}/balances?from=${labels[0]}&to=${labels[labels.length - 1]}`);
  chart = chart || echarts.init($('balance-chart'));
  chart.setOption({
    tooltip: { trigger: 'axis' },
    grid: { left: 56, right: 16, bottom: 40 },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value', name: t('js.op.yuan') },
    series: [{
      name: t('js.op.balance'),
      type: 'bar',
      data: balances.map((b) => ({ value: b.balance_fen / 100, itemStyle: { color: b.balance_fen < 0 ? '#b3261e' : '#0b6e4f' } })),
    }],
  });
  $('balance-chart').dataset.months = balances.length;
}

async function show() {
  facilities = await api('/api/facilities');
  for (const f of facilities) $('ledger-facility').add(new Option(f.name, f.id));
  await Promise.all([showWorkOrders(), showScorecards(), showBalance()]);
}

const fail = (e) => showError($('status'), e);
$('ledger-facility').addEventListener('change', () => showBalance().catch(fail));
window.addEventListener('resize', () => chart && chart.resize());
show().catch(fail);
