/** Comma-separated CSS lists, and the background layers drawn as a box's borders (DOM-free). */
import { expect } from '@open-wc/testing';
import { edgeLines, splitList } from '../../src/core/css-list.js';

const LINE = 'linear-gradient(0deg, rgb(0, 99, 203), rgb(0, 99, 203))';
const FILL = 'linear-gradient(rgb(255, 255, 255), rgb(238, 238, 238))';

describe('css lists', () => {
  it('splits at top-level commas only', () => {
    expect(splitList('a:is(.x, .y), b[title="1,2"], c')).to.deep.equal(['a:is(.x, .y)', ' b[title="1,2"]', ' c']);
    expect(splitList(`${LINE}, ${FILL}`)).to.deep.equal([LINE, ` ${FILL}`]);
    expect(splitList('none')).to.deep.equal(['none']);
  });

  it('finds gradients drawn as lines along a box (1 to 4px thick, unrepeated), and maps them apart from the rest', () => {
    const mark = (layer: string) => `[${layer.slice(0, 6)}]`;
    // A DSFR alert: four edges of 1px, a band of 40px; the fill under them is not a line.
    const alert = [LINE, LINE, LINE, LINE, FILL].join(', ');
    expect(edgeLines(alert, '100% 1px, 1px 100%, 100% 1px, 40px 100%, 100% 100%', 'no-repeat', mark, () => 'none')).to.equal('[linear],[linear],[linear],none,none');
    // A tile's foot, 4px; a half pixel counts; 5px does not, nor a repeated stripe, nor a picture.
    expect(edgeLines(LINE, '100% 4px', 'no-repeat', mark, () => 'none')).to.equal('[linear]');
    expect(edgeLines(LINE, '100% 0.5px', 'no-repeat no-repeat', mark, () => 'none')).to.equal('[linear]');
    expect(edgeLines(LINE, '100% 5px', 'no-repeat', mark, () => 'none')).to.equal('');
    expect(edgeLines(LINE, '100% 1px', 'repeat', mark, () => 'none')).to.equal('');
    expect(edgeLines(`url("a.png"), ${LINE}`, '10px 1px, 100% 1px', 'no-repeat', mark, () => 'none')).to.equal('');
    // (The sizes' list repeats to match the layers.)
    expect(edgeLines(`${LINE}, ${LINE}`, '100% 1px', 'no-repeat', mark, () => 'none')).to.equal('[linear],[linear]');
  });

  it('says nothing where no layer changes', () => {
    expect(edgeLines(`${LINE}, ${FILL}`, '100% 1px, auto', 'no-repeat', (layer) => layer, (layer) => layer)).to.equal('');
    expect(edgeLines(FILL, 'auto', 'no-repeat', () => 'x', () => 'none')).to.equal('');
  });
});
