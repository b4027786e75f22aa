/* StaticReader reader: colour-mode toggle, margin notes and inline note toggles, contents (previews: previews.js).
   Plain DOM, no dependencies, no innerHTML: content only ever reaches the page as text. */
(function () {
  'use strict';

  var doc = document;
  var root = doc.documentElement;
  var WIDE = window.matchMedia('(min-width: 1100px)');

  function docTop(el) {
    var rects = el.getClientRects();
    var rect = rects.length ? rects[0] : el.getBoundingClientRect();
    return rect.top + window.pageYOffset;
  }

  /* One batch for every script here that reads layout: all its reads run first, then all its writes,
     so no read ever follows a write. The batch runs just after the browser has laid the page out
     (a ResizeObserver's callback: observing an element again reports it once more after the next
     layout, in the same frame, before paint), so even its first read finds the layout done and forces
     nothing; a requestAnimationFrame callback runs before layout and would force it. `read` may return
     the function that writes. */
  var reads = [];
  var asked = false;
  var afterLayout = 'ResizeObserver' in window ? new ResizeObserver(function () { flushFrame(); }) : null;
  function flushFrame() {
    asked = false;
    var batch = reads;
    reads = [];
    var writes = batch.map(function (read) { return read(); });
    writes.forEach(function (write) { if (write) write(); });
  }
  function inFrame(read) {
    if (reads.indexOf(read) < 0) reads.push(read);
    if (asked) return;
    asked = true;
    if (afterLayout) {
      afterLayout.unobserve(root);
      afterLayout.observe(root);
    } else {
      window.requestAnimationFrame(flushFrame);
    }
  }

  /* ---------------------------------------------------------------- colour mode */

  function setupThemeToggle() {
    var button = doc.querySelector('.theme-toggle');
    if (!button) return;
    var systemDark = window.matchMedia('(prefers-color-scheme: dark)');
    var current = function () {
      return root.getAttribute('data-theme') || (systemDark.matches ? 'dark' : 'light');
    };
    var sync = function () {
      button.setAttribute('aria-pressed', current() === 'dark' ? 'true' : 'false');
    };
    button.addEventListener('click', function () {
      var next = current() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { localStorage.setItem('sr-theme', next); } catch (e) { /* not persisted */ }
      sync();
    });
    systemDark.addEventListener('change', sync);
    sync();
  }

  /* ---------------------------------------------------------------- notes */

  var GAP = 12;        // px between two margin notes
  var CLAMP_SLACK = 48; // how far a passage's notes may always run past the passage

  function setupNotes() {
    var items = [];
    var byNote = new Map();
    var notes = doc.querySelectorAll('.note[id]');
    for (var i = 0; i < notes.length; i++) {
      var note = notes[i];
      var back = note.querySelector('.note-back');
      var ref = back ? doc.getElementById(back.getAttribute('href').slice(1)) : null;
      if (!ref) continue;
      var anchorId = note.getAttribute('data-anchor');
      var item = {
        note: note,
        ref: ref,
        sup: ref.closest('sup') || ref,
        mark: anchorId ? doc.getElementById(anchorId) : null,
        home: note.parentNode,
        next: note.nextSibling,
        passage: note.closest('.passage') || note.parentNode,
        open: false
      };
      note.tabIndex = -1;
      items.push(item);
      byNote.set(note, item);
    }
    if (!items.length) return;

    var container = doc.querySelector('.doc-body') || doc.querySelector('.doc') || doc.body;
    var number = function (item) {
      var n = item.note.querySelector('.note-number');
      return n ? n.textContent : '';
    };

    // Label each group of notes by the numbers it holds, so landmarks and groups are told apart.
    var asides = doc.querySelectorAll('aside.notes');
    for (var a = 0; a < asides.length; a++) {
      var numbers = asides[a].querySelectorAll('.note-number');
      if (numbers.length) {
        var first = numbers[0].textContent;
        var last = numbers[numbers.length - 1].textContent;
        asides[a].setAttribute('aria-label', numbers.length === 1 ? 'Note ' + first : 'Notes ' + first + '–' + last);
      }
    }

    /* Highlight a note together with its anchor (and its number) while either is hovered or focused. */
    var activate = function (item, on) {
      item.note.classList.toggle('is-active', on);
      item.sup.classList.toggle('is-active', on);
      if (item.mark) item.mark.classList.toggle('is-active', on);
    };
    items.forEach(function (item) {
      var on = function () { activate(item, true); };
      var off = function () { activate(item, false); };
      [item.ref, item.note].concat(item.mark ? [item.mark] : []).forEach(function (el) {
        el.addEventListener('mouseenter', on);
        el.addEventListener('mouseleave', off);
      });
      item.ref.addEventListener('focus', on);
      item.ref.addEventListener('blur', off);
      item.note.addEventListener('focusin', on);
      item.note.addEventListener('focusout', function (e) {
        if (!item.note.contains(e.relatedTarget)) off();
      });
    });

    /* Narrow screens: a note opens in place, right after its number. */
    var restore = function (item) {
      if (item.note.parentNode !== item.home) {
        item.home.insertBefore(item.note, item.next && item.next.parentNode === item.home ? item.next : null);
      }
      item.open = false;
      item.note.classList.remove('is-open');
    };
    var setOpen = function (item, open) {
      if (open && item.note.parentNode === item.home) {
        // Open after the punctuation that closes the phrase, so "text¹." does not leave "." stranded.
        var after = item.sup;
        var text = after.nextSibling;
        var punct = text && text.nodeType === 3 ? /^[.,;:!?\u2019\u201d"')\]]+/.exec(text.data) : null;
        if (punct) {
          if (punct[0].length < text.data.length) text.splitText(punct[0].length);
          after = text;
        }
        after.parentNode.insertBefore(item.note, after.nextSibling);
      }
      item.open = open;
      item.note.classList.toggle('is-open', open);
      item.ref.setAttribute('aria-expanded', open ? 'true' : 'false');
    };

    items.forEach(function (item) {
      // The highlighted phrase answers a click or tap like its number (links inside it still work).
      if (item.mark) {
        item.mark.addEventListener('click', function (e) {
          if (e.target.closest('a')) return;
          item.ref.click();
        });
      }
      item.ref.addEventListener('click', function (e) {
        e.preventDefault();
        if (WIDE.matches) {
          activate(item, true);
          item.note.classList.add('is-flash');
          window.setTimeout(function () { item.note.classList.remove('is-flash'); }, 1200);
          var r = item.note.getBoundingClientRect();
          var visible = r.top >= 0 && r.bottom <= window.innerHeight;
          item.note.focus({ preventScroll: visible });
        } else {
          setOpen(item, !item.open);
        }
      });
      var back = item.note.querySelector('.note-back');
      back.addEventListener('click', function (e) {
        e.preventDefault();
        if (!WIDE.matches) setOpen(item, false);
        item.ref.focus();
      });
    });

    /* Wide screens: each note sits in the margin level with its anchor, pushed down just enough
       not to overlap the note before it. Passages whose notes would run far past them get shortened
       notes that open fully on hover, focus or a click on their number.
       No forced synchronous layout: layout() only reads (anchors, passages, note heights, the container)
       and returns the writes, which inFrame runs after every script's reads, in an animation frame,
       never while the script loads.
       So nothing is undone before measuring: a shortened note's full height is its scrollHeight (it has
       no border or padding in the margin), and the bottom padding set last time is taken off the
       container's measured bottom. */
    var containerPadding = null; // the container's own bottom padding (CSS), read before we ever set one
    // Measures (reads only) and returns the function that places the notes (writes only).
    var layout = function () {
      if (!WIDE.matches) {
        return function () {
          items.forEach(function (item) {
            item.note.style.removeProperty('top');
            item.note.classList.remove('is-clamped');
            item.note.style.removeProperty('--lines');
          });
          container.style.removeProperty('padding-bottom');
          root.classList.remove('notes-placed');
        };
      }

      // A note is away from home only after a switch the frame has not handled yet; moving it back is a
      // write, but one that changes what is measured, so it comes first.
      items.forEach(function (item) {
        if (item.note.parentNode !== item.home) restore(item);
      });

      // Read everything first, then write: one layout pass.
      var groups = [];
      var byPassage = new Map();
      items.forEach(function (item) {
        var g = byPassage.get(item.passage);
        if (!g) {
          var rect = item.passage.getBoundingClientRect();
          g = { top: rect.top + window.pageYOffset, bottom: rect.bottom + window.pageYOffset, items: [] };
          byPassage.set(item.passage, g);
          groups.push(g);
        }
        item.anchorTop = docTop(item.mark || item.sup);
        item.height = item.note.classList.contains('is-clamped') ? item.note.scrollHeight : item.note.offsetHeight;
        g.items.push(item);
      });
      var style = window.getComputedStyle(items[0].note);
      var lineHeight = parseFloat(style.lineHeight) || 18;
      var setPadding = parseFloat(container.style.paddingBottom) || 0;
      if (containerPadding === null) containerPadding = setPadding ? 0 : parseFloat(window.getComputedStyle(container).paddingBottom) || 0;
      var containerBottom = container.getBoundingClientRect().bottom + window.pageYOffset - (setPadding ? setPadding - containerPadding : 0);

      // Stack a passage's notes below `bottom`, each at most `lines` lines tall (0: full height).
      var stack = function (group, bottom, lines) {
        var limit = lines ? lines * lineHeight + 1 : Infinity;
        group.items.forEach(function (item) {
          item.top = Math.max(item.anchorTop, bottom + GAP);
          item.lines = item.height > limit ? lines : 0;
          bottom = item.top + Math.min(item.height, limit);
        });
        return bottom;
      };
      // A passage's notes may run down to where the next passage's notes want to start; when full
      // notes would run further, they are shortened just enough (never below two lines).
      var bottom = -Infinity;
      groups.forEach(function (group, g) {
        var next = groups[g + 1];
        var room = Math.max(group.bottom + CLAMP_SLACK, next ? next.items[0].anchorTop - GAP : Infinity);
        var end = stack(group, bottom, 0);
        for (var lines = 8; end > room && lines >= 2; lines--) end = stack(group, bottom, lines);
        bottom = end;
      });

      // Then write: nothing below reads layout.
      return function () {
        items.forEach(function (item) {
          item.note.classList.toggle('is-clamped', item.lines > 0);
          if (item.lines > 0) item.note.style.setProperty('--lines', String(item.lines));
          else item.note.style.removeProperty('--lines');
          var passageTop = byPassage.get(item.passage).top;
          item.note.style.setProperty('top', Math.round(item.top - passageTop) + 'px');
        });
        if (bottom > containerBottom) {
          container.style.setProperty('padding-bottom', Math.ceil(bottom - containerBottom + GAP) + 'px');
        } else {
          container.style.removeProperty('padding-bottom');
        }
        root.classList.add('notes-placed');
      };
    };

    // Between margin and toggles: notes go home (a note opened inline on a phone moves back) and the
    // numbers say what they control, at once (writes only, so nothing is forced); placing waits for a frame.
    var modeChanged = function () {
      items.forEach(function (item) {
        restore(item);
        if (WIDE.matches) item.ref.removeAttribute('aria-expanded');
        else item.ref.setAttribute('aria-expanded', 'false');
        item.ref.setAttribute('aria-controls', item.note.id);
      });
      schedule();
    };

    var schedule = function () { inFrame(layout); };
    if ('ResizeObserver' in window) {
      // The width comes with the report (reading it could force a layout after another observer's
      // writes). Placing waits for the next frame: asked for from inside this callback, the batch's own
      // report would be left undelivered.
      var lastWidth = -1;
      new ResizeObserver(function (entries) {
        var width = entries[entries.length - 1].contentRect.width;
        if (lastWidth >= 0 && width !== lastWidth) window.requestAnimationFrame(schedule);
        lastWidth = width;
      }).observe(container);
    }
    window.addEventListener('resize', schedule);
    window.addEventListener('load', schedule);
    WIDE.addEventListener('change', modeChanged);
    window.addEventListener('beforeprint', function () { items.forEach(restore); });
    window.addEventListener('afterprint', modeChanged);
    modeChanged();

    return byNote;
  }

  /* ---------------------------------------------------------------- contents: mark the section in view */

  function setupContents() {
    var links = doc.querySelectorAll('.toc a[href^="#"]');
    if (!links.length || !('IntersectionObserver' in window)) return;
    var byId = new Map();
    var headings = [];
    for (var i = 0; i < links.length; i++) {
      var target = doc.getElementById(decodeURIComponent(links[i].getAttribute('href').slice(1)));
      if (target) { byId.set(target, links[i]); headings.push(target); }
    }
    var current = null;
    // Reads which section is in view, and returns the function that marks its link (see inFrame).
    var measure = function () {
      var line = window.innerHeight * 0.25;
      var active = null;
      for (var h = 0; h < headings.length; h++) {
        if (headings[h].getBoundingClientRect().top <= line) active = headings[h];
        else break;
      }
      var link = active ? byId.get(active) : null;
      return function () {
        if (link === current) return;
        if (current) current.removeAttribute('aria-current');
        if (link) link.setAttribute('aria-current', 'location');
        current = link;
      };
    };
    var update = function () { inFrame(measure); };
    var observer = new IntersectionObserver(update, { rootMargin: '0px 0px -70% 0px' });
    headings.forEach(function (h) { observer.observe(h); });
    window.addEventListener('scroll', update, { passive: true });
    update();
  }

  setupThemeToggle();
  setupNotes();
  setupContents();
})();
