/** What the search reads of a city: its code, names, pinyin and province. */
export interface PickableCity {
  code: string;
  name: string;
  en: string;
  py: string;
  province: { zh: string; en: string };
}

const normalise = (s: string) => s.toLowerCase().replace(/[\s'’·()（）-]/g, '');

/**
 * Cities whose Chinese name, pinyin, English name or province matches the query; exact and
 * prefix matches first. Empty query: nothing (the list would be 340 long).
 */
export function searchCities<C extends PickableCity>(cities: readonly C[], query: string, limit = 12): C[] {
  const q = normalise(query);
  if (!q) return [];
  const scored: { city: C; score: number }[] = [];
  for (const city of cities) {
    const names = [city.name, city.py, city.en, city.name.replace(/市$/, '')].map(normalise);
    const province = [city.province.zh, city.province.en].map(normalise);
    let score = -1;
    if (names.some((n) => n === q)) score = 0;
    else if (names.some((n) => n.startsWith(q))) score = 1;
    else if (names.some((n) => n.includes(q))) score = 2;
    else if (province.some((n) => n.startsWith(q))) score = 3;
    if (score >= 0) scored.push({ city, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.city.code.localeCompare(b.city.code))
    .slice(0, limit)
    .map((s) => s.city);
}
