import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { clampHeadingLevel } from './heading-level.js';
import { heading } from './heading.js';

describe('clampHeadingLevel', () => {
  const table: ReadonlyArray<readonly [unknown, number]> = [
    [NaN, 2],
    ['abc', 2],
    [0, 2],
    ['0', 2],
    [undefined, 2],
    [null, 2],
    ['', 2],
    [{}, 2],
    [1, 1],
    [2, 2],
    [3, 3],
    [6, 6],
    [7, 6],
    [100, 6],
    [-1, 1],
    [-5, 1],
    ['4', 4],
    [' 5 ', 5],
    [2.4, 2],
    [2.5, 3],
    [5.6, 6],
    [6.7, 6],
  ];
  for (const [input, expected] of table) {
    const label = typeof input === 'number' || input === undefined ? String(input) : JSON.stringify(input);
    it(`${label} → ${expected}`, () => {
      expect(clampHeadingLevel(input)).to.equal(expected);
    });
  }
});

describe('heading', () => {
  function renderHeading(...args: Parameters<typeof heading>): HTMLDivElement {
    const container = document.createElement('div');
    render(heading(...args), container);
    return container;
  }

  const table: ReadonlyArray<readonly [number, string]> = [
    [1, 'H1'],
    [2, 'H2'],
    [3, 'H3'],
    [4, 'H4'],
    [5, 'H5'],
    [6, 'H6'],
    [7, 'H6'],
    [0, 'H2'],
    [NaN, 'H2'],
    [-3, 'H1'],
  ];
  for (const [level, tag] of table) {
    it(`level ${level} renders a real <${tag.toLowerCase()}>`, () => {
      const container = renderHeading(level, 'Cancel your card', 'title');
      const element = container.firstElementChild!;
      expect(element.tagName).to.equal(tag);
      expect(element.getAttribute('part')).to.equal('title');
      expect(element.textContent).to.equal('Cancel your card');
      expect(element.hasAttribute('id')).to.equal(false);
      expect(container.children.length).to.equal(1);
    });
  }

  it('keeps markup in the content as text', () => {
    const container = renderHeading(3, '<b>x</b>', 'section-heading');
    const element = container.querySelector('h3')!;
    expect(element).to.exist;
    expect(element.textContent).to.equal('<b>x</b>');
    expect(element.querySelector('b')).to.equal(null);
    expect(container.querySelector('b')).to.equal(null);
  });

  it('sets the id when given', () => {
    const container = renderHeading(2, 'Before you start', 'heading', 'heading-before');
    const element = container.querySelector('h2')!;
    expect(element.id).to.equal('heading-before');
    expect(element.getAttribute('part')).to.equal('heading');
  });

  it('re-renders at a new level into the same container', () => {
    const container = document.createElement('div');
    render(heading(2, 'A', 'title'), container);
    render(heading(4, 'B', 'title'), container);
    expect(container.querySelectorAll('h2').length).to.equal(0);
    expect(container.querySelector('h4')!.textContent).to.equal('B');
  });
});
