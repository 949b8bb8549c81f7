"""Letter kinds: their placeholder sets, the values each kind requires and the template lookup."""

import dataclasses
from pathlib import Path

import pytest

from foi_tracker.letters import (
    DEFAULT_LETTER_LANGUAGES,
    JURISDICTION_LANGUAGES,
    KIND_SPECS,
    Addressee,
    LetterContext,
    LetterError,
    LetterKind,
    build_template_values,
    find_template,
    kind_spec,
    letter_languages,
    resolve_letter_language,
    template_file_name,
)

CONTEXT_FIELDS = {field.name for field in dataclasses.fields(LetterContext)}


@pytest.mark.parametrize("kind", list(LetterKind))
def test_kind_placeholders_are_context_fields(kind: LetterKind) -> None:
    spec = KIND_SPECS[kind]

    assert spec.kind is kind
    assert spec.placeholders <= CONTEXT_FIELDS
    assert spec.required & spec.expected == frozenset()
    assert spec.required & spec.optional == frozenset()
    assert spec.expected & spec.optional == frozenset()
    assert {"sender_name", "agency_name", "date_text", "law_title", "officer_name"} <= spec.required


def test_every_context_field_belongs_to_a_kind() -> None:
    used = set().union(*(spec.placeholders for spec in KIND_SPECS.values()))

    assert used == CONTEXT_FIELDS


@pytest.mark.parametrize(
    ("kind", "addressee", "required"),
    [
        (LetterKind.REQUEST, Addressee.AUTHORITY, {"items", "delivery_form_text", "agency_address_lines"}),
        (LetterKind.URGENCY, Addressee.AUTHORITY, {"request_sent_date_text", "due_date_text", "items"}),
        (
            LetterKind.COMPLAINT_SILENCE,
            Addressee.APPEAL_BODY,
            {"appeal_body_name", "request_sent_date_text", "due_date_text", "items"},
        ),
        (
            LetterKind.APPEAL_REFUSAL,
            Addressee.APPEAL_BODY,
            {"appeal_body_name", "request_sent_date_text", "decision_date_text"},
        ),
        (LetterKind.DECISION_IN_WRITING, Addressee.AUTHORITY, {"request_sent_date_text", "reply_date_text", "items"}),
        (
            LetterKind.ENFORCEMENT,
            Addressee.APPEAL_BODY,
            {"appeal_body_name", "request_sent_date_text", "appeal_decision_date_text"},
        ),
    ],
)
def test_kind_requires_its_facts(kind: LetterKind, addressee: Addressee, required: set[str]) -> None:
    spec = kind_spec(kind)

    assert spec.addressee is addressee
    assert required <= spec.required


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (LetterKind.URGENCY, {"due_date_passed", "reply_period_citation"}),
        (LetterKind.COMPLAINT_SILENCE, {"appeal_silence_citation"}),
        (LetterKind.APPEAL_REFUSAL, {"decision_reference", "partial_refusal", "appeal_period_citation"}),
        (LetterKind.DECISION_IN_WRITING, {"written_decision_citation"}),
        (LetterKind.ENFORCEMENT, {"appeal_decision_reference"}),
    ],
)
def test_kind_expects_placeholders_that_may_be_empty(kind: LetterKind, expected: set[str]) -> None:
    assert kind_spec(kind).expected == expected


def test_kind_spec_rejects_unknown_kind() -> None:
    with pytest.raises(ValueError, match="reminder"):
        kind_spec("reminder")


def test_values_keep_only_kind_placeholders(croatian_context: LetterContext) -> None:
    values = build_template_values(croatian_context, LetterKind.REQUEST)

    assert set(values) == kind_spec(LetterKind.REQUEST).placeholders
    assert "decision_date_text" not in values


def test_urgency_values_need_dates(croatian_context: LetterContext) -> None:
    with pytest.raises(LetterError) as caught:
        build_template_values(croatian_context, LetterKind.URGENCY)

    message = str(caught.value)
    assert "urgency letter" in message
    assert "request_sent_date_text is empty" in message
    assert "due_date_text is empty" in message


def test_appeal_values_need_appeal_body(croatian_context: LetterContext) -> None:
    context = dataclasses.replace(
        croatian_context,
        request_sent_date_text="2. studenoga 2026.",
        decision_date_text="20. studenoga 2026.",
        appeal_body_name="   ",
    )

    with pytest.raises(LetterError, match="appeal_body_name is empty"):
        build_template_values(context, LetterKind.APPEAL_REFUSAL)


