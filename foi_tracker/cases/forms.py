"""Forms of the case screens. They validate input, and services.cases changes state."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from ..models import CaseType

CASE_TYPE_LABELS = {
    CaseType.TRAFFICKING: _l("Trafficking in human beings"),
    CaseType.CORRUPTION: _l("Corruption"),
}
AGE_BAND_CHOICES = [
    ("", _l("— not recorded —")),
    ("0-13", "0–13"),
    ("14-15", "14–15"),
    ("16-17", "16–17"),
    ("18-24", "18–24"),
    ("25-34", "25–34"),
    ("35-49", "35–49"),
    ("50+", "50+"),
    ("unknown", _l("unknown")),
]
GENDER_CHOICES = [
    ("", _l("— not recorded —")),
    ("female", _l("female")),
    ("male", _l("male")),
    ("other", _l("other")),
    ("unknown", _l("unknown")),
]

# Free-text fields checked for names and identity numbers before saving.
CHECKED_FIELDS = (
    "reference",
    "region",
    "court_file_number",
    "prosecution_file_number",
    "victim_citizenship",
    "exploitation_form",
    "summary",
)


class CaseForm(FlaskForm):
    """Create or edit a case. Only pseudonymised facts: no names, no identity numbers."""

    reference = StringField(
        _l("Internal reference"),
        validators=[
            DataRequired(message=_l("Give the case an internal reference, without victims' names.")),
            Length(max=60, message=_l("Keep the reference under 60 characters.")),
        ],
    )
    case_type = SelectField(
        _l("Type"), choices=[(member.value, label) for member, label in CASE_TYPE_LABELS.items()]
    )
    region = StringField(_l("Region"), validators=[Optional(), Length(max=120)])
    court_file_number = StringField(_l("Court file number"), validators=[Optional(), Length(max=120)])
    prosecution_file_number = StringField(
        _l("Prosecution file number"), validators=[Optional(), Length(max=120)]
    )
    victim_age_band = SelectField(_l("Victim's age band"), choices=AGE_BAND_CHOICES)
    victim_gender = SelectField(_l("Victim's gender"), choices=GENDER_CHOICES)
    victim_citizenship = StringField(_l("Victim's citizenship"), validators=[Optional(), Length(max=60)])
    exploitation_form = StringField(
        _l("Form of exploitation"), validators=[Optional(), Length(max=120)]
    )
    summary = TextAreaField(
        _l("Summary"), validators=[Optional(), Length(max=10000, message=_l("Keep the summary under 10,000 characters."))]
    )
    # The version the form was loaded from, so a save over someone else's is detected.
    # Rendered as a hidden input by the template.
    version = IntegerField(validators=[Optional()])
    # Carries the digest of the personal-data findings the user confirmed.
    personal_data_confirmed = StringField(validators=[Optional(), Length(max=64)])

    def checked_texts(self) -> dict[str, str]:
        """Return the free-text values to check for personal data, by field name."""
        return {name: getattr(self, name).data or "" for name in CHECKED_FIELDS}


class EraseForm(FlaskForm):
    """Confirm the erasure of a case's victim fields and summary by typing its reference."""

    confirm_reference = StringField(
        _l("Type the case reference to confirm"),
        validators=[DataRequired(message=_l("Type the case reference to confirm the erasure."))],
    )
