#!/usr/bin/env python3
"""Writes the deterministic benchmark corpora under bench/corpora/ (see bench/README.md).

Every corpus is written in three layouts holding the same documents:

    corpora/<name>/staticreader/   StaticReader input: site.yml, texts/, glossary/
    corpora/<name>/hugo/           Hugo site: hugo.toml, content/, layouts/
    corpora/<name>/eleventy/       Eleventy site: eleventy.config.js, _includes/, texts/, glossary/

Corpora:
    stub-4000      4,000 pages: a title and three short paragraphs (~850 characters)
    reader-4000    4,000 pages of ~5 KB prose with headings, lists, quotes and links
    glossary-4000  the reader shape plus 200 glossary terms with aliases, term mentions in the
                   prose and three footnotes (margin notes) per page
    reader-40000   the reader shape at 40,000 pages, for scaling (its first 4,000 pages are
                   the pages of reader-4000)

Each page is generated from its own seeded random stream, so the output is byte-identical on
every run and machine (Python's str seeding is stable across processes).
"""

import argparse
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

WORDS = """
a about above across after again against air all almost along already also although always
among an and another any anyone anything appear are area around as ask at away back bad be
became because become been before began begin behind being below best better between big
black blue body book both bring brought build built but by call came can car care carry case
cause certain change children city clear close cold come common complete could country course
cut dark day deep did different do does done door down draw during each early earth east easy
eat end enough even ever every example eye face fact fall family far farm fast father feel feet
few field find fine fire first fish five follow food foot for form found four free friend from
front full gave get girl give go gold good got great green ground group grow had half hand hard
has have he head hear heard heart heavy held help her here high him his hold home horse hot
hour house how however idea if important in inside into is island it its just keep kind king
knew know land language large last late later laugh lay lead learn least leave left less let
letter life light like line list little live long look lost low made main make man many map
mark may me mean measure men might mile mind miss money moon more morning most mother mountain
move much music must my name near need never new next night no north nothing notice now number
of off often old on once one only open or order other our out over own page paper part pass
past people perhaps person picture piece place plain plan plant play point poor possible power
present probably problem produce pull put question quick quiet rain ran rather reach read ready
real red remember rest river road rock room round rule run said same saw say school sea second
see seem seen sentence set several shape she ship short should show side simple since sing
size sky slow small snow so some something sometimes song soon sound south space special spring
stand star start state stay step still stone stood stop story street strong study such summer
sun sure surface table take talk tell ten than that the their them then there these they thing
think this those though thought three through time to together told too took top toward town
tree true try turn two under understand until up upon us use usually very voice walk wall want
war warm was watch water way we week weight well went were west what wheel when where which
while white who whole why wide wind winter with without wood word work world would write year
yet you young harbour archive ledger reader margin chapter passage witness account evidence
record report merchant treaty province council harvest current signal engine factory network
""".split()

SYLLABLES = ("al", "bar", "cor", "dan", "el", "fen", "gar", "hal", "ir", "jun", "kel", "lor",
             "mar", "nor", "or", "pel", "quin", "ros", "sel", "tor", "ul", "van", "wen", "xar",
             "yor", "zel", "tha", "bri", "cal", "dro", "ven", "sha")
TERM_NOUNS = ("Index", "Protocol", "Doctrine", "Accord", "Effect", "Engine", "Ledger", "Method",
              "Council", "Model", "Principle", "Network", "Charter", "Process", "Archive")
KINDS = ("concept", "organization", "person", "product", "policy")


class Page:
    def __init__(self, slug, title, summary, date, body):
        self.slug = slug
        self.title = title
        self.summary = summary
        self.date = date
        self.body = body


class Term:
    def __init__(self, slug, title, aliases, summary, kind, body):
        self.slug = slug
        self.title = title
        self.aliases = aliases
        self.summary = summary
        self.kind = kind
        self.body = body


def words(rng, n):
    return [rng.choice(WORDS) for _ in range(n)]


