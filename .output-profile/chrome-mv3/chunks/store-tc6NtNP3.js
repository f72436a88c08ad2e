(function polyfill() {
  const relList = document.createElement('link').relList;
  if (relList && relList.supports && relList.supports('modulepreload')) return;
  for (const link of document.querySelectorAll('link[rel="modulepreload"]')) processPreload(link);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type !== 'childList') continue;
      for (const node of mutation.addedNodes)
        if (node.tagName === 'LINK' && node.rel === 'modulepreload') processPreload(node);
    }
  }).observe(document, {
    childList: true,
    subtree: true,
  });
  function getFetchOpts(link) {
    const fetchOpts = {};
    if (link.integrity) fetchOpts.integrity = link.integrity;
    if (link.referrerPolicy) fetchOpts.referrerPolicy = link.referrerPolicy;
    if (link.crossOrigin === 'use-credentials') fetchOpts.credentials = 'include';
    else if (link.crossOrigin === 'anonymous') fetchOpts.credentials = 'omit';
    else fetchOpts.credentials = 'same-origin';
    return fetchOpts;
  }
  function processPreload(link) {
    if (link.ep) return;
    link.ep = true;
    const fetchOpts = getFetchOpts(link);
    fetch(link.href, fetchOpts);
  }
})();
function initPlugins() {}
try {
  initPlugins();
} catch (err) {
  console.error('[wxt] Failed to initialize plugins', err);
}
var n,
  l$1,
  u$2,
  i$1,
  r$1,
  o$1,
  e$1,
  f$2,
  c$1,
  a$1,
  s$1,
  h$1,
  p$1,
  v$1,
  d$1 = {},
  w$1 = [],
  _ = /acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,
  g = Array.isArray;
