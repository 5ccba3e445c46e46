"""Reports and exports read from the replica alias when one is configured.

The test settings define ``replica`` as a TEST MIRROR of ``default``: the same
test database under a second alias, as a streaming replica would be. The
tests that read through it are transactional (the mirror sees only committed
rows), so they live in this file, away from savepoint-based tests.
"""

import pytest
from django.db import connections

from assessments.exports import ExportScope, scoped_attempts
from assessments.services import attempt_get_or_start, attempt_save_answers
from elearn.db_router import ReplicaRouter, reporting_db
from tests.factories import make_class, make_teacher


class TestReportingDb:
    def test_default_without_a_replica(self, settings):
        settings.REPORTING_DATABASE = "default"
        assert reporting_db() == "default"

    def test_replica_when_configured(self, settings):
        settings.REPORTING_DATABASE = "replica"
        assert reporting_db() == "replica"

    def test_unknown_alias_falls_back_to_default(self, settings):
        settings.REPORTING_DATABASE = "nowhere"
        assert reporting_db() == "default"


class TestReplicaRouter:
    def test_never_migrates_the_replica(self):
        router = ReplicaRouter()
        assert router.allow_migrate("replica", "assessments") is False
        assert router.allow_migrate("default", "assessments") is None

    def test_writes_go_to_the_primary(self):
        assert ReplicaRouter().db_for_write(object) == "default"
        assert ReplicaRouter().db_for_read(object) is None


@pytest.mark.django_db(
    databases=["default", "replica"], transaction=True, serialized_rollback=True
)
class TestExportReadsFromReplica:
    def _answers(self, course):
        school_class = make_class(teacher=make_teacher(), learners=2, course=course)
        for membership in school_class.memberships.all():
            attempt = attempt_get_or_start(
                learner=membership.learner, course=course, phase="pre", language="en"
            )
            first = attempt.instrument.get_items().first()
            attempt_save_answers(attempt=attempt, answers={first.pk: "B"})
        return school_class.school.programme

    def test_scoped_attempts_use_the_replica(self, settings, committed_course):
        programme = self._answers(committed_course)
        settings.REPORTING_DATABASE = "replica"
        queryset = scoped_attempts(ExportScope(programme_id=programme.pk))
        assert queryset.db == "replica"
        assert connections["replica"].settings_dict["TEST"]["MIRROR"] == "default"
        assert len(list(queryset)) == 2

    def test_scoped_attempts_use_the_primary_by_default(
        self, settings, committed_course
    ):
        programme = self._answers(committed_course)
        settings.REPORTING_DATABASE = "default"
        queryset = scoped_attempts(ExportScope(programme_id=programme.pk))
        assert queryset.db == "default"
        assert len(list(queryset)) == 2


@pytest.mark.django_db(
    databases=["default", "replica"], transaction=True, serialized_rollback=True
)
def test_readiness_checks_the_replica_when_reports_read_from_it(settings):
    from ops.checks import readiness

    settings.CELERY_BROKER_URL = ""
    settings.REPORTING_DATABASE = "replica"
    ready, checks = readiness()
    assert ready is True
    assert checks["database_replica"]["ok"] is True
