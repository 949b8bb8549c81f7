"""The law page: every jurisdiction's periods with their articles."""

from flask import Blueprint, render_template
from flask.typing import ResponseReturnValue
from flask_login import login_required

from ..law import PeriodName
from ..law.overview import build_overview
from ..services.legal import get_all_refs, local_today

bp = Blueprint("laws", __name__, url_prefix="/laws")


@bp.get("/")
@login_required
def overview() -> ResponseReturnValue:
    """Show the periods of the law in force today in every jurisdiction."""
    today = local_today("HR")
    rows = build_overview(get_all_refs(), today)
    return render_template("laws/overview.html", rows=rows, period_names=list(PeriodName), today=today)