function m$1(n2, l2) {
  for (var u2 in l2) n2[u2] = l2[u2];
  return n2;
}
function b(n2) {
  n2 && n2.parentNode && n2.parentNode.removeChild(n2);
}
function k$1(l2, u2, t2) {
  var i2,
    r2,
    o2,
    e2 = {};
  for (o2 in u2) 'key' == o2 ? (i2 = u2[o2]) : 'ref' == o2 ? (r2 = u2[o2]) : (e2[o2] = u2[o2]);
  if (
    (arguments.length > 2 && (e2.children = arguments.length > 3 ? n.call(arguments, 2) : t2),
    'function' == typeof l2 && null != l2.defaultProps)
  )
    for (o2 in l2.defaultProps) void 0 === e2[o2] && (e2[o2] = l2.defaultProps[o2]);
  return x(l2, e2, i2, r2, null);
}
function x(n2, t2, i2, r2, o2) {
  var e2 = {
    type: n2,
    props: t2,
    key: i2,
    ref: r2,
    __k: null,
    __: null,
    __b: 0,
    __e: null,
    __c: null,
    constructor: void 0,
    __v: null == o2 ? ++u$2 : o2,
    __i: -1,
    __u: 0,
  };
  return (null == o2 && null != l$1.vnode && l$1.vnode(e2), e2);
}
function S(n2) {
  return n2.children;
}
function C$1(n2, l2) {
  ((this.props = n2), (this.context = l2));
}
function $(n2, l2) {
  if (null == l2) return n2.__ ? $(n2.__, n2.__i + 1) : null;
  for (var u2; l2 < n2.__k.length; l2++) if (null != (u2 = n2.__k[l2]) && null != u2.__e) return u2.__e;
  return 'function' == typeof n2.type ? $(n2) : null;
}
function I(n2) {
  if (n2.__P && n2.__d) {
    var u2 = n2.__v,
      t2 = u2.__e,
      i2 = [],
      r2 = [],
      o2 = m$1({}, u2);
    ((o2.__v = u2.__v + 1),
      l$1.vnode && l$1.vnode(o2),
      q(
        n2.__P,
        o2,
        u2,
        n2.__n,
        n2.__P.namespaceURI,
        32 & u2.__u ? [t2] : null,
        i2,
        null == t2 ? $(u2) : t2,
        !!(32 & u2.__u),
        r2,
      ),
      (o2.__v = u2.__v),
      (o2.__.__k[o2.__i] = o2),
      D$1(i2, o2, r2),
      (u2.__e = u2.__ = null),
      o2.__e != t2 && P(o2));
  }
}
function P(n2) {
  if (null != (n2 = n2.__) && null != n2.__c)
    return (
      (n2.__e = n2.__c.base = null),
      n2.__k.some(function (l2) {
        if (null != l2 && null != l2.__e) return (n2.__e = n2.__c.base = l2.__e);
      }),
      P(n2)
    );
}
function A$1(n2) {
  ((!n2.__d && (n2.__d = true) && i$1.push(n2) && !H.__r++) || r$1 != l$1.debounceRendering) &&
    ((r$1 = l$1.debounceRendering) || o$1)(H);
}
function H() {
  try {
    for (var n2, l2 = 1; i$1.length;)
      (i$1.length > l2 && i$1.sort(e$1), (n2 = i$1.shift()), (l2 = i$1.length), I(n2));
  } finally {
    i$1.length = H.__r = 0;
  }
}
function L(n2, l2, u2, t2, i2, r2, o2, e2, f2, c2, a2) {
  var s2,
    h2,
    p2,
    v2,
    y2,
    _2,
    g2 = (t2 && t2.__k) || w$1,
    m2 = l2.length;
  for (f2 = T$1(u2, l2, g2, f2, m2), s2 = 0; s2 < m2; s2++)
    null != (p2 = u2.__k[s2]) &&
      ((h2 = (-1 != p2.__i && g2[p2.__i]) || d$1),
      (p2.__i = s2),
      (_2 = q(n2, p2, h2, i2, r2, o2, e2, f2, c2, a2)),
      (v2 = p2.__e),
      p2.ref && h2.ref != p2.ref && (h2.ref && J(h2.ref, null, p2), a2.push(p2.ref, p2.__c || v2, p2)),
      null == y2 && null != v2 && (y2 = v2),
      4 & p2.__u
        ? ((f2 = j$1(p2, f2, n2)), h2.__e && (h2.__e = null))
        : 'function' == typeof p2.type && void 0 !== _2
          ? (f2 = _2)
          : v2 && (f2 = v2.nextSibling),
      (p2.__u &= -7));
  return ((u2.__e = y2), f2);
}
function T$1(n2, l2, u2, t2, i2) {
  var r2,
    o2,
    e2,
    f2,
    c2,
    a2 = u2.length,
    s2 = a2,
    h2 = 0;
  for (n2.__k = new Array(i2), r2 = 0; r2 < i2; r2++)
    null != (o2 = l2[r2]) && 'boolean' != typeof o2 && 'function' != typeof o2
      ? ('string' == typeof o2 || 'number' == typeof o2 || 'bigint' == typeof o2 || o2.constructor == String
          ? (o2 = n2.__k[r2] = x(null, o2, null, null, null))
          : g(o2)
            ? (o2 = n2.__k[r2] = x(S, { children: o2 }, null, null, null))
            : void 0 === o2.constructor && o2.__b > 0
              ? (o2 = n2.__k[r2] = x(o2.type, o2.props, o2.key, o2.ref ? o2.ref : null, o2.__v))
              : (n2.__k[r2] = o2),
        (f2 = r2 + h2),
        (o2.__ = n2),
        (o2.__b = n2.__b + 1),
        (e2 = null),
        -1 != (c2 = o2.__i = O(o2, u2, f2, s2)) && (s2--, (e2 = u2[c2]) && (e2.__u |= 2)),
        null == e2 || null == e2.__v
          ? (-1 == c2 && (i2 > a2 ? h2-- : i2 < a2 && h2++), 'function' != typeof o2.type && (o2.__u |= 4))
          : c2 != f2 && (c2 == f2 - 1 ? h2-- : c2 == f2 + 1 ? h2++ : (c2 > f2 ? h2-- : h2++, (o2.__u |= 4))))
      : (n2.__k[r2] = null);
  if (s2)
    for (r2 = 0; r2 < a2; r2++)
      null != (e2 = u2[r2]) && 0 == (2 & e2.__u) && (e2.__e == t2 && (t2 = $(e2)), K(e2, e2));
  return t2;
}
function j$1(n2, l2, u2) {
  var t2, i2;
  if ('function' == typeof n2.type) {
    for (t2 = n2.__k, i2 = 0; t2 && i2 < t2.length; i2++)
      t2[i2] && ((t2[i2].__ = n2), (l2 = j$1(t2[i2], l2, u2)));
    return l2;
  }
  n2.__e != l2 &&
    (l2 && n2.type && !l2.parentNode && (l2 = $(n2)), (l2 = u2.insertBefore(n2.__e, l2 || null)));
  do {
    l2 = l2 && l2.nextSibling;
  } while (null != l2 && 8 == l2.nodeType);
  return l2;
}
function O(n2, l2, u2, t2) {
  var i2,
    r2,
    o2,
    e2 = n2.key,
    f2 = n2.type,
    c2 = l2[u2],
    a2 = null != c2 && 0 == (2 & c2.__u);
  if ((null === c2 && null == e2) || (a2 && e2 == c2.key && f2 == c2.type)) return u2;
  if (t2 > (a2 ? 1 : 0)) {
    for (i2 = u2 - 1, r2 = u2 + 1; i2 >= 0 || r2 < l2.length;)
      if (
        null != (c2 = l2[(o2 = i2 >= 0 ? i2-- : r2++)]) &&
        0 == (2 & c2.__u) &&
        e2 == c2.key &&
        f2 == c2.type
      )
        return o2;
  }
  return -1;
}
function z$1(n2, l2, u2) {
  '-' == l2[0]
    ? n2.setProperty(l2, null == u2 ? '' : u2)
    : (n2[l2] = null == u2 ? '' : 'number' != typeof u2 || _.test(l2) ? u2 : u2 + 'px');
}
function N(n2, l2, u2, t2, i2) {
  var r2, o2;
  n: if ('style' == l2)
    if ('string' == typeof u2) n2.style.cssText = u2;
    else {
      if (('string' == typeof t2 && (n2.style.cssText = t2 = ''), t2))
        for (l2 in t2) (u2 && l2 in u2) || z$1(n2.style, l2, '');
      if (u2) for (l2 in u2) (t2 && u2[l2] == t2[l2]) || z$1(n2.style, l2, u2[l2]);
    }
  else if ('o' == l2[0] && 'n' == l2[1])
    ((r2 = l2 != (l2 = l2.replace(s$1, '$1'))),
      (o2 = l2.toLowerCase()),
      (l2 = o2 in n2 || 'onFocusOut' == l2 || 'onFocusIn' == l2 ? o2.slice(2) : l2.slice(2)),
      n2.l || (n2.l = {}),
      (n2.l[l2 + r2] = u2),
      u2
        ? t2
          ? (u2[a$1] = t2[a$1])
          : ((u2[a$1] = h$1), n2.addEventListener(l2, r2 ? v$1 : p$1, r2))
        : n2.removeEventListener(l2, r2 ? v$1 : p$1, r2));
  else {
    if ('http://www.w3.org/2000/svg' == i2) l2 = l2.replace(/xlink(H|:h)/, 'h').replace(/sName$/, 's');
    else if (
      'width' != l2 &&
      'height' != l2 &&
      'href' != l2 &&
      'list' != l2 &&
      'form' != l2 &&
      'tabIndex' != l2 &&
      'download' != l2 &&
      'rowSpan' != l2 &&
      'colSpan' != l2 &&
      'role' != l2 &&
      'popover' != l2 &&
      l2 in n2
    )
      try {
        n2[l2] = null == u2 ? '' : u2;
        break n;
      } catch (n3) {}
    'function' == typeof u2 ||
      (null == u2 || (false === u2 && '-' != l2[4])
        ? n2.removeAttribute(l2)
        : n2.setAttribute(l2, 'popover' == l2 && 1 == u2 ? '' : u2));
  }
}
function V(n2) {
  return function (u2) {
    if (this.l) {
      var t2 = this.l[u2.type + n2];
      if (null == u2[c$1]) u2[c$1] = h$1++;
      else if (u2[c$1] < t2[a$1]) return;
      return t2(l$1.event ? l$1.event(u2) : u2);
    }
  };
}
function q(n2, u2, t2, i2, r2, o2, e2, f2, c2, a2) {
  var s2,
    h2,
    p2,
    v2,
    y2,
    d2,
    _2,
    k2,
    x2,
    M,
    I2,
    P2,
    A2,
    H2,
    T2,
    j2,
    F = u2.type;
  if (void 0 !== u2.constructor) return null;
  (128 & t2.__u && ((c2 = !!(32 & t2.__u)), (o2 = [(f2 = u2.__e = t2.__e)])), (s2 = l$1.__b) && s2(u2));
  n: if ('function' == typeof F) {
    h2 = e2.length;
    try {
      if (
        ((x2 = u2.props),
        (M = F.prototype && F.prototype.render),
        (I2 = (s2 = F.contextType) && i2[s2.__c]),
        (P2 = s2 ? (I2 ? I2.props.value : s2.__) : i2),
        t2.__c
          ? (k2 = (p2 = u2.__c = t2.__c).__ = p2.__E)
          : (M
              ? (u2.__c = p2 = new F(x2, P2))
              : ((u2.__c = p2 = new C$1(x2, P2)), (p2.constructor = F), (p2.render = Q)),
            I2 && I2.sub(p2),
            p2.state || (p2.state = {}),
            (p2.__n = i2),
            (v2 = p2.__d = true),
            (p2.__h = []),
            (p2._sb = [])),
        M && null == p2.__s && (p2.__s = p2.state),
        M &&
          null != F.getDerivedStateFromProps &&
          (p2.__s == p2.state && (p2.__s = m$1({}, p2.__s)),
          m$1(p2.__s, F.getDerivedStateFromProps(x2, p2.__s))),
        (y2 = p2.props),
        (d2 = p2.state),
        (p2.__v = u2),
        v2)
      )
        (M && null == F.getDerivedStateFromProps && null != p2.componentWillMount && p2.componentWillMount(),
          M && null != p2.componentDidMount && p2.__h.push(p2.componentDidMount));
      else {
        if (
          (M &&
            null == F.getDerivedStateFromProps &&
            x2 !== y2 &&
            null != p2.componentWillReceiveProps &&
            p2.componentWillReceiveProps(x2, P2),
          u2.__v == t2.__v ||
            (!p2.__e &&
              null != p2.shouldComponentUpdate &&
              false === p2.shouldComponentUpdate(x2, p2.__s, P2)))
        ) {
          (u2.__v != t2.__v && ((p2.props = x2), (p2.state = p2.__s), (p2.__d = false)),
            (u2.__e = t2.__e),
            (u2.__k = t2.__k),
            u2.__k.some(function (n3) {
              n3 && (n3.__ = u2);
            }),
            w$1.push.apply(p2.__h, p2._sb),
            (p2._sb = []),
            p2.__h.length && e2.push(p2),
            (f2 = $(t2)));
          break n;
        }
        (null != p2.componentWillUpdate && p2.componentWillUpdate(x2, p2.__s, P2),
          M &&
            null != p2.componentDidUpdate &&
            p2.__h.push(function () {
              p2.componentDidUpdate(y2, d2, _2);
            }));
      }
      if (((p2.context = P2), (p2.props = x2), (p2.__P = n2), (p2.__e = false), (A2 = l$1.__r), (H2 = 0), M))
        ((p2.state = p2.__s),
          (p2.__d = false),
          A2 && A2(u2),
          (s2 = p2.render(p2.props, p2.state, p2.context)),
          w$1.push.apply(p2.__h, p2._sb),
          (p2._sb = []));
      else
        do {
          ((p2.__d = false),
            A2 && A2(u2),
            (s2 = p2.render(p2.props, p2.state, p2.context)),
            (p2.state = p2.__s));
        } while (p2.__d && ++H2 < 25);
      ((p2.state = p2.__s),
        null != p2.getChildContext && (i2 = m$1(m$1({}, i2), p2.getChildContext())),
        M && !v2 && null != p2.getSnapshotBeforeUpdate && (_2 = p2.getSnapshotBeforeUpdate(y2, d2)),
        (T2 = null != s2 && s2.type === S && null == s2.key ? E(s2.props.children) : s2),
        (f2 = L(n2, g(T2) ? T2 : [T2], u2, t2, i2, r2, o2, e2, f2, c2, a2)),
        (p2.base = u2.__e),
        (u2.__u &= -161),
        p2.__h.length && e2.push(p2),
        k2 && (p2.__E = p2.__ = null));
    } catch (n3) {
      if (((e2.length = h2), (u2.__v = null), c2 || null != o2)) {
        if (n3.then) {
          for (u2.__u |= c2 ? 160 : 128; f2 && 8 == f2.nodeType && f2.nextSibling;) f2 = f2.nextSibling;
          (null != o2 && (o2[o2.indexOf(f2)] = null), (u2.__e = f2));
        } else if (null != o2) for (j2 = o2.length; j2--;) b(o2[j2]);
      } else u2.__e = t2.__e;
      (null == u2.__k && (u2.__k = t2.__k || []), n3.then || B$1(u2), l$1.__e(n3, u2, t2));
    }
  } else
    null == o2 && u2.__v == t2.__v
      ? ((u2.__k = t2.__k), (u2.__e = t2.__e))
      : (f2 = u2.__e = G(t2.__e, u2, t2, i2, r2, o2, e2, c2, a2));
  return ((s2 = l$1.diffed) && s2(u2), 128 & u2.__u ? void 0 : f2);
}
function B$1(n2) {
  n2 && (n2.__c && (n2.__c.__e = true), n2.__k && n2.__k.some(B$1));
}
function D$1(n2, u2, t2) {
  for (var i2 = 0; i2 < t2.length; i2++) J(t2[i2], t2[++i2], t2[++i2]);
  (l$1.__c && l$1.__c(u2, n2),
    n2.some(function (u3) {
      try {
        ((n2 = u3.__h),
          (u3.__h = []),
          n2.some(function (n3) {
            n3.call(u3);
          }));
      } catch (n3) {
        l$1.__e(n3, u3.__v);
      }
    }));
}
function E(n2) {
  return 'object' != typeof n2 || null == n2 || n2.__b > 0
    ? n2
    : g(n2)
      ? n2.map(E)
      : void 0 !== n2.constructor
        ? null
        : m$1({}, n2);
}
function G(u2, t2, i2, r2, o2, e2, f2, c2, a2) {
  var s2,
    h2,
    p2,
    v2,
    y2,
    w2,
    _2,
    m2 = i2.props || d$1,
    k2 = t2.props,
    x2 = t2.type;
  if (
    ('svg' == x2
      ? (o2 = 'http://www.w3.org/2000/svg')
      : 'math' == x2
        ? (o2 = 'http://www.w3.org/1998/Math/MathML')
        : o2 || (o2 = 'http://www.w3.org/1999/xhtml'),
    null != e2)
  ) {
    for (s2 = 0; s2 < e2.length; s2++)
      if ((y2 = e2[s2]) && 'setAttribute' in y2 == !!x2 && (x2 ? y2.localName == x2 : 3 == y2.nodeType)) {
        ((u2 = y2), (e2[s2] = null));
        break;
      }
  }
  if (null == u2) {
    if (null == x2) return document.createTextNode(k2);
    ((u2 = document.createElementNS(o2, x2, k2.is && k2)),
      c2 && (l$1.__m && l$1.__m(t2, e2), (c2 = false)),
      (e2 = null));
  }
  if (null == x2) m2 === k2 || (c2 && u2.data == k2) || (u2.data = k2);
  else {
    if (
      ((e2 = 'textarea' == x2 && null != k2.defaultValue ? null : e2 && n.call(u2.childNodes)),
      !c2 && null != e2)
    )
      for (m2 = {}, s2 = 0; s2 < u2.attributes.length; s2++) m2[(y2 = u2.attributes[s2]).name] = y2.value;
    for (s2 in m2)
      ((y2 = m2[s2]),
        'dangerouslySetInnerHTML' == s2
          ? (p2 = y2)
          : 'children' == s2 ||
            s2 in k2 ||
            ('value' == s2 && 'defaultValue' in k2) ||
            ('checked' == s2 && 'defaultChecked' in k2) ||
            N(u2, s2, null, y2, o2));
    for (s2 in k2)
      ((y2 = k2[s2]),
        'children' == s2
          ? (v2 = y2)
          : 'dangerouslySetInnerHTML' == s2
            ? (h2 = y2)
            : 'value' == s2
              ? (w2 = y2)
              : 'checked' == s2
                ? (_2 = y2)
                : (c2 && 'function' != typeof y2) || m2[s2] === y2 || N(u2, s2, y2, m2[s2], o2));
    if (h2)
      (c2 || (p2 && (h2.__html == p2.__html || h2.__html == u2.innerHTML)) || (u2.innerHTML = h2.__html),
        (t2.__k = []));
    else if (
      (p2 && (u2.innerHTML = ''),
      L(
        'template' == t2.type ? u2.content : u2,
        g(v2) ? v2 : [v2],
        t2,
        i2,
        r2,
        'foreignObject' == x2 ? 'http://www.w3.org/1999/xhtml' : o2,
        e2,
        f2,
        e2 ? e2[0] : i2.__k && $(i2, 0),
        c2,
        a2,
      ),
      null != e2)
    )
      for (s2 = e2.length; s2--;) b(e2[s2]);
    (c2 && 'textarea' != x2) ||
      ((s2 = 'value'),
      'progress' == x2 && null == w2
        ? u2.removeAttribute('value')
        : null != w2 &&
          (w2 !== u2[s2] || ('progress' == x2 && !w2) || ('option' == x2 && w2 != m2[s2])) &&
          N(u2, s2, w2, m2[s2], o2),
      (s2 = 'checked'),
      null != _2 && _2 != u2[s2] && N(u2, s2, _2, m2[s2], o2));
  }
  return u2;
}
function J(n2, u2, t2) {
  try {
    if ('function' == typeof n2) {
      var i2 = 'function' == typeof n2.__u;
      (i2 && n2.__u(), (i2 && null == u2) || (n2.__u = n2(u2)));
    } else n2.current = u2;
  } catch (n3) {
    l$1.__e(n3, t2);
  }
}
function K(n2, u2, t2) {
  var i2, r2;
  if (
    (l$1.unmount && l$1.unmount(n2),
    (i2 = n2.ref) && ((i2.current && i2.current != n2.__e) || J(i2, null, u2)),
    null != (i2 = n2.__c))
  ) {
    if (i2.componentWillUnmount)
      try {
        i2.componentWillUnmount();
      } catch (n3) {
        l$1.__e(n3, u2);
      }
    i2.base = i2.__P = i2.__n = null;
  }
  if ((i2 = n2.__k))
    for (r2 = 0; r2 < i2.length; r2++) i2[r2] && K(i2[r2], u2, t2 || 'function' != typeof n2.type);
  (t2 || b(n2.__e), (n2.__c = n2.__ = n2.__e = void 0));
}
function Q(n2, l2, u2) {
  return this.constructor(n2, u2);
}
function R(u2, t2, i2) {
  var r2, o2, e2, f2;
  (t2 == document && (t2 = document.documentElement),
    l$1.__ && l$1.__(u2, t2),
    (o2 = (r2 = false) ? null : t2.__k),
    (e2 = []),
    (f2 = []),
    q(
      t2,
      (u2 = t2.__k = k$1(S, null, [u2])),
      o2 || d$1,
      d$1,
      t2.namespaceURI,
      o2 ? null : t2.firstChild ? n.call(t2.childNodes) : null,
      e2,
      o2 ? o2.__e : t2.firstChild,
      r2,
      f2,
    ),
    D$1(e2, u2, f2),
    (u2.props.children = null));
}
((n = w$1.slice),
  (l$1 = {
    __e: function (n2, l2, u2, t2) {
      for (var i2, r2, o2; (l2 = l2.__);)
        if ((i2 = l2.__c) && !i2.__)
          try {
            if (
              ((r2 = i2.constructor) &&
                null != r2.getDerivedStateFromError &&
                (i2.setState(r2.getDerivedStateFromError(n2)), (o2 = i2.__d)),
              null != i2.componentDidCatch && (i2.componentDidCatch(n2, t2 || {}), (o2 = i2.__d)),
              o2)
            )
              return (i2.__E = i2);
          } catch (l3) {
            n2 = l3;
          }
      throw n2;
    },
  }),
  (u$2 = 0),
  (C$1.prototype.setState = function (n2, l2) {
    var u2;
    ((u2 = null != this.__s && this.__s != this.state ? this.__s : (this.__s = m$1({}, this.state))),
      'function' == typeof n2 && (n2 = n2(m$1({}, u2), this.props)),
      n2 && m$1(u2, n2),
      null != n2 && this.__v && (l2 && this._sb.push(l2), A$1(this)));
  }),
  (C$1.prototype.forceUpdate = function (n2) {
    this.__v && ((this.__e = true), n2 && this.__h.push(n2), A$1(this));
  }),
  (C$1.prototype.render = S),
  (i$1 = []),
  (o$1 = 'function' == typeof Promise ? Promise.prototype.then.bind(Promise.resolve()) : setTimeout),
  (e$1 = function (n2, l2) {
    return n2.__v.__b - l2.__v.__b;
  }),
  (H.__r = 0),
  (f$2 = Math.random().toString(8)),
  (c$1 = '__d' + f$2),
  (a$1 = '__a' + f$2),
  (s$1 = /(PointerCapture)$|Capture$/i),
  (h$1 = 0),
  (p$1 = V(false)),
  (v$1 = V(true)));
