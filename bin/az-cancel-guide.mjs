#!/usr/bin/env node
// az-cancel-guide: tools for the guide's content.
// - render: prints the guide as static HTML (the fallback snippet) to stdout;
// - validate: checks content files against the content model, with line:column for every problem;
// - init: writes a bundled locale as a starting file for your own content.
// Uses the built renderer, validator and locale data in dist/ (a published package has them).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** The options of each command: `value` takes a value, `flag` none. */
const COMMANDS = {
  render: { '--lang': 'value', '--data': 'value', '--heading-level': 'value' },
  validate: { '--json': 'flag', '--today': 'value' },
  init: { '--lang': 'value', '--out': 'value', '--force': 'flag' },
};
const COMMAND_NAMES = Object.keys(COMMANDS)
  .map((name) => `"${name}"`)
  .join(', ');

/** The command, then `--name value`, `--name=value`, flags and arguments; every option at most once. */
function parseArgs(argv) {
  if (argv.includes('--help') || argv.includes('-h')) return { help: true };
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError(`missing command (one of ${COMMAND_NAMES})`);
  if (command.startsWith('-')) throw new UsageError(`the command comes first (one of ${COMMAND_NAMES}), not "${command}"`);
  if (!Object.hasOwn(COMMANDS, command)) throw new UsageError(`unknown command "${command}" (one of ${COMMAND_NAMES})`);
  const known = COMMANDS[command];
  const options = {};
  const positionals = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!Object.hasOwn(known, name)) throw new UsageError(`unknown option "${name}"${Object.values(COMMANDS).some((o) => Object.hasOwn(o, name)) ? ` for ${command}` : ''}`);
    let value;
    if (known[name] === 'flag') {
      if (eq !== -1) throw new UsageError(`${name} takes no value`);
      value = true;
    } else {
      if (eq !== -1) value = arg.slice(eq + 1);
      else if (i + 1 < rest.length && !rest[i + 1].startsWith('--')) value = rest[++i];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
    }
    const key = name.slice(2);
    if (Object.hasOwn(options, key)) throw new UsageError(`${name} given twice`);
    options[key] = value;
  }
  return { help: false, command, positionals, options };
}

function parseHeadingLevel(value) {
  if (value === undefined) return 2;
  if (!/^[1-6]$/.test(value.trim())) throw new UsageError(`--heading-level must be a whole number from 1 to 6, not "${value}"`);
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

const readError = (error) => (error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'is a directory' : error.code ?? error.message);

async function readGuide(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DataError(`cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.code ?? error.message}`);
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataError(`${file} is not valid JSON: ${error.message.split('\n')[0]}`);
  }
  const { validateGuide } = await importDist('lib/validate-guide.js');
  const result = validateGuide(json);
  if (!result.ok) throw new DataError(`${file} is not a valid guide: ${result.error}`);
  // Interface strings the file lacks come from the bundled locale nearest to its language, as in the elements.
  const { withInterfaceStrings } = await importDist('lib/load-custom-guide.js');
  const { AVAILABLE_LOCALES, DEFAULT_LOCALE, loadLocale } = await importDist('data/locales.js');
  const { matchLocale } = await importDist('i18n/negotiate-locale.js');
  return withInterfaceStrings(result.data, (tag) => loadLocale(matchLocale(tag, AVAILABLE_LOCALES) ?? DEFAULT_LOCALE));
}

async function render({ positionals, options }) {
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (options.lang !== undefined && options.data !== undefined) throw new UsageError('use either --lang or --data, not both (the file names its own locale)');
  const headingLevel = parseHeadingLevel(options['heading-level']);
  const content = options.data !== undefined ? await readGuide(options.data) : await bundledLocale(options.lang);
  const { renderStaticHtml } = await importDist('static/render-static-html.js');
  process.stdout.write(renderStaticHtml(content, { headingLevel }));
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
async function checkFile(file, today) {
  const name = file === '-' ? '<stdin>' : file;
  let text;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    return { file: name, status: 'unreadable', message: `cannot read ${name}: ${readError(error)}`, problems: [], warnings: [] };
  }
  text = text.replace(/^\uFEFF/, ''); // a byte-order mark is not JSON, but editors on Windows write one
  const { locateJson } = await importDist('lib/json-locations.js');
  const locations = locateJson(text);
  const located = ({ path, keys, message }) => {
    const { line, column } = locations.at(keys);
    return { line, column, path, keys, message };
  };
  const byPosition = (a, b) => a.line - b.line || a.column - b.column;

  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const where = locations.syntaxError ?? { line: 1, column: 1, message: error.message.split('\n')[0] };
    const problem = { line: where.line, column: where.column, path: '$', keys: [], message: `not valid JSON: ${where.message}` };
    return { file: name, status: 'invalid', problems: [problem], warnings: [] };
  }
  const { validateGuide } = await importDist('lib/validate-guide.js');
  const result = validateGuide(json);
  if (!result.ok) return { file: name, status: 'invalid', problems: result.problems.map(located).sort(byPosition), warnings: [] };

  const { AVAILABLE_LOCALES, loadLocale } = await importDist('data/locales.js');
  const { matchLocale } = await importDist('i18n/negotiate-locale.js');
  const { contentWarnings } = await importDist('lib/content-warnings.js');
  const same = matchLocale(result.data.locale, AVAILABLE_LOCALES);
  const bundled = same ? await loadLocale(same) : undefined;
  const warnings = contentWarnings(result.data, { today, bundled }).map(located).sort(byPosition);
  return { file: name, status: 'valid', problems: [], warnings };
}

