// Writes the files generated from the code: docs/rules/<id>.md, docs/rules/README.md, the grammar and the configuration schema.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { renderGrammar } from './grammar';
import { ruleDocs, ruleIndex } from './rule-docs';
import { renderSchema } from './schema';

mkdirSync('docs/rules', { recursive: true });
const pages = [...ruleDocs(), ruleIndex()];
const keep = new Set(pages.map((page) => page.path.slice('docs/rules/'.length)));
for (const file of readdirSync('docs/rules')) if (!keep.has(file)) rmSync(`docs/rules/${file}`);
mkdirSync('syntaxes', { recursive: true });
mkdirSync('schemas', { recursive: true });
for (const file of [...pages, renderGrammar(), renderSchema()]) writeFileSync(file.path, file.content);
console.log(`Wrote ${pages.length} rule pages to docs/rules/, the grammar to syntaxes/ and the schema to schemas/`);
