"""Survey waves: which round of data collection a handed-in test belongs to."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from assessments.models import Attempt
from classes.models import ClassAssignment, SurveyWave
from classes.services import survey_waves_stamp
from tests.classes.helpers import WEAK, take_test
from tests.factories import make_class, make_teacher

pytestmark = pytest.mark.django_db


def wave(programme, code, start_days, end_days):
    today = timezone.localdate()
    return SurveyWave.objects.create(
        programme=programme,
        code=code,
        name=f"Wave {code}",
        starts_on=today + dt.timedelta(days=start_days),
        ends_on=today + dt.timedelta(days=end_days),
    )


class TestSurveyWaveStamp:
    def test_hand_in_is_stamped_with_the_wave_of_its_date(self, course):
        school_class = make_class(teacher=make_teacher(), learners=1, course=course)
        programme = school_class.school.programme
        wave(programme, "old", -400, -300)
        current = wave(programme, "now", -10, 10)
        attempt = take_test(school_class.learners.get(), course, "pre", WEAK)
        assert attempt.survey_wave == current

    def test_the_class_assignment_wave_comes_before_the_dates(self, course):
        school_class = make_class(teacher=make_teacher(), learners=1, course=course)
        programme = school_class.school.programme
        wave(programme, "now", -10, 10)
        pilot = wave(programme, "pilot", -400, -300)
        ClassAssignment.objects.filter(school_class=school_class).update(
            survey_wave=pilot
        )
        attempt = take_test(school_class.learners.get(), course, "pre", WEAK)
        assert attempt.survey_wave == pilot

    def test_no_wave_when_none_covers_the_date(self, course):
        school_class = make_class(teacher=make_teacher(), learners=1, course=course)
        wave(school_class.school.programme, "old", -400, -300)
        attempt = take_test(school_class.learners.get(), course, "pre", WEAK)
        assert attempt.survey_wave is None

    def test_waves_defined_later_stamp_earlier_attempts(self, course):
        school_class = make_class(teacher=make_teacher(), learners=2, course=course)
        for learner in school_class.learners.all():
            take_test(learner, course, "pre", WEAK)
        assert not Attempt.objects.filter(survey_wave__isnull=False).exists()
        baseline = wave(school_class.school.programme, "baseline", -5, 5)
        assert survey_waves_stamp(programme=school_class.school.programme) == 2
        assert set(Attempt.objects.values_list("survey_wave", flat=True)) == {
            baseline.pk
        }
        # already stamped attempts keep their wave
        assert survey_waves_stamp(programme=school_class.school.programme) == 0


class TestSurveyWaveModel:
    def test_dates_may_not_overlap_within_a_programme(self, course):
        school_class = make_class(teacher=make_teacher(), learners=1, course=course)
        programme = school_class.school.programme
        wave(programme, "a", 0, 30)
        today = timezone.localdate()
        clash = SurveyWave(
            programme=programme,
            code="b",
            name="B",
            starts_on=today + dt.timedelta(days=20),
            ends_on=today + dt.timedelta(days=60),
        )
        with pytest.raises(ValidationError, match="overlap"):
            clash.full_clean()
        backwards = SurveyWave(
            programme=programme,
            code="c",
            name="C",
            starts_on=today + dt.timedelta(days=90),
            ends_on=today + dt.timedelta(days=80),
        )
        with pytest.raises(ValidationError, match="before the start"):
            backwards.full_clean()
