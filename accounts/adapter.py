"""allauth adapter: adults verify their e-mail; children have none to verify."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.stages import EmailVerificationStage

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
