"""Group Policy and Intune on Windows: the machine policy under
``HKLM\\SOFTWARE\\Policies\\promptlib``, read through an injectable reader.

The registry wins over `policy.json` field by field (as Firefox's GPO wins over its
policies.json); `policy.load_policy` does the merging. The layout, which the ADMX
templates in packaging/policy/ write:

* ``allow_copy_anyway``, ``allow_user_sources``, ``require_signed_sources``: REG_DWORD,
  1 (yes) or 0 (no);
* ``ai_rules_url``, ``ai_rules_title``: REG_SZ;
* ``library_sources``: a subkey whose values ``1``..``N`` (REG_SZ) are the sources, in
  that order;
* ``approved_services``: a subkey of values *name* → https URL (REG_SZ);
* ``trusted_publishers``: a subkey of values *name* → public key line (REG_SZ,
  ``promptlib-ed25519:...``).

What is read here is turned into the same shape as the JSON file and validated by the
same rules (`policy.parse_policy`); a bad value falls back to the restrictive choice
with a message naming its registry path. Reading never raises.
"""

from __future__ import annotations

import sys
from typing import Any, Protocol

POLICY_KEY = r"SOFTWARE\Policies\promptlib"
HIVE_NAME = "HKLM"
FLAG_FIELDS = ("allow_copy_anyway", "allow_user_sources", "require_signed_sources")
TEXT_FIELDS = ("ai_rules_url", "ai_rules_title")
LIST_SUBKEY = "library_sources"
SERVICES_SUBKEY = "approved_services"
PUBLISHERS_SUBKEY = "trusted_publishers"
# Subkeys of values name -> text, and the field each value's text becomes in the file's shape.
NAMED_SUBKEYS = {SERVICES_SUBKEY: "url", PUBLISHERS_SUBKEY: "public_key"}
MAX_VALUES = 100   # entries read from one subkey; more is a mistake, not a policy


class RegistryReader(Protocol):
    def values(self, key: str) -> dict[str, Any] | None:
        """The values of HKLM\\*key* (name → int for REG_DWORD, str for REG_SZ), or None
        when the key does not exist. May raise OSError."""


def registry_path(*parts: str) -> str:
    """E.g. HKLM\\SOFTWARE\\Policies\\promptlib\\allow_copy_anyway, for messages."""
    return "\\".join((HIVE_NAME, POLICY_KEY, *parts))


def read_policy_values(reader: RegistryReader) -> tuple[dict[str, Any], dict[str, str], list[str]]:
    """The fields set in the registry, as the policy file would hold them; the registry
    path of each (for messages); and problems reading it."""
    problems: list[str] = []
    found: dict[str, Any] = {}
    where: dict[str, str] = {}
    try:
        top = reader.values(POLICY_KEY)
    except OSError as error:
        return {}, {}, [f"{registry_path()}: cannot be read ({error}); the registry policy is not used"]
    for name, value in (top or {}).items():
        if name in FLAG_FIELDS:
            # 1/0 become true/false; anything else stays as it is, and the file's rule
            # for a bad yes/no value (the restrictive "no") applies.
            found[name] = {1: True, 0: False}.get(value, value) if isinstance(value, int) else value
            where[name] = registry_path(name)
        elif name in TEXT_FIELDS:
            found[name] = value
            where[name] = registry_path(name)
        elif name not in (LIST_SUBKEY, *NAMED_SUBKEYS):
            problems.append(f"{registry_path(name)}: unknown policy value ignored")
    for subkey in (LIST_SUBKEY, *NAMED_SUBKEYS):
        try:
            entries = reader.values(f"{POLICY_KEY}\\{subkey}")
        except OSError as error:
            problems.append(f"{registry_path(subkey)}: cannot be read ({error}); ignored")
            continue
        if entries is None:
            continue
        if len(entries) > MAX_VALUES:
            problems.append(f"{registry_path(subkey)}: more than {MAX_VALUES} values; only the first are used")
        items = list(entries.items())[:MAX_VALUES]
        where[subkey] = registry_path(subkey)
        if subkey == LIST_SUBKEY:
            numbered = []
            for value_name, value in items:
                if not value_name.isdigit():
                    problems.append(f"{registry_path(subkey, value_name)}: values must be named 1, 2, 3…; ignored")
                    continue
                numbered.append((int(value_name), value))
            found[subkey] = [value for _number, value in sorted(numbered)]
        else:
            field = NAMED_SUBKEYS[subkey]
            found[subkey] = [{"name": value_name, field: value} for value_name, value in items]
    return found, where, problems


if sys.platform == "win32":  # pragma: no cover - Windows only
    import winreg

    def _read_key(key: str) -> dict[str, Any] | None:
        try:
            handle = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, key, 0,
                                    winreg.KEY_READ | winreg.KEY_WOW64_64KEY)
        except FileNotFoundError:
            return None
        values: dict[str, Any] = {}
        with handle:
            for index in range(MAX_VALUES + 1):
                try:
                    name, value, _kind = winreg.EnumValue(handle, index)
                except OSError:  # no more values
                    break
                values[name] = value
        return values

else:

    def _read_key(key: str) -> dict[str, Any] | None:
        raise OSError("there is no Windows registry on this system")


class WindowsRegistry:
    """The real registry (its 64-bit view), through `winreg`."""

    def values(self, key: str) -> dict[str, Any] | None:
        return _read_key(key)


def system_registry() -> RegistryReader | None:
    """The machine's registry where there is one (Windows), else None."""
    return WindowsRegistry() if sys.platform == "win32" else None
