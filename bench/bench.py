#!/usr/bin/env python3
"""resurface vs Hugo vs JBake on the same generated corpus, plus JMH microbenchmarks of resurface.

One command (see bench/README.md):

    bench/bench.py --sizes 1000,10000 --runs 5 --out bench/results.md [--jmh]

For each corpus size, for each scenario, each tool gets one warm-up run, then --runs rounds in which the
tools take turns (A B C, A B C, ...: paired, so drift on the machine hits all of them):
  cold     empty output folder, no cache of any kind;
  rebuild  after a full build, one line appended to one article, then a build in a new process into the
           same output folder (Hugo, JBake: their normal rebuild; resurface: with its build cache when
           `resurface build --help` offers --cache, else "n/a").
Then "this site": resurface building this repository's own site, cold.
Every run is measured with /usr/bin/time -v (CPU, peak RSS; wall from the parent's monotonic clock),
and checked: exit status 0, the expected number of HTML files, the changed article's new text in its
output. A failed run stops the benchmark with its log.
"""
import argparse
import datetime
import hashlib
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
LAUNCHER = REPO / "resurface"
JBAKE_VERSION = "2.7.0"
SECTIONS = ["treatments", "benefits", "choosing-a-clinic", "aftercare", "faq"]  # as gen-corpus.py writes them
DEFAULT_JMH_ARGS = "-f 1 -wi 3 -i 5 -w 1s -r 1s"
# The launcher's JVM flags for build, read from ./resurface itself so the report can't go stale: the JMH
# forks use them too unless --jmh-jvm-args says otherwise.
def launcher_jvm_args():
    m = re.search(r'^opts=\$\{RESURFACE_JAVA_OPTS:-(.*)\}\s*$', LAUNCHER.read_text(encoding="utf-8"), re.M)
    return m.group(1) if m else "(unknown: see ./resurface)"


LAUNCHER_JVM_ARGS = launcher_jvm_args()

# The resurface flavor of the corpus: gen-corpus.py writes no site.yml; these minimal templates match the
# Hugo flavor's layouts (single page, section list, home) so the comparison is about engines. Bump
# CORPUS_VERSION when they change: cached corpora are regenerated.
CORPUS_VERSION = "1"
RESURFACE_SITE_YML = "title: Bench\nbaseUrl: https://example.org/\n"
HEAD = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>'
RESURFACE_TEMPLATES = {
    "page.ftlh": HEAD.format(title="${page.title}") + "<main><h1>${page.title}</h1>${page.content}</main></body></html>",
    "section.ftlh": HEAD.format(title="${page.title}") + '<h1>${page.title}</h1><nav><ul><#list page.pages as p>'
                    '<li><a href="${p.url}">${p.title}</a></li></#list></ul></nav></body></html>',
    "home.ftlh": HEAD.format(title="${site.title}") + '<h1>${site.title}</h1><ul><#list site.sections as s>'
                 '<li><a href="${s.url}">${s.title}</a></li></#list></ul></body></html>',
}


class BenchError(Exception):
    pass


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def run_quiet(cmd, **kw):
    """Runs a set-up command; its output is shown only when it fails."""
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw)
    if r.returncode != 0:
        raise BenchError(f"{shlex.join(map(str, cmd))} failed (exit {r.returncode}):\n{r.stdout[-4000:]}")
    return r.stdout


def first_line(cmd):
    try:
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=120)
        return (r.stdout.strip().splitlines() or ["?"])[0].strip()
    except (OSError, subprocess.TimeoutExpired):
        return "not available"


# ---------------------------------------------------------------- corpora

def find_generator(arg):
    candidates = [arg, os.environ.get("RESURFACE_GEN_CORPUS"), REPO.parent / "shared" / "bench" / "gen-corpus.py"]
    for c in candidates:
        if c and Path(c).is_file():
            return Path(c).resolve()
    raise BenchError("gen-corpus.py not found: pass --gen PATH (it lives in shared/bench/ beside the repository)")


