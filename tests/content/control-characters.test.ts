// A text with a control character (typed raw, or as a YAML escape such as "\e") is refused at its line:
// it would print as garbage in the kit, and act on the terminal that shows it.
import { describe, expect, it } from 'vitest';
import { DTS_EN, lines, loadEdited } from '../helpers/fixture.js';

describe('control characters in content', () => {
  it.each([
    ['an escape in quotes', '"EN \\e[2J Titel"', 'U+001B (ESC)'],
    ['a raw bell', 'EN \x07 Titel', 'U+0007 (BEL)'],
    ['a raw C1 character', 'EN \u009b Titel', 'U+009B'],
    ['a NUL escape', '"EN \\0 Titel"', 'U+0000 (NUL)'],
    ['DEL', '"EN \\x7f Titel"', 'U+007F (DEL)'],
  ])('%s is an error naming file, line, field and the character', async (_, value, named) => {
    const content = await loadEdited({ [DTS_EN]: (t) => t.replace('  title: EN Titel\n', `  title: ${value}\n`) });
    expect(lines(content.diagnostics)).toEqual([
      `content/data-team-start/texts/en.yaml:4:10 error schema kit.title contains the control character ${named} (expected printable text)`,
    ]);
  });

  it('keeps tabs and line breaks, which are layout', async () => {
    const content = await loadEdited({
      [DTS_EN]: (t) => t.replace('  title: EN Titel\n', '  title: "EN\\tTitel"\n  subtitle: |\n    EN Onder\n    titel\n').replace('  subtitle: EN Ondertitel\n', ''),
    });
    expect(content.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
