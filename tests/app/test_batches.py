"""Batches through the web client: creation, validation, the batch page and the letters zip."""

import re
import shutil
import zipfile
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from foi_tracker.extensions import db
from foi_tracker.models import (
    Agency,
    AgencyType,
    DeliveryForm,
    DeliveryMethod,
    EventKind,
    FoiRequest,
    GeneratedLetter,
    Organisation,
    RequestBatch,
    RequestState,
    User,
    UserRole,
)
from foi_tracker.services.batches import BatchDraft, create_batch
from foi_tracker.services.errors import FieldError
from foi_tracker.services.requests import mark_sent
from tests.app.helpers import count_requests, sign_in
from tests.factories import make_agency, make_organisation, make_user

# Croatian police administrations, chosen for the letters č, š and đ in their names.
CROATIAN_POLICE = (
    "Policijska uprava zagrebačka",
    "Policijska uprava šibensko-kninska",
    "Policijska uprava međimurska",
)
ITEMS = "Broj kaznenih prijava za trgovanje ljudima u 2025.\nBroj identificiranih žrtava po spolu i dobi"


@pytest.fixture
def officer(app: Flask, client: FlaskClient) -> dict[str, int]:
    """A signed-in Croatian legal officer, three Croatian police administrations and a Serbian ministry."""
    with app.app_context():
        organisation = make_organisation()
        user = make_user(organisation)
        agencies = [make_agency(name, "HR", agency_type=AgencyType.POLICE) for name in CROATIAN_POLICE]
        serbian = make_agency("Ministarstvo unutrašnjih poslova", "RS", street_address="Bulevar Mihajla Pupina 2", city="Beograd")
        db.session.commit()
        ids = {
            "organisation": organisation.id,
            "user": user.id,
            "rs_agency": serbian.id,
            **{f"agency{number}": agency.id for number, agency in enumerate(agencies)},
        }
        sign_in(client, user)

    return ids


def batch_form(agency_ids: list[int], **overrides: object) -> dict[str, object]:
    form: dict[str, object] = {
        "title": "Trgovanje ljudima 2025.",
        "items": ITEMS,
        "delivery_method": "email",
        "preferred_form": "email",
        "case_id": 0,
        "agency_ids": agency_ids,
        "action": "create",
    }
    form.update(overrides)
    return form


def saved_requests(app: Flask) -> int:
    with app.app_context():
        return count_requests()


def croatian_ids(officer: dict[str, int]) -> list[int]:
    return [officer["agency0"], officer["agency1"], officer["agency2"]]


def create_batch_for(app: Flask, officer: dict[str, int], agency_ids: list[int]) -> int:
    with app.app_context():
        organisation = db.session.get(Organisation, officer["organisation"])
        user = db.session.get(User, officer["user"])
        assert organisation is not None and user is not None
        draft = BatchDraft(
            title="Trgovanje ljudima 2025.",
            items=ITEMS.splitlines(),
            delivery_method=DeliveryMethod.EMAIL,
            preferred_form=DeliveryForm.EMAIL,
            agency_ids=agency_ids,
        )
        batch = create_batch(organisation, user, draft)
        db.session.commit()
        return batch.id


def document_text(data: bytes) -> str:
    document = DocxDocument(BytesIO(data))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)


