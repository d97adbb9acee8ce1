// `az-cancel-guide render`: the CLI in bin/, run as a child process against the built dist/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importTs, localeFiles } from './helpers.mjs';

const BIN = fileURLToPath(new URL('../../bin/az-cancel-guide.mjs', import.meta.url));
const locales = Object.fromEntries(localeFiles().map(({ name, data }) => [name, data]));
const { makeGuide, withChanges } = await importTs('../content/make-guide.ts');
const { AVAILABLE_LOCALES } = await import(new URL('../../dist/data/locales.js', import.meta.url).href);
const { renderStaticHtml } = await import(new URL('../../dist/static/render-static-html.js', import.meta.url).href).catch(() => {
  throw new Error('dist/ is not built: run `npm run build` first');
});

function run(...args) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One line naming the problem, then the usage. */
function assertUsageError({ code, stdout, stderr }, pattern) {
  assert.notEqual(code, 0, 'non-zero exit');
  assert.equal(stdout, '', 'nothing on stdout');
  const [first, blank, usage] = stderr.split('\n');
  assert.match(first, /^az-cancel-guide: /);
  assert.match(first, pattern);
  assert.equal(blank, '');
  assert.match(usage, /^Usage: az-cancel-guide render/);
}

describe('az-cancel-guide CLI', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'az-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('render: prints the English guide by default', () => {
    const { code, stdout, stderr } = run('render');
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.equal(stdout, renderStaticHtml(locales.en));
  });

  for (const lang of Object.keys(locales)) {
    it(`render --lang ${lang}`, () => {
      const { code, stdout } = run('render', '--lang', lang);
      assert.equal(code, 0);
      assert.equal(stdout, renderStaticHtml(locales[lang]));
    });
  }

  it('maps a regional tag to a bundled locale (--lang=zh-TW → zh-Hant)', () => {
    const { code, stdout } = run('render', '--lang=zh-TW');
    assert.equal(code, 0);
    assert.equal(stdout, renderStaticHtml(locales['zh-Hant']));
  });

  it('--heading-level 3 moves every heading one level down', () => {
    const { code, stdout } = run('render', '--lang', 'en', '--heading-level', '3');
    assert.equal(code, 0);
    assert.equal(stdout, renderStaticHtml(locales.en, { headingLevel: 3 }));
    assert.match(stdout, /^<article[^>]*>\n<h3>/);
    assert.doesNotMatch(stdout, /<h2>/);
  });

  it('--data renders a valid file of your own', () => {
    const data = makeGuide({ label: 'Custom', methods: 4 });
    const file = join(dir, 'custom.json');
    writeFileSync(file, JSON.stringify(data));
    const { code, stdout, stderr } = run('render', '--data', file, '--heading-level', '1');
    assert.equal(code, 0, stderr);
    assert.equal(stdout, renderStaticHtml(data, { headingLevel: 1 }));
    assert.match(stdout, /<h1>Custom Guide title<\/h1>/);
  });

  it('--data with an invalid guide: non-zero, names the first bad path', () => {
    const file = join(dir, 'invalid.json');
    writeFileSync(file, JSON.stringify(withChanges(makeGuide(), (d) => (d.methods.items[1].steps = []))));
    const result = run('render', '--data', file);
    assertUsageError(result, /is not a valid guide: \$\.methods\.items\[1\]\.steps: expected a non-empty list$/);
  });

  it('--data with a file that is not JSON', () => {
    const file = join(dir, 'not-json.json');
    writeFileSync(file, '{ "title": ');
    assertUsageError(run('render', '--data', file), /is not valid JSON/);
  });

  it('--data with a missing file', () => {
    assertUsageError(run('render', '--data', join(dir, 'nope.json')), /cannot read .*nope\.json: no such file/);
  });

  it('--data with an unreadable path (a directory)', () => {
    assertUsageError(run('render', '--data', dir), /cannot read /);
  });

  it('--data with hostile text: escaped in the output', () => {
    const hostile = makeGuide();
    hostile.title = '<img src=x onerror=alert(1)>';
    const file = join(dir, 'hostile.json');
    writeFileSync(file, JSON.stringify(hostile));
    const { code, stdout } = run('render', '--data', file);
    assert.equal(code, 0);
    assert.match(stdout, /<h2>&lt;img src=x onerror=alert\(1\)&gt;<\/h2>/);
    assert.doesNotMatch(stdout, /<img/);
  });

  const BAD_ARGS = [
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /missing command/],
    [['render', '--colour', 'red'], /unknown option "--colour"/],
    [['render', '--lang', 'xx'], new RegExp(`unknown language "xx"; available: ${AVAILABLE_LOCALES.join(', ')}$`)],
    [['render', '--lang'], /--lang needs a value/],
    [['render', '--heading-level', '0'], /--heading-level must be a whole number from 1 to 6, not "0"/],
    [['render', '--heading-level', '7'], /--heading-level must be a whole number from 1 to 6, not "7"/],
    [['render', '--heading-level', '2.5'], /--heading-level must be a whole number from 1 to 6/],
    [['render', '--heading-level', 'abc'], /--heading-level must be a whole number from 1 to 6/],
    [['render', '--lang', 'en', '--lang', 'en'], /--lang given twice/],
    [['render', '--lang', 'en', '--data', 'x.json'], /either --lang or --data/],
    [['render', 'extra'], /unexpected argument "extra"/],
  ];
  for (const [args, pattern] of BAD_ARGS) {
    it(`rejects ${JSON.stringify(args.join(' '))} with a message and the usage`, () => {
      assertUsageError(run(...args), pattern);
    });
  }

  for (const flag of ['--help', '-h']) {
    it(`${flag} prints the usage and exits 0`, () => {
      const { code, stdout, stderr } = run(flag);
      assert.equal(code, 0);
      assert.equal(stderr, '');
      assert.match(stdout, /^Usage: az-cancel-guide render \[--lang <tag>\] \[--data <file\.json>\] \[--heading-level <1-6>\]/);
      assert.match(stdout, /--heading-level/);
      for (const locale of AVAILABLE_LOCALES) assert.match(stdout, new RegExp(`\\b${locale}\\b`), `lists ${locale}`);
    });
  }

  it('is the package\'s bin, and bin/ is published', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    assert.equal(pkg.bin['az-cancel-guide'], 'bin/az-cancel-guide.mjs');
    assert.ok(pkg.files.includes('bin/'));
    assert.match(readFileSync(BIN, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });
});
