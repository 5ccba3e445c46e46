"""Writes about accounts: consent, parent consent requests, deletion, retention.

Every consent given or withdrawn, every deletion and every anonymisation is
written to the audit log (ids only). What is kept and why is documented in
``docs/privacy.md``.
"""

import datetime
import hashlib
import secrets
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.models import AuditAction
from audit.services import audit_record

from . import roles
from .models import ConsentBasis, ConsentRecord, ParentConsentRequest

# ---------------------------------------------------------------- consent


def consent_record(
    *,
    subject,
    basis: ConsentBasis | str,
    given_by=None,
    school=None,
) -> ConsentRecord:
    """Record that ``subject``'s data may be used, under the current notice.

    ``given_by`` is the adult who agreed (the subject themselves for
    ``self``, the parent, or the teacher who made a child's account);
    ``school`` the school whose basis covers a child in a class.
    """
    record = ConsentRecord(
        subject=subject,
        basis=basis,
        given_by=given_by,
        school=school,
        notice_version=settings.PRIVACY_NOTICE_VERSION,
    )
    record.full_clean()
    record.save()
    audit_record(
        action=AuditAction.CONSENT_RECORDED,
        actor=given_by,
        target=subject,
        basis=str(basis),
        consent_id=record.pk,
        school_id=getattr(school, "pk", None),
        notice_version=record.notice_version,
    )
    return record


def consent_withdraw(*, consent: ConsentRecord, by) -> ConsentRecord:
    """Withdraw a consent. A parent withdrawing stops the child's account.

    The record stays (it shows processing was lawful until now). A child whose
    parent withdraws can no longer sign in; their data stays until the parent
    (or the retention job) deletes it, so the parent may still download it.
    """
    if consent.withdrawn_at is not None:
        return consent
    consent.withdrawn_at = timezone.now()
    consent.withdrawn_by = by
    with transaction.atomic():
        consent.save(update_fields=["withdrawn_at", "withdrawn_by"])
        subject = consent.subject
        if consent.basis == ConsentBasis.PARENT and subject.is_child_account:
            still_covered = (
                ConsentRecord.objects.filter(subject=subject, withdrawn_at__isnull=True)
                .exclude(pk=consent.pk)
                .exists()
            )
            if not still_covered and subject.is_active:
                subject.is_active = False
                subject.save(update_fields=["is_active"])
        audit_record(
            action=AuditAction.CONSENT_WITHDRAWN,
            actor=by,
            target=subject,
            basis=consent.basis,
            consent_id=consent.pk,
        )
    return consent


# ---------------------------------------------------------------- parent consent


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass
class PendingChild:
    """A child's account waiting for a parent, and the link's token (sent once)."""

    user: object
    token: str


def parent_consent_request_create(
    *,
    display_name: str,
    password: str,
    parent_email: str,
    birth_year: int,
    country: str,
    language: str,
    link_for,
) -> PendingChild:
    """Make an inactive child account and e-mail the parent a consent link.

    ``link_for(token)`` returns the absolute URL of the consent page. The child
    account cannot be used until the parent agrees; if nobody answers within
    ``PARENT_CONSENT_REQUEST_DAYS`` the account and the address are deleted.
    """
    from classes.services import username_generate

    User = get_user_model()
    user = User(
        username=username_generate(display_name),
        display_name=display_name,
        birth_year=birth_year,
        country=country,
        preferred_language=language,
        is_child_account=True,
        is_active=False,
    )
    user.set_password(password)
    user.full_clean(exclude=["password"])
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        user.save()
        ParentConsentRequest.objects.create(
            child=user,
            parent_email=parent_email,
            token_hash=_token_hash(token),
            expires_at=timezone.now()
            + datetime.timedelta(days=settings.PARENT_CONSENT_REQUEST_DAYS),
        )
    link = link_for(token)
    transaction.on_commit(
        lambda: send_mail(
            subject=_("Your child would like to join %(site)s")
            % {"site": settings.WAGTAIL_SITE_NAME},
            message=_(
                "Hello,\n\n"
                "A child who gave your e-mail address would like to use "
                "%(site)s, a website where children learn to stay safe online. "
                "Children under the age of digital consent need a parent or "
                "carer to agree first.\n\n"
                "Their username is: %(username)s\n\n"
                "Read what we keep about children and agree (or say no) here:\n"
                "%(link)s\n\n"
                "If you do nothing, the request and this e-mail address are "
                "deleted after %(days)s days. If you do not know this child, you "
                "can ignore this message."
            )
            % {
                "site": settings.WAGTAIL_SITE_NAME,
                "username": user.username,
                "link": link,
                "days": settings.PARENT_CONSENT_REQUEST_DAYS,
            },
            from_email=None,
            recipient_list=[parent_email],
        )
    )
    return PendingChild(user=user, token=token)


