"""The `foiakit` command: a thin Click layer; each command parses options and calls one library function."""

from __future__ import annotations

import atexit
import contextlib
import gc
import importlib
import logging
import os
import signal
import sqlite3
import sys
import threading
from typing import Any

import click

from foiakit import __version__
from foiakit.errors import ExitCode, FoiakitError, Terminated, output_error, raise_terminated

# command name -> its module in foiakit/cli, imported only when the command runs (or --help lists it): `foiakit
# run` does not pay for the report's, the browser's or the evaluation's imports
COMMANDS = {
    "run": "run",
    "extract": "extract",
    "search": "search",
    "show": "show",
    "export": "export",
    "report": "report",
    "diff": "diff",
    "eval": "evaluate",
    "browse": "browse",
}


class FoiakitGroup(click.Group):
    """Turns FoiakitError (and an I/O or store failure: a read-only or full disk) into one line on stderr and
    its exit code; Ctrl-C into a one-line message. Commands are loaded when asked for (`COMMANDS`)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            self.add_command(importlib.import_module(f"foiakit.cli.{COMMANDS[cmd_name]}").command)
        return self.commands.get(cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
            signal.signal(signal.SIGTERM, raise_terminated)  # a cancelled CI job stops as cleanly as Ctrl-C
        try:
            return super().invoke(ctx)
        except FoiakitError as exc:
            click.echo(f"foiakit: error: {exc}", err=True)
            ctx.exit(int(exc.exit_code))
        except BrokenPipeError:
            # the reader of stdout went away (`foiakit export findings | head`): nothing more to say to it
            with contextlib.suppress(OSError, ValueError):  # a test runner's stdout has no file descriptor
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(int(ExitCode.fatal))
        except (OSError, sqlite3.Error) as exc:
            error = output_error(exc)
            click.echo(f"foiakit: error: {error}", err=True)
            ctx.exit(int(error.exit_code))
        except Terminated:
            click.echo("foiakit: terminated; work finished so far is kept in the store", err=True)
            ctx.exit(int(ExitCode.terminated))
        except KeyboardInterrupt:
            click.echo("foiakit: interrupted; work finished so far is kept in the store", err=True)
            ctx.exit(int(ExitCode.interrupted))


EXIT_CODES = (
    "Exit codes: 0 done; 1 fatal error (one line with the remedy); 2 bad usage; 3 files failed and --strict was "
    "given; 4 another run is writing the same store; 130 interrupted by Ctrl-C; 143 stopped by SIGTERM. Work done "
    "before an interruption is kept."
)


@click.group(cls=FoiakitGroup, context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES)
@click.version_option(__version__, prog_name="foiakit")
@click.option("-v", "--verbose", count=True, help="More log detail on stderr (-vv for debug).")
def main(verbose: int) -> None:
    """Turn a FOIA release into evidence: text for every page, and the facts in it with their sources."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="foiakit: %(levelname)s: %(message)s", stream=sys.stderr)
    # pdfminer warns about every odd font it meets; a damaged file is reported as a row, not as log noise
    logging.getLogger("pdfminer").setLevel(max(level, logging.ERROR) if not verbose else level)
    atexit.unregister(gc.freeze)
    # At exit the interpreter's last garbage collections walk every object spaCy, numpy and the lists made:
    # 0.6-0.8 CPU-s after a run, for memory the process is about to give back. Frozen, they are skipped.
    atexit.register(gc.freeze)
