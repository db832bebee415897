// The community worker's registry: aggregates and the masked list of residents, by special group, paged.
import { api, cell, showError, t } from './common.js';

const $ = (id) => document.getElementById(id);
let page = 0;
const SIZE = 50;

async function aggregates(community) {
  const data = await api(`/api/registry/aggregates?place=${community}`);
  const row = (data.communities || []).find((c) => c.communityId === Number(community)) || {};
  const figures = $('aggregates');
  figures.replaceChildren();
  const add = (label, count) => {
    const div = document.createElement('div');
    const dt = document.createElement('dt'); dt.textContent = label;
    const dd = document.createElement('dd'); dd.textContent = count ? count.display : '–';
    div.append(dt, dd); figures.appendChild(div);
  };
  add(t('js.households'), row.households);
  add(t('js.residents'), row.residents);
  for (const [group, count] of Object.entries(row.residentsByGroup || {})) add(t('group.' + group), count);
}

async function residents(community) {
  const group = $('group').value;
  const data = await api(`/api/registry/residents?community=${community}&page=${page}&size=${SIZE}${group ? '&group=' + group : ''}`);
  const body = $('residents').querySelector('tbody');
  body.replaceChildren();
  for (const r of data.items) {
    const tr = document.createElement('tr');
    cell(tr, r.name); cell(tr, r.idNumber); cell(tr, r.phone); cell(tr, t('js.sex.' + r.sex));
    cell(tr, r.ageBand.replace('AGE_', '').replace('_PLUS', '+').replace('_', '–')); cell(tr, r.groups.map((g) => t('group.' + g)).join('、'));
    body.appendChild(tr);
  }
  const pages = Math.max(1, Math.ceil(data.total / SIZE));
  $('page').textContent = t('js.page', page + 1, pages);
  $('prev').disabled = page === 0;
  $('next').disabled = page + 1 >= pages;
}

async function show() {
  const community = $('community').value;
  if (!community) return;
  try { await Promise.all([aggregates(community), residents(community)]); } catch (e) { showError($('page'), e); }
}

$('community').addEventListener('change', () => { page = 0; show(); });
$('group').addEventListener('change', () => { page = 0; show(); });
$('prev').addEventListener('click', () => { page = Math.max(0, page - 1); show(); });
$('next').addEventListener('click', () => { page += 1; show(); });
show();
