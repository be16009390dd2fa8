import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * The repository's own import edges, read with TypeScript's parser (no type-checking): for every
 * source file, the repo files it imports and whether each import survives compilation (a runtime
 * edge) or is erased (`import type`, `import { type A }`, `export type … from`).
 */
export type ImportEdge = { from: string; to: string; spec: string; runtime: boolean; line: number };

export const repoRoot = path.resolve(import.meta.dirname, "../..");
const skipDirs = new Set(["node_modules", ".git", "playwright-report", "test-results", "db"]);
const sourceDirs = ["app", "components", "lib", "server", "workflows", "tests", "scripts", "bench", "e2e"];

export function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(repoRoot, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skipDirs.has(entry.name) && !entry.name.startsWith(".next")) walk(rel);
      } else if (/\.(ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(rel);
    }
  };
  for (const dir of sourceDirs) if (fs.existsSync(path.join(repoRoot, dir))) walk(dir);
  for (const top of fs.readdirSync(repoRoot)) if (/\.(ts|tsx)$/.test(top) && !top.endsWith(".d.ts")) out.push(top);
  return out;
}

/** `@/x` and relative specifiers resolved to a repo file; packages resolve to null. */
export function resolveSpecifier(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = spec.slice(2);
  else if (spec.startsWith(".")) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    const full = path.join(repoRoot, candidate);
    if (fs.existsSync(full) && fs.statSync(full).isFile()) return candidate;
  }
  return /\.(tsx?|mts|json|css)$/.test(base) ? base : `${base}.ts`; // not on disk (yet): name it as a module
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // `import "x"` runs x
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

function isTypeOnlyExport(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return !!clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
}

export type ParsedFile = { file: string; useClient: boolean; serverOnly: boolean; edges: ImportEdge[] };

export function parseFile(file: string, text = fs.readFileSync(path.join(repoRoot, file), "utf8")): ParsedFile {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const edges: ImportEdge[] = [];
  let useClient = false;
  let serverOnly = false;
  const add = (node: ts.Node, spec: string, runtime: boolean) => {
    if (spec === "server-only") serverOnly = true;
    const to = resolveSpecifier(file, spec);
    if (!to) return;
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    edges.push({ from: file, to, spec, runtime, line });
  };
  source.statements.forEach((statement, index) => {
    if (index === 0 && ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression)) {
      useClient = statement.expression.text === "use client";
    }
  });
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node, node.moduleSpecifier.text, !isTypeOnlyImport(node));
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node, node.moduleSpecifier.text, !isTypeOnlyExport(node));
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expr = node.moduleReference.expression;
      if (ts.isStringLiteral(expr)) add(node, expr.text, !node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) add(node, arg.text, true);
    } else if (ts.isImportTypeNode(node)) {
      return; // `import("x").T` in a type position is erased
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { file, useClient, serverOnly, edges };
}

export function parseRepo(): ParsedFile[] {
  return sourceFiles().map((file) => parseFile(file));
}
