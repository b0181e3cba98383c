import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RegExpParser } from '@eslint-community/regexpp';
import { analyse } from 'scslre';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every regular expression in the code must run in linear time: no pattern may backtrack
 * super-linearly (nested or overlapping quantifiers, or a quantified tail that a global search
 * re-scans from every position). Checked statically with scslre, the analyser behind
 * eslint-plugin-regexp. Patterns must be literals, so that this test can see them all.
 */
function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface Found {
  file: string;
  line: number;
  literal: string | null;
  dynamic: boolean;
}

function regexesIn(file: string): Found[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const visit = (node: ts.Node) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push({ file, line, literal: node.getText(), dynamic: false });
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') found.push({ file, line, literal: null, dynamic: true });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const all = ['server/src', 'client/src'].flatMap(sourceFiles).flatMap(regexesIn);
const parser = new RegExpParser({ ecmaVersion: 2025 });

describe('regular expressions', () => {
  it('are all literals (a pattern built at run time cannot be checked)', () => {
    expect(all.filter((f) => f.dynamic).map((f) => `${f.file}:${f.line}`)).toEqual([]);
  });

  it.each(all.filter((f) => f.literal !== null).map((f) => [`${f.file}:${f.line} ${f.literal!.slice(0, 60)}`, f] as const))('%s runs in linear time', (_name, found) => {
    const result = analyse(parser.parseLiteral(found.literal!), { maxReports: 3 });
    expect(result.reports.map((report) => `${report.type}${report.exponential ? ' (exponential)' : ''}: ${('quant' in report ? report.quant : report.startQuant).raw}`)).toEqual([]);
  });
});
