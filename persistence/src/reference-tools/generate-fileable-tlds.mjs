#!/usr/bin/env node
// Writes persistence/src/main/resources/db/reference/fileable_tlds.csv.
//
// Usage: node persistence/src/reference-tools/generate-fileable-tlds.mjs > .../db/reference/fileable_tlds.csv
//
// The list below is the data; the script adds the ASCII (punycode) form of each suffix with
// url.domainToASCII, derives whether the suffix is second-level, and checks the list for
// duplicates and for characters that would need CSV quoting.

import { domainToASCII } from 'node:url';

const SOURCE_OK = 'named fileable by the source manual (2018)';
const SOURCE_NO = 'named not fileable by the source manual (2018)';
const MIIT = 'on the MIIT list of approved top-level domains as commonly published by hosting providers; re-check before relying on it';
const CN_ZONE = 'second-level zone of .cn';

// [suffix without leading dot, fileable, is_country_code, note]
const entries = [
  // Named by the source (filing-process.md §6; the manual's domain hint).
  ['com', true, false, SOURCE_OK],
  ['cn', true, true, `${SOURCE_OK}; China's own ccTLD`],
  ['net', true, false, SOURCE_OK],
  ['cc', true, true, `${SOURCE_OK}; ccTLD of the Cocos (Keeling) Islands`],
  ['tv', true, true, `${SOURCE_OK}; ccTLD of Tuvalu`],
  ['gov', true, false, `${SOURCE_OK}; Chinese government sites use gov.cn`],
  ['org', true, false, SOURCE_OK],
  ['mobi', true, false, SOURCE_OK],
  ['中信', true, false, SOURCE_OK],
  ['tel', true, false, SOURCE_OK],
  ['wang', true, false, SOURCE_OK],
  ['ren', true, false, SOURCE_OK],
  ['中国', true, true, `${SOURCE_OK}; China's own IDN ccTLD`],
  ['网络', true, false, SOURCE_OK],
  ['公司', true, false, SOURCE_OK],
  ['商城', true, false, SOURCE_OK],
  ['网址', true, false, SOURCE_OK],
  ['hk', false, true, SOURCE_NO],
  ['tw', false, true, SOURCE_NO],
  ['asia', false, false, `${SOURCE_NO} (spelt .aisa there)`],
  ['jp', false, true, SOURCE_NO],
  ['co', false, true, SOURCE_NO],
  ['so', false, true, SOURCE_NO],
  ['biz', false, false, SOURCE_NO],
  ['me', false, true, SOURCE_NO],

  // Further generic suffixes approved by MIIT.
  ['top', true, false, MIIT],
  ['xyz', true, false, MIIT],
  ['vip', true, false, MIIT],
  ['shop', true, false, MIIT],
  ['site', true, false, MIIT],
  ['online', true, false, MIIT],
  ['club', true, false, MIIT],
  ['info', true, false, MIIT],
  ['ltd', true, false, MIIT],
  ['link', true, false, MIIT],
  ['store', true, false, MIIT],
  ['tech', true, false, MIIT],
  ['cloud', true, false, MIIT],
  ['fun', true, false, MIIT],
  ['icu', true, false, MIIT],
  ['ink', true, false, MIIT],
  ['group', true, false, MIIT],
  ['work', true, false, MIIT],

  // Common suffixes without MIIT approval.
  ['io', false, true, 'not on the MIIT list of approved top-level domains'],
  ['dev', false, false, 'not on the MIIT list of approved top-level domains'],

  // Second-level zones of .cn: categories.
  ['com.cn', true, true, `${CN_ZONE} for companies`],
  ['net.cn', true, true, `${CN_ZONE} for network service providers`],
  ['org.cn', true, true, `${CN_ZONE} for non-profit organisations`],
  ['gov.cn', true, true, `${CN_ZONE} for government bodies (registration restricted)`],

  // Second-level zones of .cn: one per province-level division.
  ['bj.cn', true, true, `${CN_ZONE} for 北京`],
  ['tj.cn', true, true, `${CN_ZONE} for 天津`],
  ['he.cn', true, true, `${CN_ZONE} for 河北`],
  ['sx.cn', true, true, `${CN_ZONE} for 山西`],
  ['nm.cn', true, true, `${CN_ZONE} for 内蒙古`],
  ['ln.cn', true, true, `${CN_ZONE} for 辽宁`],
  ['jl.cn', true, true, `${CN_ZONE} for 吉林`],
  ['hl.cn', true, true, `${CN_ZONE} for 黑龙江`],
  ['sh.cn', true, true, `${CN_ZONE} for 上海`],
  ['js.cn', true, true, `${CN_ZONE} for 江苏`],
  ['zj.cn', true, true, `${CN_ZONE} for 浙江`],
  ['ah.cn', true, true, `${CN_ZONE} for 安徽`],
  ['fj.cn', true, true, `${CN_ZONE} for 福建`],
  ['jx.cn', true, true, `${CN_ZONE} for 江西`],
  ['sd.cn', true, true, `${CN_ZONE} for 山东`],
  ['ha.cn', true, true, `${CN_ZONE} for 河南`],
  ['hb.cn', true, true, `${CN_ZONE} for 湖北`],
  ['hn.cn', true, true, `${CN_ZONE} for 湖南`],
  ['gd.cn', true, true, `${CN_ZONE} for 广东`],
  ['gx.cn', true, true, `${CN_ZONE} for 广西`],
  ['hi.cn', true, true, `${CN_ZONE} for 海南`],
  ['cq.cn', true, true, `${CN_ZONE} for 重庆`],
  ['sc.cn', true, true, `${CN_ZONE} for 四川`],
  ['gz.cn', true, true, `${CN_ZONE} for 贵州`],
  ['yn.cn', true, true, `${CN_ZONE} for 云南`],
  ['xz.cn', true, true, `${CN_ZONE} for 西藏`],
  ['sn.cn', true, true, `${CN_ZONE} for 陕西`],
  ['gs.cn', true, true, `${CN_ZONE} for 甘肃`],
  ['qh.cn', true, true, `${CN_ZONE} for 青海`],
  ['nx.cn', true, true, `${CN_ZONE} for 宁夏`],
  ['xj.cn', true, true, `${CN_ZONE} for 新疆`],
  ['tw.cn', true, true, `${CN_ZONE} for 台湾`],
  ['hk.cn', true, true, `${CN_ZONE} for 香港`],
  ['mo.cn', true, true, `${CN_ZONE} for 澳门`],
];

const seen = new Set();
let out = 'tld,ascii,fileable,is_country_code,is_second_level,note\n';
for (const [tld, fileable, countryCode, note] of entries) {
  if (seen.has(tld)) throw new Error(`duplicate suffix ${tld}`);
  seen.add(tld);
  const ascii = domainToASCII(tld);
  if (!ascii) throw new Error(`not a valid domain suffix: ${tld}`);
  const secondLevel = tld.includes('.');
  for (const v of [tld, note]) if (/[",\r\n]/.test(v)) throw new Error(`field needs quoting: ${v}`);
  out += `${tld},${ascii},${fileable},${countryCode},${secondLevel},${note}\n`;
}
process.stdout.write(out);
console.error(`${entries.length} suffixes, ${entries.filter((e) => e[1]).length} fileable`);
