// `az-cancel-guide/react` rendered on the server (React 19's prerender in Node, as Next.js does for a static
// page; run after `npm run build`): the page is readable before and without JavaScript, and the element
// upgrades with the server's settings.
import assert from 'node:assert/strict';
import { text } from 'node:stream/consumers';
import { describe, it } from 'node:test';
import { createElement } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { localeFiles } from './helpers.mjs';

// Through the package's own exports, as a server resolves it.
const { AzCancelChecklist, AzCancelGuide, AzCancelMethods } = await import('az-cancel-guide/react');
const { escapeHtml } = await import('az-cancel-guide/static.js');

/** The HTML once everything is ready (the snippet loads on demand, through React's `use()`). */
const renderToString = async (element) => text((await prerenderToNodeStream(element)).prelude);

describe('az-cancel-guide/react on the server', () => {
  for (const { name, data } of localeFiles()) {
    it(`<AzCancelGuide lang="${name}"> renders the ${name} static snippet inside the element`, async () => {
      const html = await renderToString(createElement(AzCancelGuide, { lang: name }));
      assert.match(
        html,
        new RegExp(
          `^(<!--\\$-->)?<az-cancel-guide lang="${name}"><article class="az-cancel-guide-static" lang="${data.locale}"`,
        ),
      );
      assert.ok(html.includes(`<h2>${escapeHtml(data.title)}</h2>`), 'the title is missing');
      assert.match(html, /<\/article>\s*<\/az-cancel-guide>(<!--\/\$-->)?$/);
    });
  }

  it('writes each prop that has an attribute as that attribute, and leaves out events and properties without one', async () => {
    const html = await renderToString(
      createElement('div', null, [
        createElement(AzCancelGuide, {
          key: 1,
          lang: 'zh-CN',
          theme: 'dark',
          headingLevel: 3,
          hideTitle: true,
          syncHash: false,
          className: 'wide',
          onMethodChange: () => {},
        }),
        createElement(AzCancelMethods, { key: 2, lang: 'tr', method: 'email', onMethodChange: () => {} }),
        createElement(AzCancelChecklist, { key: 3, lang: 'ru', list: 'before', checked: ['passport'] }),
      ]),
    );
    assert.match(
      html,
      /<az-cancel-guide lang="zh-CN" theme="dark" heading-level="3" hide-title="" class="wide"><article [^>]*lang="zh-Hans"[^>]*>\n<h3>/,
    );
    assert.doesNotMatch(html, /sync-hash|onMethodChange|checked=/);
    assert.match(html, /<az-cancel-methods lang="tr" method="email"><\/az-cancel-methods>/);
    assert.match(html, /<az-cancel-checklist lang="ru" list="before"><\/az-cancel-checklist>/);
  });

  it('renderToString, which cannot wait, has the snippet too once the module has loaded its languages', async () => {
    const { renderToString: renderNow } = await import('react-dom/server');
    const html = renderNow(createElement(AzCancelGuide, { lang: 'tr', theme: 'light', headingLevel: 4 }));
    assert.match(
      html,
      /^<az-cancel-guide lang="tr" theme="light" heading-level="4"><article class="az-cancel-guide-static" lang="tr"[^>]*>\n<h4>/,
    );
  });

  it('renders no snippet where the content is not a bundled locale known on the server', async () => {
    for (const props of [
      {},
      { lang: 'ru', src: 'https://example.com/guide.json' },
      { lang: 'ru', data: { title: 'Own' } },
      { lang: 'ru', children: 'own fallback' },
    ]) {
      const html = await renderToString(createElement(AzCancelGuide, props));
      assert.doesNotMatch(html, /az-cancel-guide-static/, JSON.stringify(props));
    }
  });
});
