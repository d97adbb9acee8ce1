// Truth in every locale: only government sites are presented as official, the official
// sources are linked, every note renders with its label in the static snippet, and every official
// source the content links is listed in CONTRIBUTING.md with the claims it supports.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { importTs, localeFiles } from './helpers.mjs';

const { isGovernmentUrl } = await importTs('../../src/lib/official-url.ts');
const { renderStaticHtml } = await importTs('../../src/static/render-static-html.ts');
const CONTRIBUTING = readFileSync(new URL('../../CONTRIBUTING.md', import.meta.url), 'utf8');

/** Every link object in the content, with where it is. */
function links(value, path = '$') {
  if (Array.isArray(value)) return value.flatMap((item, i) => links(item, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const own = typeof value.href === 'string' && typeof value.label === 'string' ? [{ path, ...value }] : [];
  return [...own, ...Object.entries(value).flatMap(([key, child]) => links(child, `${path}.${key}`))];
}

/** Every note in the content. */
function notes(value) {
  if (Array.isArray(value)) return value.flatMap(notes);
  if (!value || typeof value !== 'object') return [];
  const own = value.note && typeof value.note === 'object' ? [value.note] : []; // (ui.note is the label, a string)
  return [...own, ...Object.values(value).flatMap(notes)];
}

const host = (href) => new URL(href).hostname;

for (const { name, data } of localeFiles()) {
  describe(name, () => {
    it('marks only government sites as official', () => {
      const wrong = links(data).filter((link) => link.official && !isGovernmentUrl(link.href));
      assert.deepEqual(wrong, []);
    });

    it('links the official e-visa portal and the Ministry of Foreign Affairs, marked official', () => {
      const official = data.notice.links.filter((link) => link.official).map((link) => host(link.href));
      assert.ok(official.includes('evisa.gov.az'), official.join(', '));
      assert.ok(official.includes('mfa.gov.az'), official.join(', '));
    });

    it('links the embassy method to where the embassies are listed', () => {
      for (const method of data.methods.items.filter((m) => m.kind === 'in-person')) {
        const hosts = links(method)
          .filter((link) => link.official)
          .map((link) => host(link.href));
        assert.ok(
          hosts.some((h) => h === 'mfa.gov.az' || h.endsWith('.mfa.gov.az')),
          method.id,
        );
      }
    });

    it('tells where passport copies may be sent, in the email method', () => {
      for (const method of data.methods.items.filter((m) => m.kind === 'email')) {
        assert.ok(method.note, `the ${method.id} method has a note`);
        assert.match(method.note.text, /evisa\.gov\.az/);
      }
    });

    it('leads with the answer, sourced on the e-visa portal, and one warning naming the official places for passport data', () => {
      assert.ok(data.answer, 'an answer');
      assert.equal(host(data.answer.source.href), 'evisa.gov.az');
      assert.equal(data.answer.source.official, true);
      assert.match(data.warning, /evisa\.gov\.az/);
      assert.match(data.warning, /\.mfa\.gov\.az/);
      assert.match(data.warning, /evisagov\.az/, 'names a look-alike');
    });

    it('gives what to do in each case, the new e-visa case linking the portal', () => {
      assert.ok(data.cases.items.length >= 3, `${data.cases.items.length} cases`);
      const portal = data.cases.items.flatMap((item) => (item.link ? [item.link] : []));
      assert.ok(
        portal.some((link) => host(link.href) === 'evisa.gov.az' && link.official),
        'a case links evisa.gov.az',
      );
    });

    it("tags the source article's ways as unconfirmed", () => {
      assert.deepEqual(
        data.methods.items.map((m) => m.status),
        data.methods.items.map(() => 'unconfirmed'),
      );
      assert.ok(data.articleHeading, 'a heading over the part that retells the article');
    });

    it('corrects the summary with a note that sends to the portal', () => {
      assert.ok(data.summary.note, 'a note on the summary');
      assert.match(data.summary.note.text, /evisa\.gov\.az/);
    });

    it('notes where passport data may go, at the log-in item and the passport step', () => {
      const login = data.before.items.find((item) => item.id === 'check-status');
      assert.match(login.note.text, /evisa\.gov\.az/);
      const online = data.methods.items.find((m) => m.kind === 'online');
      assert.ok(
        online.steps.some((step) => step.note && /evisa\.gov\.az/.test(step.note.text) && step !== online.steps[0]),
        'a step after the first',
      );
    });

    it('asks for a passport scan in the email template only in a placeholder', () => {
      for (const method of data.methods.items.filter((m) => m.kind === 'email')) {
        const lines = method.email.template
          .split('\n')
          .filter((line) => /scan|扫描|掃描|скан|tarama|tarann|skan|مسوح|ضوئي/i.test(line));
        for (const line of lines) assert.match(line.trim(), /^\[.*\]$/, line);
      }
    });

    describe('static snippet', () => {
      const html = renderStaticHtml(data);

      it('says "official" only before a link to a government site', () => {
        const prefix = data.ui.officialSite.replaceAll('&', '&amp;');
        let at = html.indexOf(prefix);
        while (at !== -1) {
          const href = /^\s*<a href="([^"]+)"/.exec(html.slice(at + prefix.length))?.[1];
          assert.ok(href && isGovernmentUrl(href.replaceAll('&amp;', '&')), `"${data.ui.officialSite}" before ${href}`);
          at = html.indexOf(prefix, at + 1);
        }
      });

      it('renders every note as a labelled callout', () => {
        const rendered = html.match(/<div class="az-note" role="note"><strong>[^<]+<\/strong>/g) ?? [];
        assert.equal(rendered.length, notes(data).length);
        for (const callout of rendered) assert.ok(callout.includes(`<strong>${data.ui.note}</strong>`));
      });
    });
  });
}

describe('CONTRIBUTING.md', () => {
  it('lists every official source the content links, as a source of its claims', () => {
    const sources = CONTRIBUTING.slice(CONTRIBUTING.indexOf('## Sources of the facts'));
    assert.ok(sources.length > 100, 'CONTRIBUTING.md has a "Sources of the facts" section');
    const hrefs = new Set(
      localeFiles().flatMap(({ data }) =>
        links(data)
          .filter((link) => link.official)
          .map((link) => link.href),
      ),
    );
    for (const href of hrefs) assert.ok(sources.includes(href), href);
  });
});
