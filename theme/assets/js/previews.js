/* StaticReader previews: a preview for every link a reader can follow inside the site.
   Links marked data-preview="<slug>" preview that page (its card, or the passage the link points at); note markers
   preview their note. Previews nest (a link inside a preview opens its own), can be pinned, and answer hover (after a
   short intent delay), keyboard focus and touch (first tap opens, second follows). On narrow screens a preview is a
   sheet above or below the tapped line, never over it. Data comes from previews/<slug>.json, fetched on first use.
   Plain DOM, no innerHTML: content only ever reaches the page as text or as clones of the page's own nodes. */
(function () {
  'use strict';

  var doc = document;
  var body = doc.body;
  var base = body && body.getAttribute('data-previews');
  if (!base || !window.fetch || !window.Promise) return;

  var here = body.getAttribute('data-slug') || '';
  var NARROW = window.matchMedia('(max-width: 699px)');
  var OPEN_DELAY = 300;   // hover intent: a pointer passing over a link opens nothing
  var CLOSE_DELAY = 300;  // grace to move from a link onto its preview
  var MAX_LEVELS = 8;
  var GAP = 8;
  var KIND_LABELS = {
    concept: 'Concept', organization: 'Organization', person: 'Person', product: 'Product', policy: 'Policy',
    term: 'Glossary term', text: 'Annotated text', explainer: 'Explainer', page: 'Page'
  };
  var FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

  var host = doc.getElementById('main') || body; // a landmark, not positioned: coordinates stay the document's
  var stack = [];   // open previews, each one's link inside the one below it (or in the page, or in a pinned one)
  var pinned = [];  // pinned previews: outside the stack, each closed by its own button
  var dock = null;  // narrow screens: pinned previews stack at the bottom of the screen
  var counter = 0;
  var lastPointer = 'mouse';
  var pointerY = -1;
  var openTimer = 0;
  var closeTimer = 0;
  var wanted = null; // the link whose preview is on its way (data loading or intent delay)

  /* ---------------------------------------------------------------- data */

  var cache = new Map();
  function load(slug) {
    if (!slug || slug.indexOf('/') >= 0 || slug.charAt(0) === '.') return Promise.resolve(null);
    if (!cache.has(slug)) {
      cache.set(slug, window.fetch(base + encodeURIComponent(slug) + '.json')
        .then(function (r) { return r.ok ? r.json() : null; })
        .catch(function () { return null; }));
    }
    return cache.get(slug);
  }

  /** What a link previews: a note on this page, or a page (and maybe one of its passages); null for neither. */
  function targetOf(link) {
    if (!link || !link.matches) return null;
    var href = link.getAttribute('href') || '';
    if (link.matches('.note-ref a') && href.indexOf('#note-') === 0) {
      var note = doc.getElementById(decodeURIComponent(href.slice(1)));
      return note ? { note: note } : null;
    }
    var slug = link.getAttribute('data-preview');
    if (!slug) return null;
    var hash = link.hash ? decodeURIComponent(link.hash.slice(1)) : '';
    return { slug: slug, hash: hash };
  }

  function previewLink(node) {
    var link = node && node.closest ? node.closest('a[data-preview], .note-ref a') : null;
    return link && targetOf(link) ? link : null;
  }

  /* ---------------------------------------------------------------- building a preview */

  function el(tag, className, text) {
    var node = doc.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  function pageLink(slug, url, text) {
    var a = el('a', null, text);
    a.href = url;
    a.setAttribute('data-preview', slug);
    return a;
  }

  /** A passage's plain text with its links live; words that link to the page the reader is on are highlighted. */
  function passageNodes(passage, targets) {
    var p = el('p', 'preview-passage');
    var text = passage[0];
    var at = 0;
    for (var i = 1; i < passage.length; i++) {
      var slug = passage[i][0];
      var start = passage[i][1];
      var end = start + passage[i][2];
      if (start < at || !targets[slug]) continue;
      p.appendChild(doc.createTextNode(text.slice(at, start)));
      var a = pageLink(slug, targets[slug], text.slice(start, end));
      if (slug === here) {
        var mark = el('mark');
        mark.appendChild(a);
        p.appendChild(mark);
      } else {
        p.appendChild(a);
      }
      at = end;
    }
    p.appendChild(doc.createTextNode(text.slice(at)));
    return [p];
  }

  /** The note itself, cloned from this page without its number, its back link or any id. */
  function noteNodes(note) {
    var nodes = [];
    for (var child = note.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1 && (child.matches('.note-number') || child.matches('.note-back'))) continue;
      if (child.nodeType === 3 && !child.data.trim()) continue;
      var copy = child.cloneNode(true);
      if (copy.nodeType === 1) {
        copy.removeAttribute('id');
        var withIds = copy.querySelectorAll('[id]');
        for (var i = 0; i < withIds.length; i++) withIds[i].removeAttribute('id');
      }
      nodes.push(copy);
    }
    return nodes;
  }

  /**
   * A figure's preview: what it shows in words and, when the figure is on this page, a copy of its chart or image. The
   * copy is hidden from assistive technology (the words say the same) and loses its ids, which the page already uses.
   */
  function figureNodes(link, hash, text) {
    var nodes = [el('p', 'preview-summary', text)];
    var here = link.pathname === window.location.pathname ? doc.getElementById(hash) : null;
    var drawing = here ? here.querySelector('svg.chart-svg, img') : null;
    if (drawing) {
      var copy = drawing.cloneNode(true);
      copy.removeAttribute('aria-labelledby');
      copy.removeAttribute('id');
      copy.querySelectorAll('[id]').forEach(function (node) { node.removeAttribute('id'); });
      var box = el('div', 'preview-figure');
      box.setAttribute('aria-hidden', 'true');
      box.appendChild(copy);
      nodes.push(box);
    }
    return nodes;
  }

  /** kind, title and url of a preview and the nodes of its body. */
  function contentFor(link, target, data) {
    if (target.note) {
      var number = target.note.querySelector('.note-number');
      return { kind: 'Note ' + (number ? number.textContent : ''), title: null, url: null, nodes: noteNodes(target.note) };
    }
    var kind = data.kind === 'term'
      ? 'Glossary term' + (KIND_LABELS[data.termKind] ? ' · ' + KIND_LABELS[data.termKind] : '')
      : KIND_LABELS[data.kind] || data.kind || '';
    var passage = target.hash && data.passages ? data.passages[target.hash] : null;
    if (passage) {
      return { kind: 'Passage · ' + kind, title: data.title, url: link.href, nodes: passageNodes(passage, data.targets || {}) };
    }
    var figure = target.hash && data.figures ? data.figures[target.hash] : null;
    if (figure) {
      return { kind: figure[0] + ' · ' + kind, title: data.title, url: link.href, nodes: figureNodes(link, target.hash, figure[1]) };
    }
    var nodes = [];
    if (data.summary) nodes.push(el('p', 'preview-summary', data.summary));
    if (data.related && data.related.length) {
      nodes.push(el('p', 'preview-label', 'Related'));
      var list = el('ul', 'chips preview-chips');
      data.related.forEach(function (r) {
        var li = el('li');
        li.appendChild(pageLink(r[0], r[2], r[1]));
        list.appendChild(li);
      });
      nodes.push(list);
    }
    return { kind: kind, title: data.title, url: target.hash ? link.href : data.url, nodes: nodes };
  }

  function build(content) {
    var id = 'sr-preview-' + (++counter);
    var box = el('section', 'preview');
    box.id = id;
    box.setAttribute('role', 'dialog');
    var head = el('div', 'preview-head');
    var kind = el('p', 'preview-kind', content.kind);
    kind.id = id + '-kind';
    head.appendChild(kind);
    var tools = el('div', 'preview-tools');
    var pin = el('button', 'preview-pin', 'Pin');
    pin.type = 'button';
    pin.setAttribute('aria-label', 'Pin this preview');
    pin.title = 'Keep this preview open (P)';
    var close = el('button', 'preview-close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close this preview');
    close.title = 'Close (Esc)';
    tools.appendChild(pin);
    tools.appendChild(close);
    box.appendChild(head);
    if (content.title) {
      var title = el('p', 'preview-title');
      title.id = id + '-title';
      var a = el('a', null, content.title);
      a.href = content.url;
      title.appendChild(a);
      box.appendChild(title);
      box.setAttribute('aria-labelledby', kind.id + ' ' + title.id);
    } else {
      box.setAttribute('aria-labelledby', kind.id);
    }
    var bodyEl = el('div', 'preview-body');
    bodyEl.id = id + '-body';
    content.nodes.forEach(function (n) { bodyEl.appendChild(n); });
    bodyEl.appendChild(el('span', 'visually-hidden', ' Down arrow enters this preview, Escape closes it, P pins it.'));
    box.appendChild(bodyEl);
    // Last in reading and focus order (title, links, then the controls), shown at the top right by CSS.
    box.appendChild(tools);
    return box;
  }

  /* ---------------------------------------------------------------- the stack */

  function entryOf(node) {
    for (var i = stack.length - 1; i >= 0; i--) if (stack[i].el.contains(node)) return stack[i];
    for (var j = 0; j < pinned.length; j++) if (pinned[j].el.contains(node)) return pinned[j];
    return null;
  }

  /** How much of the stack the node holds on to: the index of the deepest preview it is in or is the link of; -1 for none. */
  function depthOf(node) {
    for (var i = stack.length - 1; i >= 0; i--) {
      if (stack[i].el.contains(node) || stack[i].link === node || stack[i].link.contains(node)) return i;
    }
    return -1;
  }

  function closeEntry(entry) {
    var link = entry.link;
    var hadFocus = entry.el.contains(doc.activeElement);
    entry.el.remove();
    if (link.getAttribute('aria-describedby') === entry.el.id + '-body') link.removeAttribute('aria-describedby');
    if (!entry.note) link.removeAttribute('aria-expanded'); // a note marker's aria-expanded belongs to its inline toggle
    if (hadFocus && link.isConnected) returnFocus(link);
  }

  /** Focus back on a link whose preview closed, without opening that preview again. */
  var returning = null;
  function returnFocus(link) {
    returning = link;
    link.focus({ preventScroll: true });
    returning = null;
  }

  /** Closes the previews above index <keep> (all of them for -1), from the top down. */
  function closeAbove(keep) {
    window.clearTimeout(closeTimer);
    while (stack.length - 1 > keep) closeEntry(stack.pop());
  }

  function closeSoon(keep) {
    window.clearTimeout(closeTimer);
    if (stack.length - 1 > keep) closeTimer = window.setTimeout(function () { closeAbove(keep); }, CLOSE_DELAY);
  }

  function unpin(entry) {
    pinned.splice(pinned.indexOf(entry), 1);
    closeEntry(entry);
    if (dock && !dock.firstChild) { dock.remove(); dock = null; }
  }

  function pin(entry) {
    var index = stack.indexOf(entry);
    if (index < 0) return;
    closeAbove(index);
    stack.pop();
    entry.pinned = true;
    pinned.push(entry);
    entry.el.classList.add('is-pinned');
    var button = entry.el.querySelector('.preview-pin');
    var hadFocus = doc.activeElement === button;
    button.hidden = true;
    if (NARROW.matches) {
      clearPlacement(entry.el);
      if (!dock) {
        dock = el('div', 'preview-dock');
        host.appendChild(dock);
      }
      dock.appendChild(entry.el);
    } else {
      // Stay where it is on the screen while the page scrolls under it.
      var r = entry.el.getBoundingClientRect();
      var spot = freeSpot(r, entry);
      entry.el.classList.add('is-fixed');
      entry.el.style.setProperty('left', Math.round(spot.left) + 'px');
      entry.el.style.setProperty('top', Math.round(spot.top) + 'px');
    }
    if (hadFocus) entry.el.querySelector('.preview-close').focus();
  }

  /** Where a newly pinned preview can stay without covering another pinned one: where it is, or beside or below one. */
  function freeSpot(r, entry) {
    var vw = doc.documentElement.clientWidth;
    var vh = window.innerHeight;
    var w = r.width;
    var h = r.height;
    var others = pinned.filter(function (p) { return p !== entry; }).map(function (p) { return p.el.getBoundingClientRect(); });
    var spots = [{ left: r.left, top: r.top }];
    others.forEach(function (o) {
      spots.push({ left: o.right + GAP, top: o.top }, { left: o.left - GAP - w, top: o.top }, { left: o.left, top: o.bottom + GAP }, { left: o.left, top: o.top - GAP - h });
    });
    var fits = function (p) { return p.left >= GAP && p.top >= GAP && p.left + w <= vw - GAP && p.top + h <= vh - GAP; };
    var free = function (p) { return others.every(function (o) { return !overlap(p.left, p.top, w, h, o); }); };
    for (var i = 0; i < spots.length; i++) if (fits(spots[i]) && free(spots[i])) return spots[i];
    return spots[0];
  }

  function open(link) {
    var target = targetOf(link);
    if (!target) return;
    var owner = entryOf(link);
    var keep = owner && !owner.pinned ? stack.indexOf(owner) : -1;
    if (stack[keep + 1] && stack[keep + 1].link === link) { closeAbove(keep + 1); return; }
    if (keep + 1 >= MAX_LEVELS) return;
    wanted = link;
    var ready = target.note ? Promise.resolve(null) : load(target.slug);
    ready.then(function (data) {
      if (wanted !== link || !link.isConnected || (!target.note && !data)) return;
      wanted = null;
      owner = entryOf(link);
      keep = owner && !owner.pinned ? stack.indexOf(owner) : -1;
      closeAbove(keep);
      var box = build(contentFor(link, target, data));
      var entry = { link: link, el: box, pinned: false, note: !!target.note, fixed: !!(owner && (owner.fixed || owner.pinned || NARROW.matches)) };
      box.querySelector('.preview-pin').addEventListener('click', function () { pin(entry); });
      box.querySelector('.preview-close').addEventListener('click', function () {
        if (entry.pinned) { unpin(entry); return; }
        var i = stack.indexOf(entry);
        if (i >= 0) closeAbove(i - 1);
      });
      host.appendChild(box);
      stack.push(entry);
      place(entry);
      // A long passage scrolls within the preview (title and controls stay) and opens at its highlighted words.
      var passage = box.querySelector('.preview-passage');
      if (passage && passage.scrollHeight > passage.clientHeight) {
        var mark = passage.querySelector('mark');
        if (mark) passage.scrollTop = Math.max(0, mark.offsetTop - passage.offsetTop - passage.clientHeight / 3);
        if (!passage.querySelector('a')) passage.tabIndex = 0; // a scrolling region keyboard users can reach
      }
      link.setAttribute('aria-describedby', box.id + '-body');
      if (!entry.note) link.setAttribute('aria-expanded', 'true');
    });
  }

  /* ---------------------------------------------------------------- placement */

  function clearPlacement(box) {
    ['left', 'top', 'bottom', 'max-height'].forEach(function (p) { box.style.removeProperty(p); });
    box.classList.remove('is-sheet', 'is-fixed');
  }

  /** The line of the link the reader points at: the client rect under the pointer, or the first one. */
  function lineOf(link) {
    var rects = link.getClientRects();
    if (!rects.length) return link.getBoundingClientRect();
    for (var i = 0; i < rects.length; i++) {
      if (pointerY >= rects[i].top && pointerY <= rects[i].bottom) return rects[i];
    }
    return rects[0];
  }

  function place(entry) {
    var box = entry.el;
    clearPlacement(box);
    if (NARROW.matches) placeSheet(entry);
    else placeBeside(entry);
  }

  /* Wide screens: below the link's line (above it when there is no room), or beside the preview the link is in. */
  function placeBeside(entry) {
    var box = entry.el;
    if (entry.fixed) box.classList.add('is-fixed');
    var r = lineOf(entry.link);
    var vw = doc.documentElement.clientWidth;
    var vh = window.innerHeight;
    var w = box.offsetWidth;
    var h = box.offsetHeight;
    var parent = entryOf(entry.link);
    var below = r.bottom + 6;
    var under = { left: Math.max(GAP, Math.min(r.left, vw - w - GAP)), top: below + h > vh - GAP && r.top - h - 6 >= GAP ? r.top - h - 6 : below };
    var spot = under;
    if (parent) {
      // Beside the preview the link is in, on the side with room, covering as little of the open previews as can be.
      var pr = parent.el.getBoundingClientRect();
      var level = Math.max(GAP, Math.min(r.top - 12, vh - h - GAP));
      var spots = [];
      if (pr.right + GAP + w <= vw - GAP) spots.push({ left: pr.right + GAP, top: level });
      if (pr.left - GAP - w >= GAP) spots.push({ left: pr.left - GAP - w, top: level });
      spots.push(under);
      // Covering the parent (the preview being read) costs more than covering older levels below it.
      var others = stack.filter(function (s) { return s !== entry; }).map(function (s) {
        return { rect: s.el.getBoundingClientRect(), weight: s === parent ? 10 : 1 };
      });
      var cost = function (p) {
        return others.reduce(function (sum, o) { return sum + o.weight * overlap(p.left, p.top, w, h, o.rect); }, 0);
      };
      spot = spots.reduce(function (best, p) { return cost(p) < cost(best) ? p : best; });
    }
    var left = spot.left;
    var top = spot.top;
    if (spot === under && top + h > vh - GAP && top > r.top) {
      // Room neither below nor above the line for all of it: the side with more room, the preview scrolling within.
      var roomBelow = vh - GAP - below;
      var roomAbove = r.top - 6 - GAP;
      var room = Math.max(roomBelow, roomAbove);
      box.style.setProperty('max-height', Math.floor(room) + 'px');
      top = roomBelow >= roomAbove ? below : r.top - 6 - Math.min(h, Math.floor(room));
    }
    var dx = entry.fixed ? 0 : window.pageXOffset;
    var dy = entry.fixed ? 0 : window.pageYOffset;
    box.style.setProperty('left', Math.round(left + dx) + 'px');
    box.style.setProperty('top', Math.round(top + dy) + 'px');
  }

  function overlap(left, top, w, h, r) {
    var x = Math.min(left + w, r.right) - Math.max(left, r.left);
    var y = Math.min(top + h, r.bottom) - Math.max(top, r.top);
    return x > 0 && y > 0 ? x * y : 0;
  }

  /* Narrow screens: a full-width sheet on the side of the tapped line with more room, below it by preference; the
     page scrolls first when a link low on the screen leaves too little room below it. */
  function placeSheet(entry) {
    var box = entry.el;
    box.classList.add('is-sheet', 'is-fixed');
    var vh = window.innerHeight;
    var floor = dock ? dock.getBoundingClientRect().top : vh;
    var natural = Math.min(box.offsetHeight, Math.round(vh * 0.6));
    var wish = Math.min(natural, Math.round(vh * 0.45));
    var r = entry.link.getBoundingClientRect();
    var below = floor - r.bottom - GAP;
    if (!entryOf(entry.link) && below < wish) {
      var room = doc.documentElement.scrollHeight - vh - window.pageYOffset;
      var by = Math.min(wish - below, room, r.top - GAP - 56);
      if (by > 0) {
        window.scrollTo({ top: window.pageYOffset + by, behavior: 'instant' });
        r = entry.link.getBoundingClientRect();
        below = floor - r.bottom - GAP;
      }
    }
    var above = r.top - GAP;
    if (below >= wish || below >= above) {
      box.style.setProperty('bottom', Math.round(vh - floor) + 'px');
      box.style.setProperty('max-height', Math.max(0, Math.floor(below)) + 'px');
    } else {
      box.style.setProperty('top', '0px');
      box.style.setProperty('max-height', Math.max(0, Math.floor(above)) + 'px');
    }
  }

  /* ---------------------------------------------------------------- keyboard focus order */

  function focusables(scope) {
    return Array.prototype.filter.call(scope.querySelectorAll(FOCUSABLE), function (n) {
      return !n.hidden && n.getClientRects().length > 0 && (scope !== doc || !n.closest('.preview, .preview-dock'));
    });
  }

  /** Moves focus to what follows <link> in its preview, or past the preview it closes, or on in the page. */
  function focusAfter(link) {
    var owner = entryOf(link);
    var list = focusables(owner ? owner.el : doc);
    var i = list.indexOf(link);
    if (i >= 0 && i < list.length - 1) { list[i + 1].focus(); return; }
    if (owner) {
      if (!owner.pinned) closeAbove(stack.indexOf(owner) - 1);
      if (owner.link.isConnected) focusAfter(owner.link);
      return;
    }
    if (i < 0) {
      // The link itself is not in the list (hidden?): take the first focusable after it in document order.
      for (var j = 0; j < list.length; j++) {
        if (link.compareDocumentPosition(list[j]) & Node.DOCUMENT_POSITION_FOLLOWING) { list[j].focus(); return; }
      }
    }
  }

  /* Tab walks the page as if no preview were open (a paragraph of terms is not a maze of previews); Down arrow enters
     the open preview of the focused link, Tab and Shift+Tab walk it, and leaving either end goes back to the link or on
     past it. */
  function enter(e) {
    var active = doc.activeElement;
    for (var i = stack.length - 1; i >= 0; i--) {
      if (stack[i].link === active) {
        var inside = focusables(stack[i].el);
        if (inside.length) { e.preventDefault(); inside[0].focus(); }
        return;
      }
    }
  }

  function onTab(e) {
    var active = doc.activeElement;
    var entry = entryOf(active);
    if (!entry) return;
    var list = focusables(entry.el);
    if (e.shiftKey && active === list[0] && entry.link.isConnected) {
      e.preventDefault();
      returnFocus(entry.link);
    } else if (!e.shiftKey && active === list[list.length - 1]) {
      e.preventDefault();
      var link = entry.link;
      if (!entry.pinned) closeAbove(stack.indexOf(entry) - 1);
      if (link.isConnected) focusAfter(link);
    }
  }

  function typing(node) {
    return node && (node.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(node.tagName));
  }

  /* ---------------------------------------------------------------- events */

  doc.addEventListener('pointerdown', function (e) {
    lastPointer = e.pointerType || 'mouse';
    pointerY = e.clientY;
    window.clearTimeout(openTimer);
    // A press outside the open previews (and their links) closes them; pinned ones stay.
    closeAbove(depthOf(e.target));
  }, true);

  doc.addEventListener('pointerover', function (e) {
    if (e.pointerType === 'touch') return;
    lastPointer = e.pointerType || 'mouse';
    pointerY = e.clientY;
    var depth = depthOf(e.target);
    var link = previewLink(e.target);
    if (depth < stack.length - 1) closeSoon(depth); else window.clearTimeout(closeTimer);
    window.clearTimeout(openTimer);
    if (!link || (stack[depth] && stack[depth].link === link)) { wanted = null; return; }
    var target = targetOf(link);
    if (target.slug) load(target.slug); // fetch while the intent delay runs
    wanted = link;
    openTimer = window.setTimeout(function () { if (wanted === link) open(link); }, OPEN_DELAY);
  });

  doc.addEventListener('pointerout', function (e) {
    if (e.pointerType === 'touch' || e.relatedTarget) return;
    // Left the window.
    window.clearTimeout(openTimer);
    wanted = null;
    closeSoon(-1);
  });

  doc.addEventListener('focusin', function (e) {
    var node = e.target;
    if (lastPointer === 'touch') return;
    closeAbove(depthOf(node));
    var link = previewLink(node);
    if (link && link !== returning && link.matches(':focus-visible') && !stack.some(function (s) { return s.link === link; })) open(link);
  });

  doc.addEventListener('keydown', function (e) {
    if (e.key !== 'Shift') lastPointer = 'keyboard';
    if (e.key === 'Tab') { onTab(e); return; }
    if (e.key === 'ArrowDown' && !e.altKey && !e.ctrlKey && !e.metaKey) { enter(e); return; }
    if (e.key === 'Escape') {
      var top = stack[stack.length - 1];
      if (top) {
        e.preventDefault();
        var focusHere = top.el.contains(doc.activeElement) || top.link === doc.activeElement;
        closeAbove(stack.length - 2);
        if (focusHere && top.link.isConnected) returnFocus(top.link);
        return;
      }
      var holder = entryOf(doc.activeElement);
      if (holder && holder.pinned) { e.preventDefault(); unpin(holder); }
      return;
    }
    if ((e.key === 'p' || e.key === 'P') && !e.ctrlKey && !e.metaKey && !e.altKey && !typing(e.target)) {
      var focused = entryOf(doc.activeElement);
      var entry = focused && !focused.pinned ? focused : stack[stack.length - 1];
      if (entry) { e.preventDefault(); pin(entry); }
    }
  });

  // Touch: the first tap on a link opens its preview; a second tap on it (or on the preview's title) follows it.
  // Note markers keep their own tap (the note opens in place on a phone), so they are left to reader.js.
  doc.addEventListener('click', function (e) {
    if (lastPointer !== 'touch') return;
    var link = previewLink(e.target);
    if (!link || link.matches('.note-ref a')) return;
    if (depthOf(link) >= 0 && stack[depthOf(link)].link === link) return; // open: follow it
    e.preventDefault();
    open(link);
  });

  var relayout = function () {
    stack.forEach(place);
    pinned.forEach(function (entry) {
      if (NARROW.matches !== !!entry.el.closest('.preview-dock')) unpin(entry);
    });
  };
  window.addEventListener('resize', relayout);
  NARROW.addEventListener('change', function () { closeAbove(-1); relayout(); });
  window.addEventListener('beforeprint', function () { closeAbove(-1); pinned.slice().forEach(unpin); });
})();
