"""The form's fields, one module per kind of variable: text, choice, number, date.

Each field is a `FormField`: the variable, the widget the user types in, and one way
to read, write and check its value. `make_field` picks the kind for a variable.
"""

from __future__ import annotations

from collections.abc import Callable

from ...core.model import Variable
from .base import FormField
from .choice import ChoiceField
from .date import DateField
from .number import NumberField
from .text import MultilineField, TextField

__all__ = ["FormField", "make_field"]


def make_field(variable: Variable, language: str) -> FormField:
    """The field for *variable*, reading and showing numbers and dates as *language* does."""
    kinds: dict[str, Callable[[Variable, str], FormField]] = {"multiline": MultilineField, "choice": ChoiceField,
                                         "number": NumberField, "date": DateField}
    return kinds.get(variable.type, TextField)(variable, language)
