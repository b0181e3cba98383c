// Writes the files generated from the code: docs/rules/<id>.md, docs/rules/README.md and the grammar.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { renderGrammar } from './grammar';
import { ruleDocs, ruleIndex } from './rule-docs';

mkdirSync('docs/rules', { recursive: true });
const pages = [...ruleDocs(), ruleIndex()];
const keep = new Set(pages.map((page) => page.path.slice('docs/rules/'.length)));
for (const file of readdirSync('docs/rules')) if (!keep.has(file)) rmSync(`docs/rules/${file}`);
mkdirSync('syntaxes', { recursive: true });
for (const file of [...pages, renderGrammar()]) writeFileSync(file.path, file.content);
console.log(`Wrote ${pages.length} rule pages to docs/rules/ and the grammar to syntaxes/`);