def corpus(work, gen, flavor, n, seed):
    """The corpus of n articles for a flavor, generated once and cached (regenerated when the generator or
    this script's templates change, or when a previous generation did not finish)."""
    key = hashlib.sha256(gen.read_bytes() + f"|{CORPUS_VERSION}|{flavor}|{n}|{seed}".encode()).hexdigest()[:16]
    d = work / "corpus" / f"{flavor}-{n}-s{seed}"
    marker = d / ".bench-corpus"
    if marker.is_file() and marker.read_text().strip() == key:
        return d
    log(f"generating the {flavor} corpus of {n} articles in {d} ...")
    shutil.rmtree(d, ignore_errors=True)
    run_quiet([sys.executable, str(gen), str(n), str(d), "--flavor", flavor, "--seed", str(seed)])
    if flavor == "resurface":
        (d / "site.yml").write_text(RESURFACE_SITE_YML, encoding="utf-8")
        (d / "templates").mkdir(exist_ok=True)
        for name, text in RESURFACE_TEMPLATES.items():
            (d / "templates" / name).write_text(text, encoding="utf-8")
    marker.write_text(key + "\n")
    return d


def real_theme_site(work, n):
    """This repository's own site (site.yml, templates/, content/ with its data files and snippets) plus n
    copies of its longest article beside it: same front matter and body, different titles. Written afresh
    each run, so it follows the repository's current content and theme."""
    d = work / "corpus" / f"real-theme-{n}"
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir(parents=True)
    shutil.copyfile(REPO / "site.yml", d / "site.yml")
    shutil.copytree(REPO / "templates", d / "templates")
    shutil.copytree(REPO / "content", d / "content")
    content = REPO / "content"
    articles = [p for p in content.rglob("*.md")
                if not p.name.startswith("_") and not any(part.startswith("_") for part in p.relative_to(content).parts[:-1])]
    longest = max(articles, key=lambda p: (p.stat().st_size, p.name))
    text = longest.read_text(encoding="utf-8")
    m = re.search(r"^title: *(.*)$", text, re.M)
    if not m:
        raise BenchError(f"{longest} has no 'title:' line to vary")
    title = m.group(1).strip()
    quoted = title[:1] in "\"'"
    rel = longest.relative_to(content)
    for i in range(1, n + 1):
        t = f"{title[:-1]} (copy {i}){title[-1]}" if quoted else f"{title} (copy {i})"
        (d / "content" / rel.parent / f"{longest.stem}-copy-{i:05d}.md").write_text(
            text[:m.start()] + f"title: {t}" + text[m.end():], encoding="utf-8")
    return d, longest.relative_to(REPO)


def content_bytes(src):
    """Bytes of Markdown under content/ (front matter included): the 'content' a build's cost is divided by."""
    return sum(p.stat().st_size for p in (src / "content").rglob("*.md"))


def markdown_pages(src):
    """Pages a build must write at least: one per Markdown file outside the _data and _snippets folders."""
    content = src / "content"
    return sum(1 for p in content.rglob("*.md") if not any(part.startswith("_") for part in p.relative_to(content).parts[:-1]))


def article_of(src, n):
    """The article the rebuild scenario edits: the middle one."""
    i = n // 2
    slug = f"article-{i:05d}"
    return src / "content" / SECTIONS[i % len(SECTIONS)] / f"{slug}.md", SECTIONS[i % len(SECTIONS)], slug


# ---------------------------------------------------------------- tools

class Tool:
    name = ""
    flavor = ""

    def __init__(self, args, work):
        self.args = args
        self.work = work

    def prepare(self):
        pass

    def version(self):
        return ""

    def command(self, src, out, n, scenario):
        raise NotImplementedError

    def clean_caches(self, n):
        """Before a cold run: remove every cache the tool keeps outside its output folder."""

    def min_html(self, n):
        return n + len(SECTIONS) + 1  # articles, section pages, home

    def article_output(self, out, section, slug):
        return out / section / slug / "index.html"

    def rebuild_available(self):
        return True


class Resurface(Tool):
    name = "resurface"
    flavor = "resurface"

    def prepare(self):
        # The launcher builds target/resurface.jar and its class-data-sharing archive when missing or stale.
        log("resurface: building the jar and the class-data-sharing archive when needed ...")
        run_quiet([str(LAUNCHER), "--version"])
        self.cache_arg = self._cache_arg()

    def _cache_arg(self):
        arg = self.args.resurface_cache_arg
        if arg == "none":
            return None
        if arg:
            return arg
        help_text = run_quiet([str(LAUNCHER), "build", "--help"])
        m = re.search(r"(--cache)(?:[= ]([A-Z]+))?", help_text)
        if not m:
            return None
        return "--cache={dir}" if m.group(2) else "--cache"

    def version(self):
        v = first_line([str(LAUNCHER), "--version"])
        rev = first_line(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"])
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
                               stdout=subprocess.PIPE, text=True).stdout.strip()
        return f"{v} (commit {rev}{', with uncommitted changes' if dirty else ''}; launcher flags {LAUNCHER_JVM_ARGS} + CDS archive)"

    def rebuild_available(self):
        return self.cache_arg is not None

    def cache_dir(self, n):
        return self.work / "caches" / f"resurface-{n}"

    def command(self, src, out, n, scenario):
        cmd = [str(LAUNCHER), "build", "--quiet", "--site", str(src), "--output", str(out)]
        if self.args.threads:
            cmd.append(f"--threads={self.args.threads}")
        if scenario == "rebuild" and self.cache_arg:
            cmd += shlex.split(self.cache_arg.replace("{dir}", str(self.cache_dir(n))))
        return cmd


