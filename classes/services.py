"""Writes for schools and classes: classes, co-teachers, students, assignments.

Every change to who may see a child's data (class membership, co-teachers,
school teachers) and every password reset by a teacher is written to the audit
log with ``audit.services.audit_record`` (ids only, never names or passwords),
which also echoes it to the ``elearn.audit`` logger. Other changes are only
logged.
"""

import logging
import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from accounts import roles
from accounts.pictures import picture_password, random_picture_sequence
from audit.models import AuditAction
from audit.services import audit_record

from .models import (
    JOIN_CODE_ALPHABET,
    ClassAssignment,
    ClassMembership,
    School,
    SchoolClass,
)
from .roster import RosterRow

logger = logging.getLogger("elearn.audit")

USERNAME_SUFFIX_ALPHABET = JOIN_CODE_ALPHABET.lower()
USERNAME_SUFFIX_LENGTH = 4
# One-time passwords: four groups of lowercase letters and digits without
# look-alikes, easy to copy from a printed card.
ONE_TIME_PASSWORD_ALPHABET = "acdefghjkmnpqrtuvwxy34679"


@dataclass
class NewLearner:
    """A created or reset account and its secret, shown once and never stored."""

    user: object
    password: str = ""
    pictures: list | None = None


# ---------------------------------------------------------------- classes


def class_create(
    *,
    teacher,
    school: School,
    name: str,
    grade: str = "",
    language: str = "en",
    academic_year: str = "",
) -> SchoolClass:
    school_class = SchoolClass(
        school=school,
        name=name,
        grade=grade,
        language=language,
        academic_year=academic_year,
    )
    school_class.full_clean()
    with transaction.atomic():
        school_class.save()
        school_class.teachers.add(teacher)
    logger.info(
        "class created class=%s school=%s by=%s", school_class.pk, school.pk, teacher.pk
    )
    return school_class


def class_update(*, school_class: SchoolClass, by, **fields) -> SchoolClass:
    allowed = {"name", "grade", "language", "academic_year"}
    for key, value in fields.items():
        if key not in allowed:
            raise TypeError(f"class_update() cannot change {key!r}")
        setattr(school_class, key, value)
    school_class.full_clean()
    school_class.save(update_fields=[*fields])
    return school_class


def class_set_archived(*, school_class: SchoolClass, archived: bool, by) -> SchoolClass:
    """Archive a class at year end (its join code stops working) or restore it."""
    school_class.archived = archived
    school_class.save(update_fields=["archived"])
    logger.info(
        "class %s class=%s by=%s",
        "archived" if archived else "restored",
        school_class.pk,
        by.pk,
    )
    return school_class


def _find_adult(identifier: str):
    identifier = identifier.strip()
    if not identifier:
        return None
    return (
        get_user_model()
        .objects.filter(is_child_account=False, is_active=True)
        .filter(Q(username__iexact=identifier) | Q(email__iexact=identifier))
        .first()
    )


def class_add_co_teacher(*, school_class: SchoolClass, identifier: str, by):
    """Add an existing teacher of the same school, found by username or e-mail.

    Raises ``ValidationError`` with one message for "no such teacher here", so
    the form does not reveal which accounts exist elsewhere.
    """
    user = _find_adult(identifier)
    if user is None or not school_class.school.teachers.filter(pk=user.pk).exists():
        raise ValidationError(
            _("No teacher of %(school)s has that username or e-mail.")
            % {"school": school_class.school.name}
        )
    with transaction.atomic():
        school_class.teachers.add(user)
        audit_record(
            action=AuditAction.CLASS_MEMBERSHIP_CHANGED,
            actor=by,
            target=school_class,
            change="teacher_added",
            user_id=user.pk,
        )
    return user


def class_remove_teacher(*, school_class: SchoolClass, teacher, by) -> None:
    if school_class.teachers.count() <= 1:
        raise ValidationError(_("A class needs at least one teacher."))
    with transaction.atomic():
        school_class.teachers.remove(teacher)
        audit_record(
            action=AuditAction.CLASS_MEMBERSHIP_CHANGED,
            actor=by,
            target=school_class,
            change="teacher_removed",
            user_id=teacher.pk,
        )


def school_add_teacher(*, school: School, identifier: str, by):
    """School administrators add an existing adult account as a teacher."""
    user = _find_adult(identifier)
    if user is None:
        raise ValidationError(_("No adult account has that username or e-mail."))
    with transaction.atomic():
        school.teachers.add(user)
        user.groups.add(roles.group(roles.TEACHER))
        audit_record(
            action=AuditAction.SCHOOL_STAFF_CHANGED,
            actor=by,
            target=school,
            change="teacher_added",
            user_id=user.pk,
        )
    return user


