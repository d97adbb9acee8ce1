// az-cancel-guide: tools for the guide's content.
// - render: prints the guide as static HTML (the fallback snippet) to stdout;
// - validate: checks content files against the content model, with line:column for every problem;
// - init: writes a bundled locale as a starting file for your own content.
// Uses the built renderer, validator and locale data in dist/ (a published package has them).
// The whole CLI, with its input and output passed in (`runCli`), so tests run it without a process;
// bin/az-cancel-guide.mjs runs it with the process's own.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs as parseOptions } from 'node:util';

const usage = (locales) => `Usage: az-cancel-guide render [--lang <tag>] [--data <file.json>] [--heading-level <1-6>]
       az-cancel-guide validate [--json] [--today <YYYY-MM-DD>] <file.json>... (- reads stdin)
       az-cancel-guide init [--lang <tag>] [--out <file.json> [--force]]
       az-cancel-guide --help

render: prints the whole guide as static, accessible HTML to paste inside <az-cancel-guide>.
  --lang <tag>            Bundled language (or a tag that maps to one, e.g. zh-TW); default
                          en. Not together with --data. Languages: ${locales}.
  --data <file.json>      Your own guide content (guide.schema.json); validated first.
  --heading-level <1-6>   Level of the title; sections, methods and "what to bring" follow
                          one, two and three levels below (default 2).

validate: checks guide content files and prints every problem as
  file:line:column  $.json.path  message
  and warnings (allowed, but probably wrong: http: links, links presented as official that
  are not government sites, a review more than a year old, ids or counts that differ from the
  bundled locale of the same language). Exit status: 0 valid, 1 invalid, 2 usage error or
  unreadable file.
  --json                  Print the results as JSON, for CI.
  --today <YYYY-MM-DD>    The date the review's age is measured from (default: today).

init: prints a bundled locale as a starting file, with "$schema" pointing at the package's
  guide.schema.json so code editors complete and check it as you type.
  --lang <tag>            Bundled language, as for render; default en.
  --out <file.json>       Write the file instead of printing it.
  --force                 Replace the --out file if it exists.

  -h, --help              Show this help.`;

const dist = new URL('../dist/', import.meta.url);

/** The usage, naming the bundled languages (from dist/, where the build lists the locale files). */
async function usageText() {
  const locales = await import(new URL('data/locales.js', dist).href).then(
    (module) => module.AVAILABLE_LOCALES.join(', '),
    () => 'run `npm run build` to list them',
  );
  return usage(locales);
}

/** Bad arguments (exit 2) and bad input files (exit 1): one line plus the usage. */
class UsageError extends Error {}
class DataError extends Error {}
/** dist/ missing: one line, no usage (exit 1). */
class BuildError extends Error {}
/** A file that cannot be read or written (exit 2): one line, no usage. */
class FileError extends Error {}

async function importDist(path) {
  try {
    return await import(new URL(path, dist).href);
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new BuildError(`dist/${path} is missing: run \`npm run build\` first.`);
  }
}

/** The options of each command, for util.parseArgs. */
const COMMANDS = {
  render: { lang: { type: 'string' }, data: { type: 'string' }, 'heading-level': { type: 'string' } },
  validate: { json: { type: 'boolean' }, today: { type: 'string' } },
  init: { lang: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
};
const COMMAND_NAMES = Object.keys(COMMANDS)
  .map((name) => `"${name}"`)
  .join(', ');

/** util.parseArgs's error, in the words of this usage (`--lang needs a value`). */
function argumentError(error, command) {
  const name = /'(-[^' ]*)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const elsewhere = Object.values(COMMANDS).some((options) => Object.hasOwn(options, name.replace(/^--/, '')));
      return new UsageError(`unknown option "${name}"${elsewhere ? ` for ${command}` : ''}`);
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError(
        error.message.includes('does not take') ? `${name} takes no value` : `${name} needs a value`,
      );
    default:
      return new UsageError(error.message);
  }
}

