import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATASET_IDS } from '@/data/api/get-dataset';
import { adminUnits, findUnit, unitCode } from '@/data/model/units';
import { rawFixture, sourceText } from '@/testing/fixtures';
import { extractFigures, findDocumentDate, type ProposedFigure } from './extract-figures';
import { placesOf } from './places';

const places = placesOf(adminUnits);
const only = (text: string) => extractFigures(text, { places, documentDate: '2023-07-26' }).figures;
const pick = ({ value, unitId, qualifier, status }: ProposedFigure) => ({ value, unitId, qualifier, status });

describe('extractFigures on the bureau reply', () => {
  const text = sourceText('puyang-mca-2023-188');
  const { figures, documentDate } = extractFigures(text, { places });
  const stated = DATASET_IDS.flatMap((id) => {
    const dataset = rawFixture(id);
    const units = new Map(dataset.measures.map((m) => [m.id, m.unit]));
    return dataset.figures
      .filter((f) => f.kind === 'stated')
      .map((f) => ({ ...f, id: `${id}:${f.id}`, unit: units.get(f.measure) }));
  });

  // One to one: each stated figure takes the first unused proposal of its value and unit whose
  // sentence holds its quote (文明家庭50户、最美家庭50户 has two 50s).
  const used = new Set<string>();
  const matches = stated.map((f) => {
    const proposal = figures.find(
      (p) =>
        !used.has(p.id) && p.value === f.value && p.unitId === f.unit && p.sentence.includes(f.provenance.quote ?? ''),
    );
    if (proposal) used.add(proposal.id);
    return { stated: f, proposal };
  });
  const recall = matches.filter((m) => m.proposal).length / stated.length;
  const precision = used.size / figures.length;
  console.info(
    `extractor on the reply: ${stated.length} stated figures, ${figures.length} proposed; recall ${(recall * 100).toFixed(1)}%, precision ${(precision * 100).toFixed(1)}%`,
  );

  it('reads the document date from its signature line', () => {
    expect(documentDate).toBe('2023-07-26');
  });

  it('proposes every stated figure of the built-in datasets (recall)', () => {
    expect(matches.filter((m) => !m.proposal).map((m) => m.stated.id)).toEqual([]);
  });

  it('proposes nothing else: no date, document number, phone number or programme name (precision)', () => {
    expect(figures.filter((p) => !used.has(p.id)).map((p) => p.raw)).toEqual([]);
  });

  it('reads each figure’s qualifier, plan or actual status, section and as-of date as the dataset records them', () => {
    const wrong = matches.flatMap(({ stated: f, proposal: p }) => {
      if (!p) return [];
      const problems = [
        p.qualifier !== f.qualifier && `qualifier ${p.qualifier}`,
        p.status !== f.status && `status ${p.status}`,
        p.section !== f.provenance.section && `section ${p.section ?? 'none'}`,
        f.asOf !== undefined && p.asOf !== f.asOf && `as of ${p.asOf ?? 'none'}`,
      ].filter(Boolean);
      return problems.length ? [`${f.id}: ${problems.join(', ')}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('names the county of every figure the dataset breaks down by county', () => {
    const wrong = matches.flatMap(({ stated: f, proposal: p }) => {
      const unit = f.dims?.unit === undefined ? undefined : findUnit(f.dims.unit);
      if (!unit || !p) return [];
      return p.placeCode === unitCode(unit) ? [] : [`${f.id}: ${p.place ?? 'no place'}`];
    });
    expect(wrong).toEqual([]);
  });

  it('gives each proposal its exact place in the text', () => {
    for (const p of figures) {
      expect(text.slice(p.start, p.end)).toBe(p.raw);
      expect(text.slice(p.sentenceStart, p.sentenceStart + p.sentence.length)).toBe(p.sentence);
    }
  });
});

describe('extractFigures', () => {
  it.each([
    ['〔2020〕23号文件'],
    ['市政协九届一次会议第188号提案'],
    ['2023年7月26日，6月27日至7月5日，3月18日'],
    ['1、 社区治理工作总体情况\n（一）全市城乡社区基础情况\n2.继续加强经费保障工作'],
    ['联系电话：0393-4412345，手机13812345678'],
    ['继续丰富深化”12341”社区治理工作机制，开展“35105”城乡社区民主协商，探索“12365”模式'],
    ['落实资金阵地“两个保障”，第二批示范单位，一是深化，三治为抓手，千家万户，打造一批'],
    ['豫民阅1号文件，《“十四五”城乡社区服务体系建设规划》'],
    ['抄送：市政协提案委（2份），市委市政府督查局（2份）。'],
  ])('proposes nothing in %j', (text) => {
    expect(only(text)).toEqual([]);
  });

  it('reads Chinese and mixed numerals with their scale', () => {
    expect(
      only(
        '全市共有村三千一百五十九个，两个社区，建成一百〇八套，投资3.16亿元，改造226.18万平方米，服务1.2万人次。',
      ).map(pick),
    ).toEqual([
      { value: 3159, unitId: 'item', qualifier: 'exact', status: 'actual' },
      { value: 2, unitId: 'item', qualifier: 'exact', status: 'actual' },
      { value: 108, unitId: 'set', qualifier: 'exact', status: 'actual' },
      { value: 3.16, unitId: '100m-yuan', qualifier: 'exact', status: 'actual' },
      { value: 226.18, unitId: '10k-square-meter', qualifier: 'exact', status: 'actual' },
      { value: 1.2, unitId: '10k-person-time', qualifier: 'exact', status: 'actual' },
    ]);
  });

  it('reads full-width digits and thousands separators', () => {
    expect(only('排查纠纷10,499起，化解１２３起。').map((f) => f.value)).toEqual([10499, 123]);
  });

  it.each([
    ['选树典型200余人', 'more-than'],
    ['开展活动四百多次', 'more-than'],
    ['开展志愿服务近1200余次', 'approx'],
    ['约40个社区', 'approx'],
    ['建成100个左右', 'approx'],
    ['覆盖300户以上', 'at-least'],
    ['超过500人参加', 'more-than'],
    ['不足20%', 'less-than'],
    ['至少10个', 'at-least'],
  ] as const)('reads the qualifier of %j', (text, qualifier) => {
    expect(only(text).map((f) => f.qualifier)).toEqual([qualifier]);
  });

  it('reads percentages, 百分之 and percentage points with their direction', () => {
    const figures = only('化解率96.2%，覆盖率百分之九十六，同比下降3.5个百分点，增长12％。');
    expect(figures.map((f) => [f.value, f.unitId, f.change ?? ''])).toEqual([
      [96.2, 'percent', ''],
      [96, 'percent', ''],
      [3.5, 'percentage-point', 'decrease'],
      [12, 'percent', 'increase'],
    ]);
  });

  it('marks plans and forecasts, and what is done again as actual', () => {
    const figures = only(
      '2023年计划改造老旧小区93个，预计投资3.16亿元，已完成投资1.32亿元。拟建设5个示范点。模拟演练3次。',
    );
    expect(figures.map((f) => f.status)).toEqual(['plan', 'forecast', 'actual', 'plan', 'actual']);
  });

  it('resolves as-of dates and periods against the document date', () => {
    const figures = only(
      '截至6月30日，建立议事会3048个。截止2022年底，建成120个。今年以来，抽查点位72个。我市22年改造管网11127米，2022至2023年改造231个。',
    );
    expect(figures.map((f) => [f.asOf ?? '', f.period ?? ''])).toEqual([
      ['2023-06-30', ''],
      ['2022-12-31', '2022'],
      ['2023-07-26', ''],
      ['', '2022'],
      ['', '2022-2023'],
    ]);
  });

  it('pairs 分别为 lists and places with their numbers', () => {
    expect(only('城市和农村社区覆盖率分别为97.5%、94.6%。').map((f) => f.label)).toEqual(['城市', '农村社区覆盖率']);
    expect(only('甲县12个村，3个社区；乙区5个村。').map((f) => [f.place, f.label, f.value])).toEqual([
      ['甲县', '村', 12],
      ['甲县', '社区', 3],
      ['乙区', '村', 5],
    ]);
  });

  it('reads traditional characters, keeping the text as written', () => {
    const figures = only('甲縣計劃建設12個社區，預計投資3.16億元，已建成200餘戶。');
    expect(figures.map((f) => [f.raw, f.value, f.unitId, f.status, f.qualifier])).toEqual([
      ['12個', 12, 'item', 'plan', 'exact'],
      ['3.16億元', 3.16, '100m-yuan', 'forecast', 'exact'],
      ['200餘戶', 200, 'household', 'actual', 'more-than'],
    ]);
    expect(figures[0]?.sentence).toBe('甲縣計劃建設12個社區，預計投資3.16億元，已建成200餘戶。');
  });

  it('reads radicals copied out of a PDF as their characters, keeping the text as written', () => {
    const figures = only('华⻰区20个村，⼯业园区23个社区。');
    expect(figures.map((f) => [f.raw, f.value, f.place, f.placeCode])).toEqual([
      ['20个', 20, '华龙区', unitCode(findUnit('hualong')!)],
      ['23个', 23, '工业园区', unitCode(findUnit('gongyeyuanqu')!)],
    ]);
    expect(figures[0]?.sentence).toBe('华⻰区20个村，⼯业园区23个社区。');
  });

  it('finds no document date when there is no signature line', () => {
    expect(findDocumentDate('今年以来，开展活动3次。')).toBeUndefined();
  });

  it('never throws, and every proposal points at its own text (1,000 cases)', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789１２.,，。；、：“”《》〔〕第届号年月日个户人次%％余多近约左右以上不足计划预计已截至底县区市全一二两三十百千万亿零〇分别为和\n -abc'.split(
        '',
      ),
    );
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 80 }), fc.string({ maxLength: 20 }), (text, noise) => {
        const input = text + noise;
        const { figures } = extractFigures(input, { places });
        for (const f of figures) {
          expect(Number.isFinite(f.value)).toBe(true);
          expect(input.slice(f.start, f.end)).toBe(f.raw);
          expect(f.raw.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
