"""Countries offered at sign-up (a plain select: the platform never detects location).

The list covers the EEA and the UK (whose digital age of consent differs by
country, see ``DIGITAL_AGE_OF_CONSENT``) and the countries the programmes run
in; "Another country" uses ``DIGITAL_AGE_OF_CONSENT_DEFAULT``.
"""

import datetime

from django.conf import settings
from django.utils.translation import gettext_lazy as _

COUNTRIES = {
    "AR": _("Argentina"),
    "AT": _("Austria"),
    "BD": _("Bangladesh"),
    "BE": _("Belgium"),
    "BG": _("Bulgaria"),
    "BR": _("Brazil"),
    "CA": _("Canada"),
    "CL": _("Chile"),
    "CO": _("Colombia"),
    "CY": _("Cyprus"),
    "CZ": _("Czechia"),
    "DE": _("Germany"),
    "DK": _("Denmark"),
    "DZ": _("Algeria"),
    "EE": _("Estonia"),
    "EG": _("Egypt"),
    "ES": _("Spain"),
    "ET": _("Ethiopia"),
    "FI": _("Finland"),
    "FR": _("France"),
    "GB": _("United Kingdom"),
    "GH": _("Ghana"),
    "GR": _("Greece"),
    "HR": _("Croatia"),
    "HU": _("Hungary"),
    "ID": _("Indonesia"),
    "IE": _("Ireland"),
    "IN": _("India"),
    "IQ": _("Iraq"),
    "IS": _("Iceland"),
    "IT": _("Italy"),
    "JO": _("Jordan"),
    "KE": _("Kenya"),
    "LB": _("Lebanon"),
    "LI": _("Liechtenstein"),
    "LT": _("Lithuania"),
    "LU": _("Luxembourg"),
    "LV": _("Latvia"),
    "MA": _("Morocco"),
    "MT": _("Malta"),
    "MX": _("Mexico"),
    "MZ": _("Mozambique"),
    "NG": _("Nigeria"),
    "NL": _("Netherlands"),
    "NO": _("Norway"),
    "PE": _("Peru"),
    "PH": _("Philippines"),
    "PK": _("Pakistan"),
    "PL": _("Poland"),
    "PS": _("Palestine"),
    "PT": _("Portugal"),
    "RO": _("Romania"),
    "RW": _("Rwanda"),
    "SA": _("Saudi Arabia"),
    "SE": _("Sweden"),
    "SI": _("Slovenia"),
    "SK": _("Slovakia"),
    "SN": _("Senegal"),
    "TN": _("Tunisia"),
    "TZ": _("Tanzania"),
    "UG": _("Uganda"),
    "US": _("United States"),
    "YE": _("Yemen"),
    "ZA": _("South Africa"),
    "ZM": _("Zambia"),
    "ZW": _("Zimbabwe"),
}
OTHER = "ZZ"


def country_choices() -> list[tuple[str, str]]:
    """Return ``(code, name)`` pairs sorted by name in the current language."""
    pairs = sorted(
        ((code, str(name)) for code, name in COUNTRIES.items()), key=lambda p: p[1]
    )
    return [("", _("Choose your country")), *pairs, (OTHER, _("Another country"))]


def age_of_consent(country: str) -> int:
    """The digital age of consent in the country (``DIGITAL_AGE_OF_CONSENT``)."""
    return settings.DIGITAL_AGE_OF_CONSENT.get(
        (country or "").upper(), settings.DIGITAL_AGE_OF_CONSENT_DEFAULT
    )


def is_under_age_of_consent(
    *, birth_year: int, country: str, today: datetime.date | None = None
) -> bool:
    """True if someone born in ``birth_year`` may be under the age of consent.

    Only the year is known, so the person is treated as not yet having had this
    year's birthday: in doubt, the child is protected.
    """
    today = today or datetime.date.today()
    youngest_possible_age = today.year - birth_year - 1
    return youngest_possible_age < age_of_consent(country)
