from django.conf import settings


def test_beat_schedule_keeps_every_periodic_task():
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert {
        "assessments.export_jobs_expire",
        "assessments.follow_up_reminders_send",
        "ops.beat_heartbeat",
        "courses.pages_publish_scheduled",
        "accounts.child_accounts_anonymise",
        "courses.certificates_requeue",
    } <= tasks
