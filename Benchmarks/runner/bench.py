#!/usr/bin/env python3
"""Times `octant run`: start-up to the first question, and keypress to the next question (journal write and fsync
included), on the bundled questionnaires, in plain mode (pipes) and in keypress mode (a pseudo-terminal)."""
import os, pty, select, shutil, signal, statistics, subprocess, sys, tempfile, time

BIN, QUESTIONNAIRES = sys.argv[1], sys.argv[2:]

def read_until(fd, marker, buffer, timeout=10.0):
    deadline = time.perf_counter() + timeout
    while marker not in buffer[0]:
        left = deadline - time.perf_counter()
        if left <= 0:
            raise TimeoutError(buffer[0][-400:])
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                raise EOFError(buffer[0][-400:])
            buffer[0] += chunk.decode("utf-8", "replace")

def answer_for(screen):
    """A valid answer for the screen shown: the first wave, a code element, "yes" to the code read back, option or
    point 1, and the skip key s on numbers and texts (Enter alone records nothing)."""
    if "Vague de mesure" in screen and "Question" not in screen:
        return "1"
    if "Élément" in screen:
        return "Marie" if "lettre" in screen else "7"
    if "Le code est-il juste" in screen:
        return "o"
    if "numéro" in screen or "1 à " in screen or "numéros" in screen:
        return "1"
    return "s"

def acts_on_one_key(screen):
    """Screens where one key answers (up to 9 options or points, the wave, the code check); elsewhere a line is typed."""
    return ("1 à 8 : répondre" in screen or "Le code est-il juste" in screen or "Vague de mesure" in screen
            or ("numéro : choisir" in screen and " 10  " not in screen))

def fsync_floor(samples=200):
    """What any tool pays to keep one answer durable: append about one journal line (60 bytes) and fsync it."""
    folder = tempfile.mkdtemp()
    try:
        fd = os.open(os.path.join(folder, "floor"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        times = []
        for _ in range(samples):
            t = time.perf_counter()
            os.write(fd, b"x" * 59 + b"\n")
            os.fsync(fd)
            times.append(time.perf_counter() - t)
        os.close(fd)
        return statistics.median(times)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

def plain(path, answers=25):
    data = tempfile.mkdtemp()
    try:
        start = time.perf_counter()
        child = subprocess.Popen([BIN, "run", path, "--plain", "--data", data], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        out = child.stdout.fileno()
        buffer = [""]
        read_until(out, "\n> ", buffer)
        startup = time.perf_counter() - start
        steps = []
        for _ in range(answers):
            screen = buffer[0]
            if "Toutes les questions" in screen:
                break
            buffer[0] = ""
            line = answer_for(screen)
            t = time.perf_counter()
            child.stdin.write((line + "\n").encode()); child.stdin.flush()
            read_until(out, "\n> ", buffer)
            steps.append(time.perf_counter() - t)
        child.kill(); child.wait()
        return startup, steps
    finally:
        shutil.rmtree(data, ignore_errors=True)

def keypress(path, answers=25):
    data = tempfile.mkdtemp()
    try:
        start = time.perf_counter()
        pid, master = pty.fork()
        if pid == 0:
            os.environ["TERM"] = "xterm"
            os.execv(BIN, [BIN, "run", path, "--data", data])
        buffer = [""]
        read_until(master, "\n> ", buffer)
        startup = time.perf_counter() - start
        steps = []
        for _ in range(answers):
            screen = buffer[0]
            if "Toutes les questions" in screen:
                break
            buffer[0] = ""
            line = answer_for(screen)
            single = acts_on_one_key(screen)
            t = time.perf_counter()
            os.write(master, (line if single else line + "\r").encode())
            read_until(master, "\n> ", buffer)   # the prompt is the last thing drawn on a new screen
            steps.append(time.perf_counter() - t)
        os.kill(pid, signal.SIGKILL); os.waitpid(pid, 0)
        return startup, steps
    finally:
        shutil.rmtree(data, ignore_errors=True)

def ms(x): return f"{x * 1000:.1f}"

floor = fsync_floor()
print(f"Floor: append one 60-byte line and fsync it, median of 200: {ms(floor)} ms\n")

print("| questionnaire | display | start-up to first question (median of 5) | keypress to next question: median | × floor | p95 | max |")
print("|---|---|---|---|---|---|---|")
for path in QUESTIONNAIRES:
    for name, measure in (("plain", plain), ("keypress", keypress)):
        startups, steps = [], []
        for _ in range(5):
            s, st = measure(path)
            startups.append(s); steps += st
        steps.sort()
        median = statistics.median(steps)
        print(f"| {os.path.basename(path)} | {name} | {ms(statistics.median(startups))} ms | {ms(median)} ms "
              f"| {median / floor:.1f} | {ms(steps[int(len(steps) * 0.95)])} ms | {ms(steps[-1])} ms |")
