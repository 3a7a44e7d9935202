"""What the store can save: UTF-8 JSON, as orjson writes it.

Validation uses this so that a pack it accepts can always be installed; the check
costs one `orjson.dumps` when all is well and walks the data only to say where the
problem is.
"""

from __future__ import annotations

from typing import Any

import orjson

from ..errors import Problem
from ..problems import problem


def first_unstorable(value: Any) -> Problem | None:
    """The first value the store could not save as UTF-8 JSON, with where it is.

    Data decoded from a file cannot hold these (orjson refuses them), but a pack
    built in Python can: a lone surrogate such as '\\ud800', a non-string key, an
    integer beyond 64 bits. Found here, such a pack is refused with a location
    instead of failing later inside the store.
    """
    try:
        orjson.dumps(value)
        return None
    except TypeError:
        pass
    stack: list[tuple[Any, str]] = [(value, "")]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError as error:
                return problem(where, "lone-surrogate", position=error.start + 1)
        elif isinstance(item, bool) or item is None or isinstance(item, float):
            continue
        elif isinstance(item, int):
            if not -(2 ** 63) <= item < 2 ** 64:
                return problem(where, "number-too-large")
        elif isinstance(item, dict):
            for key, child in reversed(list(item.items())):
                if not isinstance(key, str):
                    return problem(where, "key-not-string", key=repr(key)[:40])
                # Pushed child first, so the key is looked at before the child's
                # location (which contains the key) can be reported.
                stack.append((child, f"{where}.{key}" if where else key))
                stack.append((key, where))
        elif isinstance(item, list):
            stack.extend((child, f"{where}[{index}]") for index, child in reversed(list(enumerate(item))))
        else:
            return problem(where, "not-json-value", type=type(item).__name__)
    return problem("", "unstorable")
