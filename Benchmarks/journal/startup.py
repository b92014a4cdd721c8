#!/usr/bin/env python3
"""Times `octant run` from its launch to the first question on a pseudo-terminal, with a data folder prepared in advance.

Usage: startup.py OCTANT QUESTIONNAIRE RUNS LABEL=TEMPLATE_DIR [LABEL=TEMPLATE_DIR …]

Each TEMPLATE_DIR is a data folder (its `device-id`, its journals). Before every run it is copied to a fresh temporary
folder (outside the timing), so that every run opens exactly the same journal: `octant run` writes the new session's
start line before it shows the first question, and that line must not pile up from one run to the next.
Runs are interleaved: run 1 of every folder and display, then run 2, and so on.

Two displays, both on a pseudo-terminal (`pty.fork`, TERM=xterm), as in Benchmarks/runner/bench.py:
  plain     `octant run Q --data DIR --plain`  (line mode)
  keypress  `octant run Q --data DIR`          (the full-screen display the runner uses on a terminal)
The clock stops when the prompt of the first question (`\\n> `) has been read back from the terminal.

After each run the script checks that the runner continued the folder's own journal: the file named by `device-id`
gained exactly one start line (`<previous last sequence + 1>\\tS\\t…`, after a header line when the folder had no
version 2 journal yet), which it can only number that way after reading every line before it.

Prints one JSON object per line: {"label", "display", "run", "seconds", "journal_lines", "v1_journal_lines"}
(lines of the device's v2 journal and of its v1 journal, `journal-<device>.jsonl`, before the run).
"""
import json, os, pty, select, shutil, signal, sys, tempfile, time

BIN, SURVEY, RUNS = sys.argv[1], sys.argv[2], int(sys.argv[3])
TEMPLATES = [argument.split("=", 1) for argument in sys.argv[4:]]
MARKER = b"\n> "


def read_until(fd, marker, timeout=300.0):
    buffer = b""
    deadline = time.perf_counter() + timeout
    while marker not in buffer:
        left = deadline - time.perf_counter()
        if left <= 0:
            raise TimeoutError(buffer[-400:].decode("utf-8", "replace"))
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # EIO: the child closed the terminal
                chunk = b""
            if not chunk:
                raise EOFError(buffer[-400:].decode("utf-8", "replace"))
            buffer += chunk
    return buffer


def own_journal(folder):
    """The version 2 journal the runner opens: journal-<device-id>.ojl."""
    with open(os.path.join(folder, "device-id"), encoding="utf-8") as handle:
        device = handle.read().strip()
    return os.path.join(folder, f"journal-{device}.ojl")


def last_sequence(path):
    """Number of lines and sequence number of the last line of a version 2 journal (0, 0 when there is none)."""
    if not os.path.exists(path):
        return 0, 0
    lines, last = 0, b""
    with open(path, "rb") as handle:
        for line in handle:
            lines += 1
            last = line
    return lines, int(last.split(b"\t", 1)[0]) if last else 0


def measure(template, plain):
    parent = tempfile.mkdtemp(prefix="octant-startup-")
    folder = os.path.join(parent, "data")
    try:
        shutil.copytree(template, folder)
        journal = own_journal(folder)
        before_lines, before_last = last_sequence(journal)
        before_size = os.path.getsize(journal) if os.path.exists(journal) else 0
        arguments = [BIN, "run", SURVEY, "--data", folder] + (["--plain"] if plain else [])
        start = time.perf_counter()
        pid, master = pty.fork()
        if pid == 0:
            os.environ["TERM"] = "xterm"
            os.environ.pop("NO_COLOR", None)
            os.execv(BIN, arguments)
        try:
            screen = read_until(master, MARKER)
            seconds = time.perf_counter() - start
        finally:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(master)
        after_lines, _ = last_sequence(journal)
        with open(journal, "rb") as handle:
            handle.seek(before_size)
            appended = handle.read()
        # A folder without the journal yet: the runner writes its header line (1) and then the start line (2).
        expected = f"{before_last + 1 if before_size else 2}\tS\t".encode()
        if after_lines != before_lines + (1 if before_size else 2) or not appended.split(b"\n")[-2].startswith(expected):
            sys.exit(f"{template}: the runner did not continue {os.path.basename(journal)} "
                     f"({before_lines} lines before, {after_lines} after; appended {appended[:80]!r})")
        if os.environ.get("STARTUP_SHOW_SCREEN"):
            sys.stderr.write(screen.decode("utf-8", "replace") + "\n")
        legacy = journal[:-len(".ojl")] + ".jsonl"
        legacy_lines = sum(1 for _ in open(legacy, "rb")) if os.path.exists(legacy) else 0
        return seconds, before_lines, legacy_lines
    finally:
        shutil.rmtree(parent, ignore_errors=True)


for run in range(1, RUNS + 1):
    for label, template in TEMPLATES:
        for display in ("plain", "keypress"):
            seconds, lines, legacy_lines = measure(template, display == "plain")
            print(json.dumps({"label": label, "display": display, "run": run, "seconds": seconds, "journal_lines": lines,
                              "v1_journal_lines": legacy_lines}), flush=True)