def school_remove_teacher(*, school: School, teacher, by) -> None:
    """Remove a teacher from the school and from all its classes."""
    sole = (
        SchoolClass.objects.filter(school=school, teachers=teacher)
        .exclude(teachers__in=school.teachers.exclude(pk=teacher.pk))
        .filter(archived=False)
    )
    if sole.exists():
        raise ValidationError(
            _("Give these classes another teacher first: %(names)s.")
            % {"names": ", ".join(c.name for c in sole)}
        )
    with transaction.atomic():
        school.teachers.remove(teacher)
        for school_class in SchoolClass.objects.filter(school=school, teachers=teacher):
            school_class.teachers.remove(teacher)
        audit_record(
            action=AuditAction.SCHOOL_STAFF_CHANGED,
            actor=by,
            target=school,
            change="teacher_removed",
            user_id=teacher.pk,
        )


# ---------------------------------------------------------------- joining


def normalise_join_code(raw: str) -> str:
    """Upper-case and drop spaces and hyphens: ' ac de-fg ' -> 'ACDEFG'."""
    return "".join(ch for ch in (raw or "").upper() if ch not in " -\t\n")


def class_for_join_code(raw: str) -> SchoolClass | None:
    code = normalise_join_code(raw)
    if not code or any(ch not in JOIN_CODE_ALPHABET for ch in code):
        return None
    return (
        SchoolClass.objects.select_related("school")
        .filter(join_code=code, archived=False)
        .first()
    )


def username_generate(display_name: str) -> str:
    """Return an unused username from the display name and a random suffix."""
    User = get_user_model()
    base = slugify(display_name)[:12].strip("-") or "learner"
    for _attempt in range(20):
        suffix = "".join(
            secrets.choice(USERNAME_SUFFIX_ALPHABET)
            for _ in range(USERNAME_SUFFIX_LENGTH)
        )
        username = f"{base}-{suffix}"
        if not User.objects.filter(username__iexact=username).exists():
            return username
    raise RuntimeError("could not find a free username")  # pragma: no cover


def one_time_password() -> str:
    groups = [
        "".join(secrets.choice(ONE_TIME_PASSWORD_ALPHABET) for _ in range(4))
        for _ in range(3)
    ]
    return "-".join(groups)


def learner_create(
    *,
    school_class: SchoolClass,
    display_name: str,
    password: str = "",
    pictures: list[str] | None = None,
    gender: str = "",
    birth_year: int | None = None,
    created_by=None,
    language: str = "",
) -> NewLearner:
    """Create a child account (no e-mail) in the class.

    Give ``password`` or ``pictures`` (an ordered list of picture keys). The
    secret is hashed by ``set_password``; the returned ``NewLearner`` carries it
    so it can be shown once. The account's language is ``language`` (the one
    the child joined in) or else the class's. The school's consent is recorded,
    given by ``created_by`` (the teacher) or, for a class code, by nobody in
    person.
    """
    from accounts.models import ConsentBasis
    from accounts.services import consent_record

    User = get_user_model()
    user = User(
        username=username_generate(display_name),
        display_name=display_name,
        gender=gender,
        birth_year=birth_year,
        is_child_account=True,
        uses_picture_password=bool(pictures),
        preferred_language=language or school_class.language,
    )
    secret = picture_password(pictures) if pictures else password
    if not secret:
        raise ValueError("learner_create() needs a password or pictures")
    user.set_password(secret)
    user.full_clean(exclude=["password"])
    with transaction.atomic():
        user.save()
        ClassMembership.objects.create(school_class=school_class, learner=user)
        consent_record(
            subject=user,
            basis=ConsentBasis.SCHOOL,
            given_by=created_by,
            school=school_class.school,
        )
    return NewLearner(user=user, password=password, pictures=pictures)


def learner_join(
    *,
    school_class: SchoolClass,
    display_name: str,
    password: str = "",
    pictures: list[str] | None = None,
    language: str = "",
) -> NewLearner:
    with transaction.atomic():
        new = learner_create(
            school_class=school_class,
            display_name=display_name,
            password=password,
            pictures=pictures,
            language=language,
        )
        audit_record(
            action=AuditAction.CLASS_MEMBERSHIP_CHANGED,
            actor=new.user,
            target=school_class,
            change="learner_joined",
            user_id=new.user.pk,
        )
    return new


