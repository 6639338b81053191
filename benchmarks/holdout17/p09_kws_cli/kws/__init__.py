from .model import CRNNKWS  # noqa: F401
