// `az-cancel-guide render | validate | init`: the CLI in bin/, against the built dist/. The commands run
// in this process (bin/cli.mjs's runCli, with collected output): a child process per call cost most of
// the file's time. 'the executable' runs bin/az-cancel-guide.mjs for what only a process shows.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../bin/cli.mjs';
import { importTs, localeFiles } from './helpers.mjs';

const BIN = fileURLToPath(new URL('../../bin/az-cancel-guide.mjs', import.meta.url));
const locales = Object.fromEntries(localeFiles().map(({ name, data }) => [name, data]));
const { makeGuide, withChanges } = await importTs('../content/make-guide.ts');
const { AVAILABLE_LOCALES, DEFAULT_LOCALE } = await import(new URL('../../dist/data/locales.js', import.meta.url).href);
const { validateGuide } = await import(new URL('../../dist/lib/validate-guide.js', import.meta.url).href);
const { renderStaticHtml } = await import(
  new URL('../../dist/static/render-static-html.js', import.meta.url).href
).catch(() => {
  throw new Error('dist/ is not built: run `npm run build` first');
});

function run(...args) {
  return runWith({}, ...args);
}

/** Runs the CLI with `input` on stdin and/or in another working directory; its exit status and output. */
async function runWith({ input, cwd }, ...args) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdin: { read: async () => Buffer.from(input ?? '') }, // as spawnSync's stdin: empty unless given
    stdout: { write: (text) => (stdout += text) },
    stderr: { write: (text) => (stderr += text) },
    cwd: cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}

