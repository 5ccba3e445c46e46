"""Template filters that ask ``accounts.permissions``, so templates never
decide on their own who may see a link."""

from django import template

from accounts import permissions

register = template.Library()


@register.filter
def can_open_teacher_pages(user) -> bool:
    return permissions.can_open_teacher_pages(user)
