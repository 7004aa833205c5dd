/** The one-pass keyword search behind the secret prefilter and the content-tell gate. */
import * as assert from 'assert';
import { KeywordMatcher } from '../../server/src/core/text/keywordMatcher';
import { requiredLiterals } from '../../server/src/core/text/requiredLiterals';
import { Prefilter } from '../../server/src/core/secrets/prefilter';
import { SECRET_RULES } from '../../server/src/core/secrets/rules';
import { CONTENT_TELLS } from '../../server/src/core/provenance/contentTells';
import { SampleKit } from '../../server/src/core/secrets/sampleKit';

describe('KeywordMatcher', () => {
  it('finds every keyword, overlapping and nested, case-insensitively', () => {
    const m = new KeywordMatcher(['he', 'she', 'his', 'hers', 'ghp_']);
    const found = m.distinct('uSHErs and GHP_x').map(i => m.keywords[i]).sort();
    assert.deepStrictEqual(found, ['ghp_', 'he', 'hers', 'she']);
    const ends: number[] = [];
    m.forEach('ushers', (_ids, end) => { ends.push(end); });
    assert.deepStrictEqual(ends, [4, 6]); // "she"/"he" end at 4, "hers" at 6
  });

  it('agrees with a naive search on random text', () => {
    const kit = new SampleKit(7);
    const keywords = Array.from({ length: 60 }, () => kit.random('abcAB_-', 1 + Math.floor(kit.next() * 4)).toLowerCase());
    const m = new KeywordMatcher(keywords);
    for (let n = 0; n < 200; n++) {
      const text = kit.random('abcABC_- \n', 200);
      const expected = [...new Set(keywords.filter(k => text.toLowerCase().includes(k)))].sort();
      assert.deepStrictEqual([...new Set(m.distinct(text).map(i => m.keywords[i]))].sort(), expected, text);
    }
  });
});

describe('secret prefilter', () => {
  it('selects exactly the rules whose keywords occur (including overlapping ones)', () => {
    const kit = new SampleKit(11);
    const p = new Prefilter(SECRET_RULES);
    const texts = SECRET_RULES.flatMap(r => [...r.samples(kit).secret, ...r.samples(kit).clean]);
    texts.push('xoxb-GHP_aKIA', '', 'no keywords at all here? (well: "here")');
    for (const t of texts) {
      const lower = t.toLowerCase();
      const expected = SECRET_RULES.filter(r => r.keywords.some(k => lower.includes(k.toLowerCase())));
      assert.deepStrictEqual(p.candidates(t).map(r => r.id), expected.map(r => r.id));
    }
  });
});

describe('requiredLiterals (content-tell gate)', () => {
  it('derives literals that every match contains', () => {
    assert.deepStrictEqual(requiredLiterals(/ab[c-e]x/), ['ab']);
    assert.deepStrictEqual(requiredLiterals(/x{2}y/), ['xxy']);
    assert.deepStrictEqual(requiredLiterals(/`{3,}[\w]*/), ['```']);
    assert.deepStrictEqual(requiredLiterals(/(?:foo|bar)?baz/)?.sort(), ['barbaz', 'baz', 'foobaz']);
    assert.strictEqual(requiredLiterals(/\w+/), undefined);
    assert.strictEqual(requiredLiterals(/a|\d/), undefined);
  });

  it('joins a run to the start of what follows it, so a common word alone does not open the gate', () => {
    // `your` + the start of each alternative: never `token` or `secret` alone, which half of all code contains.
    const literals = requiredLiterals(/\byour[_ -]?(?:api[_ -]?key|secret(?:[_ -]?key)?|token\w*|access[_ -]?token)\b/i)!;
    assert.ok(literals.length > 0 && literals.every(l => l.startsWith('your') && l.length > 'your'.length), JSON.stringify(literals));
    for (const line of ['// your_api_key here', 'YOUR-SECRET', 'set yourtokenValue', 'your access token']) {
      assert.ok(literals.some(l => line.toLowerCase().includes(l)), line);
    }
    assert.ok(!literals.some(l => 'const token = secret;'.includes(l)));
    // Cut short to stay small, still a prefix: `ab` + one of 100 words.
    const words = Array.from({ length: 100 }, (_, i) => `w${i}x`);
    const cut = requiredLiterals(new RegExp(`ab(?:${words.join('|')})`))!;
    assert.ok(cut.length <= 64 && words.every(w => cut.some(l => `ab${w}`.includes(l))), JSON.stringify(cut));
  });

  for (const tell of CONTENT_TELLS) {
    it(`${tell.id}: has a gate, and every line it fires on carries one of its literals`, () => {
      const literals = requiredLiterals(tell.pattern);
      assert.ok(literals && literals.length > 0, 'no literals: the gate would read every line');
      for (const s of tell.samples.fire) {
        const text = (typeof s === 'string' ? s : s.text).toLowerCase();
        assert.ok(literals.some(l => text.includes(l)), `sample without a literal: ${JSON.stringify(s)}`);
      }
    });
  }
});
