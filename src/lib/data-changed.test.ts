import { expect } from '@open-wc/testing';
import { dataChanged } from './data-changed.js';

describe('dataChanged', () => {
  const guide = () => ({ title: 'A', steps: ['one', 'two'], link: { href: 'https://example.org' } });

  it('an equal object, or the same one, is no change', () => {
    const data = guide();
    expect(dataChanged(guide(), data)).to.be.false;
    expect(dataChanged(data, data)).to.be.false;
    expect(dataChanged(undefined, undefined)).to.be.false;
  });

  it('any difference, deep or at the top, is a change', () => {
    const deep = guide();
    deep.steps[1] = 'three';
    expect(dataChanged(deep, guide())).to.be.true;
    expect(dataChanged(guide(), undefined)).to.be.true;
    expect(dataChanged(undefined, guide())).to.be.true;
    expect(dataChanged(null, undefined)).to.be.true;
    expect(dataChanged('{}', {})).to.be.true;
  });

  it('objects it cannot serialise count as changed, without throwing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const hostile = {
      get title(): string {
        throw new Error('no');
      },
    };
    expect(dataChanged(cyclic, { self: {} })).to.be.true;
    expect(dataChanged(hostile, guide())).to.be.true;
  });
});