def test_appeal_values_allow_missing_reference(croatian_context: LetterContext) -> None:
    context = dataclasses.replace(
        croatian_context,
        items=[],
        request_sent_date_text="2. studenoga 2026.",
        decision_date_text="20. studenoga 2026.",
        appeal_body_name="Povjerenik za informiranje",
    )

    values = build_template_values(context, "appeal_refusal")

    assert values["decision_reference"] is None
    assert values["appeal_period_citation"] is None
    assert values["partial_refusal"] is False
    assert values["items"] == []
    assert values["appeal_reasons"] == []


def test_values_reject_empty_reason(croatian_context: LetterContext) -> None:
    context = dataclasses.replace(
        croatian_context,
        request_sent_date_text="2. studenoga 2026.",
        decision_date_text="20. studenoga 2026.",
        appeal_body_name="Povjerenik za informiranje",
        appeal_reasons=["Prvi razlog.", "\x07 "],
    )

    with pytest.raises(LetterError, match=r"appeal_reasons\[2\] is empty"):
        build_template_values(context, LetterKind.APPEAL_REFUSAL)


def test_context_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        LetterContext("Udruga")  # type: ignore[call-arg]


def test_template_file_name_uses_tag() -> None:
    assert template_file_name(LetterKind.URGENCY, "sr_Latn") == "urgency.sr-Latn.docx"
    assert template_file_name("enforcement", "cnr-cyrl") == "enforcement.cnr-Cyrl.docx"


def test_find_template_defaults_to_jurisdiction_language(template_root: Path) -> None:
    assert find_template(template_root, "BA-RS", LetterKind.REQUEST) == template_root / "BA-RS" / "request.sr-Cyrl.docx"
    assert find_template(template_root, "XK", "urgency") == template_root / "XK" / "urgency.sq.docx"


def test_find_template_rejects_language_of_other_jurisdiction(template_root: Path) -> None:
    with pytest.raises(LetterError, match=r"not written in 'mk'; use one of: hr"):
        find_template(template_root, "HR", LetterKind.REQUEST, "mk")


def test_find_template_rejects_unknown_jurisdiction(template_root: Path) -> None:
    with pytest.raises(LetterError, match="no letter templates for jurisdiction 'BA-BRC'"):
        find_template(template_root, "BA-BRC", LetterKind.REQUEST)


def test_find_template_reports_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LetterError, match=r"appeal_refusal template for SI in sl is missing: .*appeal_refusal\.sl\.docx"):
        find_template(tmp_path, "SI", LetterKind.APPEAL_REFUSAL)


def test_letter_languages_put_default_first() -> None:
    assert [language.tag for language in letter_languages("XK")] == ["sq", "sr-Latn", "sr-Cyrl"]
    assert [language.tag for language in letter_languages("ME")] == ["cnr-Latn", "cnr-Cyrl", "sr-Latn"]


@pytest.mark.parametrize(
    ("tag", "jurisdiction", "wording", "script"),
    [
        ("sr-Latn", None, "sr-ekavian", "Latn"),
        ("sr-Latn", "BA-RS", "sr-ijekavian", "Latn"),
        ("sr_Cyrl", "BA-RS", "sr-ijekavian", "Cyrl"),
        ("sr-Latn", "ME", "sr-ijekavian", "Latn"),
        ("sr-Cyrl", "XK", "sr-ekavian", "Cyrl"),
        ("cnr-Cyrl", None, "cnr", "Cyrl"),
        ("mk", None, "mk", "Cyrl"),
        ("bg", None, "bg", "Cyrl"),
        ("ro", "MD", "ro", "Latn"),
    ],
)
def test_resolve_letter_language(tag: str, jurisdiction: str | None, wording: str, script: str) -> None:
    language = resolve_letter_language(tag, jurisdiction)

    assert language.wording == wording
    assert language.script == script


def test_service_languages_stay_on_three_jurisdictions() -> None:
    # The service calls format_reply_period without a unit, right only for these three laws.
    assert JURISDICTION_LANGUAGES == {"HR": "hr", "RS": "sr-Latn", "BA": "bs"}
    assert len(DEFAULT_LETTER_LANGUAGES) == 13