def sentence(rng, lo=8, hi=20, mention=None):
    ws = words(rng, rng.randint(lo, hi))
    r = rng.random()
    if r < 0.08:
        i = rng.randrange(len(ws))
        ws[i] = "*" + ws[i] + "*"
    elif r < 0.14:
        i = rng.randrange(len(ws))
        ws[i] = "**" + ws[i] + "**"
    elif r < 0.17:
        i = rng.randrange(len(ws))
        ws[i] = "`" + ws[i] + "`"
    elif r < 0.22 and len(ws) > 4:
        ws[2] = ws[2] + ","
    if mention is not None:
        ws.insert(rng.randrange(1, len(ws)), "the " + mention)
    text = " ".join(ws)
    return text[0].upper() + text[1:]


def title_words(rng, n):
    text = " ".join(words(rng, n))
    return text[0].upper() + text[1:]


class Writer:
    """Builds one page body; in glossary mode it adds term mentions and footnotes."""

    def __init__(self, rng, page_count, index, terms):
        self.rng = rng
        self.page_count = page_count
        self.index = index
        self.terms = terms
        self.notes = 0
        self.lines = []

    def mention(self):
        if not self.terms or self.rng.random() >= 0.28:
            return None
        term = self.rng.choice(self.terms)
        names = [term.title] + term.aliases
        return self.rng.choice(names)

    def sentences(self, count, lo=8, hi=20):
        return [sentence(self.rng, lo, hi, self.mention()) + "." for _ in range(count)]

    def link(self):
        rng = self.rng
        if rng.random() < 0.6:
            target = rng.randrange(self.page_count)
            return f"[{' '.join(words(rng, rng.randint(2, 4)))}](/texts/{slug_of(target)}/)"
        return f"[{' '.join(words(rng, rng.randint(1, 3)))}](https://example.org/sources/{rng.randrange(100000)})"

    def paragraph(self, count=None, with_link=False):
        rng = self.rng
        parts = self.sentences(count or rng.randint(3, 6))
        if with_link:
            i = rng.randrange(len(parts))
            parts[i] = parts[i][:-1] + ", as " + self.link() + " shows."
        notes = []
        if self.terms and self.notes < 3 and rng.random() < 0.35:
            self.notes += 1
            label = f"n{self.notes}"
            i = rng.randrange(len(parts))
            parts[i] = parts[i][:-1] + f"[^{label}]."
            notes.append(f"[^{label}]: " + " ".join(self.sentences(rng.randint(1, 2), 6, 14)))
        self.lines.append(" ".join(parts))
        self.lines.append("")
        for note in notes:
            self.lines.append(note)
            self.lines.append("")

    def block(self):
        rng = self.rng
        r = rng.random()
        if r < 0.12:
            self.lines.append("## " + title_words(rng, rng.randint(2, 5)))
            self.lines.append("")
        elif r < 0.18:
            self.lines.append("### " + title_words(rng, rng.randint(2, 4)))
            self.lines.append("")
        elif r < 0.30:
            ordered = rng.random() < 0.4
            for i in range(rng.randint(3, 6)):
                item = sentence(rng, 4, 12, self.mention())
                if rng.random() < 0.15:
                    item += " (" + self.link() + ")"
                self.lines.append((f"{i + 1}. " if ordered else "- ") + item)
            self.lines.append("")
        elif r < 0.40:
            quote = self.sentences(rng.randint(2, 4))
            self.lines.append("> " + " ".join(quote))
            self.lines.append(">")
            self.lines.append("> — " + title_words(rng, 2))
            self.lines.append("")
        else:
            self.paragraph(with_link=rng.random() < 0.5)

    def flush_notes(self):
        # Every page of the glossary corpus carries three notes.
        while self.terms and self.notes < 3:
            self.paragraph(count=2)

    def text(self):
        return "\n".join(self.lines).rstrip("\n") + "\n"


def slug_of(i):
    return f"page-{i:05d}"