/** The command, then `--name value`, `--name=value`, flags and arguments (util.parseArgs); every option at most once. */
function parseArgs(argv) {
  if (argv.includes('--help') || argv.includes('-h')) return { help: true };
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError(`missing command (one of ${COMMAND_NAMES})`);
  if (command.startsWith('-'))
    throw new UsageError(`the command comes first (one of ${COMMAND_NAMES}), not "${command}"`);
  if (!Object.hasOwn(COMMANDS, command)) throw new UsageError(`unknown command "${command}" (one of ${COMMAND_NAMES})`);
  let parsed;
  try {
    parsed = parseOptions({
      args: rest,
      options: COMMANDS[command],
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (error) {
    throw argumentError(error, command);
  }
  const seen = new Set();
  for (const token of parsed.tokens.filter((token) => token.kind === 'option')) {
    if (seen.has(token.name)) throw new UsageError(`${token.rawName} given twice`);
    seen.add(token.name);
    if (token.value === '') throw new UsageError(`${token.rawName} needs a value`);
  }
  return { help: false, command, positionals: parsed.positionals, options: parsed.values };
}

function parseHeadingLevel(value) {
  if (value === undefined) return 2;
  if (!/^[1-6]$/.test(value.trim()))
    throw new UsageError(`--heading-level must be a whole number from 1 to 6, not "${value}"`);
  return Number(value);
}

/** A bundled locale by tag (`zh-TW` → zh-Hant), or a usage error naming the available ones. */
async function bundledLocale(requested) {
  const { AVAILABLE_LOCALES, DEFAULT_LOCALE, loadLocale } = await importDist('data/locales.js');
  const { matchLocale } = await importDist('i18n/negotiate-locale.js');
  const tag = requested ?? DEFAULT_LOCALE;
  const locale = matchLocale(tag, AVAILABLE_LOCALES);
  if (!locale) throw new UsageError(`unknown language "${tag}"; available: ${AVAILABLE_LOCALES.join(', ')}`);
  return loadLocale(locale);
}

/** `path` from `cwd`, as the process would open it; '' stays '' (no such file, not the directory itself). */
const fromCwd = (cwd, path) => (path === '' ? path : resolve(cwd, path));

const readError = (error) =>
  error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'is a directory' : (error.code ?? error.message);

/** 1-based line and column of `offset` in `text` (columns in UTF-16 units, as code editors count). */
function positionOf(text, offset) {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before.at(-1).length + 1 };
}

/**
 * A guide file read by the rules every way in shares (dist/lib/guide-input.js: UTF-8 with an
 * optional byte-order mark, the size cap, the depth), for `validate` and `render` alike:
 * `{ unreadable }` (a message), `{ problem }` (not a guide's text: where and what), or the text,
 * its parsed value and where things are in it. A relative path is read from `io.cwd`; messages
 * name the file as given.
 */
async function readGuideFile(io, file, what) {
  const name = file === '-' ? '<stdin>' : file;
  let bytes;
  try {
    if (file === '-') {
      const input = await io.stdin.read();
      bytes = typeof input === 'string' ? Buffer.from(input) : input;
    } else {
      bytes = readFileSync(fromCwd(io.cwd, file));
    }
  } catch (error) {
    return { name, unreadable: `cannot read ${name}: ${readError(error)}` };
  }
  const input = await importDist('lib/guide-input.js');
  const refuse = (message, text = '', offset = 0) => ({
    name,
    problem: { ...positionOf(text, offset), path: '$', keys: [], message },
  });
  if (bytes.length > input.MAX_GUIDE_BYTES) return refuse(`${what} ${input.TOO_LARGE}`);
  const text = input.decodeUtf8(bytes);
  if (text === undefined) return refuse(`${what} ${input.NOT_UTF8}`);
  const parsed = input.parseGuideText(text, what);
  if (!parsed.ok && parsed.offset !== undefined) return refuse(parsed.message, text, parsed.offset); // too deep to locate with jsonc-parser
  const { locateJson } = await importDist('lib/json-locations.js');
  const locations = locateJson(text);
  if (!parsed.ok) {
    const where = locations.syntaxError;
    return where ? refuse(`not valid JSON: ${where.message}`, text, where.offset) : refuse(parsed.message);
  }
  return { name, text, value: parsed.value, locations };
}

/** A file's problems and warnings at their line and column. */
const located =
  (locations) =>
  ({ path, keys, message }) => {
    const { line, column } = locations.at(keys);
    return { line, column, path, keys, message };
  };
const byPosition = (a, b) => a.line - b.line || a.column - b.column;

async function readGuide(io, file) {
  const read = await readGuideFile(io, file, file);
  if (read.unreadable) throw new DataError(read.unreadable);
  if (read.problem)
    throw new DataError(
      read.problem.message.startsWith('not valid JSON')
        ? `${file} is ${read.problem.message} (line ${read.problem.line}, column ${read.problem.column})`
        : read.problem.message,
    );
  const { validateGuide, formatPath } = await importDist('lib/validate-guide.js');
  for (const { line, column, keys, message } of read.locations.duplicateKeys) {
    io.stderr.write(`az-cancel-guide: warning: ${file}:${line}:${column}  ${formatPath(keys)}  ${message}\n`);
  }
  const result = validateGuide(read.value);
  if (!result.ok) throw new DataError(`${file} is not a valid guide: ${result.error}`);
  // Interface strings the file lacks come from the bundled locale nearest to its language, as in the elements.
  const { withInterfaceStrings } = await importDist('lib/load-custom-guide.js');
  const { AVAILABLE_LOCALES, DEFAULT_LOCALE, loadLocale } = await importDist('data/locales.js');
  const { matchLocale } = await importDist('i18n/negotiate-locale.js');
  return withInterfaceStrings(result.data, (tag) => loadLocale(matchLocale(tag, AVAILABLE_LOCALES) ?? DEFAULT_LOCALE));
}

async function render({ positionals, options }, io) {
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (options.lang !== undefined && options.data !== undefined)
    throw new UsageError('use either --lang or --data, not both (the file names its own locale)');
  const headingLevel = parseHeadingLevel(options['heading-level']);
  const content = options.data !== undefined ? await readGuide(io, options.data) : await bundledLocale(options.lang);
  const { renderStaticHtml } = await importDist('static/render-static-html.js');
  io.stdout.write(renderStaticHtml(content, { headingLevel }));
  return 0;
}

/** `--today`: a calendar day as YYYY-MM-DD (UTC midnight), default now. */
function parseToday(value) {
  if (value === undefined) return new Date();
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--today must be a date as YYYY-MM-DD, not "${value}"`);
  }
  return date;
}

/**
 * One file's verdict: `unreadable` (with a message), `invalid` (problems) or `valid` (maybe
 * warnings). Problems and warnings carry their line and column in the file.
 */
async function checkFile(io, file, today) {
  const read = await readGuideFile(io, file, 'the file');
  const { name } = read;
  if (read.unreadable)
    return { file: name, status: 'unreadable', message: read.unreadable, problems: [], warnings: [] };
  if (read.problem) return { file: name, status: 'invalid', problems: [read.problem], warnings: [] };
  const { validateGuide, formatPath } = await importDist('lib/validate-guide.js');
  const at = located(read.locations);
  // JSON.parse keeps a repeated key's last value: said whatever the verdict, as the other value is lost.
  const duplicates = read.locations.duplicateKeys.map(({ line, column, keys, message }) => ({
    line,
    column,
    path: formatPath(keys),
    keys,
    message,
  }));
  const result = validateGuide(read.value);
  if (!result.ok)
    return { file: name, status: 'invalid', problems: result.problems.map(at).sort(byPosition), warnings: duplicates };

  const { AVAILABLE_LOCALES, loadLocale } = await importDist('data/locales.js');
  const { matchLocale } = await importDist('i18n/negotiate-locale.js');
  const { contentWarnings } = await importDist('lib/content-warnings.js');
  const same = matchLocale(result.data.locale, AVAILABLE_LOCALES);
  const bundled = same ? await loadLocale(same) : undefined;
  const warnings = [...duplicates, ...contentWarnings(result.data, { today, bundled }).map(at)].sort(byPosition);
  return { file: name, status: 'valid', problems: [], warnings };
}

const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;

async function validate({ positionals, options }, io) {
  if (positionals.length === 0) throw new UsageError('validate needs a file (or - for stdin)');
  if (positionals.filter((file) => file === '-').length > 1) throw new UsageError('- (stdin) given twice');
  const today = parseToday(options.today);
  const results = [];
  for (const file of positionals) results.push(await checkFile(io, file, today));

  if (options.json) {
    const valid = results.every((result) => result.status === 'valid');
    io.stdout.write(`${JSON.stringify({ valid, files: results }, null, 2)}\n`);
  } else {
    for (const result of results) {
      if (result.status === 'unreadable') {
        io.stderr.write(`az-cancel-guide: ${result.message}\n`);
        continue;
      }
      const line = (entry, prefix = '') =>
        `${result.file}:${entry.line}:${entry.column}  ${entry.path}  ${prefix}${entry.message}\n`;
      for (const problem of result.problems) io.stdout.write(line(problem));
      for (const warning of result.warnings) io.stdout.write(line(warning, 'warning: '));
      const verdict = result.status === 'valid' ? 'valid' : plural(result.problems.length, 'problem');
      io.stdout.write(
        `${result.file}: ${verdict}${result.warnings.length > 0 ? `, ${plural(result.warnings.length, 'warning')}` : ''}\n`,
      );
    }
  }
  if (results.some((result) => result.status === 'unreadable')) return 2;
  return results.some((result) => result.status === 'invalid') ? 1 : 0;
}

/**
 * `$schema` for a file written to `directory`: a relative path to the package's guide.schema.json.
 * Installed in the project (node_modules under the current directory), the path leads to that
 * file; run through npx without installing, to where `npm install az-cancel-guide` will put it.
 */
function schemaReference(directory, cwd) {
  const packaged = fileURLToPath(new URL('guide.schema.json', dist));
  const fromHere = relative(cwd, packaged);
  const inProject = !fromHere.startsWith('..') && !isAbsolute(fromHere) && !fromHere.split(sep).includes('_npx');
  const target = inProject ? packaged : join(cwd, 'node_modules', 'az-cancel-guide', 'dist', 'guide.schema.json');
  const path = relative(directory, target).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

async function init({ positionals, options }, io) {
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (options.force && options.out === undefined) throw new UsageError('--force goes with --out');
  const content = { ...(await bundledLocale(options.lang)) };
  delete content.$schema; // the bundled file's points into src/data/
  const out = options.out === undefined ? undefined : fromCwd(io.cwd, options.out);
  const directory = out === undefined ? io.cwd : dirname(out);
  const text = `${JSON.stringify({ $schema: schemaReference(directory, io.cwd), ...content }, null, 2)}\n`;
  if (out === undefined) {
    io.stdout.write(text);
    return 0;
  }
  try {
    writeFileSync(out, text, { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    if (error.code === 'EEXIST') throw new FileError(`${options.out} already exists; add --force to replace it`);
    throw new FileError(
      `cannot write ${options.out}: ${error.code === 'ENOENT' ? 'no such folder' : readError(error)}`,
    );
  }
  io.stdout.write(
    `Wrote ${options.out} (${content.locale}). Check it with: npx az-cancel-guide validate ${options.out}\n`,
  );
  return 0;
}

const RUN = { render, validate, init };

/**
 * Runs the CLI on `args` (the arguments after the script's path) and resolves to its exit status:
 * 0, 1 (invalid content, dist/ missing) or 2 (usage error, unreadable or unwritable file). Errors
 * other than those are bugs: they reject, with their stack.
 * `io`: `stdout` and `stderr` with `write(text)`; `stdin.read()`, all of stdin (read only for `-`)
 * as a Buffer or string; `cwd`, the directory relative paths start from.
 */
export async function runCli(args, io) {
  try {
    const parsed = parseArgs(args);
    if (parsed.help) {
      io.stdout.write(`${await usageText()}\n`);
      return 0;
    }
    return await RUN[parsed.command](parsed, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`az-cancel-guide: ${error.message}\n\n${await usageText()}\n`);
      return 2;
    } else if (error instanceof DataError) {
      io.stderr.write(`az-cancel-guide: ${error.message}\n\n${await usageText()}\n`);
      return 1;
    } else if (error instanceof BuildError) {
      io.stderr.write(`az-cancel-guide: ${error.message}\n`);
      return 1;
    } else if (error instanceof FileError) {
      io.stderr.write(`az-cancel-guide: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
