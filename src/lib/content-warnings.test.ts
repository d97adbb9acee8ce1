import { expect } from '@open-wc/testing';
import { makeGuide, withChanges } from '../../test/content/make-guide.js';
import { contentWarnings } from './content-warnings.js';

const today = new Date('2026-06-01T00:00:00Z');
const warnings = (...args: Parameters<typeof contentWarnings>) =>
  contentWarnings(...args).map(({ path, message }) => `${path}: ${message}`);

describe('contentWarnings', () => {
  it('none for recently reviewed content with https links', () => {
    expect(warnings(makeGuide(), { today })).to.deep.equal([]);
  });

  it('an http: link, wherever it is (notice, method, note)', () => {
    const guide = withChanges(makeGuide(), (d) => {
      d.notice.links[0]!.href = 'http://example.org/';
      d.after.items[1]!.note = { text: 'Note', link: { label: 'L', href: 'HTTP://example.org/' } };
    });
    expect(contentWarnings(guide, { today }).map(({ path }) => path)).to.deep.equal([
      '$.notice.links[0].href',
      '$.after.items[1].note.link.href',
    ]);
  });

  it('a link presented as official that is not a government site over https', () => {
    const guide = withChanges(makeGuide(), (d) => {
      d.notice.links = [
        { label: 'Gov', href: 'https://mfa.gov.az/en', official: true },
        { label: 'Look-alike', href: 'https://evisa.gov.az.example.com/', official: true },
        { label: 'Not marked', href: 'https://example.org/', official: false },
        { label: 'Mail', href: 'mailto:visa@evisa.gov.az', official: true },
      ];
    });
    expect(warnings(guide, { today })).to.deep.equal([
      '$.notice.links[1].official: presented as official, but evisa.gov.az.example.com is not a government site (https and gov.az or a sub-domain); the guide will not call it official',
      '$.notice.links[3].official: presented as official, but mailto: is not a government site (https and gov.az or a sub-domain); the guide will not call it official',
    ]);
  });

  it('a review more than a year before today', () => {
    const guide = withChanges(makeGuide(), (d) => (d.lastReviewed = '2025-05-31'));
    expect(warnings(guide, { today }).map((w) => w.split(':')[0])).to.deep.equal(['$.lastReviewed']);
    expect(warnings(guide, { today: new Date('2026-05-31T00:00:00Z') })).to.deep.equal([]);
  });

  it('ids and counts against a bundled locale: lists with ids by id, others by length; ui left out', () => {
    const bundled = makeGuide({ steps: 3 });
    const guide = withChanges(bundled, (d) => {
      d.methods.items[1]!.steps.pop();
      d.before.items.reverse(); // the same ids in another order: fine
      d.after.items[2]!.id = 'new-item';
      d.ui.progress = { other: '{done}/{total}' };
    });
    expect(warnings(guide, { today, bundled })).to.deep.equal([
      '$.methods.items[1].steps: 2 entries; the bundled "en" has 3',
      '$.after.items[2].id: id "new-item" is not in the bundled "en"',
      '$.after.items: no entry with id "after-3"; the bundled "en" has one',
    ]);
  });
});