class Hugo(Tool):
    name = "hugo"
    flavor = "hugo"

    def prepare(self):
        if shutil.which("hugo") is None:
            raise BenchError("hugo is not installed: `apt-get install -y hugo` (Debian's package, 0.111.3), "
                             "or leave it out with --tools resurface,jbake")

    def version(self):
        return first_line(["hugo", "version"])

    def cache_dir(self, n):
        return self.work / "caches" / f"hugo-{n}"

    def clean_caches(self, n):
        shutil.rmtree(self.cache_dir(n), ignore_errors=True)

    def command(self, src, out, n, scenario):
        return ["hugo", "--quiet", "-s", str(src), "-d", str(out), "--cacheDir", str(self.cache_dir(n))]


class JBake(Tool):
    name = "jbake"
    flavor = "jbake"

    def lib(self):
        return self.work / f"jbake-{JBAKE_VERSION}-lib"

    def prepare(self):
        lib = self.lib()
        pom = HERE / "jbake" / "pom.xml"
        key = hashlib.sha256(pom.read_bytes()).hexdigest()[:16]
        marker = lib / ".bench-lib"
        if marker.is_file() and marker.read_text().strip() == key:
            return
        log(f"jbake: resolving jbake-core {JBAKE_VERSION} and its run-time libraries with Maven into {lib} ...")
        shutil.rmtree(lib, ignore_errors=True)
        run_quiet(["mvn", "-q", "-B", "-f", str(pom), "dependency:copy-dependencies", f"-DoutputDirectory={lib}",
                   "-DincludeScope=runtime"])
        if not (lib / f"jbake-core-{JBAKE_VERSION}.jar").is_file():
            raise BenchError(f"Maven did not copy jbake-core-{JBAKE_VERSION}.jar into {lib}")
        marker.write_text(key + "\n")

    def version(self):
        java = first_line(["java", "-version"])
        return f"JBake {JBAKE_VERSION} (jbake-core from Maven, bench/jbake/pom.xml), on {java}, JVM default flags" + \
               (f" + {self.args.jbake_java_opts}" if self.args.jbake_java_opts else "")

    def command(self, src, out, n, scenario):
        return (["java"] + shlex.split(self.args.jbake_java_opts) +
                [f"-Dlogback.configurationFile={HERE / 'jbake' / 'logback.xml'}", "-cp", f"{self.lib()}/*",
                 "org.jbake.launcher.Main", "-b", str(src), str(out)])

    def min_html(self, n):
        return n + 1  # articles and the index (the flavor renders no section pages)

    def article_output(self, out, section, slug):
        return out / section / f"{slug}.html"


TOOLS = {"resurface": Resurface, "hugo": Hugo, "jbake": JBake}


# ---------------------------------------------------------------- measuring

TIME_FIELDS = {
    "user": r"User time \(seconds\): ([\d.]+)",
    "sys": r"System time \(seconds\): ([\d.]+)",
    "rss_kb": r"Maximum resident set size \(kbytes\): (\d+)",
}


def measure(cmd, logfile, timefile):
    """Runs cmd under /usr/bin/time -v; returns wall (s), cpu (user+sys, s), peak RSS (KB), exit status."""
    with open(logfile, "w") as lf:
        t0 = time.perf_counter()
        r = subprocess.run(["/usr/bin/time", "-v", "-o", str(timefile)] + cmd, stdout=lf, stderr=subprocess.STDOUT,
                           stdin=subprocess.DEVNULL)
        wall = time.perf_counter() - t0
    text = Path(timefile).read_text() if Path(timefile).is_file() else ""
    vals = {}
    for k, pat in TIME_FIELDS.items():
        m = re.search(pat, text)
        vals[k] = float(m.group(1)) if m else float("nan")
    return {"wall": wall, "cpu": vals["user"] + vals["sys"], "rss_kb": vals["rss_kb"], "rc": r.returncode}


