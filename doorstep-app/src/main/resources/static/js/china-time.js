// Dates and times as China Standard Time (UTC+8, no daylight saving), the zone the app keeps its days in, whatever
// the browser's own zone: a session at 09:00 in Nanjing shows at 09:00 everywhere.
const OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

const shifted = (instant) => new Date(new Date(instant).getTime() + OFFSET_MS);

/** 'YYYY-MM-DD' of an instant (ISO string or Date) in China. */
export function chinaDate(instant) {
  return shifted(instant).toISOString().slice(0, 10);
}

/** 'HH:MM' of an instant in China. */
export function chinaTime(instant) {
  return shifted(instant).toISOString().slice(11, 16);
}

/** 'YYYY-MM-DDTHH:MM' for a datetime-local input showing China time. */
export function chinaLocal(instant) {
  return shifted(instant).toISOString().slice(0, 16);
}

/** The instant (ISO string) of a datetime-local value read as China time. */
export function fromChinaLocal(value) {
  const seconds = value.length === 16 ? ':00' : ''; // inputs leave out zero seconds
  return new Date(`${value}${seconds}+08:00`).toISOString();
}

/** The day n days after a 'YYYY-MM-DD' day. */
export function addDays(day, n) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday of the week holding the day. */
export function mondayOf(day) {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** The instant (ISO string) a China day begins. */
export function startOfChinaDay(day) {
  return new Date(`${day}T00:00:00+08:00`).toISOString();
}
