import { expect } from '@open-wc/testing';
import { locateJson } from './json-locations.js';

describe('locateJson', () => {
  const text = '{\n  "title": "Заголовок",\n  "methods": {"items": [{"id": "a"}, {"id": "b", "steps": []}]}\n}\n';

  it('finds a value by its keys: 1-based line and column, and the offset', () => {
    const at = locateJson(text).at(['methods', 'items', 1, 'steps']);
    expect(at.line).to.equal(3);
    expect(at.column).to.equal(text.split('\n')[2]!.indexOf('[]') + 1);
    expect(text.slice(at.offset, at.offset + 2)).to.equal('[]');
  });

  it('counts columns in UTF-16 units after non-Latin text', () => {
    const line = '{"title": "标题 Заголовок", "dir": "up"}';
    expect(locateJson(line).at(['dir'])).to.deep.equal({
      line: 1,
      column: line.indexOf('"up"') + 1,
      offset: line.indexOf('"up"'),
    });
  });

  it('a missing key points at the object that lacks it', () => {
    const locations = locateJson(text);
    expect(locations.at(['methods', 'items', 0, 'kind'])).to.deep.equal(locations.at(['methods', 'items', 0]));
    expect(locations.at(['nothing', 'here'])).to.deep.equal({ line: 1, column: 1, offset: 0 });
  });

  it('lines after CRLF and CR line ends', () => {
    expect(locateJson('{\r\n"a": 1,\r\n"b": 2}').at(['b']).line).to.equal(3);
    expect(locateJson('{\r"a": 1,\r"b": 2}').at(['b']).line).to.equal(3);
  });

  it('no syntax error for JSON', () => {
    expect(locateJson(text).syntaxError).to.equal(undefined);
  });

  for (const [name, source, line, column, message] of [
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3, 'expected ","'],
    [
      'a trailing comma',
      '{\n  "a": 1,\n}',
      3,
      1,
      'expected a property name in double quotes (JSON allows no comma before "}")',
    ],
    ['a comment', '{ // note\n}', 1, 3, 'comments are not allowed in JSON'],
    ['an empty file', '', 1, 1, 'expected a value (JSON allows no comma before "]" or "}")'],
  ] as const) {
    it(`the first syntax error, in words: ${name}`, () => {
      const { syntaxError } = locateJson(source);
      expect(syntaxError).to.include({ line, column, message });
      expect(() => JSON.parse(source) as unknown).to.throw();
    });
  }
});
