"""Demo data: real public authorities, demo organisations and requests at every state.

The authorities come from data/agencies.csv (public sources, cited per row).
The organisations, users, cases and requests are invented for the demo and
dated relative to today, so the screens always show live situations.
"""

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from ..extensions import db
from ..law import PeriodName
from ..models import (
    Agency,
    Case,
    CaseType,
    DeliveryForm,
    DeliveryMethod,
    FoiRequest,
    Organisation,
    ReplyOutcome,
    RequestBatch,
    User,
    UserRole,
)
from .agencies import import_agencies_csv
from .jurisdictions import sync_jurisdictions
from .legal import get_all_refs, local_today
from .requests import RequestDraft, create_request, mark_sent, record_extension, record_reply, withdraw

logger = logging.getLogger(__name__)

DEMO_PASSWORD = "demo-password"  # noqa: S105 (published demo account, never a real one)


@dataclass(frozen=True)
class DemoOrganisation:
    """An invented member organisation in one jurisdiction."""

    jurisdiction_code: str
    name: str
    city: str
    street_address: str
    postal_code: str
    user_email: str
    user_name: str
    job_title: str
    items: tuple[str, ...]
    titles: tuple[str, ...]


DEMO_ORGANISATIONS = (
    DemoOrganisation(
        "HR",
        "Demo udruga „Sigurna luka” (primjer)",
        "Zagreb",
        "Ilica 1",
        "10000",
        "officer.hr@demo.invalid",
        "Ivana Kovačević",
        "pravna savjetnica",
        (
            "Broj kaznenih prijava za kazneno djelo trgovanja ljudima (čl. 106. KZ) podnesenih u 2025. godini, po policijskim upravama",
            "Broj identificiranih žrtava trgovanja ljudima u 2025., razvrstan po spolu, dobnoj skupini i obliku iskorištavanja",
            "Preslika važećeg protokola o postupanju u slučaju trgovanja djecom",
            "Iznos sredstava utrošenih na smještaj žrtava u 2025. godini",
        ),
        (
            "Kaznene prijave za trgovanje ljudima 2025.",
            "Identificirane žrtve 2025.",
            "Protokol o postupanju – djeca",
            "Troškovi smještaja žrtava",
        ),
    ),
    DemoOrganisation(
        "RS",
        "Demo udruženje „Bezbedan put” (primer)",
        "Beograd",
        "Kneza Miloša 1",
        "11000",
        "officer.rs@demo.invalid",
        "Jelena Đorđević",
        "pravna savetnica",
        (
            "Broj krivičnih prijava za krivično delo trgovina ljudima (čl. 388. KZ) podnetih u 2025. godini",
            "Broj žrtava trgovine ljudima kojima je u 2025. odobren boravak po osnovu člana 61. Zakona o strancima",
            "Kopija ugovora o pružanju usluga sigurne kuće za žrtve trgovine ljudima zaključenog u 2025. godini",
            "Broj optužnica i presuda za korupciju u postupcima javnih nabavki u 2025. godini",
        ),
        (
            "Krivične prijave za trgovinu ljudima 2025.",
            "Boravak žrtava po čl. 61.",
            "Ugovor o sigurnoj kući",
            "Korupcija u javnim nabavkama",
        ),
    ),
    DemoOrganisation(
        "BA",
        "Demo udruženje „Šansa” (primjer)",
        "Sarajevo",
        "Maršala Tita 1",
        "71000",
        "officer.ba@demo.invalid",
        "Amra Hadžić",
        "pravna savjetnica",
        (
            "Broj predmeta trgovine ljudima (čl. 186. KZ BiH) zaprimljenih u 2025. godini",
            "Broj žrtava trgovine ljudima identificiranih u 2025. godini, po spolu i državljanstvu",
            "Izvještaj o provedbi Akcionog plana za suprotstavljanje trgovini ljudima za 2025. godinu",
            "Broj prijava korupcije zaprimljenih u 2025. godini i broj okončanih postupaka",
        ),
        (
            "Predmeti trgovine ljudima 2025.",
            "Identificirane žrtve 2025.",
            "Izvještaj o Akcionom planu",
            "Prijave korupcije 2025.",
        ),
    ),
)


@dataclass(frozen=True)
class Scenario:
    """One demo request: days before today it was received, and what happened next."""

    received_days_ago: int | None
    extension_days_after: int | None = None
    reply_days_ago: int | None = None
    outcome: ReplyOutcome | None = None
    withdrawn_days_ago: int | None = None


SCENARIOS = (
    Scenario(None),
    Scenario(3),
    Scenario(12),
    Scenario(25),
    Scenario(20, extension_days_after=4),
    Scenario(40, reply_days_ago=30, outcome=ReplyOutcome.GRANTED),
    Scenario(35, reply_days_ago=22, outcome=ReplyOutcome.PARTIALLY_GRANTED),
    Scenario(18, reply_days_ago=5, outcome=ReplyOutcome.REFUSED),
    Scenario(60, reply_days_ago=50, outcome=ReplyOutcome.NOT_HELD),
    Scenario(30, reply_days_ago=25, outcome=ReplyOutcome.TRANSFERRED),
    Scenario(10, withdrawn_days_ago=2),
)


