"""Entry point of the frozen app: the same `promptlib.cli:main` as the installed command.

Runs after all of PyInstaller's runtime hooks. PySide6's hook (pyi_rth_pyside6) puts the
bundle's plugin folders in QT_PLUGIN_PATH and QML2_IMPORT_PATH; a Qt program started from
here (a KDE helper behind xdg-open, a Qt-based browser) would try to load this bundle's
plugins. The app itself does not need the variables: PySide6 registers a qt.conf whose
prefix is the bundle's Qt folder, so Qt finds its plugins and translations without them.
The library path is restored earlier, in rthook_child_env.py.
"""

import os
import sys


def _drop_bundle_qt_variables() -> None:
    bundle = os.path.normcase(os.path.abspath(getattr(sys, "_MEIPASS", "")))
    for name in ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH"):
        value = os.environ.get(name)
        if value is not None and os.path.normcase(os.path.abspath(value)).startswith(bundle):
            del os.environ[name]


_drop_bundle_qt_variables()

from promptlib.cli import main  # noqa: E402  (after the environment is clean)

sys.exit(main())
