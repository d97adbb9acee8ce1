// The zh-Hans file carries every section, step and note of the source article
// (content/source/guide.zh-Hans.md, kept in the repository so this test always runs), and no
// locale carries advertising.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { localeFiles } from './helpers.mjs';

const SEED = new URL('../../content/source/guide.zh-Hans.md', import.meta.url);

/**
 * Sentences of the blog post that are deliberately not in the widget, with why.
 * Everything else must appear word for word (ignoring punctuation and spacing).
 */
const OMITTED = new Map([
  ['大家好！', 'blog greeting addressed to readers of the post'],
  ['好了，以上就是关于阿塞拜疆旅游卡注销的全部内容啦！', 'blog sign-off'],
  ['如果你还有其他疑问，欢迎随时留言讨论。', 'the widget has no comment section'],
]);

// Punctuation and spacing differ between Markdown and JSON; the seed's title also has one
// Traditional character (遊) among Simplified ones.
const normalize = (text) =>
  text
    .replace(/\*\*/g, '')
    .replace(/遊/g, '游')
    .replace(/[\s\p{P}]/gu, '');

function allStrings(value) {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

/** Sentences of the seed: headings and list items lose their Markdown and numbering. */
function seedSentences(markdown) {
  return markdown
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/^#+\s*/, '')
        .replace(/^\d+\.\s*/, '')
        .replace(/^[一二三四五六七八九十]+、/, ''),
    )
    .filter(Boolean)
    .flatMap((line) => line.match(/[^。！？]+[。！？]?/g) ?? []);
}

const zh = localeFiles().find((l) => l.name === 'zh-Hans')?.data;

describe('zh-Hans against the source article', () => {
  const markdown = readFileSync(SEED, 'utf8');
  const corpus = normalize(allStrings(zh).join('\n'));

  it('contains every sentence of the seed, except the listed blog chatter', () => {
    const sentences = seedSentences(markdown);
    assert.ok(sentences.length > 60, `parsed only ${sentences.length} sentences`);
    const missing = sentences.filter((s) => !OMITTED.has(s.replace(/\*\*/g, '')) && !corpus.includes(normalize(s)));
    assert.deepEqual(missing, []);
  });

  it('omits only sentences that really are in the seed', () => {
    for (const sentence of OMITTED.keys()) assert.ok(markdown.includes(sentence), sentence);
  });

  it('links the site the article names', () => {
    assert.ok(markdown.includes('http://www.tourism.az'));
    const hrefs = zh.methods.items.filter((m) => m.kind === 'online').map((m) => m.link.href);
    assert.ok(hrefs.includes('http://www.tourism.az'), hrefs.join(', '));
  });
});

describe('no advertising', () => {
  it('no locale file carries a Telegram handle, t.me link or image-host link', () => {
    for (const { name, data } of localeFiles()) {
      const text = allStrings(data).join('\n');
      // The image host is spelled in two parts so that a search of the tree for advertising finds only real copies.
      assert.doesNotMatch(text, /t\.me\/|telegram|esim|post(?:img)|@[a-z0-9_]{4,}\b(?!\.)/i, name);
    }
  });
});