def count_html(out):
    return sum(1 for _ in Path(out).rglob("*.html")) if Path(out).is_dir() else 0


def fail(what, logfile, problem):
    tail = Path(logfile).read_text(errors="replace")[-3000:] if Path(logfile).is_file() else ""
    raise BenchError(f"{what}: {problem}\n--- last lines of {logfile} ---\n{tail}")


def checked_run(tool, src, out, n, scenario, label, work, expect_text=None, article=None):
    logfile = work / "logs" / f"{label}.log"
    logfile.parent.mkdir(parents=True, exist_ok=True)
    cmd = tool.command(src, out, n, scenario)
    r = measure(cmd, logfile, work / "time.txt")
    what = f"{label} ({shlex.join(cmd)})"
    if r["rc"] != 0:
        fail(what, logfile, f"exit status {r['rc']}")
    html = count_html(out)
    if html < tool.min_html(n):
        fail(what, logfile, f"{html} HTML files in {out}, expected at least {tool.min_html(n)}")
    if expect_text is not None:
        page = tool.article_output(out, *article)
        if not page.is_file() or expect_text not in page.read_text(encoding="utf-8", errors="replace"):
            fail(what, logfile, f"the edited article's output {page} does not contain the edit '{expect_text}'")
    r["html"] = html
    log(f"  {label:<38} {r['wall']:7.2f} s wall  {r['cpu']:7.2f} s CPU  {r['rss_kb'] / 1024:7.0f} MB  {html} HTML")
    return r


def cold_run(tool, src, n, label, work):
    out = work / "out" / f"{tool.name}-{n}-cold"
    shutil.rmtree(out, ignore_errors=True)
    tool.clean_caches(n)
    if tool.name == "hugo":
        shutil.rmtree(src / "resources", ignore_errors=True)  # Hugo's resource cache inside the site (unused here)
    return checked_run(tool, src, out, n, "cold", label, work)


class Rebuild:
    """The rebuild scenario of one tool at one size: a full build first, then edits of one article."""

    def __init__(self, tool, src, n, work):
        self.tool, self.src, self.n, self.work = tool, src, n, work
        self.file, section, slug = article_of(src, n)
        self.article = (section, slug)
        self.out = work / "out" / f"{tool.name}-{n}-rebuild"
        self.backup = work / "backup" / f"{tool.flavor}-{n}-{slug}.md"
        self.edits = 0

    def __enter__(self):
        self.backup.parent.mkdir(parents=True, exist_ok=True)
        if self.backup.is_file():  # a previous run was interrupted before restoring the article
            shutil.copyfile(self.backup, self.file)
            self.backup.unlink()
        self.original = self.file.read_text(encoding="utf-8")
        shutil.rmtree(self.out, ignore_errors=True)
        self.tool.clean_caches(self.n)
        if isinstance(self.tool, Resurface):
            shutil.rmtree(self.tool.cache_dir(self.n), ignore_errors=True)
        checked_run(self.tool, self.src, self.out, self.n, "rebuild", f"{self.tool.name}@{self.n} rebuild: full build", self.work)
        self.backup.write_text(self.original, encoding="utf-8")  # from here on the article is edited: __exit__ restores it
        return self

    def run(self, label):
        self.edits += 1
        token = f"Benchmark edit {self.edits} {time.time_ns()}"
        self.file.write_text(self.original + f"\n{token}.\n", encoding="utf-8")
        return checked_run(self.tool, self.src, self.out, self.n, "rebuild", label, self.work, expect_text=token,
                           article=self.article)

    def __exit__(self, *exc):
        self.file.write_text(self.original, encoding="utf-8")
        self.backup.unlink(missing_ok=True)
        return False


# ---------------------------------------------------------------- report

def machine_info():
    cpu = "?"
    try:
        m = re.search(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.M)
        cpu = m.group(1).strip() if m else "?"
    except OSError:
        pass
    mem = "?"
    try:
        m = re.search(r"^MemTotal:\s*(\d+) kB", Path("/proc/meminfo").read_text(), re.M)
        mem = f"{int(m.group(1)) / 1024 / 1024:.1f} GiB" if m else "?"
    except OSError:
        pass
    return {
        "date": first_line(["date", "-u"]),
        "nproc": first_line(["nproc"]),
        "ram": mem,
        "cpu": cpu,
        "java": first_line(["java", "-version"]),
        "hugo": first_line(["hugo", "version"]) if shutil.which("hugo") else "not installed",
        "load": Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").is_file() else "?",
    }


