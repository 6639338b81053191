from .safe import *  # noqa: F401,F403
from .steps import *  # noqa: F401,F403

__all__ = ["fit_epoch", "evaluate"]
