"""dev.py's gates and commit-message rule, and the pre-commit configuration that calls them."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _dev():
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_commit_subject_over_72_characters_is_refused_by_the_hook(tmp_path):
    long_subject = "Import: " + "x" * 70
    message = tmp_path / "MSG"
    message.write_text(long_subject + "\n\nWhy it changed.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "dev.py"), "commit-msg", str(message)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "commit message: the subject has 78 characters; at most 72, the why in the body"
    )


def test_a_scannable_subject_with_a_body_passes_and_comments_are_ignored(tmp_path):
    message = tmp_path / "MSG"
    message.write_text(
        "# Please enter the commit message\nWeek pane: the date box reads 2026/10/8\n\n"
        "The body says why.\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, str(ROOT / "dev.py"), "commit-msg", str(message)],
        capture_output=True,
        text=True,
    )
    assert (result.returncode, result.stderr) == (0, "")


def test_body_glued_to_the_subject_is_refused():
    problem = _dev().check_commit_message("Short subject\nbody right under it\n")
    assert problem == "leave a blank line between the subject and the body"


def test_pre_commit_runs_the_same_gates_as_ci():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = {hook["id"]: hook for repo in config["repos"] for hook in repo["hooks"]}
    assert hooks["gates"]["entry"] == "python3 dev.py check"
    assert hooks["commit-subject"]["entry"] == "python3 dev.py commit-msg"
    assert hooks["commit-subject"]["stages"] == ["commit-msg"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python3 dev.py check" in ci


def test_check_runs_lint_format_and_mypy_strict_below_the_ui():
    assert _dev().GATES == [["ruff", "check", "."], ["ruff", "format", "--check", "."], ["mypy"]]
    import tomllib

    mypy = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    strict = [o for o in mypy["overrides"] if o.get("disallow_untyped_defs")]
    assert len(strict) == 1
    assert sorted(strict[0]["module"]) == [
        f"salesplanner.{layer}.*" for layer in ("domain", "io", "services", "store")
    ]
    assert mypy["files"] == ["salesplanner"]  # the UI too, at mypy's default level
