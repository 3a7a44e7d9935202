# PyInstaller runtime hook: child processes get the library path the user started us with.
#
# On Linux the bootloader puts the bundle's `_internal` folder at the front of
# LD_LIBRARY_PATH (saving any earlier value in LD_LIBRARY_PATH_ORIG) before Python starts.
# Every child would inherit it: xclip, xdg-open and the browser that "Copy and open"
# starts would then load the bundle's Qt, ICU and libpython instead of the system's, and
# the browser crashes. This process does not need the variable any more: the dynamic
# loader read it when the process started, and the bundle's libraries find each other
# through their own RUNPATH and full paths.
#
# Changing os.environ also changes the C-level environment (putenv/unsetenv), so children
# started by Qt (QProcess, QDesktopServices → xdg-open) see the same clean value as
# children started by Python's subprocess.
#
# Custom runtime hooks run before PyInstaller's own ones, so the Qt variables that
# pyi_rth_pyside6 sets later (QT_PLUGIN_PATH, QML2_IMPORT_PATH) are removed in the entry
# script (promptlib_frozen.py), which runs after all runtime hooks.


def _restore_library_path():
    import os
    import sys

    bundle = os.path.normcase(os.path.abspath(getattr(sys, "_MEIPASS", "")))
    for name in ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH", "LIBPATH"):
        saved = os.environ.pop(name + "_ORIG", None)
        if saved is not None:
            os.environ[name] = saved
            continue
        current = os.environ.get(name)
        if current is None:
            continue
        # No saved value: the variable was unset before the bootloader added the bundle.
        # Remove only the bundle's entries (a bootloader that stops setting the variable
        # must not cost the user a value of their own).
        kept = [entry for entry in current.split(os.pathsep)
                if entry and os.path.normcase(os.path.abspath(entry)) != bundle]
        if kept:
            os.environ[name] = os.pathsep.join(kept)
        else:
            del os.environ[name]


_restore_library_path()
del _restore_library_path
