import * as path from 'node:path';

/** The repository root, from out/test/unit/support at run time. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const DIST = path.join(REPO_ROOT, 'dist');
export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');
export const EXAMPLES = path.join(REPO_ROOT, 'examples');
