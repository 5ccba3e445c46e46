"""Celery application.

Without ``CELERY_BROKER_URL`` the settings run every task eagerly, in-process, so
the platform works on a laptop with nothing but Python. With a broker (Redis in
production) tasks go to ``make worker`` processes.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearn.settings.dev")

app = Celery("elearn")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