def roster_import(
    *, school_class: SchoolClass, rows: list[RosterRow], pictures: bool, by
) -> list[NewLearner]:
    """Create one account per roster row, all or nothing.

    Each account gets a one-time password (or a random picture sequence) to print
    on a login card. Raises on any failure, leaving nothing created.
    """
    created = []
    with transaction.atomic():
        for row in rows:
            created.append(
                learner_create(
                    school_class=school_class,
                    display_name=row.display_name,
                    gender=row.gender,
                    birth_year=row.birth_year,
                    password="" if pictures else one_time_password(),
                    pictures=random_picture_sequence() if pictures else None,
                    created_by=by,
                )
            )
        audit_record(
            action=AuditAction.CLASS_MEMBERSHIP_CHANGED,
            actor=by,
            target=school_class,
            change="roster_imported",
            user_ids=[new.user.pk for new in created],
        )
    return created


def learner_reset_password(*, learner, pictures: bool, by) -> NewLearner:
    """Give a child a new one-time password or picture sequence; log who did it."""
    if not learner.is_child_account:
        raise ValidationError(_("Only students' passwords can be reset here."))
    sequence = random_picture_sequence() if pictures else None
    password = "" if pictures else one_time_password()
    learner.set_password(picture_password(sequence) if pictures else password)
    learner.uses_picture_password = pictures
    with transaction.atomic():
        learner.save(update_fields=["password", "uses_picture_password"])
        audit_record(
            action=AuditAction.PASSWORD_RESET_BY_TEACHER,
            actor=by,
            target=learner,
            kind="pictures" if pictures else "password",
        )
    return NewLearner(user=learner, password=password, pictures=sequence)


def learner_move(*, learner, from_class: SchoolClass, to_class: SchoolClass, by):
    """Move a student's membership to another class.

    Attempts keep the class they were taken in (``Attempt.school_class``), so
    past results stay with the class that produced them; new attempts go to the
    new class.
    """
    if from_class.pk == to_class.pk:
        raise ValidationError(_("The student is already in this class."))
    if to_class.archived:
        raise ValidationError(_("You cannot move a student into an archived class."))
    with transaction.atomic():
        membership = ClassMembership.objects.select_for_update().get(
            school_class=from_class, learner=learner
        )
        if ClassMembership.objects.filter(
            school_class=to_class, learner=learner
        ).exists():
            membership.delete()
        else:
            membership.school_class = to_class
            membership.joined_at = timezone.now()
            membership.save(update_fields=["school_class", "joined_at"])
        audit_record(
            action=AuditAction.CLASS_MEMBERSHIP_CHANGED,
            actor=by,
            target=learner,
            change="learner_moved",
            from_class_id=from_class.pk,
            to_class_id=to_class.pk,
        )


# ---------------------------------------------------------------- assignments


def assignment_set(
    *, school_class: SchoolClass, course, due_date=None, by
) -> ClassAssignment:
    """Assign a course to the class, or change its due date."""
    assignment, _created = ClassAssignment.objects.update_or_create(
        school_class=school_class, course=course, defaults={"due_date": due_date}
    )
    logger.info(
        "course assigned class=%s course=%s by=%s", school_class.pk, course.pk, by.pk
    )
    return assignment


def assignment_remove(*, school_class: SchoolClass, course, by) -> None:
    ClassAssignment.objects.filter(school_class=school_class, course=course).delete()
    logger.info(
        "course unassigned class=%s course=%s by=%s", school_class.pk, course.pk, by.pk
    )


def survey_waves_stamp(*, programme) -> int:
    """Stamp the programme's handed-in attempts that have no survey wave yet.

    For waves defined after the data came in (or assignments given a wave
    later): each attempt gets the wave ``survey_wave_id_for`` finds. Attempts
    already stamped keep their wave. Returns the number stamped.
    """
    from assessments.models import Attempt

    from .selectors import survey_wave_id_for

    stamped = 0
    attempts = Attempt.objects.filter(
        school__programme=programme,
        submitted_at__isnull=False,
        survey_wave__isnull=True,
    ).only("pk", "school_id", "school_class_id", "course_key", "submitted_at")
    for attempt in attempts.iterator(chunk_size=500):
        wave_id = survey_wave_id_for(attempt=attempt)
        if wave_id:
            Attempt.objects.filter(pk=attempt.pk).update(survey_wave_id=wave_id)
            stamped += 1
    logger.info("survey waves stamped programme=%s attempts=%s", programme.pk, stamped)
    return stamped
