import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/**
 * Where things are in the text of a JSON file, for tools that point at them: the CLI's
 * `file:line:column` and the editor's "go to the problem". Positions come from `jsonc-parser`
 * (Microsoft's parser behind VS Code's JSON support), so they match what a code editor shows.
 * Not used by the elements.
 */

/** 1-based line and column (columns count UTF-16 code units, as code editors do), and the 0-based offset. */
export interface JsonPosition {
  line: number;
  column: number;
  offset: number;
}

export interface JsonSyntaxError extends JsonPosition {
  message: string;
}

export interface JsonLocations {
  /** The first syntax error (later ones follow from it), or undefined when the text is JSON. */
  syntaxError?: JsonSyntaxError;
  /** Keys an object repeats: JSON.parse keeps the last value and drops the others without a word. */
  duplicateKeys: DuplicateKey[];
  /**
   * Where the value at `keys` starts (`['methods', 'items', 1, 'steps']`). For a key that is missing,
   * where its nearest existing parent starts: the object that lacks it.
   */
  at(keys: readonly (string | number)[]): JsonPosition;
}

export interface DuplicateKey extends JsonPosition {
  /** The path of the repeated key (`['methods', 'heading']`). */
  keys: (string | number)[];
  message: string;
}

/** Keys repeated in an object, at each repeat: walked with a stack, as the text may nest deep. */
function findDuplicateKeys(root: Node | undefined): { keys: (string | number)[]; offset: number }[] {
  const found: { keys: (string | number)[]; offset: number }[] = [];
  const stack: { node: Node; keys: (string | number)[] }[] = root ? [{ node: root, keys: [] }] : [];
  while (stack.length > 0) {
    const { node, keys } = stack.pop()!;
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const [keyNode, value] = property.children ?? [];
        if (keyNode?.type !== 'string') continue;
        const key = String(keyNode.value);
        if (seen.has(key)) found.push({ keys: [...keys, key], offset: keyNode.offset });
        seen.add(key);
        if (value) stack.push({ node: value, keys: [...keys, key] });
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, index) => stack.push({ node: child, keys: [...keys, index] }));
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** Plain words for jsonc-parser's error codes (its names are identifiers). */
const SYNTAX_MESSAGES: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes (JSON allows no comma before "}")',
  ValueExpected: 'expected a value (JSON allows no comma before "]" or "}")',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'expected the end of the file',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape after "\\"',
  InvalidCharacter: 'control character in a string: write it as an escape (\\n, \\t)',
};

/** Offsets at which each line starts, to turn offsets into line and column. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length);
  return starts;
}

/** Reads `text` once; `at()` then answers for any path. */
export function locateJson(text: string): JsonLocations {
  const errors: ParseError[] = [];
  const root: Node | undefined = parseTree(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const starts = lineStarts(text);

  const position = (offset: number): JsonPosition => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1, offset };
  };

  const [first] = errors;
  const syntaxError = first
    ? {
        ...position(first.offset),
        message: SYNTAX_MESSAGES[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error),
      }
    : undefined;

  return {
    syntaxError,
    duplicateKeys: findDuplicateKeys(root).map(({ keys, offset }) => ({
      ...position(offset),
      keys,
      message: `duplicate key "${keys.at(-1)}": only its last value is used; remove the other`,
    })),
    at(keys) {
      if (!root) return position(0);
      for (let length = keys.length; length > 0; length--) {
        const node = findNodeAtLocation(root, keys.slice(0, length));
        if (node) return position(node.offset);
      }
      return position(root.offset);
    },
  };
}
