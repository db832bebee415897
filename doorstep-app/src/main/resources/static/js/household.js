// The resident's home and household, shared by the resident's pages: the first home with its nearest facilities,
// and the members one may book or order for (masked names, from the registry).
import { api, t } from './common.js';

export async function loadHome() {
  const homes = await api('/map/home');
  return homes.length ? homes[0] : null;
}

export async function loadMembers(home) {
  const page = await api(`/api/registry/residents?community=${home.communityId}&size=50`);
  return page.items;
}

/** A labelled select of the household's members. */
export function memberSelect(members, id) {
  const label = document.createElement('label');
  label.textContent = t('js.res.for');
  const select = document.createElement('select');
  select.id = id;
  for (const m of members) {
    const option = document.createElement('option');
    option.value = m.id;
    option.textContent = m.name;
    select.appendChild(option);
  }
  label.appendChild(select);
  return label;
}

/** A key for one intended action, sent again by every retry of it (so a double click acts once). */
export function newKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A date-time in the page's language, in China time. */
export function when(iso) {
  return new Date(iso).toLocaleString(lang() === 'en' ? 'en-GB' : 'zh-CN',
    { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' });
}

// The messages of rules that name the terms the server sends with the rule (in a refusal's problem detail or an
// eligibility answer alike); the other rules' messages name nothing. Who may have meals brought home: "年满 80 岁的
// 老人、残疾人或特殊困难老人" (the page needs the group. messages); a rule with neither an age nor a group lets nobody.
const RULE_TEXTS = {
  HOME_DELIVERY: ({ minAge, groups }) => {
    const who = [
      ...(minAge == null ? [] : [t('js.res.rule.HOME_DELIVERY.age', minAge)]),
      ...(groups || []).map((g) => t('group.' + g)),
    ];
    return who.length
      ? t('js.res.rule.HOME_DELIVERY', new Intl.ListFormat(lang(), { type: 'disjunction' }).format(who))
      : t('js.res.meals.noDelivery');
  },
};

function lang() {
  return window.DOORSTEP?.lang === 'en' ? 'en' : 'zh';
}

/** A rule's message in the user's words, with its terms, for an answer naming a rule; null where the page has none. */
export function ruleText(answer) {
  const rule = answer?.rule;
  if (!rule) return null;
  if (RULE_TEXTS[rule]) return RULE_TEXTS[rule](answer);
  const key = 'js.res.rule.' + rule;
  const text = t(key);
  return text !== key ? text : null;
}

/** A refusal in the user's words: by its rule where the page knows it, else the server's detail. */
export function refusal(error) {
  return ruleText(error.problem) ?? t('js.error', error.message);
}

export function button(text, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}