def date_of(rng):
    return f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def stub_page(i, count):
    rng = random.Random(f"stub-{i}")
    title = f"Stub {i:05d}: {title_words(rng, rng.randint(2, 4))}"
    body = []
    for _ in range(3):
        # ~850 characters over the three paragraphs.
        para = ""
        while len(para) < 255:
            para += (" " if para else "") + sentence(rng, 6, 12) + "."
        body.append(para)
    return Page(slug_of(i), title, "", date_of(rng), "\n\n".join(body) + "\n")


def reader_page(i, count, terms, target=5000):
    rng = random.Random(f"reader-{i}")
    title = f"Reader {i:05d}: {title_words(rng, rng.randint(3, 6))}"
    summary = sentence(rng, 10, 18) + "."
    date = date_of(rng)
    w = Writer(rng, count, i, terms)
    w.paragraph()
    w.lines.append("## " + title_words(rng, rng.randint(2, 5)))
    w.lines.append("")
    while sum(len(line) + 1 for line in w.lines) < target:
        w.block()
    w.flush_notes()
    return Page(slug_of(i), title, summary, date, w.text())


def make_terms(count=200):
    rng = random.Random("glossary-terms")
    terms, seen = [], set()
    while len(terms) < count:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        title = name if rng.random() < 0.4 else f"{name} {rng.choice(TERM_NOUNS)}"
        if title.lower() in seen or name.lower() in seen:
            continue
        aliases = []
        acronym = "".join(p[0] for p in title.split()).upper() + name[1:3].upper()
        candidates = [acronym, name + "s" if " " not in title else name]
        for a in candidates[: rng.randint(1, 2)]:
            if a.lower() not in seen and a.lower() != title.lower() and a not in aliases:
                aliases.append(a)
        seen.add(title.lower())
        seen.add(name.lower())
        seen.update(a.lower() for a in aliases)
        slug = title.lower().replace(" ", "-")
        terms.append(Term(slug, title, aliases, "", rng.choice(KINDS), ""))
    for t in terms:
        trng = random.Random("term-" + t.slug)
        t.summary = sentence(trng, 8, 16) + "."
        w = Writer(trng, 4000, 0, [x for x in terms if x is not t])
        w.notes = 3  # no footnotes in glossary entries
        for _ in range(2):
            w.paragraph(count=3)
        t.body = w.text()
    return terms


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def front_matter(fields):
    lines = ["---"]
    for k, v in fields:
        if v is None or v == "":
            continue
        if isinstance(v, list):
            lines.append(f"{k}: [" + ", ".join(yaml_str(x) for x in v) + "]")
        elif k == "date":
            lines.append(f"{k}: {v}")
        else:
            lines.append(f"{k}: {yaml_str(v)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


# ---- the three layouts ---------------------------------------------------------------------

HUGO_TOML = """baseURL = "https://example.org/"
languageCode = "en"
title = "{title}"
disableKinds = ["taxonomy", "term"]
"""

HUGO_LAYOUTS = {
    "_default/baseof.html": '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>{{ .Title }}</title></head>\n<body><main>\n{{ block "main" . }}{{ end }}\n</main></body>\n</html>\n',
    "_default/single.html": '{{ define "main" }}{{ .Content }}{{ end }}\n',
    "_default/list.html": '{{ define "main" }}<h1>{{ .Title }}</h1>{{ end }}\n',
    "index.html": '{{ define "main" }}<h1>{{ .Site.Title }}</h1>{{ end }}\n',
    "404.html": '{{ define "main" }}<h1>Page not found</h1>{{ end }}\n',
}

ELEVENTY_CONFIG = """// Minimal Eleventy site for the StaticReader benchmark: markdown pages in one layout.
module.exports = function (eleventyConfig) {
  eleventyConfig.addGlobalData("layout", "page.liquid");
  return {
    dir: { input: ".", includes: "_includes" },
    markdownTemplateEngine: false,
    htmlTemplateEngine: "liquid",
  };
};
"""

ELEVENTY_LAYOUT = '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>{{ title | escape }}</title></head>\n<body><main>\n{{ content }}\n</main></body>\n</html>\n'


def write_corpus(root, name, site_title, pages, terms):
    sr = os.path.join(root, "staticreader")
    hugo = os.path.join(root, "hugo")
    ele = os.path.join(root, "eleventy")
    for d in (os.path.join(sr, "texts"), os.path.join(hugo, "content", "texts"), os.path.join(ele, "texts")):
        os.makedirs(d)
    if terms:
        for d in (os.path.join(sr, "glossary"), os.path.join(hugo, "content", "glossary"), os.path.join(ele, "glossary")):
            os.makedirs(d)

    write(os.path.join(sr, "site.yml"),
          f"title: {yaml_str(site_title)}\nbaseUrl: https://example.org/\nlanguage: en\n"
          # Hugo and Eleventy build no search index: the plain corpora leave StaticReader's off too. Neither makes
          # e-books: EPUBs are off in every corpus, so the comparison is like for like (their cost is measured apart).
          f"search: {'true' if terms else 'false'}\nepub: false\n")
    write(os.path.join(hugo, "hugo.toml"), HUGO_TOML.format(title=site_title))
    for rel, text in HUGO_LAYOUTS.items():
        path = os.path.join(hugo, "layouts", rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        write(path, text)
    write(os.path.join(ele, "eleventy.config.js"), ELEVENTY_CONFIG)
    os.makedirs(os.path.join(ele, "_includes"))
    write(os.path.join(ele, "_includes", "page.liquid"), ELEVENTY_LAYOUT)
    write(os.path.join(ele, "index.md"), front_matter([("title", site_title)]) + "\nHome.\n")

    for p in pages:
        fm = front_matter([("title", p.title), ("summary", p.summary), ("date", p.date)])
        text = fm + "\n" + p.body
        write(os.path.join(sr, "texts", p.slug + ".md"), text)
        write(os.path.join(hugo, "content", "texts", p.slug + ".md"), text)
        write(os.path.join(ele, "texts", p.slug + ".md"), text)

    for t in terms:
        # StaticReader's glossary fields; Hugo reserves 'aliases' (redirect pages) so peers get
        # the same values under neutral names.
        sr_fm = front_matter([("title", t.title), ("summary", t.summary), ("kind", t.kind), ("aliases", t.aliases)])
        peer_fm = front_matter([("title", t.title), ("summary", t.summary), ("termkind", t.kind), ("synonyms", t.aliases)])
        write(os.path.join(sr, "glossary", t.slug + ".md"), sr_fm + "\n" + t.body)
        write(os.path.join(hugo, "content", "glossary", t.slug + ".md"), peer_fm + "\n" + t.body)
        write(os.path.join(ele, "glossary", t.slug + ".md"), peer_fm + "\n" + t.body)


CORPORA = {
    "stub-4000": ("stub", 4000),
    "reader-4000": ("reader", 4000),
    "glossary-4000": ("glossary", 4000),
    "reader-40000": ("reader", 40000),
}


def generate(name, out_dir):
    shape, count = CORPORA[name]
    terms = make_terms() if shape == "glossary" else []
    if shape == "stub":
        pages = (stub_page(i, count) for i in range(count))
    else:
        pages = (reader_page(i, count, terms) for i in range(count))
    final = os.path.join(out_dir, name)
    tmp = final + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    write_corpus(tmp, name, f"Benchmark {name}", pages, terms)
    write(os.path.join(tmp, "COMPLETE"), f"{name} {count} pages, {len(terms)} terms\n")
    shutil.rmtree(final, ignore_errors=True)
    os.rename(tmp, final)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*", help="corpora to write (default: all); " + ", ".join(CORPORA))
    ap.add_argument("--out", default=os.path.join(HERE, "corpora"), help="folder to write into")
    ap.add_argument("--force", action="store_true", help="rewrite corpora that already exist")
    args = ap.parse_args()
    for name in args.names or list(CORPORA):
        if name not in CORPORA:
            sys.exit(f"unknown corpus '{name}' (known: {', '.join(CORPORA)})")
        if not args.force and os.path.exists(os.path.join(args.out, name, "COMPLETE")):
            print(f"{name}: present")
            continue
        print(f"{name}: generating", flush=True)
        generate(name, args.out)


if __name__ == "__main__":
    main()
