"""The audit log: an append-only record of who did what to whose data.

Write to it only through :func:`audit.services.audit_record`.
"""
