"""Accounts pages: picture sign-in, sign-up with an age check, parent consent,
the privacy notice and the rights pages (download my data, delete my account)."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from . import ratelimit
from .backends import PICTURE_BACKEND
from .forms import PictureLoginForm

ACTION = "picture-login"


@never_cache
def picture_login(request):
    """Username plus three pictures in order.

    Failures are limited per account (``PICTURE_LOGIN_ACCOUNT_LIMIT``: the 504
    sequences cannot be tried one after the other) and per address
    (``PICTURE_LOGIN_RATE_LIMIT``, sized for a school behind one address, so
    that one pupil mistyping, or trying a classmate's account, locks only that
    account).
    """
    form = PictureLoginForm(request.POST or None)
    if request.method == "POST":
        username = request.POST.get("username", "")
        blocked = ratelimit.is_blocked(
            request, action=ACTION, limit=settings.PICTURE_LOGIN_RATE_LIMIT
        ) or ratelimit.is_blocked(
            request,
            action=ACTION,
            limit=settings.PICTURE_LOGIN_ACCOUNT_LIMIT,
            account=username,
        )
        if blocked:
            ratelimit.sign_in_locked_record(request, login=username, method="pictures")
            return render(
                request,
                "accounts/picture_login.html",
                {"form": form, "too_many": True},
                status=429,
            )
        if form.is_valid():
            user = authenticate(
                request,
                username=form.cleaned_data["username"],
                pictures=form.picture_keys(),
            )
            if user is not None:
                login(request, user, backend=PICTURE_BACKEND)
                return redirect(settings.LOGIN_REDIRECT_URL)
            ratelimit.record_failure(
                request,
                action=ACTION,
                window_seconds=settings.PICTURE_LOGIN_RATE_WINDOW,
            )
            ratelimit.record_failure(
                request,
                action=ACTION,
                window_seconds=settings.PICTURE_LOGIN_ACCOUNT_WINDOW,
                account=username,
            )
            form.add_error(
                None, _("That username and those pictures do not match. Try again.")
            )
    return render(request, "accounts/picture_login.html", {"form": form})


# ---------------------------------------------------------------- sign-up and age

AGE_GATE_SESSION_KEY = "age_gate_under"
ASK_PARENT_ACTION = "ask-parent"
ASK_PARENT_LIMIT = 5
ASK_PARENT_WINDOW = 60 * 60


def _signup_view_base():
    from allauth.account.views import SignupView as AllauthSignupView

    return AllauthSignupView


class SignupView(_signup_view_base()):
    """allauth's sign-up, except that a child under the age of consent is not
    signed up but shown how to join through a class or with a parent.

    The answer is remembered for the session, so trying another birth year
    straight away leads to the same page (a neutral age screen).
    """

    def dispatch(self, request, *args, **kwargs):
        if request.session.get(AGE_GATE_SESSION_KEY):
            return redirect("accounts:too_young")
        return super().dispatch(request, *args, **kwargs)

    def form_invalid(self, form):
        if getattr(form, "under_age", False):
            self.request.session[AGE_GATE_SESSION_KEY] = True
            return redirect("accounts:too_young")
        return super().form_invalid(form)


def too_young(request):
    """A friendly page for a child who cannot sign up alone."""
    return render(request, "accounts/too_young.html")


@never_cache
def ask_parent(request):
    """A child gives a first name, a password and a parent's e-mail address."""
    from .forms import ParentConsentRequestForm
    from .services import parent_consent_request_create

    form = ParentConsentRequestForm(request.POST or None)
    if request.method == "POST":
        if ratelimit.is_blocked(
            request, action=ASK_PARENT_ACTION, limit=ASK_PARENT_LIMIT
        ):
            return render(
                request,
                "accounts/ask_parent.html",
                {"form": form, "too_many": True},
                status=429,
            )
        if form.is_valid():
            from .countries import OTHER

            country = form.cleaned_data["country"]
            pending = parent_consent_request_create(
                display_name=form.cleaned_data["display_name"],
                password=form.cleaned_data["password1"],
                parent_email=form.cleaned_data["parent_email"],
                birth_year=form.cleaned_data["birth_year"],
                country="" if country == OTHER else country,
                language=get_language() or "en",
                link_for=lambda token: request.build_absolute_uri(
                    reverse("accounts:parent_consent", args=[token])
                ),
            )
            ratelimit.record_failure(
                request, action=ASK_PARENT_ACTION, window_seconds=ASK_PARENT_WINDOW
            )
            return render(
                request,
                "accounts/ask_parent_sent.html",
                {
                    "username": pending.user.username,
                    "days": settings.PARENT_CONSENT_REQUEST_DAYS,
                },
            )
    return render(request, "accounts/ask_parent.html", {"form": form})


