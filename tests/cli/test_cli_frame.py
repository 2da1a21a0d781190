"""The command-line frame: every command is reachable, unknown ones fail in one line."""

from __future__ import annotations

import argparse
import importlib

import pytest

from salesplanner import cli


def _registered(module: str) -> set[str]:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    importlib.import_module(module).register(sub)
    return set(sub.choices)


def test_command_owners_match_what_modules_register():
    registered = {}
    for module in cli.COMMAND_MODULES:
        for name in _registered(module):
            registered[name] = module
    assert registered == cli.COMMAND_OWNERS


def test_window_start_imports_no_command_module():
    assert cli._modules_for(["--db", "x.db", "--lang", "en"]) == []
    assert cli._modules_for(["demo", "--db", "x.db"]) == ["salesplanner.commands.demo"]


def test_unknown_command_is_a_one_line_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["no-such-command"])
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "invalid choice" in err[0]


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    for name in cli.COMMAND_OWNERS:
        assert name in out
