// The static fallback snippet (src/static/render-static-html.ts): complete for every locale,
// valid HTML, nothing interactive or executable, hostile text inert, heading levels and
// lang/dir right; and `npm run build` writes dist/static/<locale>.html from it.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { importTs, localeFiles } from './helpers.mjs';

const { renderStaticHtml } = await importTs('../../src/static/render-static-html.ts');
const { fillTemplate } = await importTs('../../src/i18n/format.ts');
const { formatDate } = await importTs('../../src/i18n/format-date.ts');
const { makeGuide } = await importTs('../content/make-guide.ts');
const locales = localeFiles();
const htmlvalidate = new HtmlValidate({ extends: ['html-validate:recommended'] });

/** Escaping written out here, independent of the module under test. */
const esc = (text) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

/** [level, text] of every heading, in document order. */
const headings = (html) => [...html.matchAll(/<h([1-6])>([^<]*)<\/h\1>/g)].map((m) => [Number(m[1]), m[2]]);

/** The headings the guide should have at title level `level`, in guide order, from the JSON. */
function expectedHeadings(data, level) {
  const at = (offset) => Math.min(6, level + offset);
  // The part that retells the article is one level down when it has a heading of its own.
  const inner = data.articleHeading ? 1 : 0;
  const tag = (m) => (m.status ? ` (${m.status === 'official' ? data.ui.official : data.ui.unconfirmed})` : '');
  return [
    [at(0), esc(data.title)],
    ...(data.cases ? [[at(1), esc(data.cases.heading)]] : []),
    ...(data.articleHeading ? [[at(1), esc(data.articleHeading)]] : []),
    [at(1 + inner), esc(data.methods.heading)],
    ...data.methods.items.flatMap((m) => [
      [at(2 + inner), esc(m.heading + tag(m))],
      ...(m.kind === 'in-person' ? [[at(3 + inner), esc(data.ui.bring)]] : []),
    ]),
    [at(1 + inner), esc(data.before.heading)],
    [at(1 + inner), esc(data.after.heading)],
    [at(1), esc(data.summary.heading)],
  ];
}

/**
 * Every text of the guide a reader needs, from the JSON: paragraphs, notes, steps, checklist
 * items, email details and template lines, and the labels the snippet shows. Not included:
 * ids, hrefs, the method `name` (the element's tab label; the snippet has no tabs and each
 * method's heading names it) and ui strings of controls the snippet does not have.
 */
function readerTexts(data) {
  const { ui } = data;
  const noteTexts = (note) => (note ? [ui.note, note.text, ...(note.link ? [note.link.label] : [])] : []);
  const texts = [
    data.title,
    ...(data.answer ? [data.answer.text, data.answer.source.label] : []),
    ...(data.warning ? [data.warning] : []),
    ...(data.cases
      ? [
          data.cases.heading,
          ...data.cases.items.flatMap((item) => [item.title, item.text, ...(item.link ? [item.link.label] : [])]),
        ]
      : []),
    ...(data.articleHeading ? [data.articleHeading] : []),
    data.glance,
    ...data.intro,
    ...data.about,
    data.notice.text,
    ...data.notice.points,
    ...data.notice.links.map((l) => l.label),
    ui.noticeLabel,
    formatDate(data.lastReviewed, data.dateLocale ?? data.locale),
    ...['before', 'after'].flatMap((id) => [
      data[id].heading,
      data[id].intro,
      ...data[id].items.flatMap((item) => [item.label, item.description, ...noteTexts(item.note)]),
    ]),
    data.methods.heading,
    data.methods.intro,
    ...data.summary.paragraphs,
    ...data.closing,
    ...noteTexts(data.summary.note),
  ];
  for (const m of data.methods.items) {
    texts.push(
      m.heading,
      m.intro,
      ...noteTexts(m.note),
      ...m.steps.flatMap((step) => [step.text, ...noteTexts(step.note)]),
    );
    if (m.kind === 'online') texts.push(m.link.label);
    if (m.kind === 'in-person') texts.push(ui.bring, ...m.bring.map((item) => item.label));
    if (m.kind === 'email') {
      texts.push(ui.emailTemplate, m.email.subject);
      texts.push(...m.email.template.split('\n').filter((line) => line.trim()));
    }
  }
  return texts;
}

async function validationErrors(html) {
  const report = await htmlvalidate.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
}

