"""Why saving, deleting or keeping a draft of an own template failed, in the UI language.

Core says these in English (the CLI's words, with paths and the system's reasons);
the editor words them from their codes, so nothing English reaches the fi or sv
window. The English goes to stderr for whoever supports the user, as main window
save failures do (`gui/savefailure.py`).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from ...core.errors import PromptlibError, StoreError
from ...core.owntemplates.library import OwnTemplateError
from ...core.problems import fill
from ..problemtexts import error_text
from ..savefailure import save_failure_text

translate = QCoreApplication.translate


def own_error_texts() -> dict[str, str]:
    """`OwnTemplateError` codes in the UI language, `{name}` for their parameters."""
    return {
        "template-exists": translate("editor", "You already have a template with the id “{id}” in this language "
                                               "({language}). Change the title, or edit that template instead."),
        "no-such-template": translate("editor", "The template “{id}” ({language}) is no longer in your templates."),
        "cannot-fill": translate("editor", "The template cannot be filled in with its examples: {detail}"),
    }


def save_error_text(error: PromptlibError) -> str:
    """*error* from saving or deleting, in the UI language."""
    if isinstance(error, StoreError):
        print(f"promptlib: {error}", file=sys.stderr)
        return save_failure_text()
    if isinstance(error, OwnTemplateError) and error.code in own_error_texts():
        return fill(own_error_texts()[error.code], error.params)
    return error_text(error)


def draft_failure_text(error: Exception) -> str:
    """A draft that could not be written (a full disk, a read-only data folder)."""
    print(f"promptlib: the draft could not be written: {error}", file=sys.stderr)
    return translate("editor", "The draft could not be written. Check that the disk has free space and that "
                               "promptlib may write to its data folder.")
