import pytest
from django.db import DatabaseError, connection, transaction

from audit.models import AppendOnlyError, AuditAction, AuditEvent
from audit.services import audit_record
from tests.factories import make_user

pytestmark = pytest.mark.django_db


class TestAuditRecord:
    def test_records_actor_target_and_details(self):
        teacher = make_user("t-audit")
        learner = make_user("l-audit")
        event = audit_record(
            action=AuditAction.PASSWORD_RESET_BY_TEACHER,
            actor=teacher,
            target=learner,
            school_class=4,
        )
        event.refresh_from_db()
        assert event.action == "password.reset_by_teacher"
        assert event.actor_id == teacher.pk
        assert (event.target_type, event.target_id) == (
            "accounts.user",
            str(learner.pk),
        )
        assert event.details == {"school_class": 4}

    def test_refuses_personal_data_in_details(self):
        with pytest.raises(ValueError, match="email"):
            audit_record(action=AuditAction.DATA_DELETED, email="a@example.org")
        assert not AuditEvent.objects.exists()

    def test_history_survives_deleting_the_user(self):
        learner = make_user("l-gone")
        audit_record(action=AuditAction.DATA_DELETED, target=learner)
        learner_pk = learner.pk
        learner.delete()
        assert AuditEvent.objects.get().target_id == str(learner_pk)

    def test_logs_to_the_audit_logger(self, caplog):
        with caplog.at_level("INFO", logger="elearn.audit"):
            audit_record(
                action=AuditAction.ROLE_CHANGED, target_type="group", target_id=3
            )
        assert "role.changed actor=system target=group:3" in caplog.text


class TestAppendOnly:
    def test_orm_refuses_update_and_delete(self):
        event = audit_record(action=AuditAction.ROLE_CHANGED)
        event.details = {"tampered": True}
        with pytest.raises(AppendOnlyError):
            event.save()
        with pytest.raises(AppendOnlyError):
            event.delete()
        with pytest.raises(AppendOnlyError):
            AuditEvent.objects.all().update(action="x")
        with pytest.raises(AppendOnlyError):
            AuditEvent.objects.all().delete()
        assert AuditEvent.objects.get().details == {}

    @pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the trigger is PostgreSQL-only"
    )
    def test_database_refuses_raw_update_and_delete(self):
        audit_record(action=AuditAction.ROLE_CHANGED)
        for sql in (
            "UPDATE audit_auditevent SET action = 'x'",
            "DELETE FROM audit_auditevent",
        ):
            with pytest.raises(DatabaseError, match="append-only"):
                with transaction.atomic(), connection.cursor() as cursor:
                    cursor.execute(sql)
        assert AuditEvent.objects.get().action == "role.changed"
