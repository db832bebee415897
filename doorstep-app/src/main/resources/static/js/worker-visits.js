// The community worker's visits: this month's plan and the overdue list of one community, a form that records a
// visit against a plan (then both lists refresh), and the monthly visit rate of the worker's communities (ECharts).
import { api, cell, showError, t } from './common.js';

const $ = (id) => document.getElementById(id);
const SPECIAL_DIFFICULTY = 'ELDERLY_SPECIAL_DIFFICULTY';
let worklist = null;
let names = new Map();
let chart = null;

/** Masked names of the community's residents in the special group, by id (the registry masks and audits). */
async function residentNames(community) {
  const found = new Map();
  for (let page = 0; ; page += 1) {
    const data = await api(`/api/registry/residents?community=${community}&group=${SPECIAL_DIFFICULTY}&page=${page}&size=1000`);
    data.items.forEach((r) => found.set(r.id, r.name));
    if ((page + 1) * 1000 >= data.total) return found;
  }
}

const residentLabel = (id) => names.get(id) || t('wk.visits.residentNo', id);

function button(label, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

function overdueRows() {
  const plans = new Map(worklist.plans.map((p) => [p.planId, p]));
  const body = $('overdue').querySelector('tbody');
  body.replaceChildren(...worklist.overdue.map((o) => {
    const tr = document.createElement('tr');
    tr.dataset.planId = o.planId;
    tr.dataset.residentId = o.residentId;
    cell(tr, residentLabel(o.residentId));
    cell(tr, o.reason === 'FOLLOW_UP_PAST_DUE' ? t('wk.visits.lateTask', o.task) : t('wk.reason.' + o.reason));
    cell(tr, o.dueOn);
    cell(tr, plans.get(o.planId)?.visitor ?? '');
    const action = cell(tr, '');
    action.appendChild(o.followUpId === null
      ? button(t('wk.visits.recordVisit'), () => openForm(o.planId, o.residentId))
      : button(t('wk.visits.taskDone'), () => completeTask(o.followUpId)));
    return tr;
  }));
  const count = $('overdue-count');
  count.textContent = worklist.overdue.length;
  count.dataset.count = worklist.overdue.length;
}

function planRows() {
  const body = $('plans').querySelector('tbody');
  body.replaceChildren(...worklist.plans.map((p) => {
    const tr = document.createElement('tr');
    tr.dataset.planId = p.planId;
    cell(tr, residentLabel(p.residentId));
    cell(tr, worklist.dueOn);
    cell(tr, p.visitor);
    cell(tr, p.visited ? t('wk.visits.visited') : t('wk.visits.notYet'));
    const action = cell(tr, '');
    if (!p.visited) action.appendChild(button(t('wk.visits.recordVisit'), () => openForm(p.planId, p.residentId)));
    return tr;
  }));
  if (!worklist.plans.length) {
    const tr = document.createElement('tr');
    const td = cell(tr, t('wk.visits.noPlans'));
    td.colSpan = 5;
    body.appendChild(tr);
  }
}

async function showWorklist() {
  const community = $('community').value;
  if (!community) return;
  [worklist, names] = await Promise.all([api(`/api/visits/worklist?communityId=${community}`), residentNames(community)]);
  $('month').textContent = t('wk.visits.month', worklist.month, worklist.dueOn);
  overdueRows();
  planRows();
}

function addFollowUp() {
  const li = document.createElement('li');
  li.className = 'follow-up';
  const task = document.createElement('input');
  task.type = 'text'; task.className = 'task'; task.setAttribute('aria-label', t('wk.visits.task'));
  task.placeholder = t('wk.visits.task');
  const due = document.createElement('input');
  due.type = 'date'; due.className = 'due'; due.setAttribute('aria-label', t('wk.visits.taskDue'));
  due.min = $('visited-on').value || worklist.today;
  li.append(task, due, button(t('wk.visits.removeTask'), () => li.remove()));
  $('follow-ups').appendChild(li);
  task.focus();
}

function openForm(planId, residentId) {
  const form = $('visit-form');
  form.dataset.planId = planId;
  form.reset();
  $('follow-ups').replaceChildren();
  $('form-status').textContent = '';
  $('form-status').classList.remove('error');
  $('visit-resident').textContent = t('wk.visits.for', residentLabel(residentId));
  const date = $('visited-on');
  date.min = `${worklist.month}-01`;
  date.max = worklist.today;
  date.value = worklist.today;
  form.hidden = false;
  date.focus();
}

function closeForm() {
  $('visit-form').hidden = true;
}

function visitBody() {
  const followUps = [...document.querySelectorAll('#follow-ups .follow-up')]
    .map((li) => ({ task: li.querySelector('.task').value.trim(), dueOn: li.querySelector('.due').value || null }))
    .filter((f) => f.task || f.dueOn);
  return {
    visitedOn: $('visited-on').value,
    outcome: $('outcome').value,
    healthFinding: $('health').value.trim() || null,
    safetyFinding: $('safety').value.trim() || null,
    needsFinding: $('needs').value.trim() || null,
    followUps,
  };
}

async function saveVisit(event) {
  event.preventDefault();
  const form = $('visit-form');
  const save = $('save-visit');
  save.disabled = true;
  try {
    await api(`/api/visits/plans/${form.dataset.planId}/visits`, { method: 'POST', body: JSON.stringify(visitBody()) });
    closeForm();
    await refresh();
    const status = $('month');
    status.textContent = `${status.textContent} · ${t('wk.visits.saved')}`;
    // Counts the saves whose lists have been reloaded, for whoever waits on them (the browser test).
    form.dataset.saved = Number(form.dataset.saved || 0) + 1;
  } catch (e) {
    showError($('form-status'), e);
  } finally {
    save.disabled = false;
  }
}

async function completeTask(followUpId) {
  try {
    await api(`/api/visits/follow-ups/${followUpId}/done`, { method: 'POST', body: '{}' });
    await refresh();
  } catch (e) {
    showError($('month'), e);
  }
}

/** Visited over planned in each community of the worker's places, this month; suppressed rates left empty. */
async function showRates() {
  const placeIds = ($('main').dataset.places || '').split(',').filter(Boolean);
  const reports = await Promise.all(placeIds.map((id) => api(`/api/visits/rates?placeId=${id}`)));
  const shown = new Map([...$('community').options].map((o) => [Number(o.value), o.textContent]));
  // A grant of a street and of a community in it reports that community twice: keep it once.
  const byId = new Map(reports.flatMap((r) => r.communities).filter((c) => shown.has(c.communityId))
    .map((c) => [c.communityId, c]));
  const rows = [...byId.values()];
  chart = chart || echarts.init($('rate-chart'));
  chart.setOption({
    grid: { left: 90, right: 30, top: 20, bottom: 30 },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', inverse: true, data: rows.map((c) => shown.get(c.communityId)) },
    series: [{
      type: 'bar',
      itemStyle: { color: '#0b6e4f' },
      label: { show: true, position: 'right', formatter: (p) => rows[p.dataIndex].rate === null ? t('js.suppressed') : `${p.value}%` },
      data: rows.map((c) => (c.rate === null ? 0 : Math.round(c.rate * 1000) / 10)),
      markLine: { symbol: 'none', data: [{ xAxis: 100, name: t('wk.visits.target') }], lineStyle: { color: '#d73027' } },
    }],
    tooltip: { trigger: 'axis' },
  });
}

async function refresh() {
  await Promise.all([showWorklist(), showRates()]);
}

$('community').addEventListener('change', () => showWorklist().catch((e) => showError($('month'), e)));
$('visit-form').addEventListener('submit', saveVisit);
$('cancel-visit').addEventListener('click', closeForm);
$('add-follow-up').addEventListener('click', addFollowUp);
window.addEventListener('resize', () => chart && chart.resize());
refresh().catch((e) => showError($('month'), e));
