import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './text-layout';

describe('wrapText', () => {
  it('breaks Latin text at spaces and Chinese text anywhere, within the width', () => {
    expect(wrapText('one two three four', 60, 10).lines).toEqual(['one two', 'three four']);
    expect(wrapText('濮阳市民政局答复', 42, 10).lines).toEqual(['濮阳市民', '政局答复']);
    expect(wrapText('short', 400, 10)).toEqual({ lines: ['short'], truncated: false });
  });

  it('never starts a line with a closing bracket: the character before it comes along', () => {
    const { lines } = wrapText('建成率基数（村和社区）', 100, 10);
    expect(lines).toEqual(['建成率基数（村和社', '区）']);
    expect(lines.every((l) => !/^[）》，。]/.test(l))).toBe(true);
  });

  it('never ends a line with an opening bracket', () => {
    const { lines } = wrapText('示范区（城乡一体化示范区）', 60, 10);
    expect(lines.every((l) => !/（$/.test(l))).toBe(true);
    expect(lines.join('')).toBe('示范区（城乡一体化示范区）');
  });

  it('ends the last line in "…" and says so when the text does not fit', () => {
    const out = wrapText('Consultation councils established in villages and communities', 120, 10, 2);
    expect(out.truncated).toBe(true);
    expect(out.lines).toHaveLength(2);
    expect(out.lines[1]).toMatch(/…$/);
    for (const line of out.lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(120);
  });

  it('keeps every line within the width, cutting a word wider than a line with a hyphen', () => {
    expect(wrapText('Demonstration', 60, 14).lines.every((l, i, all) => i === all.length - 1 || l.endsWith('-'))).toBe(
      true,
    );
    for (const text of ['郑州航空港经济综合实验区', 'Urban-Rural Integration Demonstration Zone', '中牟县']) {
      for (const line of wrapText(text, 90, 14).lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(90);
    }
  });
});
