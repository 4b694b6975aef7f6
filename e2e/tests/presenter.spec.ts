import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';
import { readDataset, units } from '../support/fixtures.ts';
import { keepScreenshot } from '../support/screenshots.ts';
import { expect, test } from '../support/test.ts';

/** The default deck's length and first titles, as the app defines them (src/app/presenter.tsx). */
const DEFAULT_SLIDES = 10;

const current = (page: Page) => page.locator('.slide-frame--current');
const expectSlide = (page: Page, n: number) => expect(current(page)).toHaveAttribute('data-slide', String(n));
/** The presenter listens to keys once it has hydrated. */
const ready = (page: Page) => expect(page.locator('.presenter[data-ready]')).toBeAttached();

test.describe('presenter', () => {
  test('the default deck opens and follows the keyboard and clicker keys', async ({ page }) => {
    await page.goto('/zh/present');
    await ready(page);
    await expectSlide(page, 1);
    await expect(current(page).locator('.slide__number')).toHaveText(`1 / ${DEFAULT_SLIDES}`);
    await expect(current(page).locator('svg.recharts-surface')).toBeVisible();

    await test.step('→ advances and ← goes back; PageDown, PageUp and Space too', async () => {
      await page.keyboard.press('ArrowRight');
      await expectSlide(page, 2);
      await expect(page).toHaveURL(/[?&]slide=2/);
      await page.keyboard.press('ArrowLeft');
      await expectSlide(page, 1);
      await page.keyboard.press('PageDown');
      await expectSlide(page, 2);
      await page.keyboard.press('PageUp');
      await expectSlide(page, 1);
      await page.keyboard.press('Space');
      await expectSlide(page, 2);
      await page.keyboard.press('End');
      await expectSlide(page, DEFAULT_SLIDES);
      await page.keyboard.press('Home');
      await expectSlide(page, 1);
    });

    await test.step('3 then Enter jumps to slide 3', async () => {
      await page.keyboard.press('3');
      await expect(page.locator('.presenter__digits')).toContainText('3');
      await page.keyboard.press('Enter');
      await expectSlide(page, 3);
      await expect(page.locator('.presenter__digits')).toHaveCount(0);
    });

    await test.step('B blanks the screen and brings it back', async () => {
      await page.keyboard.press('b');
      const blank = page.getByTestId('black-screen');
      await expect(blank).toBeVisible();
      const box = await blank.boundingBox();
      const viewport = page.viewportSize();
      expect(box).toEqual({ x: 0, y: 0, width: viewport?.width, height: viewport?.height });
      expect(await blank.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
      await page.keyboard.press('b');
      await expect(blank).toHaveCount(0);
      await expectSlide(page, 3);
    });

    await test.step('a reload keeps the slide', async () => {
      await page.reload();
      await ready(page);
      await expectSlide(page, 3);
    });

    await test.step('every slide carries the source line, the as-of date and its number', async () => {
      for (let n = 1; n <= DEFAULT_SLIDES; n += 1) {
        const slide = page.locator(`.slide-frame[data-slide="${n}"]`);
        await expect(slide.locator('.slide__source')).toContainText('来源：濮阳市民政局');
        await expect(slide.locator('.slide__source')).toContainText(/数据(截至|发布于)\d{4}年\d+月\d+日/);
        await expect(slide.locator('.slide__number')).toHaveText(`${n} / ${DEFAULT_SLIDES}`);
      }
    });

    await test.step('Esc leaves for the deck editor', async () => {
      await page.keyboard.press('Escape');
      await expect(page).toHaveURL(/\/zh\/deck/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('演示文稿');
    });
  });

  test('the kiosk loop advances by itself, wraps, and pauses', async ({ page }) => {
    await page.goto('/zh/present?deck=v1,disputes.d2,councils.d2,map.d2&play=1');
    await expectSlide(page, 1);
    const started = Date.now();
    await expectSlide(page, 2);
    await expectSlide(page, 3);
    await expect(current(page)).toHaveAttribute('data-slide', '1', { timeout: 5000 });
    // Three slides of two seconds: back at the first after about six.
    expect(Date.now() - started).toBeGreaterThan(5000);
    await page.keyboard.press('p');
    await expect(page.getByRole('button', { name: '自动播放' })).toBeVisible();
    const paused = await current(page).getAttribute('data-slide');
    await page.waitForTimeout(3000);
    await expect(current(page)).toHaveAttribute('data-slide', paused ?? '');
  });

  test('a deck edited in the UI survives a reload and opens from its URL in a fresh browser', async ({
    page,
    browser,
  }) => {
    await test.step('start an own deck from two chart frames', async () => {
      await page.goto('/zh/rule-of-law');
      const disputes = page.locator('[data-frame="disputes"]');
      await disputes.getByRole('button', { name: '加入演示' }).click();
      // A first slide asks where it goes, rather than replacing the default deck's slides.
      await disputes.getByRole('button', { name: '新建演示，只含这一页' }).click();
      await expect(disputes).toContainText('已加入，演示共 1 页');
      await disputes.getByRole('button', { name: '加入演示' }).click();
      await expect(disputes).toContainText('这个视图已经是演示的第 1 页，没有重复添加。');
      await page.goto('/zh/counties?sort=total&layout=grouped');
      const counties = page.locator('[data-frame="counties"]');
      await counties.getByRole('button', { name: '加入演示' }).click();
      await expect(counties).toContainText('已加入，演示共 2 页');
      await counties.getByRole('link', { name: '编辑演示' }).click();
    });

    const items = page.locator('.deck-list__item');
    await test.step('edit: title, slide title, duration, order', async () => {
      await expect(items).toHaveCount(2);
      await expect(items.nth(1)).toContainText('排序：按合计');
      await page.getByLabel('演示标题').fill('周例会');
      await items.nth(1).getByLabel('本页标题').fill('各县村和社区');
      await items.nth(0).getByLabel('停留（秒）').fill('7');
      await page.getByRole('button', { name: '第 2 页上移' }).click();
      await expect(items.nth(0)).toContainText('各县村和社区');
      await expect(items.nth(1).getByLabel('停留（秒）')).toHaveValue('7');
    });

    const checkDeck = async (p: Page) => {
      const rows = p.locator('.deck-list__item');
      await expect(rows).toHaveCount(2);
      await expect(p.getByLabel('演示标题')).toHaveValue('周例会');
      await expect(rows.nth(0).getByLabel('本页标题')).toHaveValue('各县村和社区');
      await expect(rows.nth(0)).toContainText('排序：按合计');
      await expect(rows.nth(1).getByLabel('停留（秒）')).toHaveValue('7');
    };

    await test.step('a reload keeps it', async () => {
      await page.reload();
      await checkDeck(page);
    });

    await test.step('without a deck in the URL, the presenter’s own deck comes back', async () => {
      await page.goto('/zh/deck');
      await checkDeck(page);
      await page.goto('/zh/present');
      await expect(current(page).locator('.slide__title')).toHaveText('各县村和社区');
      await expect(current(page).locator('.slide__number')).toHaveText('1 / 2');
    });

    await test.step('its link opens the same deck in a fresh browser context', async () => {
      await page.goto('/zh/deck');
      // The link holds the page's own origin, so it is filled in once the page has hydrated.
      await expect(page.getByLabel('分享链接')).toHaveValue(/\/zh\/present\?deck=/);
      const link = await page.getByLabel('分享链接').inputValue();
      const context = await browser.newContext();
      const fresh = await context.newPage();
      await fresh.goto(link);
      await ready(fresh);
      await expect(fresh.locator('.slide-frame--current .slide__title')).toHaveText('各县村和社区');
      await expect(fresh.locator('.slide-frame--current .slide__number')).toHaveText('1 / 2');
      // The slide shows the view it was added in: grouped bars sorted by total.
      await expect(fresh.locator('.slide-frame--current .bar-chart__svg text').first()).toBeVisible();
      await fresh.keyboard.press('Escape');
      await checkDeck(fresh);
      await context.close();
    });
  });

  test('text on a slide is at least 28px at 1080p, on every slide of the default deck', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/zh/present');
    await ready(page);
    await expect(current(page).locator('svg.recharts-surface')).toBeVisible();
    for (let n = 1; n <= DEFAULT_SLIDES; n += 1) {
      await expectSlide(page, n);
      await expect(current(page).locator('.slide__source p').first()).not.toBeEmpty();
      const sizes = await current(page).evaluate((slide) => {
        const stage = slide.closest<HTMLElement>('.stage');
        const stageScale = Number(stage?.dataset.scale ?? '1');
        const out: { text: string; px: number }[] = [];
        const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement;
          const text = node.textContent?.trim() ?? '';
          if (!el || !text || el.closest('.visually-hidden, title')) continue;
          const rect = el.getBoundingClientRect();
          if (rect.width === 0 || rect.height === 0) continue;
          const size = parseFloat(getComputedStyle(el).fontSize);
          const svg = el.closest('svg');
          let scale = stageScale;
          if (svg) {
            const box = svg.viewBox.baseVal;
            const r = svg.getBoundingClientRect();
            scale = box && box.width > 0 ? Math.min(r.width / box.width, r.height / box.height) : stageScale;
          }
          out.push({ text, px: Math.round(size * scale * 10) / 10 });
        }
        return out;
      });
      expect(sizes.length, `slide ${n} has text`).toBeGreaterThan(3);
      const small = sizes.filter((s) => s.px < 28);
      expect(small, `slide ${n}: text smaller than 28px at 1080p`).toEqual([]);
      await page.keyboard.press('ArrowRight');
    }
    const file = test.info().outputPath('slide-1920x1080.png');
    await page.keyboard.press('Home');
    await expectSlide(page, 1);
    await page.mouse.move(1900, 10);
    await page.screenshot({ path: file });
    keepScreenshot(file, 'slide-1920x1080.png');
  });

  test('the deck exports to .pptx with one native chart per slide, and LibreOffice opens it', async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto('/zh/deck');
    await expect(page.locator('.deck-list__item')).toHaveCount(DEFAULT_SLIDES);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 PowerPoint' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.pptx$/);
    const file = test.info().outputPath('deck.pptx');
    await download.saveAs(file);

    await test.step('unzipped: a title slide, then one slide per entry with a chart of its figures', async () => {
      const zip = await JSZip.loadAsync(readFileSync(file));
      const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
      expect(slides).toHaveLength(DEFAULT_SLIDES + 1);
      expect(await zip.file('ppt/slides/slide1.xml')?.async('string')).toContain('濮阳市基层治理数据汇报');
      const charts: string[] = [];
      for (let n = 2; n <= DEFAULT_SLIDES + 1; n += 1) {
        const rels = (await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`)?.async('string')) ?? '';
        const chart = /Target="[^"]*\/charts\/(chart\d+\.xml)"/.exec(rels)?.[1];
        expect(chart, `slide ${n} has a chart`).toBeTruthy();
        charts.push((await zip.file(`ppt/charts/${chart ?? ''}`)?.async('string')) ?? '');
        const slideXml = (await zip.file(`ppt/slides/slide${n}.xml`)?.async('string')) ?? '';
        expect(slideXml).toContain('来源：濮阳市民政局');
        // Horizontal bars from zero, as on the page.
        expect(charts.at(-1)).toContain('<c:barDir val="bar"/>');
        expect(charts.at(-1)).toMatch(/<c:valAx>[\s\S]*?<c:min val="0"\/>/);
      }
      // The county breakdown: the villages and communities of every county-level unit, drawn bottom
      // up (so listed in reverse), the first unit at the top.
      const values = (xml: string) =>
        [...xml.matchAll(/<c:val>([\s\S]*?)<\/c:val>/g)].map(([, v]) =>
          [...(v ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map(([, x]) => Number(x)),
        );
      const divisions = readDataset('divisions').figures;
      const of = (measure: string) =>
        units.map((u) => divisions.find((f) => f.measure === measure && f.dims?.unit === u.id)?.value ?? 0).reverse();
      const [villages, communities] = values(charts[0] ?? '');
      expect(villages).toEqual(of('villages'));
      expect(communities).toEqual(of('communities'));
      for (const u of units) expect(charts[0]).toContain((u.shortName ?? u.name).zh);
      // Disputes (the sixth entry): found and resolved.
      const ruleOfLaw = readDataset('rule-of-law').figures;
      expect(values(charts[5] ?? '')).toEqual([
        ['disputes.resolved', 'disputes.found'].map((id) => ruleOfLaw.find((f) => f.id === id)?.value),
      ]);
      // The 2023 plan is a series of its own, hatched, and named in the legend.
      expect(charts[2]).toContain('<a:pattFill prst="wdUpDiag">');
      expect(charts[2]).toContain('<c:v>计划</c:v>');
      // The quoted sentences are in the speaker notes.
      const notes = await Promise.all(
        Object.keys(zip.files)
          .filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))
          .map((n) => zip.file(n)!.async('string')),
      );
      expect(notes.join('')).toContain('全市共排查各类矛盾纠纷10499起');
    });

    await test.step('LibreOffice converts it to PDF without error', () => {
      const office = ['libreoffice', 'soffice'].find(
        (bin) => spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0,
      );
      if (!office)
        throw new Error(
          'LibreOffice is not installed: install the Debian package libreoffice-impress (apt-get install -y libreoffice-impress) to run this check',
        );
      const outDir = test.info().outputPath('pdf');
      const profile = `file://${test.info().outputPath('lo-profile')}`;
      execFileSync(
        office,
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file],
        { timeout: 180_000, stdio: 'pipe' },
      );
      const pdfs = existsSync(outDir) ? readdirSync(outDir).filter((f) => f.endsWith('.pdf')) : [];
      expect(pdfs, 'LibreOffice wrote a PDF').toHaveLength(1);
      const pdf = readFileSync(join(outDir, pdfs[0] ?? '')).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page\b/g)?.length, 'one PDF page per slide, and the title slide').toBe(
        DEFAULT_SLIDES + 1,
      );
    });
  });

  test('the deck editor reorders by keyboard alone, keeps notes over a reload, exports them, and undoes a removal', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const items = page.locator('.deck-list__item');
    const handle = (n: number) => page.getByRole('button', { name: `第 ${n} 页：拖动或按上下方向键调整顺序` });
    const titles = () => items.locator('.deck-list__frame strong').allTextContents();
    const notes = (n: number) => items.nth(n - 1).getByLabel('演讲者备注');
    const firstNotes = '先看地图：各县分布。';
    const thirdNotes = '化解率约九成六，\n再看议事会.';

    await page.goto('/zh/deck?deck=v1,disputes,councils,map');
    await expect(items).toHaveCount(3);
    await expect(page.locator('html[data-interactive]')).toBeAttached();
    // Each row shows its slide, drawn small from the slide's own model.
    await expect(items.nth(2).locator('.deck-thumb .slide')).toBeAttached();
    const [disputes = '', councils = '', map = ''] = await titles();

    await test.step('reorder with the arrow keys on the handles, focus following the slide', async () => {
      await handle(3).focus();
      await page.keyboard.press('ArrowUp');
      await expect(handle(2)).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(handle(1)).toBeFocused();
      await expect(page.getByRole('status').filter({ hasText: '第 2 页已移到第 1 页' })).toBeVisible();
      await handle(2).focus();
      await page.keyboard.press('ArrowDown');
      await expect(handle(3)).toBeFocused();
      await expect.poll(titles).toEqual([map, councils, disputes]);
    });

    await test.step('notes on two slides', async () => {
      await notes(1).fill(firstNotes);
      await notes(3).fill(thirdNotes);
      await expect(page).toHaveURL(/\.o/);
    });

    await test.step('a reload keeps the order and the notes', async () => {
      await page.reload();
      await expect(items).toHaveCount(3);
      await expect.poll(titles).toEqual([map, councils, disputes]);
      await expect(notes(1)).toHaveValue(firstNotes);
      await expect(notes(2)).toHaveValue('');
      await expect(notes(3)).toHaveValue(thirdNotes);
    });

    await test.step('the PowerPoint file has the slides in that order, the notes first in their speaker notes', async () => {
      await expect(page.locator('html[data-interactive]')).toBeAttached();
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: '导出 PowerPoint' }).click();
      const download = await downloading;
      const file = test.info().outputPath('edited-deck.pptx');
      await download.saveAs(file);
      const zip = await JSZip.loadAsync(readFileSync(file));
      const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
      /** The plain text of a slide part, runs joined. */
      const textOf = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, t]) => t).join('\n');
      const expected = [
        { title: map, notes: firstNotes },
        { title: councils, notes: '' },
        { title: disputes, notes: thirdNotes },
      ];
      for (const [k, slide] of expected.entries()) {
        const n = k + 2; // after the title slide
        expect(textOf(await read(`ppt/slides/slide${n}.xml`)), `slide ${n}`).toContain(slide.title);
        const rels = await read(`ppt/slides/_rels/slide${n}.xml.rels`);
        const notesPart = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
        expect(notesPart, `slide ${n} has speaker notes`).toBeTruthy();
        const spoken = textOf(await read(`ppt/notesSlides/${notesPart ?? ''}`));
        if (slide.notes) {
          // The presenter's own lines come first, before the slide's title and figures.
          for (const line of slide.notes.split('\n')) expect(spoken).toContain(line);
          expect(spoken.indexOf(slide.notes.split('\n')[0] ?? '')).toBeLessThan(spoken.indexOf(slide.title));
        } else {
          expect(spoken).not.toContain(firstNotes);
          expect(spoken).not.toContain('再看议事会');
        }
      }
    });

    await test.step('undo brings a removed slide back, notes and all', async () => {
      await page.getByRole('button', { name: '删除第 1 页' }).click();
      await expect(items).toHaveCount(2);
      await expect(page.getByRole('status').filter({ hasText: `已删除第 1 页：${map}` })).toBeVisible();
      await page.getByRole('button', { name: '撤销' }).click();
      await expect(items).toHaveCount(3);
      await expect.poll(titles).toEqual([map, councils, disputes]);
      await expect(notes(1)).toHaveValue(firstNotes);
      await expect(page.getByRole('button', { name: '撤销' })).toBeDisabled();
      await page.reload();
      await expect(items).toHaveCount(3);
      await expect(notes(1)).toHaveValue(firstNotes);
    });

    await test.step('a slide dragged by its handle onto the lower half of the last one goes last', async () => {
      await page.setViewportSize({ width: 1280, height: 1600 });
      await expect(page.locator('html[data-interactive]')).toBeAttached();
      const box = await items.nth(2).boundingBox();
      if (!box) throw new Error('no last row');
      await handle(1).dragTo(items.nth(2), { targetPosition: { x: box.width / 2, y: box.height - 8 } });
      await expect.poll(titles).toEqual([councils, disputes, map]);
      await expect(notes(3)).toHaveValue(firstNotes);
    });
  });

  test('printing gives one 16:9 page per slide, online or offline', async ({ page }) => {
    await page.goto('/zh/present');
    await expect(current(page).locator('svg.recharts-surface')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const pages = async () => {
      const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
      return { count: pdf.match(/\/Type\s*\/Page\b/g)?.length, aspect: Number(box?.[1]) / Number(box?.[2]) };
    };
    const online = await pages();
    expect(online.count).toBe(DEFAULT_SLIDES);
    expect(online.aspect).toBeCloseTo(16 / 9, 2);
    // In a meeting room without network the offline banner shows on pages; it must not push the
    // printed slides across page breaks.
    await page.context().setOffline(true);
    await expect(page.locator('.offline-banner')).toBeAttached();
    expect((await pages()).count).toBe(DEFAULT_SLIDES);
  });

  for (const language of ['zh', 'en'] as const)
    for (const path of ['/deck', '/present', '/big-screen'])
      test(`no axe violations: /${language}${path}`, async ({ page }) => {
        await page.goto(`/${language}${path}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
        await expect(page.locator('section.frame, .deck-list, .slide-frame--current .frame').first()).toBeVisible();
        await expectNoAxeViolations(page);
      });
});
