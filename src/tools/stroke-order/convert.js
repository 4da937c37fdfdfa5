#!/usr/bin/env node
// Development-time converter: stroke-order data of the npm package cnchar-order (MIT, (c) theajack)
// -> src/main/resources/org/dangjiandesk/logic/roster/stroke-order.txt, one line per character:
// the character followed by its strokes in writing order as the 5 basic types
// 1 横 (incl. 提), 2 竖 (incl. 竖钩), 3 撇, 4 点 (incl. 捺), 5 折 (every folded stroke),
// the classification of 《GB13000.1字符集汉字笔顺规范》.
//
// Usage: npm pack cnchar-order@3.2.6 && tar xzf cnchar-order-3.2.6.tgz
//        node src/tools/stroke-order/convert.js package/cnchar.order.min.js > src/main/resources/.../stroke-order.txt
'use strict';
const fs = require('fs');

const src = fs.readFileSync(process.argv[2], 'utf8');
// The first embedded JSON object maps each character to its strokes as letters; the second describes the letters.
const orders = JSON.parse(/JSON\.parse\('(.*?)'\)/.exec(src)[1]);

// cnchar's letters: j 横, i 提, f 竖, g 竖钩, s 撇, k 点, d 点 (variant), l 捺; every other letter is a 折 stroke.
const BASIC = { j: '1', i: '1', f: '2', g: '2', s: '3', k: '4', d: '4', l: '4' };
const FOLDS = 'abcehmnopqrtuvwxyz';

const lines = [];
for (const ch of Object.keys(orders).sort((a, b) => a.codePointAt(0) - b.codePointAt(0))) {
  const letters = orders[ch];
  if ([...ch].length !== 1 || !/^[a-z]+$/.test(letters)) {
    throw new Error('unexpected entry ' + ch + ':' + letters);
  }
  let digits = '';
  for (const l of letters) {
    if (BASIC[l]) digits += BASIC[l];
    else if (FOLDS.includes(l)) digits += '5';
    else throw new Error('unknown stroke letter ' + l + ' in ' + ch);
  }
  lines.push(ch + digits);
}
process.stdout.write('# 笔顺 (stroke order) of ' + lines.length + ' characters: the character, then its strokes as\n'
  + '# 1 横 2 竖 3 撇 4 点 5 折. Converted by src/tools/stroke-order/convert.js from the npm package\n'
  + '# cnchar-order 3.2.6, MIT License, Copyright (c) 2017 - present theajack; see stroke-order-LICENSE.txt.\n');
process.stdout.write(lines.join('\n') + '\n');
