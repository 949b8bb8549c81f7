"""Refusals counted by the coded ground the authority cited."""

from sqlalchemy import Select, func, select

from ..law.grounds import RefusalGround
from ..models import Agency, FoiRequest, RefusalGroundCitation


def refusals_by_ground_query(organisation_id: int | None = None) -> Select[tuple[RefusalGround, str, int]]:
    """Build the query counting requests per (ground, jurisdiction).

    A request that cites one ground twice counts once; a request that cites
    two grounds counts under each.
    """
    query = (
        select(
            RefusalGroundCitation.ground,
            Agency.jurisdiction_code,
            func.count(func.distinct(RefusalGroundCitation.foi_request_id)),
        )
        .join(FoiRequest, RefusalGroundCitation.foi_request_id == FoiRequest.id)
        .join(Agency, FoiRequest.agency_id == Agency.id)
        .group_by(RefusalGroundCitation.ground, Agency.jurisdiction_code)
        .order_by(RefusalGroundCitation.ground, Agency.jurisdiction_code)
    )
    if organisation_id is not None:
        query = query.where(FoiRequest.organisation_id == organisation_id)

    return query
