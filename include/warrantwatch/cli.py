"""The ``warrantwatch`` command: a thin router to each stage module's own ``main``.

Subcommands import their module only when called, so ``warrantwatch --help`` stays instant.
"""

from __future__ import annotations

import importlib
import sys

# subcommand -> (module, function, one-line help)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "run": ("warrantwatch.pipeline", "main", "run every stage for one day outside Airflow"),
    "fetch": ("warrantwatch.fetch", "main", "fetch one day's items from the configured sources"),
    "diff": ("warrantwatch.diff", "main", "compare one day's mentions with the stored facts"),
    "write": ("warrantwatch.write", "main", "write one day's alert, summary and fact files"),
    "report": ("warrantwatch.pipeline", "report_main", "print a day's output files and alert count"),
    "parse": ("warrantwatch.parse", "main", "parse HTML pages into clean articles (JSON)"),
    "extract": ("warrantwatch.tag", "main", "tag visits and warrants in articles (JSON lines)"),
    "eval": ("warrantwatch.evaluate", "main", "score the tagger against a labelled gold set"),
    "serve-demo": ("warrantwatch.demo", "main", "serve the bundled demo sites on 127.0.0.1"),
}


def _usage() -> str:
    lines = ["usage: warrantwatch COMMAND [ARGS]", "", "commands:"]
    lines += [f"  {name:<11} {text}" for name, (_, _, text) in COMMANDS.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in {"-h", "--help", "help"}:
        print(_usage())
        return 0
    name, rest = argv[0], argv[1:]
    if name not in COMMANDS:
        print(f"warrantwatch: unknown command {name!r}\n\n{_usage()}", file=sys.stderr)
        return 2
    module_name, func_name, _ = COMMANDS[name]
    func = getattr(importlib.import_module(module_name), func_name)
    return int(func(rest) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
