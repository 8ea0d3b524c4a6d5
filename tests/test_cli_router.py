"""The command router: every subcommand resolves to a callable, and unknown ones fail clearly."""

from __future__ import annotations

import importlib

import pytest

from warrantwatch import cli


@pytest.mark.parametrize("name", sorted(cli.COMMANDS))
def test_every_subcommand_resolves(name):
    module, func, text = cli.COMMANDS[name]
    assert callable(getattr(importlib.import_module(module), func))
    assert text


def test_help_lists_the_commands(capsys):
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    assert all(name in out for name in cli.COMMANDS)


def test_unknown_command_is_named(capsys):
    assert cli.main(["frobnicate"]) == 2
    assert "unknown command 'frobnicate'" in capsys.readouterr().err