def test_batch_creates_request_per_agency(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    response = client.post("/batches/new", data=batch_form(croatian_ids(officer)))

    assert response.status_code == 302
    with app.app_context():
        batch = db.session.scalars(select(RequestBatch)).one()
        assert response.headers["Location"].endswith(f"/batches/{batch.id}")
        assert batch.title == "Trgovanje ljudima 2025."
        assert batch.organisation_id == officer["organisation"]
        assert batch.created_by_id == officer["user"]
        foi_requests = db.session.scalars(select(FoiRequest).order_by(FoiRequest.id)).all()
        assert len(foi_requests) == 3
        assert {foi_request.agency_id for foi_request in foi_requests} == set(croatian_ids(officer))
        for foi_request in foi_requests:
            assert foi_request.batch_id == batch.id
            assert foi_request.state is RequestState.DRAFT
            assert foi_request.title == "Trgovanje ljudima 2025."
            assert foi_request.items == ITEMS.splitlines()
            assert [event.kind for event in foi_request.events] == [EventKind.CREATED]
            assert "Zakon o pravu na pristup informacijama" in foi_request.legal_basis


def test_batch_numbers_agencies_alphabetically(app: Flask, officer: dict[str, int]) -> None:
    batch_id = create_batch_for(app, officer, croatian_ids(officer))

    with app.app_context():
        names = db.session.scalars(
            select(Agency.name).join(FoiRequest).where(FoiRequest.batch_id == batch_id).order_by(FoiRequest.id)
        ).all()
    # "š" sorts with "s", between "m" and "z", although its code point comes after "z".
    assert names == [
        "Policijska uprava međimurska",
        "Policijska uprava šibensko-kninska",
        "Policijska uprava zagrebačka",
    ]


def test_letters_zip_has_one_docx_per_agency(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    batch_id = create_batch_for(app, officer, croatian_ids(officer))

    response = client.get(f"/batches/{batch_id}/letters.zip")

    assert response.status_code == 200
    assert response.mimetype == "application/zip"
    assert "attachment" in response.headers["Content-Disposition"]
    with zipfile.ZipFile(BytesIO(response.data)) as archive:
        infos = archive.infolist()
        assert [info.filename for info in infos] == [
            "01-Policijska-uprava-međimurska.docx",
            "02-Policijska-uprava-šibensko-kninska.docx",
            "03-Policijska-uprava-zagrebačka.docx",
        ]
        for info in infos:
            assert info.flag_bits & 0x800, f"{info.filename} is not marked as a UTF-8 name"
        texts = [document_text(archive.read(info)) for info in infos]

    assert "Policijska uprava međimurska" in texts[0]
    assert "Policijska uprava šibensko-kninska" in texts[1]
    assert "Policijska uprava zagrebačka" in texts[2]
    assert "Broj identificiranih žrtava po spolu i dobi" in texts[0]


def test_letters_zip_records_generated_letters(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    batch_id = create_batch_for(app, officer, croatian_ids(officer))

    client.get(f"/batches/{batch_id}/letters.zip")

    with app.app_context():
        letters = db.session.scalars(select(GeneratedLetter)).all()
        assert len(letters) == 3
        for letter in letters:
            assert letter.kind.value == "request"
            assert letter.language == "hr"
            assert letter.template_version_label.startswith("built-in ")
            assert len(letter.template_sha256) == 64
            assert letter.generated_by_id == officer["user"]


def test_letters_zip_lists_failures(
    app: Flask, client: FlaskClient, officer: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only the Croatian templates are installed, so the Serbian letter has no template.
    builtin = Path(app.config["LETTER_TEMPLATES_DIR"])
    shutil.copytree(builtin / "HR", tmp_path / "HR")
    monkeypatch.setitem(app.config, "LETTER_TEMPLATES_DIR", str(tmp_path))
    batch_id = create_batch_for(app, officer, [officer["agency0"], officer["rs_agency"]])

    response = client.get(f"/batches/{batch_id}/letters.zip")

    assert response.status_code == 200
    with zipfile.ZipFile(BytesIO(response.data)) as archive:
        names = archive.namelist()
        failures = archive.read("failures.txt").decode("utf-8")
    assert names == ["01-Policijska-uprava-zagrebačka.docx", "failures.txt"]
    assert "02 Ministarstvo unutrašnjih poslova (RS)" in failures
    assert "request template for RS in sr-Latn is missing" in failures
    assert "zagrebačka" not in failures


def test_letters_zip_without_failures_file(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    batch_id = create_batch_for(app, officer, [officer["agency0"]])

    response = client.get(f"/batches/{batch_id}/letters.zip")

    with zipfile.ZipFile(BytesIO(response.data)) as archive:
        assert "failures.txt" not in archive.namelist()


@pytest.mark.parametrize(
    ("overrides", "field_error"),
    [
        ({"agency_ids": []}, "Choose at least one authority to send the request to."),
        ({"items": "  \n \n"}, "List at least one item of information you are asking for."),
        ({"agency_ids": [999999]}, "An authority you chose is unknown"),
        ({"title": ""}, "Give the batch a short title"),
    ],
)
def test_batch_form_names_invalid_field(
    app: Flask, client: FlaskClient, officer: dict[str, int], overrides: dict[str, object], field_error: str
) -> None:
    form = {**batch_form(croatian_ids(officer), title="Statistika 2025.", items="Prvo pitanje"), **overrides}

    response = client.post("/batches/new", data=form)

    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert field_error in page
    assert "The batch was not saved." in page
    assert saved_requests(app) == 0


def test_batch_form_keeps_typed_values(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    form = batch_form([officer["agency1"], 999999], title="Statistika 2025.")

    response = client.post("/batches/new", data=form)

    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'value="Statistika 2025."' in page
    assert "Broj identificiranih žrtava po spolu i dobi" in page
    assert f'name="agency_ids" value="{officer["agency1"]}" checked' in page


def test_batch_service_rejects_unknown_agency(app: Flask, officer: dict[str, int]) -> None:
    with pytest.raises(FieldError) as raised:
        create_batch_for(app, officer, [officer["agency0"], 999999])

    assert raised.value.field == "agency_ids"
    assert "999999" in raised.value.message
    with app.app_context():
        assert db.session.scalars(select(RequestBatch)).all() == []


def test_batch_filter_keeps_hidden_choices(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    form = batch_form([officer["agency0"]], action="filter", jurisdiction="RS")

    response = client.post("/batches/new", data=form)

    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Ministarstvo unutrašnjih poslova" in page
    assert f'<input type="checkbox" name="agency_ids" value="{officer["agency0"]}"' not in page
    assert f'<input type="hidden" name="agency_ids" value="{officer["agency0"]}">' in page
    assert 'value="Trgovanje ljudima 2025."' in page
    assert saved_requests(app) == 0


def test_batch_tick_shown_adds_filtered_agencies(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    form = batch_form([officer["rs_agency"]], action="tick_shown", jurisdiction="HR", agency_type="police")

    response = client.post("/batches/new", data=form)

    page = response.get_data(as_text=True)
    for agency_id in croatian_ids(officer):
        assert f'name="agency_ids" value="{agency_id}" checked' in page
    assert f'<input type="hidden" name="agency_ids" value="{officer["rs_agency"]}">' in page
    assert saved_requests(app) == 0


def test_batch_form_warns_about_names(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    form = batch_form(croatian_ids(officer), items="Presude protiv Ivana Horvata iz Zagreba")

    response = client.post("/batches/new", data=form)

    assert response.status_code == 200
    assert "This looks like personal data:" in response.get_data(as_text=True)
    assert saved_requests(app) == 0


def test_batch_page_lists_overdue_first(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    batch_id = create_batch_for(app, officer, croatian_ids(officer))
    with app.app_context():
        user = db.session.get(User, officer["user"])
        assert user is not None
        overdue = db.session.scalars(
            select(FoiRequest).where(FoiRequest.agency_id == officer["agency2"])
        ).one()
        mark_sent(overdue, user, date(2026, 11, 2), date(2026, 11, 2))
        db.session.commit()

    response = client.get(f"/batches/{batch_id}")

    page = response.get_data(as_text=True)
    assert response.status_code == 200
    first = page.index("Policijska uprava međimurska")
    assert first < page.index("Policijska uprava šibensko-kninska")
    assert first < page.index("Policijska uprava zagrebačka")
    # The Croatian reply period of 15 days from receipt on 2 November 2026 ends on
    # Tuesday 17 November 2026, 17 days before FIXED_NOW (Friday 4 December 2026).
    assert "Nov 17, 2026" in page
    assert "17 days overdue" in page
    assert "Download the letter, send it" in page
    counts = page[page.index('<section class="summary">') : page.index("</section>")]
    assert re.search(r'"label">draft</span>\s*<strong class="big">2</strong>', counts)
    assert re.search(r'"label">awaiting reply</span>\s*<strong class="big">1</strong>', counts)
    assert re.search(r'"label">overdue</span>\s*<strong class="big days-overdue">1</strong>', counts)


def test_request_page_links_to_batch(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    batch_id = create_batch_for(app, officer, [officer["agency0"]])
    with app.app_context():
        foi_request_id = db.session.scalars(select(FoiRequest.id)).one()

    page = client.get(f"/requests/{foi_request_id}").get_data(as_text=True)

    assert f'href="/batches/{batch_id}"' in page


def test_batch_list_shows_request_count(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    batch_id = create_batch_for(app, officer, croatian_ids(officer))

    page = client.get("/batches/").get_data(as_text=True)

    assert f'href="/batches/{batch_id}"' in page
    assert "<td>3</td>" in page


def test_other_organisation_batch_is_hidden(app: Flask, client: FlaskClient, officer: dict[str, int]) -> None:
    batch_id = create_batch_for(app, officer, croatian_ids(officer))
    with app.app_context():
        other = make_organisation("Udruga Drugi glas", jurisdiction_code="HR")
        outsider = make_user(other, "outsider@example.org", role=UserRole.ADMIN)
        db.session.commit()
        sign_in(client, outsider)

    assert client.get(f"/batches/{batch_id}").status_code == 404
    assert client.get(f"/batches/{batch_id}/letters.zip").status_code == 404
    assert f'href="/batches/{batch_id}"' not in client.get("/batches/").get_data(as_text=True)


@pytest.mark.parametrize("role", [UserRole.ADVOCATE, UserRole.AUDITOR])
def test_readers_cannot_create_batches(
    app: Flask, client: FlaskClient, officer: dict[str, int], role: UserRole
) -> None:
    batch_id = create_batch_for(app, officer, [officer["agency0"]])
    with app.app_context():
        organisation = db.session.get(Organisation, officer["organisation"])
        assert organisation is not None
        reader = make_user(organisation, f"{role.value}@example.org", role=role)
        db.session.commit()
        sign_in(client, reader)

    assert client.get("/batches/new").status_code == 403
    assert client.post("/batches/new", data=batch_form(croatian_ids(officer))).status_code == 403
    assert client.get(f"/batches/{batch_id}").status_code == 200
    assert saved_requests(app) == 1