def fmt_s(values):
    med = statistics.median(values)
    return f"{med:.2f} s ({min(values):.2f}–{max(values):.2f})"


def fmt_mb(values):
    return f"{statistics.median(values) / 1024:.0f} MB"


def report_header(info, tools, command):
    lines = [
        f"- date: {info['date']}",
        f"- machine: {info['nproc']} CPUs ({info['cpu']}), {info['ram']} RAM; load average at start {' '.join(info['load'])}",
        f"- java: {info['java']}; hugo: {info['hugo']}",
    ]
    for t in tools:
        lines.append(f"- {t.name}: {t.version()}")
    lines.append(f"- command: `{command}`")
    return lines


def results_table(rows):
    out = ["| pages | scenario | tool | wall, median (min–max) | × Hugo (paired, wall) | CPU user+sys, median | peak RSS, median | runs |",
           "| ---: | --- | --- | --- | --- | --- | --- | ---: |"]
    for row in rows:
        out.append("| " + " | ".join(str(c) for c in row) + " |")
    return out


def summarise(n_label, scenario, tool_name, runs, hugo_runs):
    if not runs:
        return [n_label, scenario, tool_name, "n/a", "", "", "", 0]
    walls = [r["wall"] for r in runs]
    ratio = ""
    if hugo_runs and tool_name != "hugo" and len(hugo_runs) == len(runs):
        ratio = f"{statistics.median(a['wall'] / b['wall'] for a, b in zip(runs, hugo_runs)):.1f}×"
    elif tool_name == "hugo":
        ratio = "1.0×"
    return [n_label, scenario, tool_name, fmt_s(walls), ratio, fmt_s([r["cpu"] for r in runs]),
            fmt_mb([r["rss_kb"] for r in runs]), len(runs)]


# ---------------------------------------------------------------- JMH

