"""The Group Policy templates (packaging/policy) against the app's policy fields.

A field added to promptlib.core.policy.Policy cannot ship without its GPO setting: every
field has an ADMX policy of the right kind under the right key, every ADML defines every
string and presentation the ADMX uses, and the example policy.json sets every field.
Standard library only (xml.etree), like the rest of tests/packaging.
"""

from __future__ import annotations

import json
import re
import typing
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from promptlib.core import grouppolicy
from promptlib.core.policy import AIService, Policy, TrustedPublisher, parse_policy

FIELDS = Policy._fields
POLICY_DIR = Path(__file__).resolve().parents[2] / "packaging" / "policy"
ADMX = POLICY_DIR / "promptlib.admx"
LANGUAGES = ("en-US", "fi-FI", "sv-SE")
KEY = grouppolicy.POLICY_KEY   # where the app reads (HKLM): SOFTWARE\Policies\promptlib
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
REFERENCE = re.compile(r"\$\((string|presentation)\.([A-Za-z0-9_.-]+)\)")


def admx() -> ET.Element:
    return ET.parse(ADMX).getroot()


def adml(language: str) -> ET.Element:
    return ET.parse(POLICY_DIR / language / "promptlib.adml").getroot()


def policies() -> dict[str, ET.Element]:
    return {policy.get("name"): policy for policy in admx().iterfind("p:policies/p:policy", NS)}


def strings(language: str) -> dict[str, str]:
    return {string.get("id"): string.text or "" for string in adml(language).iterfind(".//p:stringTable/p:string", NS)}


def presentations(language: str) -> dict[str, ET.Element]:
    return {item.get("id"): item for item in adml(language).iterfind(".//p:presentationTable/p:presentation", NS)}


def elements_of(policy: ET.Element) -> list[ET.Element]:
    found = policy.find("p:elements", NS)
    return list(found) if found is not None else []


def referenced(kind: str) -> set[str]:
    """The ids the ADMX refers to as $(string.ID) or $(presentation.ID)."""
    found = set()
    for element in admx().iter():
        for value in element.attrib.values():
            found |= {name for what, name in REFERENCE.findall(value) if what == kind}
    return found


def test_templates_are_well_formed_policy_definitions() -> None:
    root = admx()
    assert root.tag == f"{{{NS['p']}}}policyDefinitions"
    assert root.find("p:policyNamespaces/p:target", NS).get("prefix") == "promptlib"
    required = root.find("p:resources", NS).get("minRequiredRevision")
    for language in LANGUAGES:
        resources = adml(language)
        assert resources.tag == f"{{{NS['p']}}}policyDefinitionResources", language
        assert float(resources.get("revision")) >= float(required), language


def test_every_policy_field_has_an_admx_policy_and_nothing_else_does() -> None:
    assert set(policies()) == set(FIELDS)


@pytest.mark.parametrize("field", FIELDS)
def test_policy_is_a_machine_policy_under_the_policies_key(field: str) -> None:
    policy = policies()[field]
    assert policy.get("class") == "Machine"
    assert policy.get("key") == KEY
    assert policy.find("p:parentCategory", NS).get("ref") == "promptlib"
    defined = {item.get("name") for item in admx().iterfind("p:supportedOn/p:definitions/p:definition", NS)}
    assert policy.find("p:supportedOn", NS).get("ref") in defined


