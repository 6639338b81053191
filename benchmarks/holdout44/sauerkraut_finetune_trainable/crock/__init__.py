from .models import *  # noqa: F401,F403
from .training import *  # noqa: F401,F403
from .models import __all__ as _models_all
from .training import __all__ as _training_all

__all__ = list(_models_all) + list(_training_all)
