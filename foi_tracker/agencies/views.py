"""Agency list and agency page."""

from flask import Blueprint, abort, render_template, request
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required
from sqlalchemy import func, or_, select

from ..access import scoped_requests
from ..extensions import db
from ..models import Agency, AgencyType, FoiRequest, Jurisdiction
from ..services.status import describe_status

bp = Blueprint("agencies", __name__, url_prefix="/agencies")


@bp.get("/")
@login_required
def list_agencies() -> ResponseReturnValue:
    """List authorities, filtered by country, type and a name search."""
    query = select(Agency).join(Jurisdiction).order_by(Jurisdiction.name_en, Agency.name)
    jurisdiction = request.args.get("jurisdiction", "")
    agency_type = request.args.get("type", "")
    search = request.args.get("q", "").strip()

    if jurisdiction:
        query = query.where(Agency.jurisdiction_code == jurisdiction)
    if agency_type in {member.value for member in AgencyType}:
        query = query.where(Agency.agency_type == AgencyType(agency_type))
    if search:
        pattern = f"%{search.lower()}%"
        query = query.where(or_(func.lower(Agency.name).like(pattern), func.lower(Agency.name_en).like(pattern)))

    agencies = db.session.scalars(query.limit(500)).all()
    jurisdictions = db.session.scalars(select(Jurisdiction).order_by(Jurisdiction.name_en)).all()
    return render_template(
        "agencies/list.html",
        agencies=agencies,
        jurisdictions=jurisdictions,
        agency_types=list(AgencyType),
        selected={"jurisdiction": jurisdiction, "type": agency_type, "q": search},
    )


@bp.get("/<int:agency_id>")
@login_required
def detail(agency_id: int) -> ResponseReturnValue:
    """Show an authority with the organisation's requests to it."""
    agency = db.session.get(Agency, agency_id)
    if agency is None:
        abort(404)

    foi_requests = db.session.scalars(
        scoped_requests(current_user).where(FoiRequest.agency_id == agency.id).order_by(FoiRequest.id.desc())
    ).all()
    rows = [(foi_request, describe_status(foi_request)) for foi_request in foi_requests]
    return render_template("agencies/detail.html", agency=agency, rows=rows)
