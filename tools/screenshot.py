"""Render the main window to a PNG, offscreen: `python tools/screenshot.py OUT.png [TEMPLATE_ID] [LANG]`.

Used for docs/screenshot.png and to look at the app without a display. Runs in a
throw-away data folder, so it never touches the user's own.
"""

from __future__ import annotations

import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    output = sys.argv[1]
    template_id = sys.argv[2] if len(sys.argv) > 2 else "communications.press-release"
    language = sys.argv[3] if len(sys.argv) > 3 else "fi"
    os.environ["PROMPTLIB_HOME"] = tempfile.mkdtemp(prefix="promptlib-shot-")

    from promptlib.core.render.values import example_values
    from promptlib.core.workspace import Workspace
    from promptlib.gui.app import build_main_window, create_application
    from promptlib.gui.translations import Translations

    app = create_application()
    workspace = Workspace.open()
    workspace.store.set_setting("ui_language", language)
    workspace.store.toggle_favourite(template_id)
    workspace.store.record_use(template_id, language)
    Translations(app).apply(language)
    window = build_main_window(workspace, language)
    window.resize(1340, 820)
    window.show()
    role = workspace.catalog.get(template_id, language).roles[0]
    window.select_category(role)
    window.select_template(template_id)
    template = window.pane.template
    for name, value in example_values(template).items():
        if value is not None:
            window.pane.form.set_value(name, value)
    for _ in range(5):
        app.processEvents()
    window.grab().save(output)
    print(f"saved {output} ({template.id}, {language})")


if __name__ == "__main__":
    main()
