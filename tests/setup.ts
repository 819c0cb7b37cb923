// Every test file measures and embeds with the program's own fonts and hyphenation patterns, as the CLI
// does: the Node platform and asset source, installed once per test file.
import { installPlatform } from '../src/platform/platform.js';
import { nodePlatform } from '../src/platform/node-platform.js';
import { installAssets } from '../src/workspace/assets.js';
import { nodeAssets } from '../src/workspace/node-assets.js';

installPlatform(nodePlatform());
installAssets(nodeAssets());