/** Runs bin/az-cancel-guide.mjs as a child process. */
function spawnBin(args, options = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', ...options });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
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

  it('render: prints the English guide by default', async () => {
    const { code, stdout, stderr } = await run('render');
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.equal(stdout, renderStaticHtml(locales.en));
  });

  for (const lang of Object.keys(locales)) {
    it(`render --lang ${lang}`, async () => {
      const { code, stdout } = await run('render', '--lang', lang);
      assert.equal(code, 0);
      assert.equal(stdout, renderStaticHtml(locales[lang]));
    });
  }

  it('maps a regional tag to a bundled locale (--lang=zh-TW → zh-Hant)', async () => {
    const { code, stdout } = await run('render', '--lang=zh-TW');
    assert.equal(code, 0);
    assert.equal(stdout, renderStaticHtml(locales['zh-Hant']));
  });

  it('--heading-level 3 moves every heading one level down', async () => {
    const { code, stdout } = await run('render', '--lang', 'en', '--heading-level', '3');
    assert.equal(code, 0);
    assert.equal(stdout, renderStaticHtml(locales.en, { headingLevel: 3 }));
    assert.match(stdout, /^<article[^>]*>\n<h3>/);
    assert.doesNotMatch(stdout, /<h2>/);
  });

  it('--data renders a valid file of your own', async () => {
    const data = makeGuide({ label: 'Custom', methods: 4 });
    const file = join(dir, 'custom.json');
    writeFileSync(file, JSON.stringify(data));
    const { code, stdout, stderr } = await run('render', '--data', file, '--heading-level', '1');
    assert.equal(code, 0, stderr);
    assert.equal(stdout, renderStaticHtml(data, { headingLevel: 1 }));
    assert.match(stdout, /<h1>Custom Guide title<\/h1>/);
  });

  it('--data with an invalid guide: non-zero, names the first bad path', async () => {
    const file = join(dir, 'invalid.json');
    writeFileSync(file, JSON.stringify(withChanges(makeGuide(), (d) => (d.methods.items[1].steps = []))));
    const result = await run('render', '--data', file);
    assertUsageError(result, /is not a valid guide: \$\.methods\.items\[1\]\.steps: expected a non-empty list$/);
  });

  it('--data with a file that is not JSON', async () => {
    const file = join(dir, 'not-json.json');
    writeFileSync(file, '{ "title": ');
    assertUsageError(await run('render', '--data', file), /is not valid JSON/);
  });

  it('--data with a missing file', async () => {
    assertUsageError(await run('render', '--data', join(dir, 'nope.json')), /cannot read .*nope\.json: no such file/);
  });

  it('--data with an unreadable path (a directory)', async () => {
    assertUsageError(await run('render', '--data', dir), /cannot read /);
  });

  it('--data with hostile text: escaped in the output', async () => {
    const hostile = makeGuide();
    hostile.title = '<img src=x onerror=alert(1)>';
    const file = join(dir, 'hostile.json');
    writeFileSync(file, JSON.stringify(hostile));
    const { code, stdout } = await run('render', '--data', file);
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
    [['render', '--json'], /unknown option "--json" for render/],
    [['--lang', 'en', 'render'], /the command comes first/],
    [['validate'], /validate needs a file \(or - for stdin\)/],
    [['validate', '--json=yes', 'x.json'], /--json takes no value/],
    [['validate', '--today', '2026-02-30', 'x.json'], /--today must be a date as YYYY-MM-DD, not "2026-02-30"/],
    [['validate', '--today', 'tomorrow', 'x.json'], /--today must be a date as YYYY-MM-DD/],
    [['validate', '-', '-'], /- \(stdin\) given twice/],
    [['validate', '--lang', 'en', 'x.json'], /unknown option "--lang" for validate/],
    [['init', '--lang', 'xx'], new RegExp(`unknown language "xx"; available: ${AVAILABLE_LOCALES.join(', ')}$`)],
    [['init', '--force'], /--force goes with --out/],
    [['init', 'guide.json'], /unexpected argument "guide\.json"/],
  ];
  for (const [args, pattern] of BAD_ARGS) {
    it(`rejects ${JSON.stringify(args.join(' '))} with a message, the usage and exit status 2`, async () => {
      const result = await run(...args);
      assertUsageError(result, pattern);
      assert.equal(result.code, 2);
    });
  }

  for (const flag of ['--help', '-h']) {
    it(`${flag} prints the usage and exits 0`, async () => {
      const { code, stdout, stderr } = await run(flag);
      assert.equal(code, 0);
      assert.equal(stderr, '');
      assert.match(
        stdout,
        /^Usage: az-cancel-guide render \[--lang <tag>\] \[--data <file\.json>\] \[--heading-level <1-6>\]/,
      );
      assert.match(stdout, /--heading-level/);
      for (const locale of AVAILABLE_LOCALES) assert.match(stdout, new RegExp(`\\b${locale}\\b`), `lists ${locale}`);
    });
  }

  it("is the package's bin, and bin/ is published", () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    assert.equal(pkg.bin['az-cancel-guide'], 'bin/az-cancel-guide.mjs');
    assert.ok(pkg.files.includes('bin/'));
    assert.match(readFileSync(BIN, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });
});

/** `file:line:column  $.path  message` lines of one file, split into their parts. */
function outputLines(stdout, file) {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith(`${file}:`) && /^\d+:\d+ {2}/.test(line.slice(file.length + 1)))
    .map((line) => {
      const match = /^(.*):(\d+):(\d+) {2}(\$\S*) {2}(.*)$/.exec(line);
      assert.ok(match, `"${line}" is file:line:column  $.path  message`);
      return { file: match[1], line: Number(match[2]), column: Number(match[3]), path: match[4], message: match[5] };
    });
}

/** 1-based line and column of the first `needle` in `text` (columns in UTF-16 units, as code editors count). */
function positionOf(text, needle) {
  const offset = text.indexOf(needle);
  assert.notEqual(offset, -1, `${needle} is in the text`);
  const before = text.slice(0, offset).split(/\r\n|\n/);
  return { line: before.length, column: before.at(-1).length + 1 };
}