var f$1 = 0;
function u$1(e2, t2, n2, o2, i2, u2) {
  t2 || (t2 = {});
  var a2,
    c2,
    p2 = t2;
  if ('ref' in p2) for (c2 in ((p2 = {}), t2)) 'ref' == c2 ? (a2 = t2[c2]) : (p2[c2] = t2[c2]);
  var l2 = {
    type: e2,
    props: p2,
    key: n2,
    ref: a2,
    __k: null,
    __: null,
    __b: 0,
    __e: null,
    __c: null,
    constructor: void 0,
    __v: --f$1,
    __i: -1,
    __u: 0,
    __source: i2,
    __self: u2,
  };
  if ('function' == typeof e2 && (a2 = e2.defaultProps))
    for (c2 in a2) void 0 === p2[c2] && (p2[c2] = a2[c2]);
  return (l$1.vnode && l$1.vnode(l2), l2);
}
function getDefaultExportFromCjs(x2) {
  return x2 && x2.__esModule && Object.prototype.hasOwnProperty.call(x2, 'default') ? x2['default'] : x2;
}
var browserPolyfill$1 = { exports: {} };
var browserPolyfill = browserPolyfill$1.exports;
var hasRequiredBrowserPolyfill;
function requireBrowserPolyfill() {
  if (hasRequiredBrowserPolyfill) return browserPolyfill$1.exports;
  hasRequiredBrowserPolyfill = 1;
  (function (module, exports) {
    (function (global, factory) {
      {
        factory(module);
      }
    })(
      typeof globalThis !== 'undefined' ? globalThis : typeof self !== 'undefined' ? self : browserPolyfill,
      function (module2) {
        if (!(globalThis.chrome && globalThis.chrome.runtime && globalThis.chrome.runtime.id)) {
          throw new Error('This script should only be loaded in a browser extension.');
        }
        if (!(globalThis.browser && globalThis.browser.runtime && globalThis.browser.runtime.id)) {
          const CHROME_SEND_MESSAGE_CALLBACK_NO_RESPONSE_MESSAGE =
            'The message port closed before a response was received.';
          const wrapAPIs = (extensionAPIs) => {
            const apiMetadata = {
              alarms: {
                clear: {
                  minArgs: 0,
                  maxArgs: 1,
                },
                clearAll: {
                  minArgs: 0,
                  maxArgs: 0,
                },
                get: {
                  minArgs: 0,
                  maxArgs: 1,
                },
                getAll: {
                  minArgs: 0,
                  maxArgs: 0,
                },
              },
              bookmarks: {
                create: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                get: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                getChildren: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                getRecent: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                getSubTree: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                getTree: {
                  minArgs: 0,
                  maxArgs: 0,
                },
                move: {
                  minArgs: 2,
                  maxArgs: 2,
                },
                remove: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                removeTree: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                search: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                update: {
                  minArgs: 2,
                  maxArgs: 2,
                },
              },
              browserAction: {
                disable: {
                  minArgs: 0,
                  maxArgs: 1,
                  fallbackToNoCallback: true,
                },
                enable: {
                  minArgs: 0,
                  maxArgs: 1,
                  fallbackToNoCallback: true,
                },
                getBadgeBackgroundColor: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                getBadgeText: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                getPopup: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                getTitle: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                openPopup: {
                  minArgs: 0,
                  maxArgs: 0,
                },
                setBadgeBackgroundColor: {
                  minArgs: 1,
                  maxArgs: 1,
                  fallbackToNoCallback: true,
                },
                setBadgeText: {
                  minArgs: 1,
                  maxArgs: 1,
                  fallbackToNoCallback: true,
                },
                setIcon: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                setPopup: {
                  minArgs: 1,
                  maxArgs: 1,
                  fallbackToNoCallback: true,
                },
                setTitle: {
                  minArgs: 1,
                  maxArgs: 1,
                  fallbackToNoCallback: true,
                },
              },
              browsingData: {
                remove: {
                  minArgs: 2,
                  maxArgs: 2,
                },
                removeCache: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                removeCookies: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                removeDownloads: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                removeFormData: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                removeHistory: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                removeLocalStorage: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                removePasswords: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                removePluginData: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                settings: {
                  minArgs: 0,
                  maxArgs: 0,
                },
              },
              commands: {
                getAll: {
                  minArgs: 0,
                  maxArgs: 0,
                },
              },
              contextMenus: {
                remove: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                removeAll: {
                  minArgs: 0,
                  maxArgs: 0,
                },
                update: {
                  minArgs: 2,
                  maxArgs: 2,
                },
              },
              cookies: {
                get: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                getAll: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                getAllCookieStores: {
                  minArgs: 0,
                  maxArgs: 0,
                },
                remove: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                set: {
                  minArgs: 1,
                  maxArgs: 1,
                },
              },
              devtools: {
                inspectedWindow: {
                  eval: {
                    minArgs: 1,
                    maxArgs: 2,
                    singleCallbackArg: false,
                  },
                },
                panels: {
                  create: {
                    minArgs: 3,
                    maxArgs: 3,
                    singleCallbackArg: true,
                  },
                  elements: {
                    createSidebarPane: {
                      minArgs: 1,
                      maxArgs: 1,
                    },
                  },
                },
              },
              downloads: {
                cancel: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                download: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                erase: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                getFileIcon: {
                  minArgs: 1,
                  maxArgs: 2,
                },
                open: {
                  minArgs: 1,
                  maxArgs: 1,
                  fallbackToNoCallback: true,
                },
                pause: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                removeFile: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                resume: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                search: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                show: {
                  minArgs: 1,
                  maxArgs: 1,
                  fallbackToNoCallback: true,
                },
              },
              extension: {
                isAllowedFileSchemeAccess: {
                  minArgs: 0,
                  maxArgs: 0,
                },
                isAllowedIncognitoAccess: {
                  minArgs: 0,
                  maxArgs: 0,
                },
              },
              history: {
                addUrl: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                deleteAll: {
                  minArgs: 0,
                  maxArgs: 0,
                },
                deleteRange: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                deleteUrl: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                getVisits: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                search: {
                  minArgs: 1,
                  maxArgs: 1,
                },
              },
              i18n: {
                detectLanguage: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                getAcceptLanguages: {
                  minArgs: 0,
                  maxArgs: 0,
                },
              },
              identity: {
                launchWebAuthFlow: {
                  minArgs: 1,
                  maxArgs: 1,
                },
              },
              idle: {
                queryState: {
                  minArgs: 1,
                  maxArgs: 1,
                },
              },
              management: {
                get: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                getAll: {
                  minArgs: 0,
                  maxArgs: 0,
                },
                getSelf: {
                  minArgs: 0,
                  maxArgs: 0,
                },
                setEnabled: {
                  minArgs: 2,
                  maxArgs: 2,
                },
                uninstallSelf: {
                  minArgs: 0,
                  maxArgs: 1,
                },
              },
              notifications: {
                clear: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                create: {
                  minArgs: 1,
                  maxArgs: 2,
                },
                getAll: {
                  minArgs: 0,
                  maxArgs: 0,
                },
                getPermissionLevel: {
                  minArgs: 0,
                  maxArgs: 0,
                },
                update: {
                  minArgs: 2,
                  maxArgs: 2,
                },
              },
              pageAction: {
                getPopup: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                getTitle: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                hide: {
                  minArgs: 1,
                  maxArgs: 1,
                  fallbackToNoCallback: true,
                },
                setIcon: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                setPopup: {
                  minArgs: 1,
                  maxArgs: 1,
                  fallbackToNoCallback: true,
                },
                setTitle: {
                  minArgs: 1,
                  maxArgs: 1,
                  fallbackToNoCallback: true,
                },
                show: {
                  minArgs: 1,
                  maxArgs: 1,
                  fallbackToNoCallback: true,
                },
              },
              permissions: {
                contains: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                getAll: {
                  minArgs: 0,
                  maxArgs: 0,
                },
                remove: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                request: {
                  minArgs: 1,
                  maxArgs: 1,
                },
              },
              runtime: {
                getBackgroundPage: {
                  minArgs: 0,
                  maxArgs: 0,
                },
                getPlatformInfo: {
                  minArgs: 0,
                  maxArgs: 0,
                },
                openOptionsPage: {
                  minArgs: 0,
                  maxArgs: 0,
                },
                requestUpdateCheck: {
                  minArgs: 0,
                  maxArgs: 0,
                },
                sendMessage: {
                  minArgs: 1,
                  maxArgs: 3,
                },
                sendNativeMessage: {
                  minArgs: 2,
                  maxArgs: 2,
                },
                setUninstallURL: {
                  minArgs: 1,
                  maxArgs: 1,
                },
              },
              sessions: {
                getDevices: {
                  minArgs: 0,
                  maxArgs: 1,
                },
                getRecentlyClosed: {
                  minArgs: 0,
                  maxArgs: 1,
                },
                restore: {
                  minArgs: 0,
                  maxArgs: 1,
                },
              },
              storage: {
                local: {
                  clear: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                  get: {
                    minArgs: 0,
                    maxArgs: 1,
                  },
                  getBytesInUse: {
                    minArgs: 0,
                    maxArgs: 1,
                  },
                  remove: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  set: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                },
                managed: {
                  get: {
                    minArgs: 0,
                    maxArgs: 1,
                  },
                  getBytesInUse: {
                    minArgs: 0,
                    maxArgs: 1,
                  },
                },
                sync: {
                  clear: {
                    minArgs: 0,
                    maxArgs: 0,
                  },
                  get: {
                    minArgs: 0,
                    maxArgs: 1,
                  },
                  getBytesInUse: {
                    minArgs: 0,
                    maxArgs: 1,
                  },
                  remove: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                  set: {
                    minArgs: 1,
                    maxArgs: 1,
                  },
                },
              },
              tabs: {
                captureVisibleTab: {
                  minArgs: 0,
                  maxArgs: 2,
                },
                create: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                detectLanguage: {
                  minArgs: 0,
                  maxArgs: 1,
                },
                discard: {
                  minArgs: 0,
                  maxArgs: 1,
                },
                duplicate: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                executeScript: {
                  minArgs: 1,
                  maxArgs: 2,
                },
                get: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                getCurrent: {
                  minArgs: 0,
                  maxArgs: 0,
                },
                getZoom: {
                  minArgs: 0,
                  maxArgs: 1,
                },
                getZoomSettings: {
                  minArgs: 0,
                  maxArgs: 1,
                },
                goBack: {
                  minArgs: 0,
                  maxArgs: 1,
                },
                goForward: {
                  minArgs: 0,
                  maxArgs: 1,
                },
                highlight: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                insertCSS: {
                  minArgs: 1,
                  maxArgs: 2,
                },
                move: {
                  minArgs: 2,
                  maxArgs: 2,
                },
                query: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                reload: {
                  minArgs: 0,
                  maxArgs: 2,
                },
                remove: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                removeCSS: {
                  minArgs: 1,
                  maxArgs: 2,
                },
                sendMessage: {
                  minArgs: 2,
                  maxArgs: 3,
                },
                setZoom: {
                  minArgs: 1,
                  maxArgs: 2,
                },
                setZoomSettings: {
                  minArgs: 1,
                  maxArgs: 2,
                },
                update: {
                  minArgs: 1,
                  maxArgs: 2,
                },
              },
              topSites: {
                get: {
                  minArgs: 0,
                  maxArgs: 0,
                },
              },
              webNavigation: {
                getAllFrames: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                getFrame: {
                  minArgs: 1,
                  maxArgs: 1,
                },
              },
              webRequest: {
                handlerBehaviorChanged: {
                  minArgs: 0,
                  maxArgs: 0,
                },
              },
              windows: {
                create: {
                  minArgs: 0,
                  maxArgs: 1,
                },
                get: {
                  minArgs: 1,
                  maxArgs: 2,
                },
                getAll: {
                  minArgs: 0,
                  maxArgs: 1,
                },
                getCurrent: {
                  minArgs: 0,
                  maxArgs: 1,
                },
                getLastFocused: {
                  minArgs: 0,
                  maxArgs: 1,
                },
                remove: {
                  minArgs: 1,
                  maxArgs: 1,
                },
                update: {
                  minArgs: 2,
                  maxArgs: 2,
                },
              },
            };
            if (Object.keys(apiMetadata).length === 0) {
              throw new Error('api-metadata.json has not been included in browser-polyfill');
            }
            class DefaultWeakMap extends WeakMap {
              constructor(createItem, items = void 0) {
                super(items);
                this.createItem = createItem;
              }
              get(key) {
                if (!this.has(key)) {
                  this.set(key, this.createItem(key));
                }
                return super.get(key);
              }
            }
            const isThenable = (value) => {
              return value && typeof value === 'object' && typeof value.then === 'function';
            };
            const makeCallback = (promise, metadata) => {
              return (...callbackArgs) => {
                if (extensionAPIs.runtime.lastError) {
                  promise.reject(new Error(extensionAPIs.runtime.lastError.message));
                } else if (
                  metadata.singleCallbackArg ||
                  (callbackArgs.length <= 1 && metadata.singleCallbackArg !== false)
                ) {
                  promise.resolve(callbackArgs[0]);
                } else {
                  promise.resolve(callbackArgs);
                }
              };
            };
            const pluralizeArguments = (numArgs) => (numArgs == 1 ? 'argument' : 'arguments');
            const wrapAsyncFunction = (name, metadata) => {
              return function asyncFunctionWrapper(target, ...args) {
                if (args.length < metadata.minArgs) {
                  throw new Error(
                    `Expected at least ${metadata.minArgs} ${pluralizeArguments(metadata.minArgs)} for ${name}(), got ${args.length}`,
                  );
                }
                if (args.length > metadata.maxArgs) {
                  throw new Error(
                    `Expected at most ${metadata.maxArgs} ${pluralizeArguments(metadata.maxArgs)} for ${name}(), got ${args.length}`,
                  );
                }
                return new Promise((resolve, reject) => {
                  if (metadata.fallbackToNoCallback) {
                    try {
                      target[name](
                        ...args,
                        makeCallback(
                          {
                            resolve,
                            reject,
                          },
                          metadata,
                        ),
                      );
                    } catch (cbError) {
                      console.warn(
                        `${name} API method doesn't seem to support the callback parameter, falling back to call it without a callback: `,
                        cbError,
                      );
                      target[name](...args);
                      metadata.fallbackToNoCallback = false;
                      metadata.noCallback = true;
                      resolve();
                    }
                  } else if (metadata.noCallback) {
                    target[name](...args);
                    resolve();
                  } else {
                    target[name](
                      ...args,
                      makeCallback(
                        {
                          resolve,
                          reject,
                        },
                        metadata,
                      ),
                    );
                  }
                });
              };
            };
            const wrapMethod = (target, method, wrapper) => {
              return new Proxy(method, {
                apply(targetMethod, thisObj, args) {
                  return wrapper.call(thisObj, target, ...args);
                },
              });
            };
            let hasOwnProperty = Function.call.bind(Object.prototype.hasOwnProperty);
            const wrapObject = (target, wrappers = {}, metadata = {}) => {
              let cache = /* @__PURE__ */ Object.create(null);
              let handlers = {
                has(proxyTarget2, prop) {
                  return prop in target || prop in cache;
                },
                get(proxyTarget2, prop, receiver) {
                  if (prop in cache) {
                    return cache[prop];
                  }
                  if (!(prop in target)) {
                    return void 0;
                  }
                  let value = target[prop];
                  if (typeof value === 'function') {
                    if (typeof wrappers[prop] === 'function') {
                      value = wrapMethod(target, target[prop], wrappers[prop]);
                    } else if (hasOwnProperty(metadata, prop)) {
                      let wrapper = wrapAsyncFunction(prop, metadata[prop]);
                      value = wrapMethod(target, target[prop], wrapper);
                    } else {
                      value = value.bind(target);
                    }
                  } else if (
                    typeof value === 'object' &&
                    value !== null &&
                    (hasOwnProperty(wrappers, prop) || hasOwnProperty(metadata, prop))
                  ) {
                    value = wrapObject(value, wrappers[prop], metadata[prop]);
                  } else if (hasOwnProperty(metadata, '*')) {
                    value = wrapObject(value, wrappers[prop], metadata['*']);
                  } else {
                    Object.defineProperty(cache, prop, {
                      configurable: true,
                      enumerable: true,
                      get() {
                        return target[prop];
                      },
                      set(value2) {
                        target[prop] = value2;
                      },
                    });
                    return value;
                  }
                  cache[prop] = value;
                  return value;
                },
                set(proxyTarget2, prop, value, receiver) {
                  if (prop in cache) {
                    cache[prop] = value;
                  } else {
                    target[prop] = value;
                  }
                  return true;
                },
                defineProperty(proxyTarget2, prop, desc) {
                  return Reflect.defineProperty(cache, prop, desc);
                },
                deleteProperty(proxyTarget2, prop) {
                  return Reflect.deleteProperty(cache, prop);
                },
              };
              let proxyTarget = Object.create(target);
              return new Proxy(proxyTarget, handlers);
            };
            const wrapEvent = (wrapperMap) => ({
              addListener(target, listener, ...args) {
                target.addListener(wrapperMap.get(listener), ...args);
              },
              hasListener(target, listener) {
                return target.hasListener(wrapperMap.get(listener));
              },
              removeListener(target, listener) {
                target.removeListener(wrapperMap.get(listener));
              },
            });
            const onRequestFinishedWrappers = new DefaultWeakMap((listener) => {
              if (typeof listener !== 'function') {
                return listener;
              }
              return function onRequestFinished(req) {
                const wrappedReq = wrapObject(
                  req,
                  {},
                  {
                    getContent: {
                      minArgs: 0,
                      maxArgs: 0,
                    },
                  },
                );
                listener(wrappedReq);
              };
            });
            const onMessageWrappers = new DefaultWeakMap((listener) => {
              if (typeof listener !== 'function') {
                return listener;
              }
              return function onMessage(message, sender, sendResponse) {
                let didCallSendResponse = false;
                let wrappedSendResponse;
                let sendResponsePromise = new Promise((resolve) => {
                  wrappedSendResponse = function (response) {
                    didCallSendResponse = true;
                    resolve(response);
                  };
                });
                let result;
                try {
                  result = listener(message, sender, wrappedSendResponse);
                } catch (err) {
                  result = Promise.reject(err);
                }
                const isResultThenable = result !== true && isThenable(result);
                if (result !== true && !isResultThenable && !didCallSendResponse) {
                  return false;
                }
                const sendPromisedResult = (promise) => {
                  promise
                    .then(
                      (msg) => {
                        sendResponse(msg);
                      },
                      (error) => {
                        let message2;
                        if (error && (error instanceof Error || typeof error.message === 'string')) {
                          message2 = error.message;
                        } else {
                          message2 = 'An unexpected error occurred';
                        }
                        sendResponse({
                          __mozWebExtensionPolyfillReject__: true,
                          message: message2,
                        });
                      },
                    )
                    .catch((err) => {
                      console.error('Failed to send onMessage rejected reply', err);
                    });
                };
                if (isResultThenable) {
                  sendPromisedResult(result);
                } else {
                  sendPromisedResult(sendResponsePromise);
                }
                return true;
              };
            });
            const wrappedSendMessageCallback = ({ reject, resolve }, reply) => {
              if (extensionAPIs.runtime.lastError) {
                if (
                  extensionAPIs.runtime.lastError.message === CHROME_SEND_MESSAGE_CALLBACK_NO_RESPONSE_MESSAGE
                ) {
                  resolve();
                } else {
                  reject(new Error(extensionAPIs.runtime.lastError.message));
                }
              } else if (reply && reply.__mozWebExtensionPolyfillReject__) {
                reject(new Error(reply.message));
              } else {
                resolve(reply);
              }
            };
            const wrappedSendMessage = (name, metadata, apiNamespaceObj, ...args) => {
              if (args.length < metadata.minArgs) {
                throw new Error(
                  `Expected at least ${metadata.minArgs} ${pluralizeArguments(metadata.minArgs)} for ${name}(), got ${args.length}`,
                );
              }
              if (args.length > metadata.maxArgs) {
                throw new Error(
                  `Expected at most ${metadata.maxArgs} ${pluralizeArguments(metadata.maxArgs)} for ${name}(), got ${args.length}`,
                );
              }
              return new Promise((resolve, reject) => {
                const wrappedCb = wrappedSendMessageCallback.bind(null, {
                  resolve,
                  reject,
                });
                args.push(wrappedCb);
                apiNamespaceObj.sendMessage(...args);
              });
            };
            const staticWrappers = {
              devtools: {
                network: {
                  onRequestFinished: wrapEvent(onRequestFinishedWrappers),
                },
              },
              runtime: {
                onMessage: wrapEvent(onMessageWrappers),
                onMessageExternal: wrapEvent(onMessageWrappers),
                sendMessage: wrappedSendMessage.bind(null, 'sendMessage', {
                  minArgs: 1,
                  maxArgs: 3,
                }),
              },
              tabs: {
                sendMessage: wrappedSendMessage.bind(null, 'sendMessage', {
                  minArgs: 2,
                  maxArgs: 3,
                }),
              },
            };
            const settingMetadata = {
              clear: {
                minArgs: 1,
                maxArgs: 1,
              },
              get: {
                minArgs: 1,
                maxArgs: 1,
              },
              set: {
                minArgs: 1,
                maxArgs: 1,
              },
            };
            apiMetadata.privacy = {
              network: {
                '*': settingMetadata,
              },
              services: {
                '*': settingMetadata,
              },
              websites: {
                '*': settingMetadata,
              },
            };
            return wrapObject(extensionAPIs, staticWrappers, apiMetadata);
          };
          module2.exports = wrapAPIs(chrome);
        } else {
          module2.exports = globalThis.browser;
        }
      },
    );
  })(browserPolyfill$1);
  return browserPolyfill$1.exports;
}
var browserPolyfillExports = requireBrowserPolyfill();
const browser$1 = /* @__PURE__ */ getDefaultExportFromCjs(browserPolyfillExports);
const NAMED_SUBSTITUTION_RE = /\{([A-Za-z0-9_]+)\}/g;
function applyNamedSubstitutions(message, substitutions) {
  return message.replace(NAMED_SUBSTITUTION_RE, (match, key) => {
    return Object.prototype.hasOwnProperty.call(substitutions, key) ? String(substitutions[key]) : match;
  });
}
const browser = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;
function createI18n() {
  const t2 = (key, ...args) => {
    let sub;
    let namedSub;
    let count;
    args.forEach((arg, i2) => {
      if (arg == null);
      else if (typeof arg === 'number') count = arg;
      else if (Array.isArray(arg)) sub = arg;
      else if (isNamedSubstitutions(arg)) namedSub = arg;
      else
        throw Error(
          `Unknown argument at index ${i2}. Must be a number for pluralization, substitution array, or named substitution object.`,
        );
    });
    if (count != null && sub == null) sub = [String(count)];
    let message;
    if (sub?.length) {
      const stringSubs = sub?.map((sub2) => String(sub2));
      message = browser.i18n.getMessage(key.replaceAll('.', '_'), stringSubs);
    } else message = browser.i18n.getMessage(key.replaceAll('.', '_'));
    if (!message) console.warn(`[i18n] Message not found: "${key}"`);
    if (count != null) {
      const plural = message.split(' | ');
      switch (plural.length) {
        case 1:
          message = plural[0];
          break;
        case 2:
          message = plural[count === 1 ? 0 : 1];
          break;
        case 3:
          message = plural[count === 0 || count === 1 ? count : 2];
          break;
        default:
          throw Error('Unknown plural formatting');
      }
    }
    return namedSub == null ? message : applyNamedSubstitutions(message, namedSub);
  };
  return { t: t2 };
}
function isNamedSubstitutions(value) {
  return typeof value === 'object' && value != null;
}
const i18n = createI18n();
var t,
  r,
  u,
  i,
  o = 0,
  f = [],
  c = l$1,
  e = c.__b,
  a = c.__r,
  v = c.diffed,
  l = c.__c,
  m = c.unmount,
  p = c.__;
