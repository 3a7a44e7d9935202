"""The MSI's identities, from the one place they are written: promptlib.wxs.

    python msi_ids.py VERSION     prints UpgradeCode=..., ProductCode=..., ProductVersion=...

* UpgradeCode: fixed for ever (Product/@UpgradeCode in promptlib.wxs, also stated in
  packaging/README.md; tests/packaging/test_msi_source.py holds them together). Windows
  Installer finds the installed promptlib through it: change it and an upgrade installs a
  second copy beside the first.
* ProductCode: uuid5(UpgradeCode, ProductVersion), so two builds of one version carry the
  same ProductCode (an Intune detection rule and `msiexec /x {ProductCode}` stay right
  however often it is rebuilt) and every version has its own, as a major upgrade needs.
* ProductVersion: MSI compares only major.minor.build, each numeric (major and minor up to
  255, build up to 65535), so a version such as 1.2.0rc1 is refused, not guessed at.

Component GUIDs of the harvested bundle files are uuid5(UpgradeCode, "file:" + path):
stable per installed path, as the component rules ask.
"""

from __future__ import annotations

import re
import sys
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
WXS = HERE / "promptlib.wxs"
WIX3 = "{http://schemas.microsoft.com/wix/2006/wi}"


def upgrade_code(wxs: Path = WXS) -> str:
    product = ET.parse(wxs).getroot().find(f"{WIX3}Product")
    if product is None:
        raise SystemExit(f"{wxs}: no Product element")
    return str(uuid.UUID(product.get("UpgradeCode", ""))).upper()


def product_version(version: str) -> str:
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", version)
    if not match:
        raise SystemExit(f"version {version!r} is not numeric major.minor.build, which an MSI needs "
                         f"(a pre-release such as 1.2.0rc1 cannot be an MSI version)")
    major, minor, build = (int(part) for part in match.groups())
    if major > 255 or minor > 255 or build > 65535:
        raise SystemExit(f"version {version!r}: MSI allows at most 255.255.65535")
    return f"{major}.{minor}.{build}"


def product_code(version: str, wxs: Path = WXS) -> str:
    return "{" + str(uuid.uuid5(uuid.UUID(upgrade_code(wxs)), product_version(version))).upper() + "}"


def component_guid(relative_path: str, wxs: Path = WXS) -> str:
    """The GUID of the component installing *relative_path* (``/``-separated, any case)."""
    key = "file:" + relative_path.replace("\\", "/").lower()
    return str(uuid.uuid5(uuid.UUID(upgrade_code(wxs)), key)).upper()


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.splitlines()[2].strip(), file=sys.stderr)
        return 2
    version = argv[0]
    print(f"UpgradeCode={{{upgrade_code()}}}")
    print(f"ProductCode={product_code(version)}")
    print(f"ProductVersion={product_version(version)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
