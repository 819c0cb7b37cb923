// Diagnostics carry user text (paths, field ids, quoted values, PO headers): printed, none of it may
// act on the terminal.
import { describe, expect, it } from 'vitest';
import { escapeControls, firstControl } from '../../src/diagnostics/control.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';
import { run } from '../../src/cli/main.js';

// eslint-disable-next-line no-control-regex -- what must never be printed raw
const RAW = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u202e]/;

describe('printing diagnostics', () => {
  it('escapes control characters in the path, field, message and hint', () => {
    const line = formatDiagnostic({
      severity: 'error',
      code: 'schema',
      file: 'texts/\x1b[31mde.yaml',
      line: 3,
      column: 1,
      field: 'kit.\x07title',
      message: 'is "\x1b]0;owned\x07\u009b\u202e" (expected a text)',
      hint: 'delete \x00 and \x7f\nthen save',
    });
    const [first, hint] = line.split('\n    hint: ');
    expect(first).not.toMatch(RAW);
    expect(hint).not.toMatch(RAW);
    expect(first).toBe(
      'texts/\\x1b[31mde.yaml:3:1  error  kit.\\x07title  is "\\x1b]0;owned\\x07\\x9b\\u202e" (expected a text)',
    );
    expect(hint).toBe('delete \\x00 and \\x7f\\x0athen save');
  });

  it('names a control character by its code point', () => {
    expect(firstControl('a\x1bb')).toBe('U+001B (ESC)');
    expect(firstControl('a\u009bb')).toBe('U+009B');
    expect(firstControl('line\nbreak\tand tab')).toBeUndefined();
    expect(escapeControls('plain: é ü — ok')).toBe('plain: é ü — ok');
  });

  it('escapes them in usage errors too, which quote what was typed', async () => {
    const err: string[] = [];
    const code = await run(['check', '--kit', 'x\x1b[2Jy'], {
      out: () => undefined,
      err: (t) => err.push(t),
    });
    expect(code).toBe(2);
    expect(err.join('\n').split('\n')[0]).not.toMatch(RAW);
    expect(err.join('\n')).toContain('unknown kit "x\\x1b[2Jy"');
  });
});
