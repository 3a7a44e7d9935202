"""The Qt desktop app over `promptlib.core`."""

# The core modules the window needs, and what they import, load before Qt does: once
# PySide6 is imported it reads the source of every module imported after it, looking
# for "PySide6" (its `__feature__` import hook), which cost ~6 ms of start-up here.
from ..core import guidance, policy, workspace  # noqa: F401
from ..core.guard import screening  # noqa: F401
from ..core.render import renderer, values  # noqa: F401