@pytest.mark.parametrize("field", FIELDS)
def test_policy_writes_the_field_as_the_app_reads_it(field: str) -> None:
    kind = typing.get_type_hints(Policy)[field]
    policy = policies()[field]
    elements = elements_of(policy)
    if kind is bool:  # REG_DWORD 1/0: a boolean policy, Disabled writes 0
        assert policy.get("valueName") == field and not elements
        assert policy.find("p:enabledValue/p:decimal", NS).get("value") == "1"
        assert policy.find("p:disabledValue/p:decimal", NS).get("value") == "0"
    elif kind is str:  # REG_SZ
        assert [(element.tag.split("}")[1], element.get("valueName")) for element in elements] == [("text", field)]
        assert elements[0].get("key") in (None, KEY)
    elif kind == tuple[str, ...]:  # subkey <field> with values 1..N
        assert [element.tag.split("}")[1] for element in elements] == ["list"]
        assert elements[0].get("key") == rf"{KEY}\{field}"
        assert elements[0].get("valuePrefix") == "" and elements[0].get("explicitValue") != "true"
    elif kind in (tuple[AIService, ...], tuple[TrustedPublisher, ...]):  # subkey <field>: name -> text
        assert [element.tag.split("}")[1] for element in elements] == ["list"]
        assert elements[0].get("key") == rf"{KEY}\{field}"
        assert elements[0].get("explicitValue") == "true" and elements[0].get("valuePrefix") is None
    else:
        pytest.fail(f"Policy.{field} has type {kind}: decide how Group Policy writes it, "
                    f"then add it to promptlib.admx and to this test")


@pytest.mark.parametrize("language", LANGUAGES)
def test_adml_defines_every_string_and_presentation_the_admx_uses(language: str) -> None:
    defined = strings(language)
    missing = referenced("string") - set(defined)
    assert not missing, f"{language}: no string for {sorted(missing)}"
    assert not [name for name in referenced("string") if not defined[name].strip()]
    shown = presentations(language)
    assert not referenced("presentation") - set(shown), language
    for field, policy in policies().items():
        element_ids = {element.get("id") for element in elements_of(policy)}
        name = REFERENCE.search(policy.get("presentation") or "")
        ref_ids = {item.get("refId") for item in shown[name.group(2)]} if name else set()
        assert ref_ids == element_ids, f"{language}: presentation of {field} refers to {ref_ids}, not {element_ids}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_adml_has_no_strings_the_admx_does_not_use(language: str) -> None:
    assert set(strings(language)) == referenced("string")
    assert set(presentations(language)) == referenced("presentation")


@pytest.mark.parametrize("language", ("fi-FI", "sv-SE"))
def test_explain_texts_are_translated_and_name_the_registry_value(language: str) -> None:
    english, translated = strings("en-US"), strings(language)
    for field in FIELDS:
        explain = translated[f"{field}_Explain"]
        assert explain != english[f"{field}_Explain"] and translated[field] != english[field], (language, field)
        assert KEY in explain and field in explain, (language, field)
    assert re.search("[äöå]", " ".join(translated.values())), language  # written in the language, not ASCII


def test_example_policy_sets_every_field_without_problems() -> None:
    data = json.loads((POLICY_DIR / "policy.example.json").read_text(encoding="utf-8"))
    assert set(data) == set(FIELDS)
    policy, problems = parse_policy(data)
    assert problems == []
    assert policy != Policy()


def test_admx_writes_each_field_where_the_app_reads_it() -> None:
    """The registry reader's layout (promptlib.core.grouppolicy) and the ADMX agree."""
    assert KEY == r"SOFTWARE\Policies\promptlib"
    kinds = {}
    for field, policy in policies().items():
        elements = elements_of(policy)
        kinds[field] = elements[0].tag.split("}")[1] if elements else "boolean"
        if kinds[field] == "list":
            assert elements[0].get("key").rsplit("\\", 1)[1] == field
    assert {field for field, kind in kinds.items() if kind == "boolean"} == set(grouppolicy.FLAG_FIELDS)
    assert {field for field, kind in kinds.items() if kind == "text"} == set(grouppolicy.TEXT_FIELDS)
    assert {field for field, kind in kinds.items() if kind == "list"} == {grouppolicy.LIST_SUBKEY, *grouppolicy.NAMED_SUBKEYS}
    for subkey in grouppolicy.NAMED_SUBKEYS:
        assert policies()[subkey].find(".//p:list", NS).get("explicitValue") == "true"
