// Writes static/openapi.json and the README's route table from the contract. The Worker serves
// the file, so the JSON Schema conversion never ships in the Worker; a test fails if either
// falls behind.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildOpenApi, withReadmeRoutes } from '../src/openapi';

const root = path.join(import.meta.dirname, '..');
const OPENAPI_FILE = path.join(root, 'static', 'openapi.json');
const README = path.join(root, 'README.md');

writeFileSync(OPENAPI_FILE, `${JSON.stringify(await buildOpenApi('/'), null, 2)}\n`);
writeFileSync(README, withReadmeRoutes(readFileSync(README, 'utf8')));
console.log(`wrote ${path.relative(process.cwd(), OPENAPI_FILE)} and the route table of README.md`);
