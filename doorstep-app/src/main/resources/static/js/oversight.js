// The oversight dashboard: each target's value and trend over the city's evaluations (and, for home visits, over the
// last months), coverage by category, and the communities that lag furthest behind (ECharts).
import { api, cell, percent, showError, t } from './common.js';
import { collection } from './map.js';

const $ = (id) => document.getElementById(id);
const CATEGORIES = ['elderly_care', 'childcare', 'meals', 'health', 'housekeeping', 'delivery', 'shopping', 'fitness',
  'culture', 'play', 'kindergarten', 'school', 'service_centre'];
const HEADLINE = 'elderly_care';
const charts = {};

function chart(id) {
  charts[id] = charts[id] || echarts.init($(id));
  return charts[id];
}

/** Residents covered over all communities whose counts are shown (suppressed ones left out). */
function share(rows) {
  let covered = 0; let residents = 0;
  for (const r of rows) {
    if (r.suppressed || r.residentShare === null) continue;
    covered += r.residentShare * r.residents; residents += r.residents;
  }
  return residents ? covered / residents : null;
}

const coverage = (run, category) => api(`/api/planning/evaluations/${run}/communities?category=${category}&minutes=15`);

function target(label, goal, value, trend) {
  const tr = document.createElement('tr');
  cell(tr, label); cell(tr, goal); cell(tr, value ?? t('js.noData'), true); cell(tr, trend);
  $('targets').querySelector('tbody').appendChild(tr);
}

const VISIT_MONTHS = 6;

/** The month `back` months before a YYYY-MM month. */
function monthBefore(month, back) {
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A suppressed rate shows as under 5, a month without plans as no data. */
function rateText(rate) {
  if (rate.rate !== null) return percent(rate.rate);
  return rate.required.suppressed || rate.visited.suppressed ? t('js.suppressed') : t('js.noData');
}

/** The monthly visit rate of the city, its trend, and the communities furthest below 100 % this month. */
async function visitTarget(city) {
  const current = await api(`/api/visits/rates?placeId=${city}`);
  const earlier = await Promise.all([...Array(VISIT_MONTHS - 1).keys()].reverse()
    .map((i) => api(`/api/visits/rates?placeId=${city}&month=${monthBefore(current.month, i + 1)}`)));
  const trend = [...earlier, current].map((r) => `${r.month.slice(5)}: ${rateText(r.total)}`).join(' → ');
  target(t('js.target.visits'), t('js.goal.visits'), rateText(current.total), trend);
  const behind = current.communities.filter((c) => c.rate !== null && c.rate < 1)
    .sort((a, b) => a.rate - b.rate || a.communityId - b.communityId).slice(0, 10);
  const names = await Promise.all(behind.map((c) => api(`/api/places/${c.communityId}`)));
  const list = $('visit-laggards');
  list.replaceChildren(...behind.map((c, i) => {
    const li = document.createElement('li');
    li.textContent = `${names[i].name} · ${percent(c.rate)} (${c.visited.display}/${c.required.display})`;
    return li;
  }));
  if (!behind.length) {
    const li = document.createElement('li');
    li.textContent = t('wk.oversight.noLaggards', current.month);
    list.appendChild(li);
  }
}

async function show() {
  const city = $('city').value;
  $('targets').querySelector('tbody').replaceChildren();
  await accessTargets(city);
  await visitTarget(city);
}

async function accessTargets(city) {
  const runs = (await api(`/api/planning/cities/${city}/evaluations`)).filter((r) => r.status === 'DONE' && r.profile === 'general');
  if (!runs.length) { target(t('js.noRun'), '', null, ''); return; }
  const latest = runs[0];
  const byCategory = await Promise.all(CATEGORIES.map((c) => coverage(latest.id, c)));
  const headline = byCategory[CATEGORIES.indexOf(HEADLINE)];
  const trend = await Promise.all(runs.slice(0, 6).reverse().map(async (r) => percent(share(await coverage(r.id, HEADLINE)))));
  target(t('js.target.coverage', t('category.' + HEADLINE)), t('js.goal.coverage'), percent(share(headline)), trend.join(' → '));
  const centres = byCategory[CATEGORIES.indexOf('service_centre')].filter((r) => r.area_m2Per100Households !== null);
  const meeting = centres.filter((r) => r.area_m2Per100Households >= 30).length;
  target(t('js.target.area'), t('js.goal.area'), centres.length ? percent(meeting / centres.length) : null, '');
  const childcare = await collection('facilities', `&city=${city}&category=childcare`);
  const places = childcare.features.reduce((sum, f) => sum + f.properties.capacity.reduce((s, c) => s + c.places, 0), 0);
  target(t('js.target.childcare'), t('js.goal.childcare'), latest.residents ? (places * 1000 / latest.residents).toFixed(2) : null, '');

  chart('coverage-chart').setOption({
    grid: { left: 100, right: 20, top: 20, bottom: 30 },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: CATEGORIES.map((c) => t('category.' + c)), inverse: true },
    series: [{ type: 'bar', data: byCategory.map((rows) => Math.round((share(rows) || 0) * 1000) / 10), itemStyle: { color: '#0b6e4f' } }],
    tooltip: { trigger: 'axis' },
  });
  const laggards = headline.filter((r) => !r.suppressed && r.residentShare !== null)
    .sort((a, b) => a.residentShare - b.residentShare).slice(0, 10);
  chart('laggard-chart').setOption({
    grid: { left: 110, right: 20, top: 20, bottom: 30 },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: laggards.map((r) => r.communityName), inverse: true },
    series: [{ type: 'bar', data: laggards.map((r) => Math.round(r.residentShare * 1000) / 10), itemStyle: { color: '#d73027' } }],
    tooltip: { trigger: 'axis' },
  });
  const list = $('laggards');
  list.replaceChildren(...laggards.map((r) => {
    const li = document.createElement('li');
    li.textContent = `${r.communityName} · ${percent(r.residentShare)}`;
    return li;
  }));
}

$('city').addEventListener('change', () => show().catch((e) => showError($('laggards'), e)));
window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
show().catch((e) => showError($('laggards'), e));
