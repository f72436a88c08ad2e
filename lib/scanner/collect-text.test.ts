// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { walkText } from './collect-text';

async function texts(root: Node): Promise<string[]> {
  const seen: string[] = [];
  await walkText(root, (node) => seen.push(node.data));
  return seen;
}

describe('walkText', () => {
  it('reads prose and skips code, form fields, editable and hidden parts and our own UI', async () => {
    document.body.innerHTML = `
      <p>one</p><script>no1</script><style>no2</style><pre>no3</pre><code>no4</code>
      <textarea>no5</textarea><div contenteditable="true"><b>no6</b></div><div hidden>no7</div>
      <p aria-hidden="true">no8</p><backstory-root>no9</backstory-root><p>two <i>three</i></p>`;
    const seen = (await texts(document.body)).map((t) => t.trim()).filter(Boolean);
    expect(seen).toEqual(['one', 'two', 'three']);
  });

  it('walks open shadow roots after the tree that holds them, and reports them', async () => {
    document.body.innerHTML = '<p>before</p><x-card></x-card><p>after</p>';
    const shadow = document.querySelector('x-card')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>inside</span><code>not this</code>';
    const found: ShadowRoot[] = [];
    const seen: string[] = [];
    await walkText(document.body, (n) => seen.push(n.data), { onShadowRoot: (r) => found.push(r) });
    expect(seen).toEqual(['before', 'after', 'inside']);
    expect(found).toEqual([shadow]);
  });

  it('finds the shadow roots of every kind of element that can hold one', async () => {
    document.body.innerHTML = '<div id="a"></div><p><span id="b"></span></p><section id="c"></section>';
    for (const id of ['a', 'b', 'c']) {
      document.getElementById(id)!.attachShadow({ mode: 'open' }).innerHTML = `<i>in ${id}</i>`;
    }
    const closed = document.createElement('article');
    closed.attachShadow({ mode: 'closed' }).innerHTML = '<i>closed</i>';
    document.body.append(closed);
    const seen: string[] = [];
    await walkText(document.body, (n) => seen.push(n.data));
    expect(seen).toEqual(['in a', 'in b', 'in c']);
  });

  it('reads nothing when a rescan starts inside a skipped element', async () => {
    document.body.innerHTML = '<pre><span id="inner">code</span></pre>';
    expect(await texts(document.getElementById('inner')!)).toEqual([]);
    expect(await texts(document.getElementById('inner')!.firstChild!)).toEqual([]);
  });

  it('awaits the pause between nodes', async () => {
    document.body.innerHTML = '<p>a</p><p>b</p><p>c</p>';
    let pauses = 0;
    await walkText(document.body, () => {}, { pause: () => (pauses++, Promise.resolve()) });
    expect(pauses).toBeGreaterThanOrEqual(3);
  });
});
