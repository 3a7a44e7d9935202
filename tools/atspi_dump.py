"""Read promptlib's window as a screen reader does, over AT-SPI (Linux).

Run with the system Python that has pyatspi (Debian: python3-pyatspi), while the app
runs with QT_ACCESSIBILITY=1 and QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 on the same
X display and D-Bus session:

    /usr/bin/python3 tools/atspi_dump.py tree            # every node: role, name, description, states
    /usr/bin/python3 tools/atspi_dump.py focus [COUNT] [KEY]   # press KEY (Tab; or shift+Tab) COUNT times
                                                               # with xdotool, printing what has the focus

Not part of the test suite: it needs a real X server and the accessibility bus.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pyatspi  # type: ignore[import-not-found]

APP_NAME = "promptlib"


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and APP_NAME in (app.name or "").lower():
            return app
    raise SystemExit(f"{APP_NAME} is not on the accessibility bus (started with QT_ACCESSIBILITY=1?)")


def describe(node) -> str:
    states = node.getState().getStates()
    names = sorted(pyatspi.stateToString(state) for state in states)
    interesting = [name for name in names if name in {"focused", "focusable", "required", "editable",
                                                      "selected", "checked", "showing", "sensitive"}]
    relations = []
    try:
        for relation in node.getRelationSet():
            targets = [relation.getTarget(i).name for i in range(relation.getNTargets())]
            relations.append(f"{pyatspi.relationToString(relation.getRelationType())}={targets}")
    except Exception:  # some nodes have no relation set
        pass
    value = ""
    try:
        text = node.queryText()
        value = text.getText(0, min(text.characterCount, 40))
    except NotImplementedError:
        pass
    parts = [node.getRoleName(), repr(node.name)]
    if node.description:
        parts.append(f"desc={node.description!r}")
    if value and value != node.name:
        parts.append(f"text={value!r}")
    parts.append("[" + ",".join(interesting) + "]")
    if relations:
        parts.append(" ".join(relations))
    return " ".join(parts)


def dump(node, depth: int = 0, limit: int = 12) -> None:
    if node is None or depth > limit:
        return
    print("  " * depth + describe(node))
    # Long lists (templates, table rows) are cut after a few children.
    for index in range(min(node.childCount, 15)):
        dump(node.getChildAtIndex(index), depth + 1, limit)
    if node.childCount > 15:
        print("  " * (depth + 1) + f"... {node.childCount - 15} more")


def focus_order(count: int, key: str = "Tab") -> None:
    """Press *key* *count* times and print each widget that announces it got the focus,
    as a screen reader hears it (the "object:state-changed:focused" events)."""
    from gi.repository import GLib  # type: ignore[import-not-found]

    find_app()
    heard: list[str] = []

    def on_focus(event) -> None:
        if event.detail1 == 1 and APP_NAME in (event.host_application.name or "").lower():
            heard.append(describe(event.source))

    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
    context = GLib.MainContext.default()

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            context.iteration(False)
            time.sleep(0.01)

    pump(0.3)
    heard.clear()
    for step in range(count):
        subprocess.run(["xdotool", "key", key], check=True)
        pump(0.5)   # let the app move the focus and tell the bus
        print(f"{step:2}: {heard[-1] if heard else '(no focus event)'}")
        heard.clear()
    pyatspi.Registry.deregisterEventListener(on_focus, "object:state-changed:focused")


def main() -> None:
    command = sys.argv[1] if len(sys.argv) > 1 else "tree"
    if command == "tree":
        dump(find_app())
    elif command == "focus":
        focus_order(int(sys.argv[2]) if len(sys.argv) > 2 else 25, sys.argv[3] if len(sys.argv) > 3 else "Tab")
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
