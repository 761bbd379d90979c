// Typed clause labels become nested clauses; "i" is a letter after "h" and a numeral under a lettered clause.
import { describe, expect, it } from 'vitest';
import { importPolicy } from '../../src/core/import/index.ts';

function body(text: string): string {
  const result = importPolicy({ fileName: 'x.txt', kind: 'text', text, mandates: [] });
  return result.text.slice(result.text.indexOf('\n---\n') + 5);
}

describe('typed clauses', () => {
  it('reads "i." after "h." as the next letter, and "i." under a letter as a numeral', () => {
    const text = [
      'Rules',
      '',
      'K. Posts with this content are removed:',
      'h. Conduct of illegal activity;',
      'i. False information;',
      'j. Other',
      'T. Personal accounts:',
      'b. Say your views are your own:',
      'i. Twitter bio',
      'ii. Blog bio',
      'c. Be mindful.',
    ].join('\n');
    expect(body(text)).toBe(
      [
        '',
        '- K. Posts with this content are removed:',
        '  - h. Conduct of illegal activity;',
        '  - i. False information;',
        '  - j. Other',
        '- T. Personal accounts:',
        '  - b. Say your views are your own:',
        '    - i. Twitter bio',
        '    - ii. Blog bio',
        '  - c. Be mindful.',
        '',
      ].join('\n'),
    );
  });

  it('keeps "I." then "II." as one level of numerals', () => {
    expect(body(['Rules', '', 'I. First part of the rules.', 'II. Second part of the rules.'].join('\n'))).toBe(
      ['', '- I. First part of the rules.', '- II. Second part of the rules.', ''].join('\n'),
    );
  });
});