function s(n2, t2) {
  (c.__h && c.__h(r, n2, o || t2), (o = 0));
  var u2 = r.__H || (r.__H = { __: [], __h: [] });
  return (n2 >= u2.__.length && u2.__.push({}), u2.__[n2]);
}
function d(n2) {
  return ((o = 1), y(D, n2));
}
function y(n2, u2, i2) {
  var o2 = s(t++, 2);
  if (
    ((o2.t = n2),
    !o2.__c &&
      ((o2.__ = [
        D(void 0, u2),
        function (n3) {
          var t2 = o2.__N ? o2.__N[0] : o2.__[0],
            r2 = o2.t(t2, n3);
          t2 !== r2 && ((o2.__N = [r2, o2.__[1]]), o2.__c.setState({}));
        },
      ]),
      (o2.__c = r),
      !r.__f))
  ) {
    var f2 = function (n3, t2, r2) {
      if (!o2.__c.__H) return true;
      var u3 = false,
        i3 = o2.__c.props !== n3;
      if (
        (o2.__c.__H.__.some(function (n4) {
          if (n4.__N) {
            u3 = true;
            var t3 = n4.__[0];
            ((n4.__ = n4.__N), (n4.__N = void 0), t3 !== n4.__[0] && (i3 = true));
          }
        }),
        c2)
      ) {
        var f3 = c2.call(this, n3, t2, r2);
        return u3 ? f3 || i3 : f3;
      }
      return !u3 || i3;
    };
    r.__f = true;
    var c2 = r.shouldComponentUpdate,
      e2 = r.componentWillUpdate;
    ((r.componentWillUpdate = function (n3, t2, r2) {
      if (this.__e) {
        var u3 = c2;
        ((c2 = void 0), f2(n3, t2, r2), (c2 = u3));
      }
      e2 && e2.call(this, n3, t2, r2);
    }),
      (r.shouldComponentUpdate = f2));
  }
  return o2.__N || o2.__;
}
function h(n2, u2) {
  var i2 = s(t++, 3);
  !c.__s && C(i2.__H, u2) && ((i2.__ = n2), (i2.u = u2), r.__H.__h.push(i2));
}
function A(n2) {
  return (
    (o = 5),
    T(function () {
      return { current: n2 };
    }, [])
  );
}
function T(n2, r2) {
  var u2 = s(t++, 7);
  return (C(u2.__H, r2) && ((u2.__ = n2()), (u2.__H = r2), (u2.__h = n2)), u2.__);
}
function j() {
  for (var n2; (n2 = f.shift());) {
    var t2 = n2.__H;
    if (n2.__P && t2)
      try {
        (t2.__h.some(z), t2.__h.some(B), (t2.__h = []));
      } catch (r2) {
        ((t2.__h = []), c.__e(r2, n2.__v));
      }
  }
}
((c.__b = function (n2) {
  ((r = null), e && e(n2));
}),
  (c.__ = function (n2, t2) {
    (n2 && t2.__k && t2.__k.__m && (n2.__m = t2.__k.__m), p && p(n2, t2));
  }),
  (c.__r = function (n2) {
    (a && a(n2), (t = 0));
    var i2 = (r = n2.__c).__H;
    (i2 &&
      (u === r
        ? ((i2.__h = []),
          (r.__h = []),
          i2.__.some(function (n3) {
            (n3.__N && (n3.__ = n3.__N), (n3.u = n3.__N = void 0));
          }))
        : (i2.__h.some(z), i2.__h.some(B), (i2.__h = []), (t = 0))),
      (u = r));
  }),
  (c.diffed = function (n2) {
    v && v(n2);
    var t2 = n2.__c;
    (t2 &&
      t2.__H &&
      (t2.__H.__h.length &&
        ((1 !== f.push(t2) && i === c.requestAnimationFrame) || ((i = c.requestAnimationFrame) || w)(j)),
      t2.__H.__.some(function (n3) {
        n3.u && ((n3.__H = n3.u), (n3.u = void 0));
      })),
      (u = r = null));
  }),
  (c.__c = function (n2, t2) {
    (t2.some(function (n3) {
      try {
        (n3.__h.some(z),
          (n3.__h = n3.__h.filter(function (n4) {
            return !n4.__ || B(n4);
          })));
      } catch (r2) {
        (t2.some(function (n4) {
          n4.__h && (n4.__h = []);
        }),
          (t2 = []),
          c.__e(r2, n3.__v));
      }
    }),
      l && l(n2, t2));
  }),
  (c.unmount = function (n2) {
    m && m(n2);
    var t2,
      r2 = n2.__c;
    r2 &&
      r2.__H &&
      (r2.__H.__.some(function (n3) {
        try {
          z(n3);
        } catch (n4) {
          t2 = n4;
        }
      }),
      (r2.__H = void 0),
      t2 && c.__e(t2, r2.__v));
  }));