def parent_consent_request_for_token(token: str) -> ParentConsentRequest | None:
    """Return the open, unexpired request for a link's token, or ``None``."""
    if not token:
        return None
    return (
        ParentConsentRequest.objects.select_related("child")
        .filter(
            token_hash=_token_hash(token),
            answered_at__isnull=True,
            expires_at__gt=timezone.now(),
        )
        .first()
    )


def parent_consent_give(
    *, consent_request: ParentConsentRequest, parent
) -> ConsentRecord:
    """The signed-in parent agrees: the child's account becomes usable."""
    if parent.is_child_account or parent.pk == consent_request.child_id:
        raise ValidationError(_("A parent or carer must give consent."))
    child = consent_request.child
    with transaction.atomic():
        consent_request.answered_at = timezone.now()
        consent_request.parent_email = ""
        consent_request.save(update_fields=["answered_at", "parent_email"])
        child.is_active = True
        child.save(update_fields=["is_active"])
        parent.groups.add(roles.group(roles.PARENT))
        record = consent_record(
            subject=child,
            basis=ConsentBasis.PARENT,
            given_by=parent,
        )
    return record


def parent_consent_refuse(*, consent_request: ParentConsentRequest) -> None:
    """The parent says no: the waiting account, never used, is deleted."""
    _waiting_account_delete(consent_request.child, reason="parent_refused")


def _waiting_account_delete(child, *, reason: str) -> None:
    """Delete an account that waited for a parent's consent and was never used."""
    child_id = child.pk
    with transaction.atomic():
        child.delete()
        audit_record(
            action=AuditAction.DATA_DELETED,
            target_type="accounts.user",
            target_id=child_id,
            reason=reason,
        )


def parent_consent_requests_purge(*, now=None) -> int:
    """Delete waiting accounts whose parent did not answer in time."""
    now = now or timezone.now()
    expired = ParentConsentRequest.objects.filter(
        answered_at__isnull=True, expires_at__lte=now
    ).select_related("child")
    count = 0
    for consent_request in expired:
        child = consent_request.child
        if child.is_active or child.last_login is not None:
            continue
        _waiting_account_delete(child, reason="consent_request_expired")
        count += 1
    return count


# ---------------------------------------------------------------- deletion


# What ``account_delete`` does with every field of the project's models that
# points at a person (tests/accounts/test_rights.py fails when a new one is
# added without deciding): "deleted" rows go, "cleared" links are removed,
# "kept" rows stay pointing at the empty shell (ids only, or pseudonymised
# research data as the programme decides).
PERSONAL_DATA_FIELDS = {
    "accounts.consentrecord.subject": "kept",  # evidence; marked withdrawn
    "accounts.consentrecord.given_by": "kept",
    "accounts.consentrecord.withdrawn_by": "kept",
    "accounts.parentconsentrequest.child": "deleted",
    "assessments.attempt.learner": "kept",  # or deleted: keep_research_data
    "assessments.attempt.entered_by": "kept",  # the clerk's id only
    "assessments.followupreminder.learner": "deleted",
    "assessments.learnerreference.learner": "deleted",
    "assessments.exportjob.requested_by": "kept",  # audit of staff exports
    "classes.programme.staff": "cleared",
    "classes.school.teachers": "cleared",
    "classes.school.admins": "cleared",
    "classes.schoolclass.teachers": "cleared",
    "classes.schoolclass.learners": "deleted",  # through ClassMembership
    "classes.classmembership.learner": "deleted",
    "courses.enrolment.learner": "deleted",
    "courses.lessoncompletion.learner": "deleted",
    "courses.certificate.learner": "deleted",
}


@dataclass
class DeletionResult:
    attempts_kept: int
    attempts_deleted: int


def _attempts_split(user):
    """Return (kept, deleted) attempt querysets under the programmes' settings."""
    from assessments.models import Attempt

    attempts = Attempt.objects.filter(learner=user)
    keep = Q(school__programme__keep_research_data=True)
    return attempts.filter(keep), attempts.exclude(keep)


