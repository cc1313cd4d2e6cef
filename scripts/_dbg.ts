import fs from 'node:fs';
import { lintDocument } from '../src/index.js';
const [file, rule] = process.argv.slice(2);
const text = fs.readFileSync(file!, 'utf8');
const { findings, model } = lintDocument(text);
console.log('kind', model.kind, 'final', model.finalStage, 'lang', model.lang);
for (const s of model.sections) console.log(`${s.depth} ${s.role}/${s.roleSource}${s.internal ? ' INTERNAL' : ''} L${model.toPoint(s.start).line} ${s.title.slice(0, 60)}`);
for (const f of findings) if (!rule || f.ruleId === rule) console.log(`${f.line}:${f.column} ${f.ruleId} ${f.message.slice(0, 100)}`);
