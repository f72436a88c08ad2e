// What the attacks share: the hostile pages, and the questions asked of the browser about
// what Backstory did (never of Backstory's own code).

/** The seed article's two unambiguous names, in a page of its own. */
export const NAMES_PAGE =
  '<!doctype html><meta charset="utf-8"><title>Names</title>' +
  '<p id="first">Palantir Technologies holds contracts with ICE.</p>' +
  '<p id="second">IBM sold census machines.</p>';

/** One text node of `length` characters: `head` at its start, `tail` near its end. */
export function hugeTextPage(length: number, head: string, tail: string): string {
  // Built in the page: a 50 MB text is not worth sending over the wire.
  return `<!doctype html><meta charset="utf-8"><title>Huge</title><p id="huge"></p><script>
    const filler = 'lorem ipsum '.repeat(Math.ceil(${length} / 12)).slice(0, ${length} - ${head.length + tail.length + 2});
    document.getElementById('huge').append(document.createTextNode(${JSON.stringify(head)} + ' ' + filler + ' ' + ${JSON.stringify(tail)}));
  </script>`;
}

/** A table of `cells` cells, a company named in the first and in the last. */
export function bigTablePage(cells: number): string {
  return `<!doctype html><meta charset="utf-8"><title>Table</title><table><tbody id="t"></tbody></table><script>
    const rows = [];
    for (let r = 0; r < ${cells / 10}; r++) {
      const cells = [];
      for (let c = 0; c < 10; c++) {
        const i = r * 10 + c;
        cells.push('<td>' + (i === 0 ? 'Palantir' : i === ${cells - 1} ? 'IBM' : 'cell ' + i) + '</td>');
      }
      rows.push('<tr>' + cells.join('') + '</tr>');
    }
    document.getElementById('t').innerHTML = rows.join('');
  </script>`;
}

/** `count` elements, nested a few deep, a company named every 20,000. */
export function manyElementsPage(count: number): string {
  return `<!doctype html><meta charset="utf-8"><title>Many</title><div id="root"></div><script>
    const root = document.getElementById('root');
    const frag = document.createDocumentFragment();
    for (let i = 0; i < ${count / 4}; i++) {
      const section = document.createElement('section');
      const div = document.createElement('div');
      const span = document.createElement('span');
      const b = document.createElement('b');
      span.textContent = i % 5000 === 0 ? 'Palantir' : 'item ' + i;
      b.textContent = '.';
      div.append(span, b);
      section.append(div);
      frag.append(section);
    }
    root.append(frag);
  </script>`;
}

/** A page that keeps changing itself: a clock, and elements added and taken away. */
export const MUTATION_STORM_PAGE = `<!doctype html><meta charset="utf-8"><title>Storm</title>
  <p id="name">Palantir Technologies holds contracts with ICE.</p><p id="clock">0</p><div id="churn"></div><script>
    const clock = document.getElementById('clock').firstChild;
    const churn = document.getElementById('churn');
    let n = 0;
    window.__storm = setInterval(() => {
      for (let i = 0; i < 20; i++) {
        clock.data = String(++n);
        const p = document.createElement('p');
        p.textContent = n % 50 === 0 ? 'IBM again' : 'row ' + n;
        churn.append(p);
        if (churn.childNodes.length > 200) churn.firstChild.remove();
      }
    }, 1);
    window.__stopStorm = () => { clearInterval(window.__storm); return n; };
  </script>`;

/** A page of `count` frames, each naming a company. */
export function framesPage(count: number): string {
  const frames = Array.from(
    { length: count },
    (_, i) => `<iframe src="/frame.html?${i}" width="200" height="60"></iframe>`,
  );
  return `<!doctype html><meta charset="utf-8"><title>Frames</title><p>IBM on top.</p>${frames.join('')}`;
}
export const FRAME_PAGE = '<!doctype html><meta charset="utf-8"><p>Palantir in a frame.</p>';

/** Page text that looks like markup, beside a name. */
export const MARKUP_PAGE =
  '<!doctype html><meta charset="utf-8"><title>Markup</title>' +
  '<p id="m">&lt;img src=x onerror=alert(1)&gt; Palantir &lt;script&gt;alert(2)&lt;/script&gt; &lt;a href="javascript:alert(3)"&gt;source&lt;/a&gt;</p>';

/**
 * Run in the page before it loads: clobbers the globals and prototypes a script would use
 * to walk, mark and message, and records what it could catch.
 */
export const CLOBBER_GLOBALS = `(() => {
  window.__caught = [];
  const original = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = original.call(this, init);
    window.__caught.push(root);
    return root;
  };
  // Kept for the test's own questions to the page, which the clobbering would break too.
  window.__real = { walker: Document.prototype.createTreeWalker, range: Document.prototype.createRange };
  Node.prototype.appendChild = function () { throw new Error('clobbered appendChild'); };
  Document.prototype.createTreeWalker = function () { throw new Error('clobbered walker'); };
  Document.prototype.createRange = function () { throw new Error('clobbered range'); };
  window.MutationObserver = class { observe() { throw new Error('clobbered observer'); } };
  HighlightRegistry.prototype.set = function () { throw new Error('clobbered highlights'); };
  window.Highlight = class { constructor() { throw new Error('clobbered Highlight'); } };
  window.setTimeout = () => 0;
  window.requestAnimationFrame = () => 0;
  if (window.scheduler) window.scheduler.yield = () => new Promise(() => {});
  performance.now = () => 0;
  Object.defineProperty(Object.prototype, 'ok', { get() { return true; }, configurable: true });
  Object.defineProperty(Object.prototype, 'companyId', { get() { return 'evil'; }, configurable: true });
  Array.prototype.sort = function () { throw new Error('clobbered sort'); };
  String.prototype.trim = function () { return ''; };
})()`;

/** Run in the page before it loads: notes every window message and every fetch it sees. */
export const WATCH_PAGE = `(() => {
  window.__messages = [];
  addEventListener('message', (event) => window.__messages.push(String(event.data).slice(0, 200)), true);
})()`;

/**
 * JS run in the page: every way a page's script reads its own document, joined; Backstory's
 * card must be in none of them.
 */
export const EVERYTHING_THE_PAGE_READS = `(() => {
  const root = document.documentElement;
  getSelection().selectAllChildren(document.documentElement);
  const selected = getSelection().toString();
  getSelection().removeAllRanges();
  const host = document.querySelector('backstory-root');
  return [
    root.innerText,
    root.textContent,
    root.outerHTML,
    typeof root.getHTML === 'function' ? root.getHTML({ serializableShadowRoots: true }) : '',
    selected,
    host ? String(host.shadowRoot) + host.innerHTML + host.textContent : '',
  ].join('\\n');
})()`;
