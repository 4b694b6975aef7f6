import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await page.goto('http://localhost:4180/zh/trend');
await page.waitForSelector('html[data-interactive]', { state: 'attached' });
await page.waitForLoadState('networkidle');
await page.waitForTimeout(1000);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const totals = new Map();
const years = ['2019', '2020', '2021'];
for (const y of years) {
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.locator('[data-frame="nbs-year"] select[id$="-year"]').selectOption(y);
  await page
    .locator(`[data-frame="nbs-year"] h2:has-text("${y}年版"), [data-frame="nbs-year"] h3:has-text("${y}年版")`)
    .first()
    .waitFor();
  const t1 = Date.now();
  const { profile } = await cdp.send('Profiler.stop');
  console.log('year→shown', t1 - t0, 'ms');
  const dt = profile.timeDeltas;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
  for (const [id, us] of self) {
    const n = byId.get(id);
    const f = n.callFrame;
    const key = `${(f.url.split('/').pop() || '(native)').replace(/-[\w-]{8}\.js/, '')} ${f.functionName || '(anon)'}`;
    totals.set(key, (totals.get(key) ?? 0) + us);
  }
  await page.waitForTimeout(300);
}
const byFile = new Map();
for (const [k, us] of totals) {
  const f = k.split(' ')[0];
  byFile.set(f, (byFile.get(f) ?? 0) + us);
}
const n = years.length * 1000;
console.log(
  [...byFile]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([k, us]) => `${(us / n).toFixed(1)} ms  ${k}`)
    .join('\n'),
);
console.log('--');
console.log(
  [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, us]) => `${(us / n).toFixed(1)} ms  ${k}`)
    .join('\n'),
);
await browser.close();
