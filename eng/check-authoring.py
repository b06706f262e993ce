#!/usr/bin/env python3
"""Runs docs/authoring.md as written, on a fresh clone, and fails on the first step that does not do what the page says.

The page marks what to do with HTML comments right before a fenced block:

  <!-- walkthrough: run [exit=N] [expect="text"]... -->   run the sh block (one bash, from the clone's root); the exit code
                                                         must be N (default 0) and the output must contain every text
  <!-- walkthrough: write PATH -->                       write the block to PATH
  <!-- walkthrough: contains PATH -->                    every line of the block is a line of PATH
  <!-- walkthrough: attributes PATH -->                  the block replaces the attribute lines above the class in PATH
  <!-- walkthrough: merge PATH -->                       merge the JSON block into the JSON file PATH (objects merge, the rest is replaced)

Before the walkthrough it checks what the page takes for granted: in the fresh clone, the README's first command with
--format json prints JSON only on standard output (the build that `dotnet run` starts writes nothing there).

usage: eng/check-authoring.py [REPOSITORY]   (default: the repository holding this script; its HEAD is cloned)
"""
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time

MARK = re.compile(r"<!-- walkthrough: (?P<action>\w+)(?P<args>[^>]*?) -->\n```[a-z]*\n(?P<body>.*?)```", re.S)


def fail(step, message):
    print(f"check-authoring: step {step}: {message}", file=sys.stderr)
    sys.exit(1)


def bash(script, cwd, env):
    done = subprocess.run(["bash", "-e", "-c", script], cwd=cwd, env=env, capture_output=True, text=True)
    return done.returncode, done.stdout, done.stderr


def merge(target, patch):
    for key, value in patch.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            merge(target[key], value)
        else:
            target[key] = value


def main():
    source = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
    page = open(os.path.join(source, "docs", "authoring.md"), encoding="utf-8").read()
    steps = list(MARK.finditer(page))
    if len(steps) < 10:
        fail(0, f"docs/authoring.md has {len(steps)} walkthrough steps; the markers were lost")

    env = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1",
               GIT_AUTHOR_NAME="walkthrough", GIT_AUTHOR_EMAIL="walkthrough@localhost",
               GIT_COMMITTER_NAME="walkthrough", GIT_COMMITTER_EMAIL="walkthrough@localhost")
    with tempfile.TemporaryDirectory(prefix="policyrules-authoring-") as temp:
        clone = os.path.join(temp, "clone")
        subprocess.run(["git", "clone", "--quiet", source, clone], check=True)
        # The page starts from `main`; a clone of a feature branch gets a local main at the cloned commit.
        subprocess.run(["git", "switch", "--quiet", "-C", "main"], cwd=clone, check=True)

        clock = time.monotonic()
        case = "rules/PolicyRules.Rules.Interpol/Scenarios/motivating-case.case.json"
        code, out, err = bash(f"dotnet run --project src/PolicyRules.Cli -- evaluate {case} --format json", clone, env)
        try:
            json.loads(out)
        except ValueError:
            fail(0, f"`dotnet run ... --format json` in a fresh clone printed more than JSON on standard output (exit {code}):\n{out[:2000]}\n{err[-2000:]}")
        print(f"check-authoring: fresh clone builds and `dotnet run ... --format json` prints JSON only ({time.monotonic() - clock:.0f} s)")

        for number, step in enumerate(steps, 1):
            action, body = step.group("action"), step.group("body")
            args = shlex.split(step.group("args"))
            clock = time.monotonic()
            if action == "run":
                expected_exit = next((int(a[5:]) for a in args if a.startswith("exit=")), 0)
                expected = [a[7:] for a in args if a.startswith("expect=")]
                code, out, err = bash(body, clone, env)
                text = out + err
                if code != expected_exit:
                    fail(number, f"`{body.strip()}` exited {code}, the page says {expected_exit}:\n{text[-4000:]}")
                missing = [e for e in expected if e not in text]
                if missing:
                    fail(number, f"`{body.strip()}` did not print {missing}:\n{text[-4000:]}")
                what = body.strip().splitlines()[0]
            else:
                path = os.path.join(clone, args[0])
                what = f"{action} {args[0]}"
                if action == "write":
                    os.makedirs(os.path.dirname(path), exist_ok=True)
                    open(path, "w", encoding="utf-8").write(body)
                elif action == "contains":
                    lines = {line.strip() for line in open(path, encoding="utf-8")}
                    missing = [line for line in body.splitlines() if line.strip() and line.strip() not in lines]
                    if missing:
                        fail(number, f"{args[0]} lacks {missing}:\n{open(path, encoding='utf-8').read()}")
                elif action == "attributes":
                    text = open(path, encoding="utf-8").read()
                    replaced, count = re.subn(r"(?:^\[[A-Za-z]+\(.*\)\]\n)+(?=internal sealed class)", lambda _: body, text, flags=re.M)
                    if count != 1:
                        fail(number, f"found no attribute lines above the class in {args[0]}")
                    open(path, "w", encoding="utf-8").write(replaced)
                elif action == "merge":
                    document = json.load(open(path, encoding="utf-8"))
                    merge(document, json.loads(body))
                    open(path, "w", encoding="utf-8").write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
                else:
                    fail(number, f"unknown walkthrough action `{action}`")
            print(f"check-authoring: step {number} ok ({time.monotonic() - clock:.0f} s): {what}")

        if os.path.exists(os.path.join(clone, "rules/PolicyRules.Rules.Interpol/Article3/PurelyMilitaryChargeRule.cs")):
            fail(len(steps), "the practice rule is still there after the page threw the branch away")
    print(f"check-authoring: docs/authoring.md ran as written ({len(steps)} steps)")


if __name__ == "__main__":
    main()
