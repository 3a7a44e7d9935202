"""The frozen app's runtime hook (packaging/pyinstaller/rthook_child_env.py).

PyInstaller's bootloader puts the bundle's folder first on LD_LIBRARY_PATH (keeping an
earlier value in LD_LIBRARY_PATH_ORIG); the hook gives child processes (xclip, xdg-open,
the browser of "Copy and open") the value the user started the app with. Run here in a
child interpreter that plays the bundle (sys._MEIPASS set), so no bundle is needed;
packaging/pyinstaller/check-bundle.sh checks the real one through a fake xclip.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HOOK = Path(__file__).resolve().parents[2] / "packaging" / "pyinstaller" / "rthook_child_env.py"
BUNDLE = "/opt/promptlib/_internal"
NAMES = ("LD_LIBRARY_PATH", "LD_LIBRARY_PATH_ORIG")

# The hook as the bootloader runs it, then what a child started afterwards sees.
SCRIPT = f"""
import json, os, runpy, subprocess, sys
sys._MEIPASS = {BUNDLE!r}
runpy.run_path({str(HOOK)!r})
child = subprocess.run([sys.executable, "-c",
    "import json, os; print(json.dumps({{n: os.environ.get(n) for n in {NAMES!r}}}))"],
    capture_output=True, text=True, check=True)
print(child.stdout.strip())
"""


def child_environment(environ: dict[str, str]) -> dict[str, str | None]:
    done = subprocess.run([sys.executable, "-c", SCRIPT], env={"PATH": "/usr/bin:/bin", **environ},
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.skipif(sys.platform.startswith("win"), reason="the loader variable is Linux's")
@pytest.mark.parametrize(("started_with", "bootloader_set", "child_gets"), [
    # The user had none: the bootloader set the bundle alone, the child gets none.
    (None, {"LD_LIBRARY_PATH": BUNDLE}, None),
    # The user had one: the bootloader kept it in _ORIG, the child gets exactly it.
    ("/opt/site/lib:/usr/local/lib",
     {"LD_LIBRARY_PATH": f"{BUNDLE}:/opt/site/lib:/usr/local/lib", "LD_LIBRARY_PATH_ORIG": "/opt/site/lib:/usr/local/lib"},
     "/opt/site/lib:/usr/local/lib"),
    # No _ORIG (a bootloader that stops saving it): only the bundle's entry goes.
    (None, {"LD_LIBRARY_PATH": f"{BUNDLE}:/usr/local/lib"}, "/usr/local/lib"),
    # Not started by the bootloader at all: nothing changes.
    ("/usr/local/lib", {"LD_LIBRARY_PATH": "/usr/local/lib"}, "/usr/local/lib"),
])
def test_child_processes_get_the_library_path_the_app_was_started_with(
        started_with: str | None, bootloader_set: dict[str, str], child_gets: str | None) -> None:
    seen = child_environment(bootloader_set)
    assert seen == {"LD_LIBRARY_PATH": child_gets, "LD_LIBRARY_PATH_ORIG": None}
