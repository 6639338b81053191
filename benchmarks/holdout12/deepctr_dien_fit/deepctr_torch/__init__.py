from . import models, callbacks  # noqa: F401
