"""Every command has help text and is documented in the README (as sqlite-utils does)."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from foiakit.cli import main

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = main.list_commands(click.Context(main))  # loaded when asked for: not in main.commands yet


def test_readme_first_screen_gives_the_two_commands() -> None:
    first_screen = "\n".join(README.splitlines()[:12])
    assert "make run" in first_screen and "make test" in first_screen


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_and_is_in_readme(name: str) -> None:
    command = main.get_command(click.Context(main), name)
    assert command is not None
    assert command.help and len(command.help) > 20, f"{name} lacks help text"
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden:
            assert param.help, f"{name} {param.opts} lacks help text"
    assert f"foiakit {name}" in README, f"`foiakit {name}` is missing from README.md"
    assert CliRunner().invoke(main, [name, "--help"]).exit_code == 0


def test_readme_lists_every_table_with_its_columns_in_order() -> None:
    from foiakit.export.tables import load_tables

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for name, table in load_tables().items():
        assert f"| `{name}` | {', '.join(table.columns)} |" in readme, name


def test_help_gives_every_exit_code() -> None:
    from foiakit.errors import ExitCode

    text = " ".join(CliRunner().invoke(main, ["--help"]).output.split())
    for code in ExitCode:
        assert f" {int(code)} " in f" {text} ", code
        assert f" {int(code)} " in f" {' '.join(README.split())} ", code
