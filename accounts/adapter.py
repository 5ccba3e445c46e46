"""allauth adapter: adults verify their e-mail; children have none to verify;
sign-ins refused by the rate limit are written to the audit log; staff who
must use an authenticator app and have none land on its set-up page."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.stages import EmailVerificationStage
from django.core.exceptions import ValidationError

from . import mfa, ratelimit

EMAIL_STAGE = "allauth.account.stages.EmailVerificationStage"


class ChildAwareEmailVerificationStage(EmailVerificationStage):
    """Skip e-mail verification for child accounts, which never have an e-mail.

    Child accounts are created by a teacher or through a class join code; they
    sign in with a username. Every adult account still verifies its address.
    """

    def handle(self):
        user = self.login.user
        if getattr(user, "is_child_account", False) and not user.email:
            return None, True
        return super().handle()


class AccountAdapter(DefaultAccountAdapter):
    def get_login_stages(self) -> list[str]:
        stages = super().get_login_stages()
        return [
            "accounts.adapter.ChildAwareEmailVerificationStage"
            if path == EMAIL_STAGE
            else path
            for path in stages
        ]

    def pre_authenticate(self, request, **credentials) -> None:
        """Refuse sign-in after too many failures (allauth's ``login_failed``
        limit) and audit the lock once per window."""
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError:
            ratelimit.sign_in_locked_record(
                request, login=credentials.get("username") or credentials.get("email")
            )
            raise

    def get_login_redirect_url(self, request) -> str:
        """After signing in (with no ``next`` page asked for), staff who must
        use an authenticator app and have none go straight to its set-up, then
        on to where they would have landed: the first sign-in of a new site
        administrator (``createsuperuser``) leads there too."""
        url = super().get_login_redirect_url(request)
        if mfa.needs_setup(request.user):
            # A page the gate stopped them at comes first.
            kept = request.session.get(mfa.RETURN_TO_SESSION_KEY)
            return mfa.setup_redirect(request, return_to=kept or url).url
        return url