def account_delete(*, user, by, reason: str = "request") -> DeletionResult:
    """Remove a person's personal data; keep pseudonymised answers if allowed.

    The account row stays as an empty shell (``anonymised_at`` set, a random
    username, no name, e-mail, password or country) so that audit events and
    the pseudonyms of kept answers still point at one id, and the username can
    never be reused to pick up someone else's history. Test answers given in a
    school of a programme with ``keep_research_data`` stay (with gender and
    birth year, which exports show only as an age band); every other answer,
    lesson progress, certificates, class places, roles and e-mail addresses are
    deleted. Active consents are marked withdrawn. ``reason`` is ``request``
    (the person, their parent or their teacher asked) or ``retention``.
    """
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from wagtail.users.models import UserProfile

    from assessments.models import FollowUpReminder, LearnerReference
    from classes.models import ClassMembership
    from courses.models import Certificate, Enrolment, LessonCompletion

    if user.is_superuser:
        raise ValidationError(
            _("A site administrator's account is removed by another administrator.")
        )
    if user.anonymised_at is not None:
        return DeletionResult(attempts_kept=0, attempts_deleted=0)
    now = timezone.now()
    with transaction.atomic():
        kept, deleted = _attempts_split(user)
        kept_count = kept.count()
        deleted_count = deleted.count()
        deleted.delete()
        for certificate in Certificate.objects.filter(learner=user):
            if certificate.file:
                certificate.file.delete(save=False)
            certificate.delete()
        Enrolment.objects.filter(learner=user).delete()
        LessonCompletion.objects.filter(learner=user).delete()
        FollowUpReminder.objects.filter(learner=user).delete()
        LearnerReference.objects.filter(learner=user).delete()
        ClassMembership.objects.filter(learner=user).delete()
        ParentConsentRequest.objects.filter(child=user).delete()
        EmailAddress.objects.filter(user=user).delete()
        Authenticator.objects.filter(user=user).delete()
        for profile in UserProfile.objects.filter(user=user):  # Wagtail's
            if profile.avatar:
                profile.avatar.delete(save=False)
            profile.delete()
        user.teaching_classes.clear()
        user.schools.clear()
        user.administered_schools.clear()
        user.programmes.clear()
        user.groups.clear()
        user.user_permissions.clear()
        for consent in ConsentRecord.objects.filter(
            subject=user, withdrawn_at__isnull=True
        ):
            consent.withdrawn_at = now
            consent.withdrawn_by = by
            consent.save(update_fields=["withdrawn_at", "withdrawn_by"])

        user.username = f"deleted-{uuid.uuid4().hex[:16]}"
        user.display_name = ""
        user.first_name = ""
        user.last_name = ""
        user.email = ""
        user.country = ""
        user.preferred_language = ""
        if not kept_count:
            user.birth_year = None
            user.gender = ""
        user.is_active = False
        user.is_staff = False
        user.uses_picture_password = False
        user.last_login = None
        user.anonymised_at = now
        user.set_unusable_password()
        user.save()
        audit_record(
            action=(
                AuditAction.ACCOUNT_ANONYMISED
                if reason == "retention"
                else AuditAction.DATA_DELETED
            ),
            actor=by,
            target=user,
            reason=reason,
            attempts_kept=kept_count,
            attempts_deleted=deleted_count,
        )
    return DeletionResult(attempts_kept=kept_count, attempts_deleted=deleted_count)


# ---------------------------------------------------------------- retention


def child_accounts_inactive(*, now=None):
    """Child accounts not used for ``CHILD_ACCOUNT_RETENTION_DAYS``.

    "Used" is the last sign-in, or the day the account was made for one that
    never signed in. Accounts waiting for a parent are left to
    ``parent_consent_requests_purge``.
    """
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.CHILD_ACCOUNT_RETENTION_DAYS)
    return (
        get_user_model()
        .objects.filter(is_child_account=True, anonymised_at__isnull=True)
        .filter(
            Q(last_login__lt=cutoff)
            | Q(last_login__isnull=True, date_joined__lt=cutoff)
        )
        .exclude(
            parent_consent_request__isnull=False,
            parent_consent_request__answered_at__isnull=True,
        )
    )


def child_accounts_anonymise(*, now=None) -> int:
    """Anonymise inactive child accounts (the daily beat job); return how many."""
    count = 0
    for user in child_accounts_inactive(now=now).iterator():
        account_delete(user=user, by=None, reason="retention")
        count += 1
    parent_consent_requests_purge(now=now)
    return count