def load_demo(data_dir: Path, reset: bool = False) -> str:
    """Load jurisdictions, agencies and the demo organisations, and return a summary line.

    Running it again adds nothing twice: existing demo organisations keep their
    requests unless ``reset`` is set. The caller commits.
    """
    all_refs = get_all_refs()
    sync_jurisdictions(all_refs, local_today("HR"))
    imported = [import_agencies_csv(path) for path in sorted(data_dir.glob("agencies*.csv"))]
    created = sum(result.created for result in imported)

    request_count = 0
    for spec in DEMO_ORGANISATIONS:
        if spec.jurisdiction_code in all_refs:
            request_count += _load_organisation(spec, reset)

    return (
        f"Agencies: {created} new. Demo requests created: {request_count}. "
        f"Sign in as officer.hr@demo.invalid, officer.rs@demo.invalid or officer.ba@demo.invalid "
        f"(admins: admin.hr@, admin.rs@, admin.ba@demo.invalid) with the password {DEMO_PASSWORD!r}."
    )


def _load_organisation(spec: DemoOrganisation, reset: bool) -> int:
    organisation = db.session.scalar(select(Organisation).where(Organisation.name == spec.name))
    if organisation is not None and not reset:
        return 0

    if organisation is None:
        organisation = Organisation(
            name=spec.name,
            street_address=spec.street_address,
            postal_code=spec.postal_code,
            city=spec.city,
            email=spec.user_email,
            jurisdiction_code=spec.jurisdiction_code,
        )
        db.session.add(organisation)
    else:
        for foi_request in db.session.scalars(
            select(FoiRequest).where(FoiRequest.organisation_id == organisation.id)
        ):
            db.session.delete(foi_request)
        # A batch only groups requests, so the batches emptied above go too.
        for batch in db.session.scalars(select(RequestBatch).where(RequestBatch.organisation_id == organisation.id)):
            db.session.delete(batch)

    user = db.session.scalar(select(User).where(User.email == spec.user_email))
    if user is None:
        user = User(
            organisation=organisation,
            email=spec.user_email,
            full_name=spec.user_name,
            job_title=spec.job_title,
            role=UserRole.LEGAL_OFFICER,
        )
        user.set_password(DEMO_PASSWORD)
        db.session.add(user)

    # An admin per organisation shows the user, audit and non-working-day pages.
    admin_email = spec.user_email.replace("officer.", "admin.")
    if db.session.scalar(select(User).where(User.email == admin_email)) is None:
        admin = User(
            organisation=organisation,
            email=admin_email,
            full_name=f"Admin ({spec.jurisdiction_code})",
            role=UserRole.ADMIN,
        )
        admin.set_password(DEMO_PASSWORD)
        db.session.add(admin)
    db.session.flush()

    cases = _demo_cases(organisation)
    agencies = db.session.scalars(
        select(Agency).where(Agency.jurisdiction_code == spec.jurisdiction_code).order_by(Agency.id)
    ).all()
    if not agencies:
        return 0

    today = local_today(spec.jurisdiction_code)
    for index, scenario in enumerate(SCENARIOS):
        draft = RequestDraft(
            agency_id=agencies[index % len(agencies)].id,
            title=spec.titles[index % len(spec.titles)],
            items=[spec.items[index % len(spec.items)], spec.items[(index + 1) % len(spec.items)]],
            delivery_method=DeliveryMethod.EMAIL if index % 2 else DeliveryMethod.REGISTERED_POST,
            preferred_form=DeliveryForm.EMAIL,
            case_id=cases[index % len(cases)].id,
        )
        created_on = today
        if scenario.received_days_ago is not None:
            created_on = today - timedelta(days=scenario.received_days_ago + 2)
        foi_request = create_request(organisation, user, draft, created_on)
        _play(foi_request, user, scenario, today)

    logger.info("demo organisation %s: %s requests", organisation.id, len(SCENARIOS))
    return len(SCENARIOS)


def _demo_cases(organisation: Organisation) -> list[Case]:
    existing = db.session.scalars(select(Case).where(Case.organisation_id == organisation.id)).all()
    if existing:
        return list(existing)

    cases = [
        Case(
            organisation_id=organisation.id,
            reference="DEMO-T-2025-01",
            case_type=CaseType.TRAFFICKING,
            region="capital region",
            victim_age_band="16-17",
            victim_gender="female",
            exploitation_form="sexual exploitation",
        ),
        Case(
            organisation_id=organisation.id,
            reference="DEMO-C-2025-02",
            case_type=CaseType.CORRUPTION,
            region="national",
            summary="Procurement of shelter services; no personal data.",
        ),
    ]
    db.session.add_all(cases)
    db.session.flush()
    return cases


def _play(foi_request: FoiRequest, user: User, scenario: Scenario, today: date) -> None:
    if scenario.received_days_ago is None:
        return

    received_on = today - timedelta(days=scenario.received_days_ago)
    sent_on = received_on if foi_request.delivery_method is DeliveryMethod.EMAIL else received_on - timedelta(days=1)
    mark_sent(foi_request, user, sent_on, received_on)

    refs = get_all_refs()[foi_request.agency.jurisdiction_code]
    has_extension = PeriodName.EXTENSION in refs.version_on(sent_on).periods
    if scenario.extension_days_after is not None and has_extension:
        record_extension(foi_request, user, received_on + timedelta(days=scenario.extension_days_after))
    if scenario.reply_days_ago is not None and scenario.outcome is not None:
        record_reply(foi_request, user, scenario.outcome, today - timedelta(days=scenario.reply_days_ago))
    if scenario.withdrawn_days_ago is not None:
        withdraw(foi_request, user, today - timedelta(days=scenario.withdrawn_days_ago))
