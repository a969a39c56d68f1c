// Writes static/openapi.json from the request schemas. The Worker serves that file, so the
// JSON Schema conversion never ships in the Worker; a test fails if the file falls behind.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildOpenApi } from '../src/openapi';

export const OPENAPI_FILE = path.join(import.meta.dirname, '..', 'static', 'openapi.json');

writeFileSync(OPENAPI_FILE, JSON.stringify(buildOpenApi('/'), null, 2) + '\n');
console.log(`wrote ${path.relative(process.cwd(), OPENAPI_FILE)}`);
