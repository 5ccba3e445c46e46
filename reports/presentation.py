"""Turn the report dict into what the templates show: labels, charts, HTML, PDF.

Used by the report page, its downloads and ``manage.py kap_report`` so the
three always show the same figures.
"""

from __future__ import annotations

from typing import Any

from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from . import charts


def dimension_labels() -> dict[str, str]:
    return {
        "gender": _("Gender"),
        "age_band": _("Age band"),
        "audience": _("Audience"),
        "language": _("Language"),
        "school": _("School"),
        "class": _("Class"),
        "region": _("Country and region"),
        "survey_wave": _("Survey wave"),
    }


def change_bin_labels() -> dict[str, str]:
    return {
        "le_-25": _("down 25 or more"),
        "-25_-10": _("down 10 to 25"),
        "-10_0": _("down less than 10"),
        "0": _("no change"),
        "0_10": _("up less than 10"),
        "10_25": _("up 10 to 25"),
        "ge_25": _("up 25 or more"),
    }


def subscale_label(key: str, domain_labels: dict[str, str]) -> str:
    domain, _sep, name = key.partition(":")
    return f"{domain_labels.get(domain, domain)}: {name.replace('_', ' ')}"


def reason_groups(null_reasons: dict[str, str]) -> list[dict[str, Any]]:
    """``null_reasons`` grouped by reason, in first-seen order: one line per
    reason listing its keys, instead of the same reason repeated per key (an
    ordinal summary leaves a dozen mean-based keys null for one reason)."""
    groups: dict[str, list[str]] = {}
    for key, reason in null_reasons.items():
        groups.setdefault(reason, []).append(key)
    return [{"reason": reason, "keys": keys} for reason, keys in groups.items()]


def report_context(report: dict[str, Any]) -> dict[str, Any]:
    """Return the template context for ``templates/reports/includes/body.html``."""
    k = report["small_cell_threshold"]
    suppressed_label = _("fewer than %(k)s") % {"k": k}
    domain_labels = report["domain_labels"]
    pre_label, post_label = _("Pre-test"), _("Post-test")

    ordinal_domains = set(report.get("ordinal_domains", ()))
    domains = []
    for key, entry in report["domains"].items():
        summary = entry["summary"]
        domains.append(
            {
                "key": key,
                "label": domain_labels.get(key, key),
                "summary": summary,
                "matching": entry["matching"],
                "mean_ci95": entry["mean_ci95"],
                "suppressed": summary.get("suppressed", False),
                "ordinal": key in ordinal_domains,
                "reason_groups": reason_groups(summary.get("null_reasons", {})),
            }
        )
    pre_post_svg = charts.pre_post_chart(
        [
            {
                "label": d["label"],
                "pre": d["summary"].get("pre_mean"),
                "post": d["summary"].get("post_mean"),
                "pre_ci": d["mean_ci95"]["pre"],
                "post_ci": d["mean_ci95"]["post"],
                "suppressed": d["suppressed"],
            }
            for d in domains
        ],
        chart_id="chart-pre-post",
        title=_("Mean score before and after, per domain (0-100)"),
        desc=_(
            # "95% c" is a percent sign, not a format directive (msgfmt --check).
            # xgettext:no-python-format
            "Grey bars: pre-test mean; blue bars: post-test mean, of learners "
            "who took both tests. Whiskers: 95% confidence interval of each "
            "mean. The same numbers are in the table below the chart."
        ),
        pre_label=pre_label,
        post_label=post_label,
        suppressed_label=suppressed_label,
    )

    bin_labels = change_bin_labels()
    changes = []
    for key, entry in report["change_distribution"].items():
        label = domain_labels.get(key, key)
        bins = [b | {"label": bin_labels[b["bin"]]} for b in entry["bins"]]
        svg = None
        if not entry.get("suppressed"):
            svg = charts.change_chart(
                bins,
                chart_id=f"chart-change-{key}",
                title=_("%(domain)s: change per learner (post minus pre)")
                % {"domain": label},
                desc=_(
                    "Number of learners in each band of change, in points on "
                    "the 0-100 scale. Hatched bars: fewer than %(k)s learners, "
                    "number not shown."
                )
                % {"k": k},
                suppressed_label=suppressed_label,
            )
        changes.append(
            {
                "key": key,
                "label": label,
                "bins": bins,
                "svg": svg,
                "n": entry.get("n"),
                "suppressed": entry.get("suppressed"),
            }
        )

    instruments = []
    for block in report["instruments"]:
        svg = None
        if block["items"]:
            svg = charts.difficulty_chart(
                [
                    {
                        "label": item["code"],
                        "pre": item["difficulty_pre"]["difficulty"],
                        "post": item["difficulty_post"]["difficulty"],
                    }
                    for item in block["items"]
                ],
                chart_id=f"chart-items-{len(instruments)}",
                title=_("%(instrument)s: item mean score before and after")
                % {"instrument": block["instrument"]},
                desc=_(
                    "For each question, the grey dot is the share answering "
                    "correctly (or the mean item score for scales) on the "
                    "pre-test and the blue square on the post-test. The "
                    "item-analysis table gives the same numbers."
                ),
                pre_label=pre_label,
                post_label=post_label,
            )
        instruments.append(block | {"svg": svg})

    dim_labels = dimension_labels()
    disaggregation = []
    for key, rows in report["disaggregation"].items():
        title = " × ".join(
            dim_labels.get(part)
            or _("Answer to %(question)s") % {"question": part.removeprefix("q:")}
            for part in key.split("+")
        )
        disaggregation.append({"key": key, "title": title, "rows": rows})

    subscales = [
        {
            "key": key,
            "label": subscale_label(key, domain_labels),
            "ordinal": key.partition(":")[0] in ordinal_domains,
        }
        | entry
        for key, entry in report["subscales"].items()
    ]
    return {
        "report": report,
        "k": k,
        "domains": domains,
        "domain_keys": [d["key"] for d in domains],
        "ordinal_domains": ordinal_domains,
        "group_colspan": 1 + 3 * len(domains),
        "domain_labels": domain_labels,
        "pre_post_svg": pre_post_svg,
        "changes": changes,
        "subscales": subscales,
        "instruments": instruments,
        "disaggregation": disaggregation,
        "attrition": report["attrition"],
        "versions": report.get("versions", []),
    }


def render_standalone(report: dict[str, Any], *, title: str, filters_text: str) -> str:
    """The report as one self-contained HTML document (inline CSS, inline SVG)."""
    context = report_context(report) | {"title": title, "filters_text": filters_text}
    return render_to_string("reports/report_standalone.html", context)


class PdfUnavailable(RuntimeError):
    """WeasyPrint or its system libraries (Pango) are not installed."""


def render_pdf(html: str) -> bytes:
    """Render the standalone HTML to PDF with WeasyPrint."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as error:  # OSError: Pango missing
        raise PdfUnavailable(str(error)) from error
    return HTML(string=html).write_pdf()
