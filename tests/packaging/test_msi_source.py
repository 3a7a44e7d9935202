"""The Windows installer's source (packaging/windows), checked without building it.

`make msi-linux` builds it with wixl and reads the tables back (check-msi.py); these tests
hold the parts that must never drift: the UpgradeCode, the ProductCode rule, the two
variants of the ProgramData fragment and the harvest. Standard library only.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

WINDOWS = Path(__file__).resolve().parents[2] / "packaging" / "windows"
README = WINDOWS.parent / "README.md"
WIX = {"w": "http://schemas.microsoft.com/wix/2006/wi"}
# promptlib's UpgradeCode, for ever: Windows Installer finds the installed promptlib by it.
# Changing it makes every upgrade a second installation beside the first.
UPGRADE_CODE = "592164C3-E45D-4099-93DF-EB1D92F976CC"


def load(name: str):
    spec = importlib.util.spec_from_file_location(f"packaging_windows_{name}", WINDOWS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(WINDOWS))  # harvest.py imports msi_ids beside it
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(WINDOWS))
    return module


msi_ids = load("msi_ids")
harvest = load("harvest")


def wxs(name: str) -> ET.Element:
    return ET.parse(WINDOWS / name).getroot()


def test_upgrade_code_is_the_one_in_the_readme_and_never_changes() -> None:
    assert msi_ids.upgrade_code() == UPGRADE_CODE
    assert "{" + UPGRADE_CODE + "}" in README.read_text(encoding="utf-8")


def test_product_code_is_uuid5_of_upgrade_code_and_version() -> None:
    code = msi_ids.product_code("0.1.0")
    assert code == "{" + str(uuid.uuid5(uuid.UUID(UPGRADE_CODE), "0.1.0")).upper() + "}"
    assert msi_ids.product_code("0.1.0") == code            # the same for every build
    assert msi_ids.product_code("0.1.1") != code            # each version its own (major upgrade)


@pytest.mark.parametrize("version", ["1.2.0rc1", "1.2", "1.2.0.4", "256.0.0", "1.256.0", "1.0.65536", "v1.0.0"])
def test_versions_an_msi_cannot_carry_are_refused(version: str) -> None:
    with pytest.raises(SystemExit):
        msi_ids.product_version(version)


def test_product_is_per_machine_x64_with_major_upgrade_and_no_reboot() -> None:
    product = wxs("promptlib.wxs").find("w:Product", WIX)
    assert product.get("Id") == "$(var.ProductCode)" and product.get("Version") == "$(var.Version)"
    package = product.find("w:Package", WIX)
    assert package.get("InstallScope") == "perMachine" and package.get("Platform") is None  # wixl: -a x64
    assert product.find("w:MajorUpgrade", WIX).get("DowngradeErrorMessage")
    properties = {item.get("Id"): item.get("Value") for item in product.iterfind("w:Property", WIX)}
    assert properties["REBOOT"] == "ReallySuppress"
    folders = {item.get("Id") for item in product.iter(f"{{{WIX['w']}}}Directory")}
    assert {"ProgramFiles64Folder", "ProgramMenuFolder", "CommonAppDataFolder", "INSTALLFOLDER", "POLICYFOLDER"} <= folders
    assert all(component.get("Win64") == "yes" for component in product.iter(f"{{{WIX['w']}}}Component"))
    shortcut = product.find(".//w:Shortcut", WIX)
    assert shortcut.get("Directory") == "ProgramMenuFolder" and shortcut.get("Advertise") == "no"


def component(name: str) -> ET.Element:
    return wxs(name).find("w:Fragment/w:DirectoryRef/w:Component", WIX)


def test_both_programdata_fragments_are_the_same_component() -> None:
    plain, locked = component("policy-folder.wxs"), component("policy-folder-acl.wxs")
    assert (plain.get("Id"), plain.get("Guid"), plain.get("Win64")) == (locked.get("Id"), locked.get("Guid"), "yes")
    for name in ("policy-folder.wxs", "policy-folder-acl.wxs"):
        fragment = wxs(name).find("w:Fragment", WIX)
        assert fragment.find("w:DirectoryRef", WIX).get("Id") == "POLICYFOLDER"
        assert fragment.find("w:ComponentGroup", WIX).get("Id") == "PolicyFolderComponents"
    assert plain.find(".//w:PermissionEx", WIX) is None   # wixl 0.101 cannot build it


def test_programdata_acl_is_protected_admins_full_users_read_only() -> None:
    sddl = component("policy-folder-acl.wxs").find("w:CreateFolder/w:PermissionEx", WIX).get("Sddl")
    dacl = re.fullmatch(r"D:(?P<flags>[A-Z]*)(?P<aces>(\([^)]*\))+)", sddl)
    assert dacl and "P" in dacl.group("flags"), "protected: nothing inherited from C:\\ProgramData"
    aces = {}
    for ace in re.findall(r"\(([^)]*)\)", dacl.group("aces")):
        kind, flags, rights, _, _, trustee = ace.split(";")
        assert kind == "A" and flags == "OICI", ace
        aces[trustee] = rights
    assert aces["SY"] == "FA" and aces["BA"] == "FA"
    users = int(aces.pop("BU"), 16)
    write_bits = 0x2 | 0x4 | 0x10 | 0x40 | 0x100 | 0x10000 | 0x40000 | 0x80000  # data, append, EA, child, attrs, DELETE, DAC, owner
    assert users & 0x1 and not users & write_bits
    assert set(aces) == {"SY", "BA"}, "nobody else has any right"


def code_of(script: Path) -> str:
    """*script* without its comments (#..., and PowerShell's <# ... #> blocks)."""
    text = re.sub(r"<#.*?#>", "", script.read_text(encoding="utf-8"), flags=re.S)
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def test_each_build_takes_its_own_programdata_fragment() -> None:
    linux = code_of(WINDOWS / "build-msi-linux.sh")
    windows = code_of(WINDOWS / "build-msi.ps1")
    assert "policy-folder.wxs" in linux and "policy-folder-acl.wxs" not in linux
    assert "policy-folder-acl.wxs" in windows and "policy-folder.wxs" not in windows


def test_harvest_is_stable_and_leaves_out_the_main_exe_and_links(tmp_path: Path) -> None:
    bundle = tmp_path / "promptlib"
    (bundle / "_internal" / "PySide6").mkdir(parents=True)
    (bundle / "promptlib.exe").write_bytes(b"MZ")
    (bundle / "promptlib-cli.exe").write_bytes(b"MZ")
    (bundle / "_internal" / "PySide6" / "Qt6Core.dll").write_bytes(b"x" * 10)
    if hasattr(os, "symlink"):
        os.symlink("PySide6/Qt6Core.dll", bundle / "_internal" / "Qt6Core.dll")
    first = ET.tostring(harvest.fragment(bundle, "promptlib.exe").getroot())
    assert first == ET.tostring(harvest.fragment(bundle, "promptlib.exe").getroot())
    root = ET.fromstring(first)
    files = {item.get("Source"): item for item in root.iter(f"{{{WIX['w']}}}File")}
    assert set(files) == {"$(var.BundleDir)/promptlib-cli.exe", "$(var.BundleDir)/_internal/PySide6/Qt6Core.dll"}
    for item in root.iter():
        if item.get("Id") and item.tag.rsplit("}", 1)[1] in ("Directory", "Component", "File"):
            assert re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]{0,71}", item.get("Id")), item.get("Id")
    components = list(root.iter(f"{{{WIX['w']}}}Component"))
    assert {item.get("Guid") for item in components} == {
        msi_ids.component_guid("promptlib-cli.exe"), msi_ids.component_guid("_internal/PySide6/Qt6Core.dll")}
    assert all(item.get("Win64") == "yes" for item in components)
    group = root.find("w:Fragment/w:ComponentGroup", WIX)
    assert group.get("Id") == "BundleFiles" and len(group) == len(components)
