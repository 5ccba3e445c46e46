"""Seed the demo: page tree, five courses, helplines, a school, classes, results.

Idempotent: running it again creates only what is missing.

    ./manage.py seed_demo --seed 1 --learners 30
"""

import random

from django.core.management import call_command
from django.core.management.base import BaseCommand

from courses.services import (
    course_handout_ensure,
    demo_illustrations_ensure,
    review_workflow_ensure,
)
from home import demo, demo_translations
from home.demo_content.helplines import HELPLINES

DEMO_PASSWORD = "safe-online-demo"


class Command(BaseCommand):
    help = "Create (or complete) the demo content, users and results."

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--learners", type=int, default=30)
        parser.add_argument(
            "--no-results", action="store_true", help="Do not simulate test results."
        )
        parser.add_argument("--quiet-logins", action="store_true")

    def handle(self, *args, seed, learners, no_results, quiet_logins, **options):
        rng = random.Random(seed)
        locale = demo.ensure_locales()
        home = demo.ensure_home(locale)
        index = demo.ensure_course_index(home)
        review_workflow_ensure(catalogue=index)
        demo.ensure_helplines(HELPLINES, locale)
        demo_translations.seed_helpline_translations()
        courses = []
        for module in demo.COURSE_MODULES:
            data = demo.load_course_data(module)
            if data is None:
                self.stderr.write(f"Skipping missing demo course module {module}")
                continue
            courses.append(demo.ensure_course(index, data, locale=locale))
            course_handout_ensure(course=courses[-1])
            demo_illustrations_ensure(course=courses[-1])
        translated = demo_translations.seed_course_translations(index)
        if translated:
            self.stdout.write(f"Demo course translations: {translated}")
        # Again, now that the catalogue has translations: they are reviewed too.
        review_workflow_ensure(catalogue=index)
        setup = demo.ensure_school_and_classes(
            rng=rng, courses=courses, learners=learners, password=DEMO_PASSWORD
        )
        made = 0
        if not no_results:
            for students, course in setup["classes"].values():
                made += demo.simulate_class_results(
                    rng=rng, students=students, course=course
                )
        demo.ensure_user(
            "admin",
            password=DEMO_PASSWORD,
            display_name="Site admin",
            email="admin@example.org",
            is_staff=True,
            is_superuser=True,
        )
        call_command("update_index", verbosity=0)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo ready: {len(courses)} courses, {made} new test attempts."
            )
        )
        if not quiet_logins:
            self.stdout.write(
                f"\nDemo logins (password for all: {DEMO_PASSWORD})\n"
                f"  learner          g6b-01 … g6b-{learners:02d} (class Grade 6 Blue)\n"
                "  teacher          teacher   (teacher2 has another class)\n"
                "  programme staff  evaluator\n"
                "  content editor   editor\n"
                "  site admin       admin     (/admin/ and /django-admin/)\n"
            )