function assertInert(html) {
  assert.doesNotMatch(html, /<script/i, 'no <script');
  assert.doesNotMatch(html, /<[a-z][^>]*\son[a-z]+\s*=/i, 'no on*= event handler attributes');
  assert.doesNotMatch(html, /<[a-z][^>]*\sstyle\s*=/i, 'no style attributes');
  assert.doesNotMatch(
    html,
    /<(input|button|textarea|select|form|iframe|object|embed|img)\b/i,
    'nothing interactive or embedded',
  );
  assert.doesNotMatch(html, /\s(tabindex|contenteditable)\s*=/i, 'no widget attributes');
  assert.deepEqual(
    [...new Set(html.match(/\srole="[^"]*"/g) ?? [])],
    html.includes('role=') ? [' role="note"'] : [],
    'no role but "note"',
  );
  for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
    assert.match(href, /^(https?:|mailto:|tel:)/i, `allowed link ${href}`);
  }
}

describe('renderStaticHtml', () => {
  for (const { name, data } of locales) {
    describe(name, () => {
      const html = renderStaticHtml(data);

      it('contains every section, step, checklist item, note and email detail of the JSON', () => {
        const missing = readerTexts(data).filter((text) => !html.includes(esc(text)));
        assert.deepEqual(missing, []);
      });

      it('links every notice and method link through safeHref', () => {
        for (const link of [
          ...data.notice.links,
          ...data.methods.items.flatMap((m) => (m.kind === 'online' ? [m.link] : [])),
        ]) {
          assert.ok(html.includes(`<a href="${esc(link.href)}" dir="auto">${esc(link.label)}</a>`), link.href);
        }
      });

      it('has the title, sections, methods and "what to bring" at levels 2, 3, 4 and 5', () => {
        assert.deepEqual(headings(html), expectedHeadings(data, 2));
      });

      it('lists the steps of each method in an ordered list, the checklists as plain lists', () => {
        // A step's own <li> starts a line; a list inside a step (what to bring) stays on the step's line.
        const ordered = [...html.matchAll(/<ol>([\s\S]*?)<\/ol>/g)].map((m) => m[1].match(/^<li>/gm).length);
        assert.deepEqual(
          ordered,
          data.methods.items.map((m) => m.steps.length),
        );
        for (const id of ['before', 'after']) {
          const section = html.match(
            new RegExp(`<section class="az-checklist" data-list="${id}">([\\s\\S]*?)</section>`),
          )[1];
          assert.equal(section.match(/<li>/g).length, data[id].items.length);
        }
        assert.equal(html.match(/<section class="az-method"/g).length, data.methods.items.length);
      });

      it('has lang and dir on the root element', () => {
        assert.ok(
          html.startsWith(`<article class="az-cancel-guide-static" lang="${name}" dir="${data.dir}">`),
          html.slice(0, 80),
        );
        assert.equal(html.trimEnd().endsWith('</article>'), true);
      });

      it('shows the review date in a <time> element', () => {
        const date = `<time datetime="${data.lastReviewed}">${esc(formatDate(data.lastReviewed, data.dateLocale ?? data.locale))}</time>`;
        const [before, after] = data.ui.lastReviewed.split('{date}');
        assert.ok(
          html.includes(`${esc(before)}${date}${esc(after)}`),
          fillTemplate(data.ui.lastReviewed, { date: '…' }),
        );
      });

      it('has no script, event handlers, style attributes or controls', () => assertInert(html));

      it('is valid HTML (html-validate, recommended rules), as a fragment and in a document', async () => {
        assert.deepEqual(await validationErrors(html), []);
        const page = `<!DOCTYPE html>\n<html lang="${name}">\n<head>\n<meta charset="utf-8">\n<title>x</title>\n</head>\n<body>\n<az-cancel-guide>\n${html}</az-cancel-guide>\n</body>\n</html>\n`;
        assert.deepEqual(await validationErrors(page), []);
      });
    });
  }

  describe('heading levels', () => {
    const zh = makeGuide({ methods: 4 });
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`headingLevel ${level}: title h${level}, then one, two and three below (capped at h6)`, () => {
        assert.deepEqual(headings(renderStaticHtml(zh, { headingLevel: level })), expectedHeadings(zh, level));
      });
    }
    it('defaults to 2', () => {
      assert.deepEqual(headings(renderStaticHtml(zh)), expectedHeadings(zh, 2));
      assert.deepEqual(headings(renderStaticHtml(zh, {})), expectedHeadings(zh, 2));
    });
    for (const [input, level] of [
      [0, 2],
      [Number.NaN, 2],
      [9, 6],
      [-2, 1],
    ]) {
      it(`clamps ${input} to ${level}, like the elements' heading-level`, () => {
        assert.deepEqual(headings(renderStaticHtml(zh, { headingLevel: input })), expectedHeadings(zh, level));
      });
    }
  });

  describe('hostile content', () => {
    const en = makeGuide({ methods: 3, kinds: ['online', 'email', 'in-person'] });
    const hostile = structuredClone(en);
    hostile.title = '<img src=x onerror=alert(1)>';
    hostile.intro[0] = '"><script>alert(1)</script><p onclick="x">';
    hostile.notice.links[0] = { label: 'Click me', href: 'javascript:alert(1)' };
    hostile.notice.links[1] = { label: 'Data', href: ' JaVaScRiPt:alert(1)' };
    const online = hostile.methods.items.find((m) => m.kind === 'online');
    online.link = { label: 'Relative', href: '/evil' };
    online.steps[0] = { text: "Tom & Jerry's <b>bold</b>" };
    const email = hostile.methods.items.find((m) => m.kind === 'email').email;
    email.template = 'Hi <u>there</u>\n\n</blockquote><script>x</script>';
    email.address = 'visa@example.org?cc=evil@example.org';
    hostile.ui.lastReviewed = '<i>{date}</i>';
    const html = renderStaticHtml(hostile);

    it('escapes markup in text', () => {
      assert.ok(html.includes('<h2>&lt;img src=x onerror=alert(1)&gt;</h2>'));
      assert.ok(html.includes('<p>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;p onclick=&quot;x&quot;&gt;</p>'));
      assert.ok(html.includes('<li>Tom &amp; Jerry&#39;s &lt;b&gt;bold&lt;/b&gt;</li>'));
      assert.ok(html.includes('<p>Hi &lt;u&gt;there&lt;/u&gt;</p>'));
      assert.ok(html.includes('&lt;/blockquote&gt;&lt;script&gt;x&lt;/script&gt;'));
      assert.ok(html.includes('&lt;i&gt;<time datetime='));
      assertInert(html);
    });

    it('shows javascript: and relative links as text, not links', () => {
      assert.doesNotMatch(html, /href="\s*javascript:/i);
      assert.ok(html.includes('<li>Click me</li>'));
      assert.ok(html.includes('<li>Data</li>'));
      assert.ok(html.includes('<p>Relative</p>'));
      assert.doesNotMatch(html, /href="\/evil"/);
    });

    it('builds the mail link with mailtoHref: the address cannot add recipients', () => {
      const href = html.match(/<a href="(mailto:[^"]*)">/)[1].replaceAll('&amp;', '&');
      const url = new URL(href);
      assert.equal(url.searchParams.has('cc'), false);
      assert.equal(url.searchParams.get('subject'), email.subject);
      assert.equal(url.searchParams.get('body'), email.template);
    });

    it('says "official" only for a government site marked official', () => {
      const guide = makeGuide({ methods: 3, kinds: ['online'] });
      const [gov, lookAlike, unmarked] = guide.methods.items;
      gov.link = { label: 'Portal', href: 'https://evisa.gov.az/', official: true };
      lookAlike.link = { label: 'Look-alike', href: 'https://evisa.az/', official: true };
      unmarked.link = { label: 'Unmarked portal', href: 'https://evisa.gov.az/' };
      const out = renderStaticHtml(guide);
      assert.ok(
        out.includes(`<p>${esc(guide.ui.officialSite)} <a href="https://evisa.gov.az/" dir="auto">Portal</a></p>`),
      );
      assert.ok(out.includes('<p><a href="https://evisa.az/" dir="auto">Look-alike</a></p>'));
      assert.ok(out.includes('<p><a href="https://evisa.gov.az/" dir="auto">Unmarked portal</a></p>'));
    });

    it('is still valid HTML', async () => {
      assert.deepEqual(await validationErrors(html), []);
    });
  });
});

describe('npm run build', () => {
  it('wrote dist/static/<locale>.html for every locale, from the renderer', () => {
    assert.ok(
      existsSync(new URL('../../dist/static/', import.meta.url)),
      'dist/static/ is missing: run `npm run build` first',
    );
    for (const { name, data } of locales) {
      const file = new URL(`../../dist/static/${name}.html`, import.meta.url);
      assert.ok(existsSync(file), `dist/static/${name}.html`);
      assert.equal(readFileSync(file, 'utf8'), renderStaticHtml(data), `dist/static/${name}.html matches the renderer`);
    }
    const written = readdirSync(new URL('../../dist/static/', import.meta.url)).filter((f) => f.endsWith('.html'));
    assert.deepEqual(
      written.sort(),
      locales.map((l) => `${l.name}.html`).sort(),
      'one snippet per locale file, no more',
    );
  });
});
