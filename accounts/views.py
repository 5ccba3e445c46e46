"""Sign-in with a picture password, for young children without a typed one."""

from django.conf import settings
from django.contrib.auth import authenticate, login
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from . import ratelimit
from .forms import PictureLoginForm
from .pictures import PictureSequenceError, picture_password

ACTION = "picture-login"


@never_cache
def picture_login(request):
    """Username plus three pictures in order; failures are rate-limited per IP."""
    form = PictureLoginForm(request.POST or None)
    limit = settings.PICTURE_LOGIN_RATE_LIMIT
    window = settings.PICTURE_LOGIN_RATE_WINDOW
    if request.method == "POST":
        if ratelimit.is_blocked(request, action=ACTION, limit=limit):
            ratelimit.sign_in_locked_record(
                request, login=request.POST.get("username", ""), method="pictures"
            )
            return render(
                request,
                "accounts/picture_login.html",
                {"form": form, "too_many": True},
                status=429,
            )
        if form.is_valid():
            user = None
            try:
                secret = picture_password(form.picture_keys())
            except PictureSequenceError:
                secret = None
            if secret:
                user = authenticate(
                    request, username=form.cleaned_data["username"], password=secret
                )
            if user is not None and user.uses_picture_password:
                login(
                    request, user, backend="django.contrib.auth.backends.ModelBackend"
                )
                return redirect(settings.LOGIN_REDIRECT_URL)
            ratelimit.record_failure(request, action=ACTION, window_seconds=window)
            form.add_error(
                None, _("That username and those pictures do not match. Try again.")
            )
    return render(request, "accounts/picture_login.html", {"form": form})
