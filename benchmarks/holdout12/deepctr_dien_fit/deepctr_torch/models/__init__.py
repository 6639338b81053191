from .dien import DIEN  # noqa: F401