@never_cache
def parent_consent(request, token: str):
    """The page a parent's e-mail links to: agree (signed in) or say no."""
    from .services import (
        parent_consent_give,
        parent_consent_refuse,
        parent_consent_request_for_token,
    )

    consent_request = parent_consent_request_for_token(token)
    if consent_request is None:
        return render(request, "accounts/parent_consent_invalid.html", status=404)
    child = consent_request.child
    # A parent on the child's device may need to sign up: the age screen's
    # answer belonged to the child.
    request.session.pop(AGE_GATE_SESSION_KEY, None)
    if request.method == "POST":
        answer = request.POST.get("answer")
        if answer == "no":
            parent_consent_refuse(consent_request=consent_request)
            return render(
                request, "accounts/parent_consent_done.html", {"agreed": False}
            )
        if answer == "yes" and request.user.is_authenticated:
            try:
                parent_consent_give(
                    consent_request=consent_request, parent=request.user
                )
            except ValidationError as error:
                messages.error(request, error.messages[0])
            else:
                return render(
                    request,
                    "accounts/parent_consent_done.html",
                    {"agreed": True, "child": child},
                )
    return render(
        request,
        "accounts/parent_consent.html",
        {
            "child": child,
            "notice_version": settings.PRIVACY_NOTICE_VERSION,
            "retention_days": settings.CHILD_ACCOUNT_RETENTION_DAYS,
            "can_agree": request.user.is_authenticated
            and not request.user.is_child_account,
            "expires_at": consent_request.expires_at,
        },
    )


# ---------------------------------------------------------------- privacy notice


def privacy_notice(request):
    """The privacy notice for children, in plain words."""
    return render(
        request,
        "accounts/privacy_notice.html",
        {
            "notice_version": settings.PRIVACY_NOTICE_VERSION,
            "retention_days": settings.CHILD_ACCOUNT_RETENTION_DAYS,
        },
    )


def privacy_notice_full(request):
    """The full privacy notice, for adults."""
    return render(
        request,
        "accounts/privacy_notice_full.html",
        {
            "notice_version": settings.PRIVACY_NOTICE_VERSION,
            "retention_days": settings.CHILD_ACCOUNT_RETENTION_DAYS,
            "request_days": settings.PARENT_CONSENT_REQUEST_DAYS,
            "default_age": settings.DIGITAL_AGE_OF_CONSENT_DEFAULT,
            "ages": sorted(settings.DIGITAL_AGE_OF_CONSENT.items()),
        },
    )


# ---------------------------------------------------------------- rights


def _subject_or_404(request, user_pk):
    """The person whose data is asked for: oneself, or a child one may manage."""
    from django.contrib.auth import get_user_model

    from .permissions import can_manage_child_data

    if user_pk is None:
        return request.user
    child = get_user_model().objects.filter(pk=user_pk).first()
    if child is None or not can_manage_child_data(request.user, child):
        raise Http404
    return child


@never_cache
@login_required
def my_data(request):
    """My data: download it, delete my account, consents, my children."""
    from .permissions import children_managed_by
    from .selectors import active_consents

    return render(
        request,
        "accounts/my_data.html",
        {
            "consents": active_consents(user=request.user),
            "consents_given": request.user.consents_given.filter(
                basis="parent", withdrawn_at__isnull=True
            ).select_related("subject"),
            "children": children_managed_by(request.user).filter(
                consents__basis="parent", consents__given_by=request.user
            ),
            "notice_version": settings.PRIVACY_NOTICE_VERSION,
        },
    )


@require_POST
@never_cache
@login_required
def data_download(request, user_pk: int | None = None):
    """Send the person's data as a JSON file (POST only, never cached)."""
    import json

    from audit.models import AuditAction
    from audit.services import audit_record

    from .selectors import user_data

    subject = _subject_or_404(request, user_pk)
    data = user_data(user=subject)
    audit_record(
        action=AuditAction.DATA_DOWNLOADED,
        actor=request.user,
        target=subject,
        on_behalf=subject.pk != request.user.pk,
    )
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="my-data.json"'
    return response


@never_cache
@login_required
def account_delete(request, user_pk: int | None = None):
    """Ask to confirm, then delete the account (one's own or a child's)."""
    from django.contrib.auth import logout

    from .forms import DeleteAccountForm
    from .services import account_delete as delete

    subject = _subject_or_404(request, user_pk)
    own = subject.pk == request.user.pk
    form = DeleteAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            delete(user=subject, by=request.user)
        except ValidationError as error:
            form.add_error(None, error.messages[0])
        else:
            if own:
                logout(request)
                messages.success(request, _("Your account has been deleted."))
                return redirect("/")
            messages.success(request, _("The child's account has been deleted."))
            if request.user.teaching_classes.exists():
                return redirect("classes:teacher_home")
            return redirect("accounts:my_data")
    return render(
        request,
        "accounts/delete_confirm.html",
        {"form": form, "subject": subject, "own": own},
    )


@require_POST
@login_required
def consent_withdraw(request, consent_pk: int):
    """A parent withdraws the consent they gave for a child."""
    from .models import ConsentRecord
    from .services import consent_withdraw as withdraw

    consent = get_object_or_404(
        ConsentRecord,
        pk=consent_pk,
        given_by=request.user,
        basis="parent",
        withdrawn_at__isnull=True,
    )
    withdraw(consent=consent, by=request.user)
    messages.success(
        request,
        _(
            "Consent withdrawn: the child can no longer sign in. You can still "
            "download or delete their data here."
        ),
    )
    return redirect("accounts:my_data")
