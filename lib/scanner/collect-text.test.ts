// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HUGE_TREE_ELEMENTS, walkText } from './collect-text';

async function texts(root: Node): Promise<string[]> {
  const seen: string[] = [];
  await walkText(root, (node) => seen.push(node.data));
  return seen;
}

describe('walkText', () => {
  it('reads a huge tree in steps that can be cut, skipping the same parts as in a small one', async () => {
    // Past HUGE_TREE_ELEMENTS the skipped parts are found one selector at a time and merged.
    const part = (i: number) =>
      `<p>t${i}</p><code>c${i}</code><pre hidden>h${i}</pre><div contenteditable="true"><b>e${i}</b></div>` +
      `<x-host-${i % 3}></x-host-${i % 3}>`;
    const count = 40;
    const filler = `<div>${'<i></i>'.repeat(HUGE_TREE_ELEMENTS)}</div>`;
    document.body.innerHTML = Array.from(
      { length: count },
      (_, i) => part(i) + (i === 20 ? filler : ''),
    ).join('');
    const hosts = document.querySelectorAll('x-host-1');
    hosts[hosts.length - 1]!.attachShadow({ mode: 'open' }).innerHTML = '<i>shadow</i>';
    expect(document.body.getElementsByTagName('*').length).toBeGreaterThan(HUGE_TREE_ELEMENTS);
    let pauses = 0;
    const seen: string[] = [];
    await walkText(document.body, (n) => seen.push(n.data), { pause: () => void pauses++ });
    expect(seen).toEqual([...Array.from({ length: count }, (_, i) => `t${i}`), 'shadow']);
    expect(pauses).toBeGreaterThan(HUGE_TREE_ELEMENTS / 512);
  }, 30_000);

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

  it('reads the open shadow roots of custom elements, nested ones too, but not closed or hidden ones', async () => {
    document.body.innerHTML =
      '<x-a></x-a><p><x-b></x-b></p><x-closed></x-closed><div aria-hidden="true"><x-hidden></x-hidden></div>';
    const a = document.querySelector('x-a')!.attachShadow({ mode: 'open' });
    a.innerHTML = '<i>in a</i><x-inner></x-inner>';
    a.querySelector('x-inner')!.attachShadow({ mode: 'open' }).innerHTML = '<b>in inner</b>';
    document.querySelector('x-b')!.attachShadow({ mode: 'open' }).innerHTML = '<i>in b</i>';
    document.querySelector('x-closed')!.attachShadow({ mode: 'closed' }).innerHTML = '<i>closed</i>';
    document.querySelector('x-hidden')!.attachShadow({ mode: 'open' }).innerHTML = '<i>hidden</i>';
    expect(await texts(document.body)).toEqual(['in a', 'in inner', 'in b']);
  });

  it('jumps over nested skipped parts and empty ones, and reads what follows them', async () => {
    document.body.innerHTML =
      '<p>a</p><script></script><pre>x<code>y</code>z<kbd>w</kbd></pre><p>b<code>c</code>d</p>' +
      '<div hidden><p>e</p><pre>f</pre></div><style></style><p>g</p>';
    expect(await texts(document.body)).toEqual(['a', 'b', 'd', 'g']);
  });

  it('reads a whole document, leaving its head out', async () => {
    document.head.innerHTML = '<title>title</title>';
    document.body.innerHTML = '<p>body</p>';
    expect(await texts(document)).toEqual(['body']);
  });

  it('reads nothing when a rescan starts inside a skipped element', async () => {
    document.body.innerHTML = '<pre><span id="inner">code</span></pre>';
    expect(await texts(document.getElementById('inner')!)).toEqual([]);
    expect(await texts(document.getElementById('inner')!.firstChild!)).toEqual([]);
  });

  it('reads on to the end when the page takes away the node it paused on', async () => {
    document.body.innerHTML = Array.from({ length: 100 }, (_, i) => `<p>${i}</p><script>s</script>`).join('');
    const seen = new Set<string>();
    let paused = false;
    await walkText(document.body, (n) => seen.add(n.data), {
      pause: () => {
        if (paused || seen.size === 0) return undefined;
        paused = true;
        // The page replaces the paragraph the walk stands on, and a script after it.
        document.body.querySelectorAll('p')[31]!.replaceWith(document.createElement('hr'));
        document.body.querySelectorAll('script')[40]!.remove();
        return Promise.resolve();
      },
    });
    expect(seen.has('99')).toBe(true);
    expect(seen.has('s')).toBe(false);
    expect(seen.size).toBe(100);
  });

  it('offers to pause before each query over the whole subtree, as before a step that cannot be cut', async () => {
    document.body.innerHTML = '<p>a</p><p>b</p>';
    const calls: string[] = [];
    await walkText(document.body, (n) => calls.push(n.data), {
      pause: (heavyNext) => void calls.push(heavyNext ? 'heavy pause' : 'pause'),
    });
    // The skipped parts' query, the text, then the query for custom elements' shadow roots.
    expect(calls).toEqual(['heavy pause', 'a', 'b', 'heavy pause']);
  });

  it('reads nothing when the page takes the root away during the first pause', async () => {
    document.body.innerHTML = '<div id="root"><p>a</p></div>';
    const root = document.getElementById('root')!;
    const seen: string[] = [];
    await walkText(root, (n) => seen.push(n.data), {
      pause: () => (root.remove(), Promise.resolve()),
    });
    expect(seen).toEqual([]);
  });

  it('awaits the pause every few nodes', async () => {
    document.body.innerHTML = '<p>a</p>'.repeat(100);
    let pauses = 0;
    await walkText(document.body, () => {}, { pause: () => (pauses++, Promise.resolve()) });
    expect(pauses).toBeGreaterThanOrEqual(3);
  });

  describe('starting where the reader is looking', () => {
    const page =
      '<p>a</p><script>s1</script><div id="mid"><p>b</p><pre>p1</pre><p>c <i>d</i></p></div>' +
      '<code>c1</code><p id="late">e</p><div hidden><p>h1</p></div><p>f</p>';
    const startTexts = async (startAt: Node) => {
      const seen: string[] = [];
      await walkText(document.body, (n) => seen.push(n.data), { startAt });
      return seen;
    };

    it('reads from there to the end, then from the top back to there', async () => {
      document.body.innerHTML = page;
      expect(await startTexts(document.getElementById('mid')!)).toEqual(['b', 'c ', 'd', 'e', 'f', 'a']);
      expect(await startTexts(document.getElementById('late')!.firstChild!)).toEqual([
        'e',
        'f',
        'a',
        'b',
        'c ',
        'd',
      ]);
    });

    it('starts at the top when the place is not read at all or not on the page', async () => {
      document.body.innerHTML = page;
      const inCode = document.querySelector('pre')!;
      const elsewhere = document.createElement('p');
      for (const start of [inCode, inCode.firstChild!, elsewhere, document.body]) {
        expect(await startTexts(start)).toEqual(['a', 'b', 'c ', 'd', 'e', 'f']);
      }
    });

    it('reads every text once, whatever the place', async () => {
      // Pages of paragraphs, skipped parts and nested elements; a start at any of their nodes.
      const part = fc.oneof(
        fc.constantFrom('<p>t</p>', '<b>t</b>', 't', '<script>x</script>', '<pre>x<i>x</i></pre>'),
        fc.constantFrom('<div hidden>x</div>', '<div><p>t</p>t<code>x</code></div>', '<span></span>'),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(part, { minLength: 1, maxLength: 12 }), fc.nat(), async (parts, pick) => {
          document.body.innerHTML = parts.join('');
          // Each text told apart from the others.
          const all = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = 0, text = all.nextNode(); text; text = all.nextNode()) text.textContent = `t${n++}`;
          const inOrder = await texts(document.body);
          const nodes = [...document.body.querySelectorAll('*')].flatMap((el) => [el, ...el.childNodes]);
          const start = nodes[pick % nodes.length]!;
          const seen = await startTexts(start);
          expect([...seen].sort()).toEqual([...inOrder].sort());
          // The same order as from the top, turned around at one place.
          const turn = inOrder.indexOf(seen[0]!);
          expect(seen).toEqual([...inOrder.slice(turn), ...inOrder.slice(0, turn)]);
        }),
        { numRuns: 300 },
      );
    });
  });
});
