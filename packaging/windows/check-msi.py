"""Check an MSI's tables (msitools' msidump) and contents (msiextract) against the bundle.

    python3 check-msi.py MSI BUNDLE_DIR --version X.Y.Z --main-exe NAME [--same-as OTHER.msi]

What `make msi-linux` can check on Linux, where no Windows Installer runs: per-machine
(ALLUSERS=1, Template x64), the identities (UpgradeCode as promptlib.wxs and the README
state it, ProductCode = uuid5(UpgradeCode, version)), the major upgrade (Upgrade rows,
downgrade launch condition, RemoveExistingProducts), no restart, the folders (Program
Files 64-bit, Start menu, ProgramData\\promptlib created), the shortcut, every component
64-bit, and the File table equal to the bundle's file list, with the same sizes and the
same bytes once extracted. --same-as: another build of the same version has the same
tables (all but the summary stream's package code and times).
Exit 1 with a line per failure.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from harvest import bundle_files  # noqa: E402
from msi_ids import product_code, product_version, upgrade_code  # noqa: E402

failures: list[str] = []


def check(condition: bool, what: str, detail: str = "") -> None:
    if condition:
        print(f"ok: {what}")
    else:
        failures.append(f"{what}{': ' + detail if detail else ''}")
        print(f"FAIL: {what}{': ' + detail if detail else ''}", file=sys.stderr)


def dump(msi: Path, folder: Path) -> dict[str, list[dict[str, str]]]:
    """Every table of *msi* as a list of rows (column name -> text), via msidump."""
    folder.mkdir(parents=True)
    # msidump writes binary columns (the Icon table) beside the tables, relative to the
    # current folder: run it inside *folder*.
    subprocess.run(["msidump", "-d", ".", str(msi.resolve())], check=True, capture_output=True, cwd=folder)
    tables = {}
    for idt in sorted(folder.glob("*.idt")):
        lines = idt.read_text(encoding="utf-8", errors="replace").splitlines()
        columns = lines[0].split("\t")
        rows = []
        for line in lines[3:]:
            values = line.split("\t")
            rows.append(dict(zip(columns, values + [""] * (len(columns) - len(values)), strict=False)))
        tables[idt.stem] = rows
    return tables


def long_name(default_dir: str) -> str:
    """The target long name in a Directory/File name column ('short|long', 'target:source')."""
    return default_dir.split(":")[0].split("|")[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("msi", type=Path)
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--version", required=True)
    parser.add_argument("--main-exe", required=True)
    parser.add_argument("--same-as", type=Path)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        tables = dump(args.msi, Path(scratch) / "tables")
        properties = {row["Property"]: row["Value"] for row in tables["Property"]}
        summary = {row["PropertyId"]: row["Value"] for row in tables["_SummaryInformation"]}

        print("== per-machine, x64, identities")
        check(properties.get("ALLUSERS") == "1", "Property ALLUSERS=1 (per-machine)", properties.get("ALLUSERS", "missing"))
        check(summary.get("7") == "x64;1033", "summary Template x64;1033", summary.get("7", "missing"))
        check(int(summary.get("14", "0")) >= 500, "summary: Windows Installer 5.0 or later", summary.get("14", "missing"))
        code = "{" + upgrade_code() + "}"
        readme = (HERE.parent / "README.md").read_text(encoding="utf-8")
        check(properties.get("UpgradeCode") == code and code in readme,
              f"UpgradeCode {code}, as packaging/README.md states", properties.get("UpgradeCode", "missing"))
        check(properties.get("ProductCode") == product_code(args.version),
              f"ProductCode {product_code(args.version)} = uuid5(UpgradeCode, {args.version})",
              properties.get("ProductCode", "missing"))
        check(properties.get("ProductVersion") == product_version(args.version),
              f"ProductVersion {product_version(args.version)} (numeric)", properties.get("ProductVersion", "missing"))

        print("== major upgrade, downgrade refused, no restart")
        upgrades = tables["Upgrade"]
        older = [row for row in upgrades if row["UpgradeCode"] == code and row["VersionMax"] == args.version
                 and not int(row["Attributes"]) & 2 and row["ActionProperty"] == "WIX_UPGRADE_DETECTED"]
        newer = [row for row in upgrades if row["UpgradeCode"] == code and row["VersionMin"] == args.version
                 and int(row["Attributes"]) & 2 and row["ActionProperty"] == "WIX_DOWNGRADE_DETECTED"]
        check(len(upgrades) == 2 and len(older) == 1 and len(newer) == 1,
              "Upgrade rows: older versions removed (WIX_UPGRADE_DETECTED), newer only detected (WIX_DOWNGRADE_DETECTED)",
              repr(upgrades))
        secure = properties.get("SecureCustomProperties", "").split(";")
        check({"WIX_UPGRADE_DETECTED", "WIX_DOWNGRADE_DETECTED"} <= set(secure),
              "the upgrade properties are secure (pass to the per-machine install)", repr(secure))
        conditions = {row["Condition"]: row["Description"] for row in tables["LaunchCondition"]}
        message = conditions.get("NOT WIX_DOWNGRADE_DETECTED", "")
        check("newer version" in message and message.isascii(), "downgrade message", message or "missing")
        execute = {row["Action"]: int(row["Sequence"] or 0) for row in tables["InstallExecuteSequence"]}
        check(execute.get("FindRelatedProducts", 9999) < execute.get("RemoveExistingProducts", 0)
              < execute.get("InstallFiles", 0),
              "RemoveExistingProducts scheduled (after FindRelatedProducts, before InstallFiles)",
              f"{execute.get('FindRelatedProducts')} / {execute.get('RemoveExistingProducts')} / {execute.get('InstallFiles')}")
        sequences = [row["Action"] for name in ("InstallExecuteSequence", "InstallUISequence", "AdminExecuteSequence")
                     for row in tables.get(name, [])]
        check(properties.get("REBOOT") == "ReallySuppress" and not {"ScheduleReboot", "ForceReboot"} & set(sequences),
              "no restart: REBOOT=ReallySuppress, no ScheduleReboot/ForceReboot")

        print("== folders, shortcut, components")
        directories = {row["Directory"]: row for row in tables["Directory"]}

        def parent_name(directory: str) -> tuple[str, str]:
            row = directories.get(directory, {})
            return row.get("Directory_Parent", ""), long_name(row.get("DefaultDir", ""))

        check(parent_name("INSTALLFOLDER") == ("ProgramFiles64Folder", "promptlib")
              and parent_name("ProgramFiles64Folder")[0] == "TARGETDIR",
              "INSTALLFOLDER = [ProgramFiles64Folder]promptlib", repr(directories.get("INSTALLFOLDER")))
        check(parent_name("POLICYFOLDER") == ("CommonAppDataFolder", "promptlib")
              and any(row["Directory_"] == "POLICYFOLDER" for row in tables["CreateFolder"]),
              "[CommonAppDataFolder]promptlib (%ProgramData%\\promptlib) is created")
        shortcuts = tables["Shortcut"]
        check(len(shortcuts) == 1 and shortcuts[0]["Directory_"] == "ProgramMenuFolder"
              and shortcuts[0]["Target"] == "[#MainExe]" and long_name(shortcuts[0]["Name"]) == "promptlib"
              and shortcuts[0]["WkDir"] == "INSTALLFOLDER",
              "one Start-menu shortcut: ProgramMenuFolder\\promptlib -> [#MainExe], not advertised", repr(shortcuts))
        icons = {row["Name"] for row in tables["Icon"]}
        check(properties.get("ARPPRODUCTICON") in icons, "Programs and Features icon", repr(icons))
        components = tables["Component"]
        not64 = [row["Component"] for row in components if not int(row["Attributes"]) & 256]
        check(not not64, f"all {len(components)} components 64-bit (msidbComponentAttributes64bit)", repr(not64[:5]))
        guids = [row["ComponentId"] for row in components]
        check(len(set(guids)) == len(guids) and all(re.fullmatch(r"\{[0-9A-F-]{36}\}", guid) for guid in guids),
              "component GUIDs unique and fixed (no '*')")
        features = tables["Feature"]
        in_feature = {row["Component_"] for row in tables["FeatureComponents"]}
        check(len(features) == 1 and in_feature == {row["Component"] for row in components},
              "one feature holding every component")

        print("== files: the File table is the bundle")
        component_dir = {row["Component"]: row["Directory_"] for row in components}

        def install_path(directory: str) -> str:
            parts = []
            while directory != "INSTALLFOLDER":
                parent, name = parent_name(directory)
                if not parent:
                    raise SystemExit(f"check-msi: directory {directory} is not under INSTALLFOLDER")
                if name != ".":
                    parts.append(name)
                directory = parent
            return "/".join(reversed(parts))

        in_msi = {}
        for row in tables["File"]:
            folder = install_path(component_dir[row["Component_"]])
            path = f"{folder}/{long_name(row['FileName'])}" if folder else long_name(row["FileName"])
            in_msi[path] = row
        expected = bundle_files(args.bundle)
        missing = sorted(set(expected) - set(in_msi))
        extra = sorted(set(in_msi) - set(expected))
        check(not missing and not extra, f"File table == the bundle's {len(expected)} files",
              f"missing {missing[:5]}, extra {extra[:5]}")
        wrong_size = [path for path in expected if path in in_msi
                      and int(in_msi[path]["FileSize"]) != (args.bundle / path).stat().st_size]
        check(not wrong_size, "every file's size matches", repr(wrong_size[:5]))
        check(in_msi.get(args.main_exe, {}).get("File") == "MainExe", f"{args.main_exe} is File MainExe (the shortcut's target)")
        sequence = sorted(int(row["Sequence"]) for row in tables["File"])
        media = tables["Media"]
        check(sequence == list(range(1, len(sequence) + 1)) and len(media) == 1
              and int(media[0]["LastSequence"]) == len(sequence) and media[0]["Cabinet"].startswith("#"),
              "one embedded cabinet holding every file")

        extracted = Path(scratch) / "extracted"
        subprocess.run(["msiextract", "-C", str(extracted), str(args.msi)], check=True, capture_output=True)
        roots = [path for path in extracted.iterdir() if path.is_dir()]
        root = roots[0] if len(roots) == 1 else extracted

        def digest(path: Path) -> str:
            return hashlib.sha256(path.read_bytes()).hexdigest()

        different = [path for path in expected
                     if not (root / path).is_file() or digest(root / path) != digest(args.bundle / path)]
        check(not different, f"msiextract: all {len(expected)} files byte for byte the bundle's", repr(different[:5]))

        if args.same_as:
            print("== reproducible")
            again = dump(args.same_as, Path(scratch) / "again")
            changed = sorted(name for name in set(tables) | set(again)
                             if name != "_SummaryInformation" and tables.get(name) != again.get(name))
            check(not changed, f"a second build ({args.same_as.name}) has the same tables", repr(changed))

    if failures:
        print(f"check-msi: {len(failures)} check(s) failed", file=sys.stderr)
        return 1
    print(f"check-msi: all checks passed ({args.msi}, {args.msi.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
