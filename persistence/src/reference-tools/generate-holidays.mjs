#!/usr/bin/env node
// Writes persistence/src/main/resources/db/reference/holidays.csv: the days on which mainland China's
// working calendar deviates from Monday-Friday work.
//
// Usage: node persistence/src/reference-tools/generate-holidays.mjs > .../db/reference/holidays.csv
//
// Each notice below is transcribed as it is worded: the holiday period (first and last day off),
// the number of days the notice states for it, and the weekend days it declares working days
// (调休上班). The script derives the rows (weekdays inside a period -> HOLIDAY, declared working
// days -> WORKDAY) and refuses to write anything that contradicts the notice's own arithmetic.

const notices = [
  {
    year: 2024,
    source: '国务院办公厅关于2024年部分节假日安排的通知（2023-10-25）',
    periods: [
      // "1月1日放假，与周末连休" (no day count stated).
      { name: '元旦', from: '2024-01-01', to: '2024-01-01', days: null, work: [] },
      // The notice only encourages employers to let staff rest on 除夕 (2月9日); it is a working day.
      { name: '春节', from: '2024-02-10', to: '2024-02-17', days: 8, work: ['2024-02-04', '2024-02-18'] },
      { name: '清明节', from: '2024-04-04', to: '2024-04-06', days: 3, work: ['2024-04-07'] },
      { name: '劳动节', from: '2024-05-01', to: '2024-05-05', days: 5, work: ['2024-04-28', '2024-05-11'] },
      // "6月10日放假，与周末连休".
      { name: '端午节', from: '2024-06-10', to: '2024-06-10', days: null, work: [] },
      { name: '中秋节', from: '2024-09-15', to: '2024-09-17', days: 3, work: ['2024-09-14'] },
      { name: '国庆节', from: '2024-10-01', to: '2024-10-07', days: 7, work: ['2024-09-29', '2024-10-12'] },
    ],
  },
  {
    year: 2025,
    source: '国务院办公厅关于2025年部分节假日安排的通知（2024-11-12）',
    periods: [
      { name: '元旦', from: '2025-01-01', to: '2025-01-01', days: 1, work: [] },
      { name: '春节', from: '2025-01-28', to: '2025-02-04', days: 8, work: ['2025-01-26', '2025-02-08'] },
      { name: '清明节', from: '2025-04-04', to: '2025-04-06', days: 3, work: [] },
      { name: '劳动节', from: '2025-05-01', to: '2025-05-05', days: 5, work: ['2025-04-27'] },
      { name: '端午节', from: '2025-05-31', to: '2025-06-02', days: 3, work: [] },
      { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08', days: 8, work: ['2025-09-28', '2025-10-11'] },
    ],
  },
  {
    year: 2026,
    source: '国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）',
    periods: [
      { name: '元旦', from: '2026-01-01', to: '2026-01-03', days: 3, work: ['2026-01-04'] },
      { name: '春节', from: '2026-02-15', to: '2026-02-23', days: 9, work: ['2026-02-14', '2026-02-28'] },
      { name: '清明节', from: '2026-04-04', to: '2026-04-06', days: 3, work: [] },
      { name: '劳动节', from: '2026-05-01', to: '2026-05-05', days: 5, work: ['2026-05-09'] },
      { name: '端午节', from: '2026-06-19', to: '2026-06-21', days: 3, work: [] },
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27', days: 3, work: [] },
      { name: '国庆节', from: '2026-10-01', to: '2026-10-07', days: 7, work: ['2026-09-20', '2026-10-10'] },
    ],
  },
];

// 2027: no State Council notice recorded yet. Only the statutory days of the revised 全国年节及纪念日放假办法
// (元旦 1 day; 春节 除夕 + 初一..初三; 清明 1; 劳动节 5月1日-2日; 端午 1; 中秋 1; 国庆 10月1日-3日) are
// listed, and only those that fall on a weekday; the notice will add bridging days and working
// weekends that cannot be predicted. Lunar dates from the lunar-javascript package (寿星万年历
// algorithm): 除夕 2027-02-05, 初一 02-06, 端午 06-09, 中秋 09-15; 清明 (solar term) 04-05.
// ICU's Chinese calendar (Node's Intl) puts 2027 初一 on 02-07 because that new moon falls within
// minutes of midnight Beijing time; the published calendar has 02-06.
const statutory2027 = {
  source: 'statutory (2027 notice not yet recorded)',
  days: [
    { name: '元旦', date: '2027-01-01' },
    { name: '春节', date: '2027-02-05' }, // 除夕
    { name: '春节', date: '2027-02-06' }, // 初一
    { name: '春节', date: '2027-02-07' }, // 初二
    { name: '春节', date: '2027-02-08' }, // 初三
    { name: '清明节', date: '2027-04-05' },
    { name: '劳动节', date: '2027-05-01' },
    { name: '劳动节', date: '2027-05-02' },
    { name: '端午节', date: '2027-06-09' },
    { name: '中秋节', date: '2027-09-15' },
    { name: '国庆节', date: '2027-10-01' },
    { name: '国庆节', date: '2027-10-02' },
    { name: '国庆节', date: '2027-10-03' },
  ],
};

const DAY = 86_400_000;
const parse = (iso) => {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) throw new Error(`bad date ${iso}`);
  return d;
};
const isWeekend = (d) => d.getUTCDay() === 0 || d.getUTCDay() === 6;
const fmt = (d) => d.toISOString().slice(0, 10);

const rows = [];
for (const notice of notices) {
  for (const p of notice.periods) {
    const from = parse(p.from);
    const to = parse(p.to);
    const length = (to - from) / DAY + 1;
    if (p.days !== null && length !== p.days) {
      throw new Error(`${p.name} ${notice.year}: ${p.from}..${p.to} is ${length} days, notice says ${p.days}`);
    }
    for (let d = from; d <= to; d = new Date(d.getTime() + DAY)) {
      if (d.getUTCFullYear() !== notice.year) throw new Error(`${fmt(d)} outside ${notice.year}`);
      if (!isWeekend(d)) rows.push({ date: fmt(d), kind: 'HOLIDAY', name: p.name, source: notice.source });
    }
    for (const w of p.work) {
      const d = parse(w);
      if (!isWeekend(d)) throw new Error(`${w} is declared a working day but is not a weekend day`);
      if (d >= from && d <= to) throw new Error(`${w} lies inside the holiday period`);
      rows.push({ date: w, kind: 'WORKDAY', name: p.name, source: notice.source });
    }
  }
}
for (const s of statutory2027.days) {
  if (!isWeekend(parse(s.date))) {
    rows.push({ date: s.date, kind: 'HOLIDAY', name: s.name, source: statutory2027.source });
  }
}

rows.sort((a, b) => a.date.localeCompare(b.date));
const seen = new Set();
let out = 'date,kind,name,source\n';
for (const r of rows) {
  if (seen.has(r.date)) throw new Error(`duplicate date ${r.date}`);
  seen.add(r.date);
  for (const v of Object.values(r)) if (/[",\r\n]/.test(v)) throw new Error(`field needs quoting: ${v}`);
  out += `${r.date},${r.kind},${r.name},${r.source}\n`;
}
process.stdout.write(out);

const summary = {};
for (const r of rows) {
  const key = `${r.date.slice(0, 4)} ${r.kind}`;
  summary[key] = (summary[key] || 0) + 1;
}
console.error(summary);