var k = 'function' == typeof requestAnimationFrame;
function w(n2) {
  var t2,
    r2 = function () {
      (clearTimeout(u2), k && cancelAnimationFrame(t2), setTimeout(n2));
    },
    u2 = setTimeout(r2, 35);
  k && (t2 = requestAnimationFrame(r2));
}
function z(n2) {
  var t2 = r,
    u2 = n2.__c;
  ('function' == typeof u2 && ((n2.__c = void 0), u2()), (r = t2));
}
function B(n2) {
  var t2 = r;
  ((n2.__c = n2.__()), (r = t2));
}
function C(n2, t2) {
  return (
    !n2 ||
    n2.length !== t2.length ||
    t2.some(function (t3, r2) {
      return t3 !== n2[r2];
    })
  );
}
function D(n2, t2) {
  return 'function' == typeof t2 ? t2(n2) : t2;
}
const CATEGORIES = ['immigration', 'military', 'police-surveillance', 'labour'];
const KIND_WORDS = {
  contract: 'Contract',
  'worker-action': 'Worker action',
  other: 'Incident',
};
function publicIssueUrl(trackerUrl, report) {
  const url = new URL(trackerUrl);
  const company = report.companyName || report.companyId;
  url.searchParams.set('title', `${KIND_WORDS[report.kind]}: ${company} (${report.date})`);
  url.searchParams.set(
    'body',
    [
      `Company: ${company}${report.companyId ? ` (\`${report.companyId}\`)` : ' (not yet in the dataset)'}`,
      `Kind: ${report.kind}`,
      `Date: ${report.date}`,
      `Source: ${report.sourceUrl}`,
      '',
      report.description,
      '',
      '_Reported with the Backstory browser extension; not yet verified._',
    ].join('\n'),
  );
  return url.href;
}
const HIGHLIGHT_STYLES = ['underline', 'background', 'none'];
const HOVER_DELAY_MIN_MS = 100;
const HOVER_DELAY_MAX_MS = 3e3;
const DEFAULT_TRACKER_URL = 'https://github.com/collective-action/tech/issues/new';
const DEFAULT_SETTINGS = {
  enabled: true,
  disabledSites: [],
  categories: { immigration: true, military: true, 'police-surveillance': true, labour: true },
  hoverDelayMs: 500,
  highlightStyle: 'underline',
  trackerUrl: DEFAULT_TRACKER_URL,
};
const SETTINGS_KEY = 'settings';
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function parseSettings(raw) {
  const input = isRecord(raw) ? raw : {};
  const categories = { ...DEFAULT_SETTINGS.categories };
  if (isRecord(input.categories)) {
    for (const category of CATEGORIES) {
      const value = input.categories[category];
      if (typeof value === 'boolean') categories[category] = value;
    }
  }
  const delay = input.hoverDelayMs;
  return {
    enabled: typeof input.enabled === 'boolean' ? input.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: Array.isArray(input.disabledSites)
      ? [...new Set(input.disabledSites.filter((s2) => typeof s2 === 'string').map(siteOf))]
          .filter(Boolean)
          .sort()
      : [],
    categories,
    hoverDelayMs:
      typeof delay === 'number' && Number.isFinite(delay)
        ? Math.round(Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, delay)))
        : DEFAULT_SETTINGS.hoverDelayMs,
    highlightStyle: HIGHLIGHT_STYLES.includes(input.highlightStyle)
      ? input.highlightStyle
      : DEFAULT_SETTINGS.highlightStyle,
    trackerUrl:
      typeof input.trackerUrl === 'string' && trackerUrlError(input.trackerUrl) === void 0
        ? input.trackerUrl
        : DEFAULT_SETTINGS.trackerUrl,
  };
}
function siteOf(host) {
  return host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}
function toggleSite(settings, host) {
  const site = siteOf(host);
  if (!site) return settings;
  const covering = settings.disabledSites.filter((s2) => site === s2 || site.endsWith(`.${s2}`));
  const disabledSites =
    covering.length > 0
      ? settings.disabledSites.filter((s2) => !covering.includes(s2))
      : [...settings.disabledSites, site].sort();
  return { ...settings, disabledSites };
}
function trackerUrlError(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    return 'errorTrackerNotUrl';
  }
  return url.protocol === 'https:' ? void 0 : 'errorTrackerNotHttps';
}
let compact;
let exact;
function formatUSD(amount) {
  if (Math.abs(amount) < 1e4) {
    exact ??= new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: 'USD',
      maximumFractionDigits: 0,
    });
    return exact.format(amount);
  }
  compact ??= new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  return compact.format(amount);
}
function formatDate(iso) {
  const date = /* @__PURE__ */ new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
function sourceLabel(url) {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
const REPORT_KINDS = ['contract', 'worker-action', 'other'];
const DESCRIPTION_MIN = 10;
const COMPANY_NAME_MAX = 120;
const DESCRIPTION_MAX = 2e3;
function dateError(date, today) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'errorDateFormat';
  const parsed = /* @__PURE__ */ new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    return 'errorDateMissingDay';
  }
  if (date < '1900-01-01') return 'errorDateTooOld';
  if (date > today) return 'errorDateFuture';
  return void 0;
}
function urlError(raw) {
  if (raw.trim() === '') return 'errorUrlMissing';
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    return 'errorUrlNotFull';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'errorUrlNotWeb';
  if (!url.hostname.includes('.')) return 'errorUrlNoHost';
  return void 0;
}
function validateReport(input, nameOfCompany, today) {
  const errors = {};
  let companyName = input.companyName.trim().replace(/\s+/g, ' ');
  if (input.companyId !== '') {
    const known = nameOfCompany(input.companyId);
    if (known === void 0) errors.companyId = 'errorCompanyUnknown';
    else companyName = known;
  } else if (companyName.length < 2) {
    errors.companyId = 'errorCompanyNameMissing';
  } else if (companyName.length > COMPANY_NAME_MAX) {
    errors.companyId = 'errorCompanyNameLong';
  }
  if (!REPORT_KINDS.includes(input.kind)) {
    errors.kind = 'errorKind';
  }
  const date = dateError(input.date.trim(), today);
  if (date) errors.date = date;
  const description = input.description.trim();
  if (description.length < DESCRIPTION_MIN) {
    errors.description = 'errorDescriptionShort';
  } else if (description.length > DESCRIPTION_MAX) {
    errors.description = 'errorDescriptionLong';
  }
  const url = urlError(input.sourceUrl);
  if (url) errors.sourceUrl = url;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      companyId: input.companyId,
      companyName,
      kind: input.kind,
      date: input.date.trim(),
      description,
      sourceUrl: new URL(input.sourceUrl.trim()).href,
    },
  };
}
function kindLabel(kind) {
  return kind === 'contract'
    ? i18n.t('kindContract')
    : kind === 'worker-action'
      ? i18n.t('kindWorkerAction')
      : i18n.t('kindOther');
}
function categoryLabel(category) {
  switch (category) {
    case 'immigration':
      return i18n.t('categoryImmigration');
    case 'military':
      return i18n.t('categoryMilitary');
    case 'police-surveillance':
      return i18n.t('categoryPolice');
    case 'labour':
      return i18n.t('categoryLabour');
  }
}
function reportErrorText(code, description = '') {
  switch (code) {
    case 'errorDescriptionShort':
      return i18n.t('errorDescriptionShort', [DESCRIPTION_MIN]);
    case 'errorDescriptionLong':
      return i18n.t('errorDescriptionLong', [DESCRIPTION_MAX, description.trim().length]);
    case 'errorCompanyNameLong':
      return i18n.t('errorCompanyNameLong', [COMPANY_NAME_MAX]);
    default:
      return i18n.t(code);
  }
}
const FIELD_KEYS = {
  companyId: 'fieldCompany',
  companyName: 'fieldCompany',
  kind: 'fieldKind',
  date: 'fieldDate',
  description: 'fieldDescription',
  sourceUrl: 'fieldSource',
};
function fieldLabel(field) {
  return i18n.t(FIELD_KEYS[field]);
}
function importErrorText(error) {
  const record = String(error.record ?? '?');
  switch (error.code) {
    case 'importTooLarge':
      return i18n.t('importTooLarge');
    case 'importNotJson':
      return i18n.t('importNotJson', [error.detail ?? '']);
    case 'importNotReportsFile':
      return i18n.t('importNotReportsFile', [error.detail ?? '']);
    case 'importRecordInvalid':
      return i18n.t('importRecordInvalid', [record, error.detail ?? '']);
    case 'importDuplicateId':
      return i18n.t('importDuplicateId', [record, error.detail ?? '']);
    case 'importRecordRejected':
      return i18n.t('importRecordRejected', [
        record,
        error.field ? fieldLabel(error.field) : '',
        error.reason ? reportErrorText(error.reason) : '',
      ]);
  }
}
function unwrapReply(reply, type) {
  if (reply && typeof reply === 'object' && 'ok' in reply) {
    const typed = reply;
    if (typed.ok) return typed.value;
    throw new Error(typed.error);
  }
  throw new Error(`no answer to ${type}`);
}
async function readSettings() {
  const stored = await browser$1.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}
async function writeSettings(settings) {
  await browser$1.storage.local.set({ [SETTINGS_KEY]: parseSettings(settings) });
}
export {
  A,
  CATEGORIES as C,
  DEFAULT_SETTINGS as D,
  HIGHLIGHT_STYLES as H,
  R,
  S,
  HOVER_DELAY_MAX_MS as a,
  HOVER_DELAY_MIN_MS as b,
  categoryLabel as c,
  d,
  importErrorText as e,
  formatDate as f,
  unwrapReply as g,
  h,
  i18n as i,
  browser$1 as j,
  formatUSD as k,
  sourceLabel as l,
  kindLabel as m,
  REPORT_KINDS as n,
  reportErrorText as o,
  publicIssueUrl as p,
  toggleSite as q,
  readSettings as r,
  siteOf as s,
  trackerUrlError as t,
  u$1 as u,
  validateReport as v,
  writeSettings as w,
};