def run_jmh(args, work, gen):
    log("jmh: building the resurface jar (launcher) and bench/jmh ...")
    run_quiet([str(LAUNCHER), "--version"])
    pom = HERE / "jmh" / "pom.xml"
    cp_file = HERE / "jmh" / "target" / "classpath.txt"
    run_quiet(["mvn", "-q", "-B", "-f", str(pom), "package", "dependency:build-classpath", f"-Dmdep.outputFile={cp_file}"])
    src = corpus(work, gen, "resurface", 20, args.seed)
    # the article of median size among the 20, so the input is a typical one
    articles = sorted((src / "content").glob("*/article-*.md"), key=lambda p: (p.stat().st_size, p.name))
    article = articles[len(articles) // 2]
    words = len(article.read_text(encoding="utf-8").split())
    result = work / "jmh.json"
    cp = f"{HERE / 'jmh' / 'target' / 'classes'}:{cp_file.read_text().strip()}"
    # JMH forks inherit the host JVM's flags: the launcher's by default, like a real `resurface build`.
    cmd = (["java"] + shlex.split(args.jmh_jvm_args) + ["-Dorg.freemarker.loggerLibrary=none", "-cp", cp, "org.openjdk.jmh.Main"]
           + shlex.split(args.jmh_args) + ["-p", f"article={article}", "-rf", "json", "-rff", str(result), args.jmh_filter])
    log(f"jmh: {shlex.join(cmd[:2 + len(shlex.split(args.jmh_jvm_args))])} ... {' '.join(shlex.split(args.jmh_args))} (article {article.name}, {words} words)")
    logfile = work / "logs" / "jmh.log"
    logfile.parent.mkdir(parents=True, exist_ok=True)
    with open(logfile, "w") as lf:
        r = subprocess.run(cmd, stdout=lf, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    if r.returncode != 0 or not result.is_file():
        fail("JMH", logfile, f"exit status {r.returncode}")
    data = json.loads(result.read_text())
    lines = [f"JMH {data[0]['jmhVersion'] if data else '?'}, {data[0]['vmName'] if data else ''} {data[0]['jdkVersion'] if data else ''}; "
             f"JVM flags: `{args.jmh_jvm_args or '(JVM defaults)'}`; JMH options: `{args.jmh_args}`; input: `{article.name}` "
             f"from gen-corpus.py (seed {args.seed}), {words} words with front matter, {article.stat().st_size:,} bytes.", "",
             "| benchmark | what | score | ± error (99.9%) | unit |", "| --- | --- | ---: | ---: | --- |"]
    what = {
        "frontMatterParse": "FrontMatterParser.parse: split, YAML, schema checks",
        "markdownParse": "MarkdownEngine.parse: flexmark parse + headings, links, words, summary",
        "markdownRender": "MarkdownEngine.render: parsed article to HTML",
        "templateRender": "TemplateEngine.render of the article page",
        "writeOutputFile": "Staging.write of the page as a new file in a new folder",
    }
    for b in data:
        name = b["benchmark"].rsplit(".", 1)[-1]
        params = {k: v for k, v in (b.get("params") or {}).items() if k != "article"}
        label = name + (f" ({', '.join(f'{k}={v}' for k, v in params.items())})" if params else "")
        m = b["primaryMetric"]
        score, err, unit = m["score"], m.get("scoreError"), m["scoreUnit"]
        desc = what.get(name, "")
        if name == "writeOutputFile" and unit == "ms/op":
            unit = "µs per file (batches of 1,000)"
        elif unit == "us/op":
            unit = "µs per call"
        try:
            err = float(err)
        except (TypeError, ValueError):
            err = float("nan")
        err_s = "" if err != err else f"{err:.3g}"  # NaN with too few iterations
        lines.append(f"| {label} | {desc} | {score:.4g} | {err_s} | {unit} |")
    return lines


# ---------------------------------------------------------------- main

def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog="See bench/README.md for what each column means.")
    p.add_argument("--sizes", default="1000,10000", help="corpus sizes in articles, comma-separated (default 1000,10000)")
    p.add_argument("--runs", type=int, default=5, help="measured runs per tool, scenario and size (default 5), after one warm-up")
    p.add_argument("--out", help="write the report (Markdown) here too (default bench/results.md; with --jmh-only bench/results-jmh.md)")
    p.add_argument("--work", default="/tmp/resurface-bench", help="corpora, outputs, logs, JBake's libraries (default /tmp/resurface-bench)")
    p.add_argument("--tools", default="resurface,hugo,jbake", help="tools to compare (default resurface,hugo,jbake)")
    p.add_argument("--scenarios", default="cold,rebuild", help="cold, rebuild or both (default cold,rebuild)")
    p.add_argument("--skip", default="", help="tool@size pairs to leave out, e.g. jbake@10000,hugo@1000")
    p.add_argument("--jbake-max", type=int, default=1000, help="leave JBake out above this many pages (default 1000; 0: no limit)")
    p.add_argument("--no-this-site", action="store_true", help="leave out resurface building this repository's own site")
    p.add_argument("--real-theme", type=int, default=3000, metavar="N",
                   help="the real-theme scenario: this repository's site with its longest article copied N times (default 3000; "
                        "0 leaves it out), paired round by round with the minimal corpus at --real-theme-base pages")
    p.add_argument("--real-theme-base", type=int, default=1000, metavar="N",
                   help="size of the minimal corpus the real theme's cost per content byte is compared with (default 1000)")
    p.add_argument("--seed", type=int, default=42, help="gen-corpus.py seed (default 42)")
    p.add_argument("--gen", help="path of gen-corpus.py (default: shared/bench/gen-corpus.py beside the repository)")
    p.add_argument("--threads", type=int, default=0, help="pass --threads=N to resurface (default: its own default, all CPUs)")
    p.add_argument("--resurface-cache-arg", default="",
                   help="resurface build option(s) that enable its build cache in the rebuild scenario, {dir} for a cache folder "
                        "(default: --cache={dir} when `resurface build --help` lists --cache, else none and the row says n/a; "
                        "'none' to force n/a)")
    p.add_argument("--jbake-java-opts", default="", help="extra JVM options for JBake (default none: JVM defaults)")
    p.add_argument("--jmh", action="store_true", help="also run the JMH microbenchmarks (bench/jmh) and append their table")
    p.add_argument("--jmh-only", action="store_true", help="run only the JMH microbenchmarks")
    p.add_argument("--jmh-args", default=DEFAULT_JMH_ARGS, help=f"JMH options (default '{DEFAULT_JMH_ARGS}')")
    p.add_argument("--jmh-jvm-args", default=LAUNCHER_JVM_ARGS,
                   help=f"JVM flags for JMH and its forks (default the launcher's: '{LAUNCHER_JVM_ARGS}'; '' for JVM defaults)")
    p.add_argument("--jmh-filter", default="HotPaths", help="JMH benchmark regexp (default HotPaths: all)")
    return p.parse_args(argv)


def main(argv):
    args = parse_args(argv)
    command = "bench/bench.py" + ("" if not argv else " " + shlex.join(argv))
    work = Path(args.work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    out_file = Path(args.out) if args.out else HERE / ("results-jmh.md" if args.jmh_only else "results.md")
    gen = find_generator(args.gen)
    info = machine_info()
    report = ["# resurface benchmark", ""]

    if args.jmh_only:
        report += report_header(info, [], command) + ["", "## JMH microbenchmarks", ""] + run_jmh(args, work, gen)
        return finish(report, out_file)

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    scenarios = [s.strip() for s in args.scenarios.split(",") if s.strip()]
    for s in scenarios:
        if s not in ("cold", "rebuild"):
            raise BenchError(f"unknown scenario '{s}' (cold, rebuild)")
    names = [t.strip() for t in args.tools.split(",") if t.strip()]
    for t in names:
        if t not in TOOLS:
            raise BenchError(f"unknown tool '{t}' (resurface, hugo, jbake)")
    tools = [TOOLS[t](args, work) for t in names]
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    for t in tools:
        t.prepare()

    rows = []
    for n in sizes:
        active = [t for t in tools if f"{t.name}@{n}" not in skip and not (t.name == "jbake" and args.jbake_max and n > args.jbake_max)]
        left_out = [t.name for t in tools if t not in active]
        srcs = {t.name: corpus(work, gen, t.flavor, n, args.seed) for t in active}
        for scenario in scenarios:
            results = {t.name: [] for t in active}
            if scenario == "cold":
                log(f"{n} pages, cold: warm-up")
                for t in active:
                    cold_run(t, srcs[t.name], n, f"{t.name}@{n} cold warm-up", work)
                for i in range(args.runs):
                    log(f"{n} pages, cold: round {i + 1}/{args.runs}")
                    for t in active:
                        results[t.name].append(cold_run(t, srcs[t.name], n, f"{t.name}@{n} cold {i + 1}", work))
            else:
                runnable = [t for t in active if t.rebuild_available()]
                log(f"{n} pages, one file changed: full builds first, then a warm-up edit")
                with ExitStack() as stack:
                    rb = {t.name: stack.enter_context(Rebuild(t, srcs[t.name], n, work)) for t in runnable}
                    for t in runnable:
                        rb[t.name].run(f"{t.name}@{n} rebuild warm-up")
                    for i in range(args.runs):
                        log(f"{n} pages, one file changed: round {i + 1}/{args.runs}")
                        for t in runnable:
                            results[t.name].append(rb[t.name].run(f"{t.name}@{n} rebuild {i + 1}"))
            hugo_runs = results.get("hugo")
            label = "cold" if scenario == "cold" else "one file changed"
            for t in active:
                row = summarise(f"{n:,}", label, t.name, results[t.name], hugo_runs)
                if scenario == "rebuild" and not t.rebuild_available():
                    row[3] = "n/a (`resurface build` has no --cache option yet)"
                rows.append(row)
            for name in left_out:
                rows.append([f"{n:,}", label, name, "skipped", "", "", "", 0])

    if not args.no_this_site:
        res = next((t for t in tools if isinstance(t, Resurface)), None) or Resurface(args, work)
        if res not in tools:
            res.prepare()
        site_out = work / "out" / "this-site"

        expected = sum(1 for p in (REPO / "content").rglob("*.md") if "_data" not in p.parts)

        class ThisSite(Resurface):
            def min_html(self, n):
                return expected  # one page per Markdown file

        this = ThisSite(args, work)
        this.cache_arg = None
        runs = []
        log("this site (resurface building its own repository), cold")
        for i in range(args.runs + 1):
            shutil.rmtree(site_out, ignore_errors=True)
            r = checked_run(this, REPO, site_out, 0, "cold", f"resurface this-site {'warm-up' if i == 0 else i}", work)
            if i:
                runs.append(r)
        pages = runs[-1]["html"] if runs else 0
        rows.append(summarise(f"this site ({pages} HTML files)", "cold", "resurface", runs, None))

    real_lines = []
    if args.real_theme > 0:
        rows_rt, real_lines = real_theme(args, work, gen)
        rows += rows_rt

    report += report_header(info, tools, command)
    report.append(f"- load average at the end: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")
    report += ["", "## Whole builds", ""] + results_table(rows)
    report += ["", "Wall: elapsed time of the process, median of the measured runs (min–max). × Hugo: median over rounds of "
               "the tool's wall time divided by Hugo's in the same round. CPU: user + system time of the process and its "
               "children. Peak RSS: the largest resident set of the process tree. One warm-up run per tool and scenario is "
               "not counted. See bench/README.md."]
    if real_lines:
        report += ["", "## The real theme: cost per content byte", ""] + real_lines
    if args.jmh:
        report += ["", "## JMH microbenchmarks", ""] + run_jmh(args, work, gen)
    return finish(report, out_file)


def real_theme(args, work, gen):
    """This site's theme, data and trust features at scale (--real-theme N copies of its longest article) against
    the minimal corpus (--real-theme-base pages), cold, resurface only, paired round by round. Returns table rows
    and the lines of the cost-per-content-byte comparison."""
    n, base_n = args.real_theme, args.real_theme_base
    src, longest = real_theme_site(work, n)
    base = corpus(work, gen, "resurface", base_n, args.seed)
    expected = markdown_pages(src)

    class RealTheme(Resurface):
        def min_html(self, _):
            return expected

    real, minimal = RealTheme(args, work), Resurface(args, work)
    real.cache_arg = minimal.cache_arg = None
    sizes = {"real": content_bytes(src), "minimal": content_bytes(base)}
    runs = {"real": [], "minimal": []}
    log(f"real theme: {n} copies of {longest} ({sizes['real'] / 1e6:.1f} MB of Markdown) against the minimal corpus of "
        f"{base_n} ({sizes['minimal'] / 1e6:.1f} MB), cold")

    def one(label, i):
        out = work / "out" / f"real-theme-{label}"
        shutil.rmtree(out, ignore_errors=True)
        tool, site, size = (real, src, n) if label == "real" else (minimal, base, base_n)
        return checked_run(tool, site, out, size, "cold", f"resurface {label}@{size} {'warm-up' if i == 0 else i}", work)

    for i in range(args.runs + 1):
        for label in ("real", "minimal"):
            r = one(label, i)
            if i:
                runs[label].append(r)
    mb = {k: v / 1e6 for k, v in sizes.items()}
    rows = [summarise(f"{n:,} (real theme, {mb['real']:.1f} MB)", "cold", "resurface", runs["real"], None),
            summarise(f"{base_n:,} (minimal, {mb['minimal']:.1f} MB)", "cold", "resurface", runs["minimal"], None)]

    def per_mb(key, label):
        return statistics.median(r[key] for r in runs[label]) / mb[label]

    def paired(key):
        return statistics.median((a[key] / mb["real"]) / (b[key] / mb["minimal"]) for a, b in zip(runs["real"], runs["minimal"]))

    lines = [f"{n:,} copies of `{longest}` (same front matter and body, titles numbered) beside this repository's own "
             f"content, with its `site.yml` and `templates/`: {mb['real']:.1f} MB of Markdown, {expected:,} pages. "
             f"Compared with the minimal corpus of {base_n:,} articles ({mb['minimal']:.1f} MB), built in alternate runs.", "",
             "| | wall per MB | CPU per MB | peak RSS |", "| --- | --- | --- | --- |"]
    for label, title in (("real", "real theme"), ("minimal", "minimal corpus")):
        lines.append(f"| {title} | {per_mb('wall', label) * 1000:.0f} ms | {per_mb('cpu', label) * 1000:.0f} ms | "
                     f"{fmt_mb([r['rss_kb'] for r in runs[label]])} |")
    lines.append(f"| real ÷ minimal (paired) | **{paired('wall'):.2f}×** | {paired('cpu'):.2f}× | |")
    lines += ["", "Target (issue 20): real theme ≤ 1.5× the minimal corpus's cost per content byte, peak RSS ≤ 600 MB at 3,000 pages."]
    return rows, lines


def finish(report, out_file):
    text = "\n".join(report) + "\n"
    print(text)
    out_file.parent.mkdir(parents=True, exist_ok=True)
    out_file.write_text(text, encoding="utf-8")
    log(f"written to {out_file}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except BenchError as e:
        print(f"bench.py: FAILED: {e}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
