import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
const font = fontkit.create(readFileSync(process.argv[2]));
const g = font.GPOS;
for (const s of g.scriptList) { const d = s.script.defaultLangSys; console.log(s.tag, d && d.featureIndexes.map(i => g.featureList[i].tag + i)); }
const l = g.lookupList.get(Number(process.argv[3]));
const st = l.subTables[0];
console.log(Object.keys(l), l.flags, Object.keys(st));
const e = st.extension ?? st;
console.log(Object.keys(e), e.version, e.valueFormat1, e.valueFormat2, e.coverage.version, e.classDef1?.version, e.class1Count, e.class2Count);
if (e.version===1) { const set = e.pairSets.get(0); console.log(set.length ?? set.toArray?.().length, set.get ? set.get(0) : set[0]); }
else { console.log(e.classRecords.get(1).get(1)); }