describe('az-cancel-guide validate', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'az-validate-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name, text) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  /**
   * A guide in a language no locale will ever be bundled for (qaa: ISO 639 "reserved for local use"),
   * reviewed recently, with https links only: no warnings.
   */
  const quietGuide = () => makeGuide({ locale: 'qaa' });
  const TODAY = '2026-06-01';

  it('exit 0 for a valid file, and says so', async () => {
    const file = write('valid.json', JSON.stringify(quietGuide(), null, 2));
    const { code, stdout, stderr } = await run('validate', '--today', TODAY, file);
    assert.equal(stderr, '');
    assert.equal(stdout, `${file}: valid\n`);
    assert.equal(code, 0);
  });

  it('prints every problem, each at its line and column, sorted by position; exit 1', async () => {
    // Each broken value is written first as a unique marker, so its position is found in the text independently of the CLI.
    const guide = withChanges(quietGuide(), (d) => {
      d.methods.items[1].steps[0].text = 'MARK-step';
      d.notice.links[0].href = 'MARK-href';
      d.before.items[2].id = 'MARK-id';
      d.dir = 'MARK-dir';
      d.methods.items[2].extra = 'MARK-extra';
      delete d.title;
    });
    let text = JSON.stringify(guide, null, 2);
    const expected = [
      { keys: '$', marker: '{', message: undefined }, // $.title missing: at the object that lacks it
      { keys: '$.dir', marker: '"MARK-dir"', replacement: '"up"', message: 'expected one of ltr, rtl' },
      {
        keys: '$.notice.links[0].href',
        marker: '"MARK-href"',
        replacement: '"http:javascript:alert(1)"',
        message: 'expected an absolute https:, http:, mailto: or tel: URL',
      },
      {
        keys: '$.before.items[2].id',
        marker: '"MARK-id"',
        replacement: '"Not An Id"',
        message: 'expected an id of lowercase letters, digits and hyphens',
      },
      {
        keys: '$.methods.items[1].steps[0].text',
        marker: '"MARK-step"',
        replacement: '"  "',
        message: 'expected non-empty text',
      },
      { keys: '$.methods.items[2].extra', marker: '"MARK-extra"', replacement: '"x"', message: 'unexpected property' },
    ].map((entry) => ({ ...entry, ...positionOf(text, entry.marker) }));
    for (const { marker, replacement } of expected) if (replacement) text = text.replace(marker, replacement);
    const file = write('broken.json', text);
    const { problems } = validateGuide(JSON.parse(text));

    const { code, stdout } = await run('validate', file);
    assert.equal(code, 1);
    const lines = outputLines(stdout, file);
    assert.equal(lines.length, problems.length, 'one line per problem');
    assert.equal(lines.length, 6);
    const titleProblem = lines.find((line) => line.path === '$.title');
    assert.deepEqual([titleProblem.line, titleProblem.column, titleProblem.message], [1, 1, 'missing']);
    for (const { keys, message, line, column } of expected.slice(1)) {
      const printed = lines.find((entry) => entry.path === keys);
      assert.ok(printed, `${keys} is printed`);
      assert.deepEqual(
        { line: printed.line, column: printed.column, message: printed.message },
        { line, column, message },
        keys,
      );
    }
    const order = lines.map(({ line, column }) => line * 10_000 + column);
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
      'sorted by position',
    );
    assert.match(stdout, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 6 problems$`, 'm'));
  });

  it('counts columns on one long line, in UTF-16 units after non-Latin text, and lines after CRLF', async () => {
    const guide = withChanges(quietGuide(), (d) => {
      d.title = 'Заголовок 标题';
      d.lastReviewed = 'MARK-date';
      d.locale = 'MARK-locale';
    });
    const marked = JSON.stringify(guide).replace('"MARK-date"', '"26.11.2026"');
    const locale = positionOf(marked, '"MARK-locale"'); // nothing before it changes
    const compact = marked.replace('"MARK-locale"', '"-"');
    const date = positionOf(compact, '"26.11.2026"');
    const crlf = JSON.stringify(guide, null, 2).replace(/\n/g, '\r\n').replace('"MARK-locale"', '"-"');
    const crlfDate = positionOf(crlf, '"MARK-date"');
    const files = [write('compact.json', compact), write('crlf.json', crlf)];
    const { code, stdout } = await run('validate', ...files);
    assert.equal(code, 1);
    const [compactLines, crlfLines] = files.map((file) => outputLines(stdout, file));
    assert.deepEqual(
      compactLines.map(({ line, column, path }) => [path, line, column]),
      [
        ['$.locale', locale.line, locale.column],
        ['$.lastReviewed', date.line, date.column],
      ],
    );
    assert.equal(compactLines[0].line, 1);
    assert.equal(crlfLines.find((entry) => entry.path === '$.lastReviewed').line, crlfDate.line);
  });

  it('a file that is not JSON: exit 1, with the line and column of the syntax error', async () => {
    const text = '{\n  "title": "A",\n  "dir": "ltr",\n}\n';
    const file = write('trailing-comma.json', text);
    const { code, stdout } = await run('validate', file);
    assert.equal(code, 1);
    const [problem] = outputLines(stdout, file);
    assert.deepEqual([problem.line, problem.column, problem.path], [4, 1, '$']);
    assert.match(problem.message, /^not valid JSON: /);
  });

  it('accepts a byte-order mark', async () => {
    const file = write('bom.json', `\uFEFF${JSON.stringify(quietGuide())}`);
    assert.equal((await run('validate', '--today', TODAY, file)).code, 0);
  });

  it('- reads stdin', async () => {
    const valid = await runWith({ input: JSON.stringify(quietGuide()) }, 'validate', '--today', TODAY, '-');
    assert.equal(valid.code, 0);
    assert.equal(valid.stdout, '<stdin>: valid\n');
    const invalid = await runWith(
      { input: JSON.stringify(withChanges(quietGuide(), (d) => (d.methods.items[0].steps = []))) },
      'validate',
      '-',
    );
    assert.equal(invalid.code, 1);
    assert.deepEqual(
      outputLines(invalid.stdout, '<stdin>').map(({ line, path, message }) => [line, path, message]),
      [[1, '$.methods.items[0].steps', 'expected a non-empty list']],
    );
  });

  it('checks several files; exit 2 when one cannot be read (the others are still checked)', async () => {
    const good = write('good.json', JSON.stringify(quietGuide()));
    const bad = write('bad.json', JSON.stringify(withChanges(quietGuide(), (d) => delete d.title)));
    const missing = join(dir, 'missing.json');
    const { code, stdout, stderr } = await run('validate', '--today', TODAY, good, missing, bad, dir);
    assert.equal(code, 2);
    assert.match(stdout, new RegExp(`good\\.json: valid\\n`));
    assert.match(stdout, /bad\.json: 1 problem\n/);
    assert.match(stderr, /^az-cancel-guide: cannot read .*missing\.json: no such file$/m);
    assert.match(stderr, /^az-cancel-guide: cannot read .*: is a directory$/m);
  });

  it('exit 1 when one of several files is invalid', async () => {
    const good = write('good2.json', JSON.stringify(quietGuide()));
    const bad = write('bad2.json', JSON.stringify(withChanges(quietGuide(), (d) => (d.dir = 'up'))));
    assert.equal((await run('validate', '--today', TODAY, good, bad)).code, 1);
  });

  it('--json: every file, problem and warning with its position, for CI; the same exit status', async () => {
    const bad = JSON.stringify(
      withChanges(quietGuide(), (d) => (d.methods.items[1].steps = [])),
      null,
      2,
    );
    const file = write('bad3.json', bad);
    const warned = write(
      'warned.json',
      JSON.stringify(
        withChanges(quietGuide(), (d) => (d.notice.links[0].href = 'http://example.org/')),
        null,
        2,
      ),
    );
    const missing = join(dir, 'missing.json');
    const { code, stdout, stderr } = await run('validate', '--json', '--today', TODAY, file, warned, missing);
    assert.equal(code, 2);
    assert.equal(stderr, '');
    const result = JSON.parse(stdout);
    const steps = positionOf(bad, '"steps": []');
    assert.deepEqual(result, {
      valid: false,
      files: [
        {
          file,
          status: 'invalid',
          problems: [
            {
              line: steps.line,
              column: steps.column + '"steps": '.length,
              path: '$.methods.items[1].steps',
              keys: ['methods', 'items', 1, 'steps'],
              message: 'expected a non-empty list',
            },
          ],
          warnings: [],
        },
        {
          file: warned,
          status: 'valid',
          problems: [],
          warnings: [
            {
              ...(({ line, column }) => ({ line, column }))(
                positionOf(readFileSync(warned, 'utf8'), '"http://example.org/"'),
              ),
              path: '$.notice.links[0].href',
              keys: ['notice', 'links', 0, 'href'],
              message:
                'insecure link (http): use https if the site offers it; an http page can be altered on its way to the reader',
            },
          ],
        },
        {
          file: missing,
          status: 'unreadable',
          message: `cannot read ${missing}: no such file`,
          problems: [],
          warnings: [],
        },
      ],
    });
    const valid = JSON.parse((await run('validate', '--json', '--today', TODAY, warned)).stdout);
    assert.equal(valid.valid, true);
  });

  describe('warnings: printed, never failing', () => {
    /** The warning lines for `guide` as `[path, message]`. */
    async function warningsFor(guide, ...args) {
      const { code, stdout } = await runWith({ input: JSON.stringify(guide, null, 2) }, 'validate', ...args, '-');
      assert.equal(code, 0, stdout);
      return outputLines(stdout, '<stdin>').map(({ path, message }) => {
        assert.match(message, /^warning: /);
        return [path, message.slice('warning: '.length)];
      });
    }

    it('an http: link', async () => {
      const guide = withChanges(quietGuide(), (d) => (d.methods.items[0].link.href = 'http://example.org/site'));
      assert.deepEqual(await warningsFor(guide, '--today', TODAY), [
        [
          '$.methods.items[0].link.href',
          'insecure link (http): use https if the site offers it; an http page can be altered on its way to the reader',
        ],
      ]);
    });

    it("a link presented as official on a domain that is not the government's (or not over https:)", async () => {
      const guide = withChanges(quietGuide(), (d) => {
        d.notice.links[0] = { label: 'Portal', href: 'https://evisa.gov.az/', official: true }; // fine
        d.methods.items[0].link = { label: 'Look-alike', href: 'https://evisa-gov.az/', official: true };
        d.before.items[0].note = {
          text: 'A note',
          link: { label: 'Plain', href: 'http://mfa.gov.az/', official: true },
        };
      });
      assert.deepEqual(await warningsFor(guide, '--today', TODAY), [
        [
          '$.before.items[0].note.link.href',
          'insecure link (http): use https if the site offers it; an http page can be altered on its way to the reader',
        ],
        [
          '$.before.items[0].note.link.official',
          'presented as official, but not over https: (the guide will not call it official)',
        ],
        [
          '$.methods.items[0].link.official',
          'presented as official, but evisa-gov.az is not a government site (https and gov.az or a sub-domain); the guide will not call it official',
        ],
      ]);
    });

    it('a review date older than a year, measured from --today', async () => {
      const guide = withChanges(quietGuide(), (d) => (d.lastReviewed = '2025-05-31'));
      const message =
        'reviewed on 2025-05-31, more than a year ago: check the content against its official sources and update the date';
      assert.deepEqual(await warningsFor(guide, '--today', '2026-06-01'), [['$.lastReviewed', message]]);
      assert.deepEqual(
        await warningsFor(guide, '--today', '2026-05-31'),
        [],
        'exactly a year is not older than a year',
      );
    });

    it('a review date that is not a day of the calendar', async () => {
      const guide = withChanges(quietGuide(), (d) => (d.lastReviewed = '2026-02-30'));
      assert.deepEqual(await warningsFor(guide, '--today', TODAY), [
        ['$.lastReviewed', '2026-02-30 is not a day of the calendar'],
      ]);
    });

    it('without --today, the age is measured from today', async () => {
      const longAgo = withChanges(quietGuide(), (d) => (d.lastReviewed = '2000-01-01'));
      assert.deepEqual(
        (await warningsFor(longAgo)).map(([path]) => path),
        ['$.lastReviewed'],
      );
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      assert.deepEqual(await warningsFor(withChanges(quietGuide(), (d) => (d.lastReviewed = tomorrow))), []);
    });

    describe('ids and counts that differ from the bundled locale of the same language', () => {
      const bundled = locales[DEFAULT_LOCALE];
      /** The bundled content's own warnings (its links, its age) are not what these tests are about. */
      let baseline;
      before(async () => {
        baseline = await warningsFor(bundled, '--today', bundled.lastReviewed);
      });
      const added = async (guide) =>
        (await warningsFor(guide, '--today', bundled.lastReviewed)).filter(
          (warning) => !baseline.some((known) => known.join() === warning.join()),
        );
      const ref = `the bundled "${DEFAULT_LOCALE}"`;

      it('the bundled content itself: nothing differs', async () => {
        assert.deepEqual(await added(structuredClone(bundled)), []);
      });

      it('a removed step, a checklist item with another id, a method dropped, a paragraph added', async () => {
        const guide = withChanges(bundled, (d) => {
          d.methods.items[0].steps.pop();
          d.after.items[0].id = 'renamed-item';
          d.about.push('One more paragraph.');
          d.methods.items.pop();
        });
        const droppedMethod = bundled.methods.items.at(-1).id;
        const steps = bundled.methods.items[0].steps.length;
        assert.deepEqual(
          (await added(guide)).sort(),
          [
            ['$.about', `${bundled.about.length + 1} entries; ${ref} has ${bundled.about.length}`],
            ['$.after.items', `no entry with id "${bundled.after.items[0].id}"; ${ref} has one`],
            ['$.after.items[0].id', `id "renamed-item" is not in ${ref}`],
            ['$.methods.items', `no entry with id "${droppedMethod}"; ${ref} has one`],
            ['$.methods.items[0].steps', `${steps - 1} ${steps - 1 === 1 ? 'entry' : 'entries'}; ${ref} has ${steps}`],
          ].sort(),
        );
      });

      it('matches by the tag (a regional tag compares with its bundled language); a language not bundled is not compared', async () => {
        const regional = withChanges(bundled, (d) => {
          d.locale = `${DEFAULT_LOCALE}-XX`;
          d.methods.items[0].steps.pop();
        });
        assert.deepEqual(
          (await added(regional)).map(([path]) => path),
          ['$.methods.items[0].steps'],
        );
        const other = withChanges(regional, (d) => (d.locale = 'qq'));
        assert.deepEqual(await added(other), []);
      });
    });
  });
});

describe('az-cancel-guide init', () => {
  let project;
  before(() => {
    // A project that installed the package: node_modules/az-cancel-guide is this repository.
    project = mkdtempSync(join(tmpdir(), 'az-init-'));
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(
      fileURLToPath(new URL('../../', import.meta.url)),
      join(project, 'node_modules', 'az-cancel-guide'),
      'dir',
    );
  });
  after(() => rmSync(project, { recursive: true, force: true }));

  const schemaText = readFileSync(new URL('../../dist/guide.schema.json', import.meta.url), 'utf8');

  /** The file `$schema` points at, resolved as code editors do: relative to the file. */
  const schemaOf = (file, json) => readFileSync(resolve(dirname(file), json.$schema), 'utf8');

  for (const locale of AVAILABLE_LOCALES) {
    it(`init --lang ${locale}: the bundled locale with "$schema" first; it validates`, async () => {
      const { code, stdout, stderr } = await runWith({ cwd: project }, 'init', '--lang', locale);
      assert.equal(code, 0, stderr);
      const json = JSON.parse(stdout);
      assert.deepEqual(Object.keys(json)[0], '$schema');
      const withoutSchema = (value) => Object.fromEntries(Object.entries(value).filter(([key]) => key !== '$schema'));
      assert.deepEqual(withoutSchema(json), withoutSchema(locales[locale]));
      assert.equal(
        schemaOf(join(project, 'guide.json'), json),
        schemaText,
        "$schema leads to the package's guide.schema.json",
      );
      assert.equal(stdout, `${JSON.stringify(json, null, 2)}\n`, 'two-space indentation, a final newline');
      const checked = await runWith(
        { input: stdout, cwd: project },
        'validate',
        '--json',
        '--today',
        locales[locale].lastReviewed,
        '-',
      );
      assert.equal(checked.code, 0, checked.stdout);
      assert.deepEqual(JSON.parse(checked.stdout).files[0].problems, []);
    });
  }

  it('defaults to en, and maps a regional tag (zh-TW → zh-Hant)', async () => {
    assert.equal(JSON.parse((await runWith({ cwd: project }, 'init')).stdout).locale, DEFAULT_LOCALE);
    assert.equal(JSON.parse((await runWith({ cwd: project }, 'init', '--lang=zh-TW')).stdout).locale, 'zh-Hant');
  });

  it('--out writes the file, with "$schema" relative to where it is; refuses to overwrite without --force', async () => {
    const out = join('content', 'guide.ru.json');
    mkdirSync(join(project, 'content'), { recursive: true });
    const first = await runWith({ cwd: project }, 'init', '--lang', 'ru', '--out', out);
    assert.equal(first.code, 0, first.stderr);
    assert.match(
      first.stdout,
      /^Wrote content[/\\]guide\.ru\.json \(ru\)\. Check it with: npx az-cancel-guide validate /,
    );
    const file = join(project, out);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(written.$schema, '../node_modules/az-cancel-guide/dist/guide.schema.json');
    assert.equal(schemaOf(file, written), schemaText);
    assert.equal((await runWith({ cwd: project }, 'validate', '--today', written.lastReviewed, out)).code, 0);

    writeFileSync(file, '{"edited": true}');
    const again = await runWith({ cwd: project }, 'init', '--lang', 'en', '--out', out);
    assert.equal(again.code, 2);
    assert.equal(again.stdout, '');
    assert.equal(again.stderr, `az-cancel-guide: ${out} already exists; add --force to replace it\n`);
    assert.equal(readFileSync(file, 'utf8'), '{"edited": true}', 'left as it was');

    const forced = await runWith({ cwd: project }, 'init', '--lang', 'en', '--out', out, '--force');
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).locale, 'en');
  });

  it('--out into a folder that does not exist: exit 2, one line', async () => {
    const { code, stderr } = await runWith({ cwd: project }, 'init', '--out', join('no', 'such', 'dir', 'guide.json'));
    assert.equal(code, 2);
    assert.match(stderr, /^az-cancel-guide: cannot write no[/\\]such[/\\]dir[/\\]guide\.json: no such folder\n$/);
  });
});

describe('bad input: one set of rules for validate and render (src/lib/guide-input.ts and the model)', () => {
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'az-bad-input-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name, content) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };
  const TODAY = '2026-06-01';
  const guideText = (change = () => undefined) =>
    JSON.stringify(withChanges(makeGuide({ locale: 'qaa' }), change), null, 2);
  const noStackTrace = (stderr) => assert.doesNotMatch(stderr, /^\s+at |RangeError|node:internal/m, 'no stack trace');

  it('JSON nested 100,000 levels deep: one problem, no stack trace, and --json prints a result', async () => {
    const file = write('deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const plain = await run('validate', file);
    noStackTrace(plain.stderr);
    assert.equal(plain.code, 1);
    assert.match(plain.stdout, /:1:33 {2}\$ {2}the file nests more than 32 levels deep/);
    const json = await run('validate', '--json', file);
    noStackTrace(json.stderr);
    assert.equal(json.code, 1);
    const [result] = JSON.parse(json.stdout).files;
    assert.equal(result.status, 'invalid');
    assert.match(result.problems[0].message, /nests more than 32 levels deep/);
    const render = await run('render', '--data', file);
    noStackTrace(render.stderr);
    assert.match(render.stderr.split('\n')[0], /nests more than 32 levels deep/);
  });

  it('a guide the model accepts but larger than 512 KB: refused by validate and render alike (as the elements refuse it)', async () => {
    const paragraph = 'Lorem ipsum dolor sit amet. '.repeat(140).trim();
    const text = guideText((d) => (d.intro = Array.from({ length: 170 }, () => paragraph)));
    assert.ok(Buffer.byteLength(text) > 600 * 1024, `${Buffer.byteLength(text)} bytes`);
    assert.equal(validateGuide(JSON.parse(text)).ok, true, 'the model alone accepts it');
    const file = write('large.json', text);
    const checked = await run('validate', '--today', TODAY, file);
    assert.equal(checked.code, 1);
    assert.match(checked.stdout, /\$ {2}the file is larger than 512 KB/);
    assertUsageError(await run('render', '--data', file), /large\.json is larger than 512 KB/);
  });

  it('render --data accepts a byte-order mark, as validate does', async () => {
    const file = write('bom.json', `\uFEFF${guideText()}`);
    const { code, stdout, stderr } = await run('render', '--data', file);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.equal(stdout, renderStaticHtml(makeGuide({ locale: 'qaa' })));
    assert.equal((await run('validate', '--today', TODAY, file)).code, 0);
  });

  it('a duplicate key: a warning at the repeat, from validate and render; the last value is used', async () => {
    const text = guideText().replace(/\n {2}"title": ("[^"]*"),/, '\n  "title": "First title",\n  "title": $1,');
    const file = write('duplicate.json', text);
    const { code, stdout } = await run('validate', '--today', TODAY, file);
    assert.equal(code, 0, 'allowed: JSON.parse keeps the last value');
    const [warning] = outputLines(stdout, file);
    assert.deepEqual([warning.line, warning.path], [positionOf(text, '"First title"').line + 1, '$.title']);
    assert.match(warning.message, /^warning: duplicate key "title": only its last value is used/);
    const rendered = await run('render', '--data', file);
    assert.equal(rendered.code, 0);
    assert.match(
      rendered.stderr,
      /^az-cancel-guide: warning: .*duplicate\.json:\d+:\d+ {2}\$\.title {2}duplicate key "title"/,
    );
  });

  it('invalid UTF-8: refused by validate and render, not shown as "\uFFFD"', async () => {
    const file = write(
      'latin1.json',
      Buffer.from(
        guideText((d) => (d.title = 'Caf\u00e9')),
        'latin1',
      ),
    ); // é as one byte, 0xE9
    const checked = await run('validate', '--today', TODAY, file);
    assert.equal(checked.code, 1);
    assert.match(checked.stdout, /:1:1 {2}\$ {2}the file is not UTF-8 text/);
    const rendered = await run('render', '--data', file);
    assertUsageError(rendered, /latin1\.json is not UTF-8 text/);
    assert.doesNotMatch(rendered.stderr, /\uFFFD/);
  });

  for (const [name, blank] of [
    ['zero-width spaces', '\u200B\u200B'],
    ['a word joiner and a BOM', '\u2060\uFEFF'],
    ['spaces and a zero-width joiner', ' \u200D '],
  ]) {
    it(`a title or tab name of only ${name} is empty`, async () => {
      const title = await run(
        'validate',
        '--today',
        TODAY,
        write(
          'blank-title.json',
          guideText((d) => (d.title = blank)),
        ),
      );
      assert.equal(title.code, 1);
      assert.match(title.stdout, /\$\.title {2}expected non-empty text/);
      const tab = await run(
        'validate',
        '--today',
        TODAY,
        write(
          'blank-tab.json',
          guideText((d) => (d.methods.items[0].name = blank)),
        ),
      );
      assert.match(tab.stdout, /\$\.methods\.items\[0\]\.name {2}expected non-empty text/);
      assertUsageError(
        await run('render', '--data', join(dir, 'blank-title.json')),
        /\$\.title: expected non-empty text/,
      );
    });
  }
});

describe('the executable: bin/az-cancel-guide.mjs as a process', () => {
  it('render: exit status 0, the guide on stdout', () => {
    const { code, signal, stdout, stderr } = spawnBin(['render', '--lang', 'ru']);
    assert.equal(stderr, '');
    assert.equal(signal, null);
    assert.equal(code, 0);
    assert.equal(stdout, renderStaticHtml(locales.ru));
  });

  it('a usage error: exit status 2, the message and the usage on stderr', () => {
    const result = spawnBin(['render', '--heading-level', '9']);
    assertUsageError(result, /--heading-level must be a whole number from 1 to 6, not "9"/);
    assert.equal(result.code, 2);
  });

  it('--help: the usage on stdout, exit status 0', () => {
    const { code, stdout, stderr } = spawnBin(['--help']);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    assert.match(stdout, /^Usage: az-cancel-guide render /);
    for (const locale of AVAILABLE_LOCALES) assert.match(stdout, new RegExp(`\\b${locale}\\b`), `lists ${locale}`);
  });

  it('validate - reads stdin from a pipe', () => {
    const guide = makeGuide({ locale: 'qaa' });
    const valid = spawnBin(['validate', '--today', '2026-06-01', '-'], { input: JSON.stringify(guide) });
    assert.equal(valid.code, 0, valid.stderr);
    assert.equal(valid.stdout, '<stdin>: valid\n');
    const invalid = spawnBin(['validate', '--json', '-'], {
      input: JSON.stringify(withChanges(guide, (d) => (d.methods.items[0].steps = []))),
    });
    assert.equal(invalid.code, 1);
    assert.deepEqual(
      JSON.parse(invalid.stdout).files[0].problems.map(({ path }) => path),
      ['$.methods.items[0].steps'],
    );
  });

  it('relative paths and "$schema" start from the working directory', () => {
    const project = mkdtempSync(join(tmpdir(), 'az-bin-cwd-'));
    try {
      const written = spawnBin(['init', '--lang', 'az', '--out', 'guide.json'], { cwd: project });
      assert.equal(written.code, 0, written.stderr);
      const json = JSON.parse(readFileSync(join(project, 'guide.json'), 'utf8'));
      assert.equal(json.locale, 'az');
      assert.equal(json.$schema, './node_modules/az-cancel-guide/dist/guide.schema.json');
      const checked = spawnBin(['validate', '--today', json.lastReviewed, 'guide.json'], { cwd: project });
      assert.equal(checked.code, 0, checked.stdout);
      assert.match(checked.stdout, /^guide\.json: valid/m);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('render | head: the reader closing the pipe early is no error', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [BIN, 'render'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // as `head` does once it has its lines
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });
});