const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;

async function validate({ positionals, options }) {
  if (positionals.length === 0) throw new UsageError('validate needs a file (or - for stdin)');
  if (positionals.filter((file) => file === '-').length > 1) throw new UsageError('- (stdin) given twice');
  const today = parseToday(options.today);
  const results = [];
  for (const file of positionals) results.push(await checkFile(file, today));

  if (options.json) {
    const valid = results.every((result) => result.status === 'valid');
    process.stdout.write(`${JSON.stringify({ valid, files: results }, null, 2)}\n`);
  } else {
    for (const result of results) {
      if (result.status === 'unreadable') {
        process.stderr.write(`az-cancel-guide: ${result.message}\n`);
        continue;
      }
      const line = (entry, prefix = '') => `${result.file}:${entry.line}:${entry.column}  ${entry.path}  ${prefix}${entry.message}\n`;
      for (const problem of result.problems) process.stdout.write(line(problem));
      for (const warning of result.warnings) process.stdout.write(line(warning, 'warning: '));
      const verdict = result.status === 'valid' ? 'valid' : plural(result.problems.length, 'problem');
      process.stdout.write(`${result.file}: ${verdict}${result.warnings.length > 0 ? `, ${plural(result.warnings.length, 'warning')}` : ''}\n`);
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
function schemaReference(directory) {
  const packaged = fileURLToPath(new URL('guide.schema.json', dist));
  const fromHere = relative(process.cwd(), packaged);
  const inProject = !fromHere.startsWith('..') && !isAbsolute(fromHere) && !fromHere.split(sep).includes('_npx');
  const target = inProject ? packaged : join(process.cwd(), 'node_modules', 'az-cancel-guide', 'dist', 'guide.schema.json');
  const path = relative(directory, target).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

async function init({ positionals, options }) {
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (options.force && options.out === undefined) throw new UsageError('--force goes with --out');
  const content = { ...(await bundledLocale(options.lang)) };
  delete content.$schema; // the bundled file's points into src/data/
  const directory = options.out === undefined ? process.cwd() : dirname(resolve(options.out));
  const text = `${JSON.stringify({ $schema: schemaReference(directory), ...content }, null, 2)}\n`;
  if (options.out === undefined) {
    process.stdout.write(text);
    return 0;
  }
  try {
    writeFileSync(options.out, text, { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    if (error.code === 'EEXIST') throw new FileError(`${options.out} already exists; add --force to replace it`);
    throw new FileError(`cannot write ${options.out}: ${error.code === 'ENOENT' ? 'no such folder' : readError(error)}`);
  }
  process.stdout.write(`Wrote ${options.out} (${content.locale}). Check it with: npx az-cancel-guide validate ${options.out}\n`);
  return 0;
}

const RUN = { render, validate, init };

async function main(argv) {
  const parsed = parseArgs(argv);
  if (parsed.help) {
    process.stdout.write(`${await usageText()}\n`);
    return 0;
  }
  return RUN[parsed.command](parsed);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`az-cancel-guide: ${error.message}\n\n${await usageText()}\n`);
    process.exitCode = 2;
  } else if (error instanceof DataError) {
    process.stderr.write(`az-cancel-guide: ${error.message}\n\n${await usageText()}\n`);
    process.exitCode = 1;
  } else if (error instanceof BuildError) {
    process.stderr.write(`az-cancel-guide: ${error.message}\n`);
    process.exitCode = 1;
  } else if (error instanceof FileError) {
    process.stderr.write(`az-cancel-guide: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
