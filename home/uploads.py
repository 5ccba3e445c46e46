"""Upload limits that Wagtail and Pillow do not set by themselves.

- Pillow refuses to decode any image above ``WAGTAILIMAGES_MAX_IMAGE_PIXELS``
  (its default is far higher), wherever an image is opened: Wagtail's own check
  reads only the header, renditions decode the pixels.
- Wagtail documents (videos, captions, handouts) get a size limit
  (``WAGTAILDOCS_MAX_UPLOAD_SIZE``, from ``DOCUMENT_MAX_UPLOAD_MB``); Wagtail
  has none by default.

Images themselves are checked by Wagtail (``WAGTAILIMAGES_EXTENSIONS``,
``WAGTAILIMAGES_MAX_UPLOAD_SIZE``, ``WAGTAILIMAGES_MAX_IMAGE_PIXELS``): the
real format must match the extension, and a 30,000 × 30,000 picture is refused
before its pixels are decoded. See docs/security.md.
"""

from django.conf import settings


def pillow_limit_set() -> None:
    """Make Pillow raise ``DecompressionBombError`` above the site's pixel limit.

    Pillow warns above ``MAX_IMAGE_PIXELS`` and raises above twice that; with
    the limit at half the site's maximum, anything the upload check would
    refuse is refused by Pillow too.
    """
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 2
