from .models import *  # noqa: F401,F403
from .tuning import *  # noqa: F401,F403
from . import models as _models, tuning as _tuning

__all__ = _models.__all__ + _tuning.__all__
