// Meals on the resident's page: the menu of the canteen nearest home for a day, ordering for a household member
// (home delivery to the household's address where asked, offered only to members the server's delivery rule allows),
// and the household's orders with cancelling before the meal's cut-off.
import { api, showError, t } from './common.js';
import { button, loadHome, loadMembers, memberSelect, refusal, ruleText, when } from './household.js';

const menus = document.getElementById('menus');
const orders = document.getElementById('orders');
const day = document.getElementById('day');

function yuan(fen) {
  return t('js.res.price', (fen / 100).toFixed(2));
}

// Whether each member may have meals brought home, asked once per member for all the day's menus (the server reads
// the member's age and groups inside the user's scope and audits it; the answer carries only the rule's terms).
const deliveries = new Map();

function deliveryFor(residentId) {
  if (!deliveries.has(residentId)) {
    const answer = api(`/api/meals/delivery?residentId=${residentId}`);
    answer.catch(() => deliveries.delete(residentId));
    deliveries.set(residentId, answer);
  }
  return deliveries.get(residentId);
}

/** Offers the delivery box for the selected member only where the rule allows it, else says why. */
async function offerDelivery(select, box, reason) {
  box.checked = false;
  box.disabled = true;
  reason.textContent = '';
  reason.classList.remove('error');
  if (!select.value) return;
  const residentId = Number(select.value);
  const answer = await deliveryFor(residentId);
  if (Number(select.value) !== residentId) return;
  box.disabled = !answer.allowed;
  if (!answer.allowed) reason.textContent = ruleText(answer);
}

// The canteen whose menus are shown, so that an order or a cancellation can refresh the servings left.
let canteenShown = null;

function servingsText(menu) {
  return `${menu.dishes} · ${t('js.res.meals.left', menu.servings - menu.ordered)}`;
}

async function showMenus(canteenId, members) {
  canteenShown = canteenId;
  const list = await api(`/api/meals/menus?canteenId=${canteenId}&day=${day.value}`);
  menus.textContent = '';
  if (!list.length) { menus.textContent = t('js.res.meals.noMenu'); return; }
  for (const menu of list) menus.appendChild(menuItem(menu, members));
}

/** Asks again how many servings are left of the menus shown (others order too), keeping each item's form. */
async function refreshServings() {
  const list = await api(`/api/meals/menus?canteenId=${canteenShown}&day=${day.value}`);
  for (const menu of list) {
    const dishes = menus.querySelector(`li[data-menu="${menu.id}"] .dishes`);
    if (dishes) dishes.textContent = servingsText(menu);
  }
}

function menuItem(menu, members) {
  const li = document.createElement('li');
  li.className = 'menu';
  li.dataset.menu = menu.id;
  const name = document.createElement('strong');
  name.textContent = `${t('js.res.meal.' + menu.meal)} · ${yuan(menu.price_fen)}`;
  const dishes = document.createElement('p');
  dishes.className = 'dishes';
  dishes.textContent = servingsText(menu);
  const who = memberSelect(members, `meal-member-${menu.id}`);
  const select = who.querySelector('select');
  const delivery = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.className = 'delivery';
  delivery.append(box, document.createTextNode(' ' + t('js.res.meals.delivery')));
  const reason = document.createElement('p');
  reason.className = 'note delivery-reason';
  const offer = () => offerDelivery(select, box, reason).catch((e) => showError(reason, e));
  select.addEventListener('change', offer);
  offer();
  const message = document.createElement('p');
  message.setAttribute('role', 'status');
  const order = button(t('js.res.meals.order'), async () => {
    order.disabled = true;
    try {
      const placed = await api('/api/meals/orders', {
        method: 'POST',
        body: JSON.stringify({ menuId: menu.id, residentId: Number(select.value), homeDelivery: box.checked }),
      });
      message.className = '';
      message.textContent = t('js.res.meals.ordered', yuan(placed.price_fen), yuan(placed.subsidy_fen));
      await Promise.all([showOrders(), refreshServings()]);
    } catch (e) {
      message.className = 'error';
      message.textContent = refusal(e);
    } finally {
      order.disabled = false;
    }
  });
  li.append(name, dishes, who, delivery, reason, order, message);
  return li;
}

async function showOrders() {
  const list = await api('/api/meals/orders');
  orders.textContent = '';
  if (!list.length) { orders.textContent = t('js.res.meals.noOrders'); return; }
  for (const item of list) orders.appendChild(orderItem(item));
}

function orderItem({ order, meal, dishes, cancellableUntil }) {
  const li = document.createElement('li');
  li.dataset.order = order.id;
  const name = document.createElement('strong');
  name.textContent = `${order.day} ${t('js.res.meal.' + meal)} · ${dishes}`;
  const status = document.createElement('p');
  const cancelled = order.cancelledAt !== null;
  status.textContent = cancelled
    ? t('js.res.meals.cancelled')
    : `${yuan(order.price_fen)}${order.homeDelivery ? ' · ' + t('js.res.meals.delivered') : ''}`;
  li.append(name, status);
  if (!cancelled && Date.parse(cancellableUntil) > Date.now()) {
    const note = document.createElement('p');
    note.className = 'note';
    note.textContent = t('js.res.meals.until', when(cancellableUntil));
    const cancel = button(t('js.res.cancel'), async () => {
      try {
        await api(`/api/meals/orders/${order.id}/cancel`, { method: 'POST' });
        await Promise.all([showOrders(), canteenShown === null ? null : refreshServings()]);
      } catch (e) { status.textContent = refusal(e); status.classList.add('error'); }
    });
    cancel.className = 'secondary';
    li.append(note, cancel);
  }
  return li;
}

async function show() {
  const home = await loadHome();
  if (!home) { menus.textContent = t('js.noHome'); return; }
  const canteen = home.nearest.find((n) => n.category === 'meals' && n.facilityRef !== null);
  const members = await loadMembers(home);
  day.value = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
  if (canteen) {
    day.addEventListener('change', () => showMenus(canteen.facilityRef, members).catch((e) => showError(menus, e)));
    await showMenus(canteen.facilityRef, members);
  } else {
    menus.textContent = t('js.res.meals.noCanteen');
  }
  await showOrders();
}

show().catch((e) => showError(menus, e));
