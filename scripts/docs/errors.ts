// Writes docs/ERRORS.md from the diagnostic catalogue.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { errorsDoc } from '../../src/diagnostics/errors-doc.js';

writeFileSync(path.join(import.meta.dirname, '..', '..', 'docs', 'ERRORS.md'), errorsDoc());
