"""Forms of the batch screens. They validate input, and services change state."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from sqlalchemy import func, select
from wtforms import SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, ValidationError

from ..extensions import db
from ..models import Agency
from ..requests.forms import DELIVERY_FORM_LABELS, DELIVERY_METHOD_LABELS

# Values of the submit buttons of the new-batch form. Only CREATE_ACTION saves.
# The others redraw the form with the typed values kept.
CREATE_ACTION = "create"
FILTER_ACTION = "filter"
TICK_SHOWN_ACTION = "tick_shown"


class BatchForm(FlaskForm):
    """Create one draft request per chosen authority, all with the same items."""

    title = StringField(
        _l("Short title"),
        validators=[
            DataRequired(message=_l("Give the batch a short title, without victims' names.")),
            Length(max=200, message=_l("Keep the title under 200 characters.")),
        ],
    )
    items = TextAreaField(
        _l("Information requested, one item per line"),
        validators=[Length(max=20000, message=_l("Keep the items under 20,000 characters."))],
    )
    delivery_method = SelectField(
        _l("How the requests are sent"),
        choices=[(member.value, label) for member, label in DELIVERY_METHOD_LABELS.items()],
    )
    preferred_form = SelectField(
        _l("Preferred form of access"),
        choices=[(member.value, label) for member, label in DELIVERY_FORM_LABELS.items()],
    )
    case_id = SelectField(_l("Case"), coerce=int, validate_choice=False)
    agency_ids = SelectMultipleField(_l("Authorities"), coerce=int, validate_choice=False)
    # Filters of the authority list. They only change which checkboxes are shown.
    jurisdiction = SelectField(_l("Country"), validate_choice=False, validators=[Optional()])
    agency_type = SelectField(_l("Kind of authority"), validate_choice=False, validators=[Optional()])
    # Carries the digest of the personal-data findings the user confirmed.
    personal_data_confirmed = StringField(validators=[Optional(), Length(max=64)])

    def checked_texts(self) -> dict[str, str]:
        """Return the free-text values to check for personal data, by field name."""
        return {"title": self.title.data or "", "items": self.items.data or ""}

    def item_list(self) -> list[str]:
        """Return the non-empty lines of the items field."""
        return [line.strip() for line in (self.items.data or "").splitlines() if line.strip()]

    def chosen_agency_ids(self) -> list[int]:
        """Return the ticked authority ids, each once."""
        return sorted(set(self.agency_ids.data or []))

    def validate_items(self, field: TextAreaField) -> None:
        if not self.item_list():
            raise ValidationError(_l("List at least one item of information you are asking for."))

    def validate_agency_ids(self, field: SelectMultipleField) -> None:
        # The service checks again; checking here too shows every field's error at once.
        chosen = self.chosen_agency_ids()
        if not chosen:
            raise ValidationError(_l("Choose at least one authority to send the request to."))

        known = db.session.scalar(select(func.count()).select_from(Agency).where(Agency.id.in_(chosen))) or 0
        if known != len(chosen):
            raise ValidationError(
                _l("An authority you chose is unknown: it may have been removed. Choose the authorities again.")
            )
