// A canteen's day: its menus with servings ordered, the subsidy ledger by rule, and the last 30 days' meals and
// subsidies (one ledger read a day; the meals API answers for the operator's own canteens only).
import { api, cell, showError, t } from './common.js';
import { addDays, chinaDate } from './china-time.js';

const $ = (id) => document.getElementById(id);
const DAYS = 30;
const yuan = (fen) => (fen / 100).toFixed(2);
let chart;

async function loadCanteens() {
  const canteens = (await api('/api/facilities')).filter((f) => f.category === 'meals');
  for (const c of canteens) $('canteen').add(new Option(c.name, c.id));
  if (!canteens.length) $('status').textContent = t('js.op.noCanteen');
  $('day').value = chinaDate(new Date());
}

async function showDay() {
  const canteen = $('canteen').value;
  if (!canteen) return;
  const day = $('day').value;
  const [menus, ledger] = await Promise.all([
    api(`/api/meals/menus?canteenId=${canteen}&day=${day}`),
    api(`/api/meals/ledger?canteenId=${canteen}&day=${day}`),
  ]);
  const body = $('menus').querySelector('tbody');
  body.replaceChildren();
  for (const m of menus) {
    const tr = document.createElement('tr');
    cell(tr, t('js.op.meal.' + m.meal)); cell(tr, m.dishes); cell(tr, yuan(m.price_fen), true);
    cell(tr, m.ordered, true); cell(tr, m.servings, true);
    body.appendChild(tr);
  }
  if (!menus.length) cell(body.insertRow(), t('js.op.noMenu')).colSpan = 5;
  showLedger(ledger);
}

function showLedger(ledger) {
  const figures = $('ledger');
  figures.replaceChildren();
  const add = (label, value, key) => {
    const div = document.createElement('div');
    const dt = document.createElement('dt'); dt.textContent = label;
    const dd = document.createElement('dd'); dd.textContent = value; dd.dataset.figure = key;
    div.append(dt, dd); figures.appendChild(div);
  };
  add(t('js.op.meals'), ledger.meals, 'meals');
  add(t('js.op.deliveries'), ledger.deliveries, 'deliveries');
  add(t('js.op.paid'), yuan(ledger.paid_fen), 'paid');
  add(t('js.op.subsidy'), yuan(ledger.subsidy_fen), 'subsidy');
  const body = $('subsidies').querySelector('tbody');
  body.replaceChildren();
  for (const line of ledger.byRule) {
    const tr = document.createElement('tr');
    cell(tr, line.rule); cell(tr, line.meals, true); cell(tr, yuan(line.subsidy_fen), true);
    body.appendChild(tr);
  }
  if (!ledger.byRule.length) cell(body.insertRow(), t('js.op.noSubsidy')).colSpan = 3;
}

async function showTrend() {
  const canteen = $('canteen').value;
  if (!canteen) return;
  const last = chinaDate(new Date());
  const first = addDays(last, 1 - DAYS);
  const ledgers = await api(`/api/meals/ledger/days?canteenId=${canteen}&from=${first}&to=${last}`);
  const days = ledgers.map((l) => l.day);
  chart = chart || echarts.init($('subsidy-chart'));
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: [t('js.op.subsidy'), t('js.op.meals')] },
    grid: { left: 48, right: 40, bottom: 40 },
    xAxis: { type: 'category', data: days.map((d) => d.slice(5)) },
    yAxis: [{ type: 'value', name: t('js.op.yuan') }, { type: 'value', name: t('js.op.meals'), minInterval: 1 }],
    series: [
      { name: t('js.op.subsidy'), type: 'bar', data: ledgers.map((l) => Number(yuan(l.subsidy_fen))) },
      { name: t('js.op.meals'), type: 'line', yAxisIndex: 1, data: ledgers.map((l) => l.meals) },
    ],
  });
  $('subsidy-chart').dataset.days = ledgers.length;
}

const fail = (e) => showError($('status'), e);
$('canteen').addEventListener('change', () => { showDay().catch(fail); showTrend().catch(fail); });
$('day').addEventListener('change', () => showDay().catch(fail));
window.addEventListener('resize', () => chart && chart.resize());

loadCanteens().then(() => Promise.all([showDay(), showTrend()])).catch(fail);
