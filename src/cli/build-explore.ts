import path from 'node:path';
import { writeExploreBuild } from '../explore/bundle.js';

/** Part of `npm run build`: bundles the /explore page's scripts into dist/explore/. */
for (const f of await writeExploreBuild()) process.stdout.write(`wrote ${path.relative(process.cwd(), f)}\n`);
