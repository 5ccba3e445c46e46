"""Export results from the command line (for scheduled exports).

Takes the same scope, dataset and format options as the exports page, checks
them with the same form, and builds the file through the same service, so the
export is recorded in the same audit log (``ExportJob``, origin "command").
"""

import shutil
import uuid

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from assessments.export_forms import ExportForm
from assessments.exports import GROUP_BY_CHOICES, Dataset, FileFormat
from assessments.models import ExportStatus
from assessments.services_exports import (
    export_job_create,
    export_job_downloaded,
    export_job_run,
    export_storage,
)
from classes.models import Programme


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


class Command(BaseCommand):
    help = "Build a pseudonymised results export (same options as the exports page)."

    def add_arguments(self, parser):
        parser.add_argument("--programme", required=True, help="programme slug")
        parser.add_argument(
            "--user",
            required=True,
            help="username of the programme staff member the export is made for "
            "(recorded in the audit log; must be allowed to export the programme)",
        )
        parser.add_argument(
            "--dataset",
            default=Dataset.RESPONSES_LONG,
            choices=[code for code, _label in Dataset.CHOICES],
        )
        parser.add_argument(
            "--format",
            dest="file_format",
            default=FileFormat.CSV,
            choices=[code for code, _label in FileFormat.CHOICES],
        )
        parser.add_argument("--country", default="")
        parser.add_argument("--region", default="")
        parser.add_argument("--school", default="", help="school id")
        parser.add_argument("--class", dest="school_class", default="", help="class id")
        parser.add_argument(
            "--course", default="", help="course translation key or slug"
        )
        parser.add_argument("--instrument", default="", help="instrument code")
        parser.add_argument("--phase", default="")
        parser.add_argument("--language", default="")
        parser.add_argument("--wave", default="", help="survey wave code")
        parser.add_argument("--date-from", default="", help="YYYY-MM-DD")
        parser.add_argument("--date-to", default="", help="YYYY-MM-DD")
        parser.add_argument(
            "--demographics", action="store_true", help="add gender and age band"
        )
        parser.add_argument(
            "--group-by",
            default="school",
            choices=[code for code, _label in GROUP_BY_CHOICES],
        )
        parser.add_argument(
            "--output", default="", help="also copy the file to this path"
        )

    def handle(self, *args, **options):
        from courses.models import CoursePage

        user = get_user_model().objects.filter(username=options["user"]).first()
        programme = Programme.objects.filter(slug=options["programme"]).first()
        if user is None or programme is None:
            raise CommandError("Unknown user or programme.")
        course = options["course"]
        if course and not _is_uuid(course):
            page = CoursePage.objects.filter(slug=course).order_by("pk").first()
            if page is None:
                raise CommandError(f"Unknown course: {course}")
            course = str(page.translation_key)
        data = {
            "programme": programme.pk,
            "dataset": options["dataset"],
            "file_format": options["file_format"],
            "country": options["country"],
            "region": options["region"],
            "school": options["school"],
            "school_class": options["school_class"],
            "course": course,
            "instrument": options["instrument"],
            "phase": options["phase"],
            "language": options["language"],
            "survey_wave": options["wave"],
            "date_from": options["date_from"],
            "date_to": options["date_to"],
            "group_by": options["group_by"],
        }
        if options["demographics"]:
            data["demographics"] = "on"
        form = ExportForm(data, user=user)
        if not form.is_valid():
            problems = "; ".join(
                f"{field}: {' '.join(errors)}" for field, errors in form.errors.items()
            )
            raise CommandError(f"Invalid export options: {problems}")
        job = export_job_create(
            user=user,
            programme=programme,
            dataset=form.cleaned_data["dataset"],
            file_format=form.cleaned_data["file_format"],
            params=form.scope().as_params(),
            origin="command",
            enqueue=False,
        )
        job = export_job_run(job_id=job.pk)
        if job.status != ExportStatus.DONE:
            raise CommandError(f"Export {job.pk} failed: {job.error}")
        if options["output"]:
            with export_storage().open(job.file_name, "rb") as source:
                with open(options["output"], "wb") as target:
                    shutil.copyfileobj(source, target)
            export_job_downloaded(job=job, user=user, part="data", channel="command")
        self.stdout.write(
            f"Export {job.pk}: {job.rows_done} rows, sha256 {job.sha256}, "
            f"stored as {job.file_name}, expires {job.expires_at:%Y-%m-%d}"
        )
