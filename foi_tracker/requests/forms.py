"""Forms of the request screens. They validate input, and services change state."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import DateField, IntegerField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, ValidationError

from ..extensions import db
from ..models import Agency, DeliveryForm, DeliveryMethod, ReplyOutcome, RequestState

DELIVERY_METHOD_LABELS = {
    DeliveryMethod.EMAIL: _l("E-mail"),
    DeliveryMethod.POST: _l("Ordinary post"),
    DeliveryMethod.REGISTERED_POST: _l("Registered post"),
    DeliveryMethod.IN_PERSON: _l("In person at the registry"),
}
DELIVERY_FORM_LABELS = {
    DeliveryForm.EMAIL: _l("By e-mail"),
    DeliveryForm.POST: _l("By post"),
    DeliveryForm.INSPECTION: _l("Inspection in person"),
    DeliveryForm.ELECTRONIC_COPY_ON_MEDIUM: _l("Electronic copy on a data medium"),
}
OUTCOME_LABELS = {
    ReplyOutcome.GRANTED: _l("Granted"),
    ReplyOutcome.PARTIALLY_GRANTED: _l("Partially granted"),
    ReplyOutcome.REFUSED: _l("Refused"),
    ReplyOutcome.NOT_HELD: _l("Information not held"),
    ReplyOutcome.TRANSFERRED: _l("Transferred to another authority"),
}
DATE_FORMAT_MESSAGE = _l("Enter a real date as YYYY-MM-DD, for example 2026-03-30.")


def _date_field(label: str) -> DateField:
    return DateField(
        label,
        format="%Y-%m-%d",
        validators=[DataRequired(message=DATE_FORMAT_MESSAGE)],
    )


class RequestForm(FlaskForm):
    """Draft or edit a request."""

    agency_id = SelectField(_l("Authority"), coerce=int, validate_choice=False)
    title = StringField(
        _l("Short title"),
        validators=[
            DataRequired(message=_l("Give the request a short title, without victims' names.")),
            Length(max=200, message=_l("Keep the title under 200 characters.")),
        ],
    )
    items = TextAreaField(
        _l("Information requested, one item per line"),
        validators=[Length(max=20000, message=_l("Keep the items under 20,000 characters."))],
    )
    legal_basis = TextAreaField(
        _l("Legal basis (left empty, it is filled in from the law of the authority's country)"),
        validators=[Optional(), Length(max=2000)],
    )
    delivery_method = SelectField(
        _l("How the request is sent"),
        choices=[(member.value, label) for member, label in DELIVERY_METHOD_LABELS.items()],
    )
    preferred_form = SelectField(
        _l("Preferred form of access"),
        choices=[(member.value, label) for member, label in DELIVERY_FORM_LABELS.items()],
    )
    agency_reference = StringField(
        _l("Authority's file reference"), validators=[Optional(), Length(max=120)]
    )
    case_id = SelectField(_l("Case"), coerce=int, validate_choice=False)
    # The version the edit form was loaded from, rendered as a hidden input by the template.
    version = IntegerField(validators=[Optional()])
    # Carries the digest of the personal-data findings the user confirmed.
    personal_data_confirmed = StringField(validators=[Optional(), Length(max=64)])

    def checked_texts(self) -> dict[str, str]:
        """Return the free-text values to check for personal data, by field name."""
        return {"title": self.title.data or "", "items": self.items.data or ""}

    def item_list(self) -> list[str]:
        """Return the non-empty lines of the items field."""
        return [line.strip() for line in (self.items.data or "").splitlines() if line.strip()]

    def validate_agency_id(self, field: SelectField) -> None:
        # The service checks again; checking here too shows every field's error at once.
        if not field.data:
            raise ValidationError(_l("Choose the authority the request goes to."))
        if db.session.get(Agency, field.data) is None:
            raise ValidationError(_l("Choose an agency from the list; the one given is unknown."))

    def validate_items(self, field: TextAreaField) -> None:
        if not self.item_list():
            raise ValidationError(_l("List at least one item of information you are asking for."))


class SendForm(FlaskForm):
    """Mark a draft as sent: the dates that start the legal clock."""

    sent_on = _date_field(_l("Sent on"))
    received_on = _date_field(_l("Received by the authority on"))
    note = TextAreaField(_l("Note"), validators=[Optional(), Length(max=2000)])


class ExtensionForm(FlaskForm):
    """Record the authority's notice that it extends the period."""

    notified_on = _date_field(_l("Notice received on"))
    note = TextAreaField(_l("Reason given by the authority"), validators=[Optional(), Length(max=2000)])


class ReplyForm(FlaskForm):
    """Record the authority's reply, with the reply file."""

    outcome = SelectField(
        _l("Outcome"), choices=[(member.value, label) for member, label in OUTCOME_LABELS.items()]
    )
    replied_on = _date_field(_l("Reply dated"))
    # Choices come from the request's law version; the service checks them.
    grounds = SelectMultipleField(_l("Grounds the authority cited"), choices=[], validate_choice=False)
    document = FileField(_l("Reply file (PDF, DOCX, ODT, image or text; at most 20 MB)"))
    note = TextAreaField(_l("Note"), validators=[Optional(), Length(max=2000)])


class SharingForm(FlaskForm):
    """Share a request or one of its documents with the network, or stop sharing it."""

    shared = SelectField(choices=[("1", _l("Share")), ("0", _l("Stop sharing"))])


class WithdrawForm(FlaskForm):
    """Withdraw a request."""

    withdrawn_on = _date_field(_l("Withdrawn on"))
    note = TextAreaField(_l("Reason"), validators=[Optional(), Length(max=2000)])


class FilterForm(FlaskForm):
    """Filters of the request list, read from the query string."""

    class Meta:
        csrf = False

    status = SelectField(_l("Status"), validate_choice=False)
    jurisdiction = SelectField(_l("Country"), validate_choice=False)
    agency = SelectField(_l("Authority"), validate_choice=False)


STATUS_FILTER_OVERDUE = "overdue"
STATUS_FILTER_OPEN = "open"
STATUS_FILTER_CHOICES = [("", _l("All")), (STATUS_FILTER_OPEN, _l("Open")), (STATUS_FILTER_OVERDUE, _l("Overdue"))] + [
    (state.value, state.value.replace("_", " ")) for state in RequestState
]
