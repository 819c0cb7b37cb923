// Every test file measures and embeds with the program's own fonts and hyphenation patterns, as the CLI
// does: the Node asset source, installed once per test file.
import { installAssets } from '../src/workspace/assets.js';
import { nodeAssets } from '../src/workspace/node-assets.js';

installAssets(nodeAssets());
