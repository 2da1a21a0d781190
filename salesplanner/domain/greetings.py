"""Greetings on birthdays and holidays (METHOD.md 5.4): a short text from a template.

A template is the rep's own text with ``{name}`` for the person and ``{holiday}`` for the
holiday; anything else in braces is left as typed (a rep's text is not a format string)."""

from __future__ import annotations

NAME, HOLIDAY = "{name}", "{holiday}"
MAX_TEMPLATES = 8
MAX_LENGTH = 500  # characters of one template: a WeChat message, not a letter


def fill(template: str, name: str = "", holiday: str = "") -> str:
    """The template with the person and the holiday put in; without a person, the salutation
    around ``{name}`` goes too ("{name}您好，" / "Dear {name}, " → nothing)."""
    text = template
    if not name:
        for around in (f"{NAME}您好，", f"Dear {NAME}, ", f"{NAME}，", f", {NAME}", f"祝{NAME}"):
            text = text.replace(around, "祝" if around.startswith("祝") else "")
    text = text.replace(NAME, name).replace(HOLIDAY, holiday)
    text = " ".join(line.strip() for line in text.splitlines() if line.strip())
    return text[:1].upper() + text[1:] if text[:1].isascii() else text


def clean_templates(lines: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The templates a rep typed, one a line: blank lines and repeats dropped, at most
    :data:`MAX_TEMPLATES` kept, each cut to :data:`MAX_LENGTH`."""
    out: list[str] = []
    for line in lines:
        text = line.strip()[:MAX_LENGTH]
        if text and text not in out:
            out.append(text)
    return tuple(out[:MAX_TEMPLATES])
