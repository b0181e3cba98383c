// Writes docs/rules/<id>.md for every requirement (see rule-docs.ts) and docs/rules/README.md.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { ruleDocs, ruleIndex } from './rule-docs';

mkdirSync('docs/rules', { recursive: true });
const pages = [...ruleDocs(), ruleIndex()];
const keep = new Set(pages.map((page) => page.path.slice('docs/rules/'.length)));
for (const file of readdirSync('docs/rules')) if (!keep.has(file)) rmSync(`docs/rules/${file}`);
for (const page of pages) writeFileSync(page.path, page.content);
console.log(`Wrote ${pages.length} pages to docs/rules/`);
