"""Builders of model rows for tests, each with sensible defaults."""

from datetime import date
from typing import Any

from foi_tracker.extensions import db
from foi_tracker.models import (
    Agency,
    AgencyType,
    Case,
    CaseType,
    DeliveryForm,
    DeliveryMethod,
    FoiRequest,
    Organisation,
    User,
    UserRole,
)
from foi_tracker.services.agencies import normalize_name
from foi_tracker.services.requests import RequestDraft, create_request, mark_sent

PASSWORD = "correct horse battery staple"


def make_organisation(name: str = "Udruga „Glas građana”", **fields: Any) -> Organisation:
    values = {
        "street_address": "Ilica 5",
        "postal_code": "10000",
        "city": "Zagreb",
        "email": "ured@glas-gradana.example",
        "jurisdiction_code": "HR",
        **fields,
    }
    organisation = Organisation(name=name, **values)
    db.session.add(organisation)
    db.session.flush()
    return organisation


def make_user(organisation: Organisation, email: str = "officer@example.org", **fields: Any) -> User:
    values = {"full_name": "Marija Šimić", "job_title": "pravna savjetnica", "role": UserRole.LEGAL_OFFICER, **fields}
    user = User(organisation=organisation, email=email, **values)
    user.set_password(PASSWORD)
    db.session.add(user)
    db.session.flush()
    return user


def make_agency(
    name: str = "Ministarstvo unutarnjih poslova", jurisdiction_code: str = "HR", **fields: Any
) -> Agency:
    values = {
        "agency_type": AgencyType.MINISTRY,
        "street_address": "Ulica grada Vukovara 33",
        "postal_code": "10000",
        "city": "Zagreb",
        **fields,
    }
    agency = Agency(name=name, normalized_name=normalize_name(name), jurisdiction_code=jurisdiction_code, **values)
    db.session.add(agency)
    db.session.flush()
    return agency


def make_request(
    organisation: Organisation,
    user: User,
    agency: Agency,
    *,
    items: list[str] | None = None,
    title: str = "Kaznene prijave za trgovanje ljudima",
    received_on: date | None = None,
    sent_on: date | None = None,
) -> FoiRequest:
    draft = RequestDraft(
        agency_id=agency.id,
        title=title,
        items=items or ["Broj kaznenih prijava u 2025.", "Broj identificiranih žrtava u 2025."],
        delivery_method=DeliveryMethod.EMAIL,
        preferred_form=DeliveryForm.EMAIL,
    )
    foi_request = create_request(organisation, user, draft)
    if received_on is not None:
        mark_sent(foi_request, user, sent_on or received_on, received_on)
    db.session.flush()
    return foi_request


def make_case(organisation: Organisation, reference: str = "T-2026-01", **fields: Any) -> Case:
    values = {
        "case_type": CaseType.TRAFFICKING,
        "region": "Slavonija",
        "court_file_number": "K-12/2026",
        "prosecution_file_number": "KO-DO-34/2025",
        "victim_age_band": "16-17",
        "victim_gender": "female",
        "victim_citizenship": "Moldova",
        "exploitation_form": "sexual exploitation",
        "summary": "Recruited through a job advertisement for seasonal work.",
        **fields,
    }
    case = Case(organisation_id=organisation.id, reference=reference, **values)
    db.session.add(case)
    db.session.flush()
    return case
