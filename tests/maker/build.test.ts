// src/maker/build.ts from the sources, with the browser platform installed (fflate, a table CRC-32,
// @noble/hashes, POSIX paths): the same files as `dts build --brand`, part for part, and the failures a
// page can meet as diagnostics, never as a thrown error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makerBuild } from '../../src/maker/build.js';
import type { MakerContent } from '../../src/maker/data.js';
import { contentFiles, fontLicenceFile } from '../../src/maker/write-data.js';
import { browserPlatform } from '../../src/platform/browser-platform.js';
import { nodePlatform } from '../../src/platform/node-platform.js';
import { installPlatform, platform } from '../../src/platform/platform.js';
import { nodeAssets } from '../../src/workspace/node-assets.js';
import { readFileSync } from 'node:fs';
import { compareBuilds } from './compare.js';
import { cliBuild, fixtureRequest } from './fixture.js';

let content: MakerContent;

beforeAll(async () => {
  content = {
    files: await contentFiles('content'),
    fontLicence: readFileSync(fontLicenceFile(), 'utf8'),
    generator: 'dts 0.1.0',
  };
  installPlatform(browserPlatform());
});
afterAll(() => installPlatform(nodePlatform()));

describe('makerBuild with the browser platform', () => {
  it('makes the CLI zips part for part, with progress for every artefact', async () => {
    expect(platform().name).toBe('browser');
    const progress: string[] = [];
    const reply = await makerBuild(fixtureRequest(), content, nodeAssets(), (e) =>
      progress.push(`${e.done}/${e.total} ${e.kit} ${e.artefact}`),
    );
    if (reply.type !== 'done') throw new Error(JSON.stringify(reply));
    expect(progress).toHaveLength(9);
    expect(progress.at(-1)).toMatch(/^9\/9 /);
    const comparison = await compareBuilds(
      new Map(reply.bundles.map((b) => [b.name, b.bytes])),
      cliBuild().bundles,
    );
    expect(comparison.differences).toEqual([]);
  }, 120_000);

  it('reports a logo it refuses and an unknown language as diagnostics', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.org/x.png"/></svg>';
    const refused = await makerBuild(
      { ...fixtureRequest(), files: { 'logo.png': new TextEncoder().encode(svg) } },
      content,
      nodeAssets(),
    );
    expect(refused).toMatchObject({
      type: 'failed',
      diagnostics: expect.arrayContaining([
        expect.objectContaining({
          severity: 'error',
          code: 'bad-image',
          file: '/brand/brand.yaml',
          field: 'logo',
        }),
      ]),
    });
    const unknown = await makerBuild(fixtureRequest(['xx']), content, nodeAssets());
    expect(unknown).toMatchObject({
      type: 'failed',
      diagnostics: [{ code: 'usage', message: expect.stringContaining('unknown language "xx"') }],
    });
    // A file the brand names that was not uploaded.
    const missing = await makerBuild({ ...fixtureRequest(), files: {} }, content, nodeAssets());
    expect(missing).toMatchObject({
      type: 'failed',
      diagnostics: expect.arrayContaining([
        expect.objectContaining({ code: 'file-unreadable', field: 'logo' }),
      ]),
    });
  }, 60_000);
});
