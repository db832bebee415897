// Shared by the pages' modules: messages, JSON requests with the session's CSRF token, small formatting helpers.
const messages = JSON.parse(document.getElementById('messages')?.textContent || '{}');

/** The message for a key, with {0}, {1} ... filled in. */
export function t(key, ...args) {
  const text = messages[key] ?? key;
  return text.replace(/\{(\d+)\}/g, (m, i) => (args[i] ?? m));
}

function csrfHeaders() {
  const token = document.querySelector('meta[name="_csrf"]')?.content;
  const header = document.querySelector('meta[name="_csrf_header"]')?.content;
  return token && header ? { [header]: token } : {};
}

/** GET or POST JSON (null for 204 No Content); throws an Error with the problem detail's text on a refusal. */
export async function api(url, options = {}) {
  const response = await fetch(url, {
    ...options,
    headers: { Accept: 'application/json, application/geo+json', 'Content-Type': 'application/json', ...csrfHeaders(), ...(options.headers || {}) },
    credentials: 'same-origin',
  });
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail || detail; } catch (e) { /* not JSON */ }
    throw new Error(`${response.status} ${detail}`);
  }
  return response.status === 204 ? null : response.json();
}

/** A table cell's text; null shows as a dash. */
export function cell(row, value, numeric = false) {
  const td = document.createElement('td');
  td.textContent = value === null || value === undefined ? '–' : value;
  if (numeric) td.className = 'num';
  row.appendChild(td);
  return td;
}

export function percent(share) {
  return share === null || share === undefined ? null : `${(share * 100).toFixed(1)}%`;
}

export function showError(element, error) {
  element.textContent = t('js.error', error.message);
  element.classList.add('error');
}
