#!/usr/bin/env node
// az-cancel-guide render: prints the guide as static HTML (the fallback snippet) to stdout.
// Uses the built renderer, validator and locale data in dist/ (a published package has them).
import { readFileSync } from 'node:fs';

const usage = (locales) => `Usage: az-cancel-guide render [--lang <tag>] [--data <file.json>] [--heading-level <1-6>]
       az-cancel-guide --help

Prints the whole guide as static, accessible HTML to paste inside <az-cancel-guide>.

Options:
  --lang <tag>            Bundled language (or a tag that maps to one, e.g. zh-TW); default
                          en. Not together with --data. Languages: ${locales}.
  --data <file.json>      Your own guide content (guide.schema.json); validated first.
  --heading-level <1-6>   Level of the title; sections, methods and "what to bring" follow
                          one, two and three levels below (default 2).
  -h, --help              Show this help.`;

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

const dist = new URL('../dist/', import.meta.url);

async function importDist(path) {
  try {
    return await import(new URL(path, dist).href);
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new BuildError(`dist/${path} is missing: run \`npm run build\` first.`);
  }
}

/** `--name value` and `--name=value`; every option at most once. */
function parseArgs(argv) {
  const known = new Set(['--lang', '--data', '--heading-level']);
  const options = {};
  const positionals = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    if (!arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!known.has(name)) throw new UsageError(`unknown option "${name}"`);
    let value;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
    if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
    const key = name.slice(2);
    if (Object.hasOwn(options, key)) throw new UsageError(`${name} given twice`);
    options[key] = value;
  }
  return { help: false, positionals, options };
}

function parseHeadingLevel(value) {
  if (value === undefined) return 2;
  if (!/^[1-6]$/.test(value.trim())) throw new UsageError(`--heading-level must be a whole number from 1 to 6, not "${value}"`);
  return Number(value);
}

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
  return result.data;
}

async function render({ positionals, options }) {
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  if (options.lang !== undefined && options.data !== undefined) throw new UsageError('use either --lang or --data, not both (the file names its own locale)');
  const headingLevel = parseHeadingLevel(options['heading-level']);

  let content;
  if (options.data !== undefined) {
    content = await readGuide(options.data);
  } else {
    const { AVAILABLE_LOCALES, DEFAULT_LOCALE, loadLocale } = await importDist('data/locales.js');
    const { matchLocale } = await importDist('i18n/negotiate-locale.js');
    const requested = options.lang ?? DEFAULT_LOCALE;
    const locale = matchLocale(requested, AVAILABLE_LOCALES);
    if (!locale) throw new UsageError(`unknown language "${requested}"; available: ${AVAILABLE_LOCALES.join(', ')}`);
    content = await loadLocale(locale);
  }
  const { renderStaticHtml } = await importDist('static/render-static-html.js');
  process.stdout.write(renderStaticHtml(content, { headingLevel }));
}

async function main(argv) {
  const parsed = parseArgs(argv);
  if (parsed.help) {
    process.stdout.write(`${await usageText()}\n`);
    return;
  }
  const [command] = parsed.positionals;
  if (command === undefined) throw new UsageError('missing command (the only command is "render")');
  if (command !== 'render') throw new UsageError(`unknown command "${command}" (the only command is "render")`);
  await render(parsed);
}

try {
  await main(process.argv.slice(2));
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
  } else {
    throw error;
  }
}
