import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/*
 * The project's real import graph, read from the sources with TypeScript's own
 * pre-processor (static imports, `export … from`, dynamic `import()` and
 * `require`), with `@/` and relative specifiers resolved to files. Used by the
 * architecture test; nothing here runs project code.
 */

export type ImportEdge = {
  /** Repository-relative path of the importing file, with `/` separators. */
  from: string;
  /** Repository-relative path of the imported file, or the package name for an external module. */
  to: string;
  external: boolean;
};

const SOURCE = /\.(ts|tsx|mjs)$/;
const SKIP = new Set(['node_modules', '.next', 'dist-cli', 'dist-server', 'reports', 'test-results']);
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.tsx'];

function walk(root: string, dir: string, out: string[]): void {
  for (const name of readdirSync(join(root, dir))) {
    if (SKIP.has(name)) continue;
    const path = dir ? `${dir}/${name}` : name;
    if (statSync(join(root, path)).isDirectory()) walk(root, path, out);
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
}

/** The application's source files: what ships in the app, the server and the CLI (tests and benches excluded). */
export function sourceFiles(root: string): string[] {
  const files: string[] = [];
  for (const dir of ['app', 'components', 'lib', 'cli']) if (existsSync(join(root, dir))) walk(root, dir, files);
  for (const file of ['proxy.ts', 'instrumentation.ts', 'server.mjs'])
    if (existsSync(join(root, file))) files.push(file);
  return files.sort();
}

function resolveFile(root: string, fromFile: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = join(root, specifier.slice(2));
  else if (specifier.startsWith('.')) base = resolve(root, dirname(fromFile), specifier);
  else return null;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate).split('\\').join('/');
  }
  return relative(root, base).split('\\').join('/');
}

/** The external package a bare specifier names: `@noble/ciphers/aes.js` -> `@noble/ciphers`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Every import edge of one file's text (`file` is repository-relative). */
export function importsOf(root: string, file: string, text: string): ImportEdge[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles.map(({ fileName }) => {
    const local = resolveFile(root, file, fileName);
    return local === null ? { from: file, to: fileName, external: true } : { from: file, to: local, external: false };
  });
}

/** Every import edge of the application's source files. */
export function importGraph(root: string): ImportEdge[] {
  return sourceFiles(root).flatMap((file) => importsOf(root, file, readFileSync(join(root, file), 'utf8')));
}
