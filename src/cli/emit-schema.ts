import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSdl } from '../graphql/schema.js';
import { REPO_ROOT } from '../store/create.js';

/** `npm run schema:emit`: writes the SDL the code defines to schema/schema.graphql. */
const file = path.join(REPO_ROOT, 'schema', 'schema.graphql');
fs.writeFileSync(file, await printSdl());
process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
