"""Public API of the lacquer package: everything a workshop script needs."""
from .nets import *  # noqa: F401,F403
from .steps.training import *  # noqa: F401,F403
from .steps.inference import *  # noqa: F401,F403

from . import nets, steps

__all__ = nets.__all__ + steps.training.__all__ + steps.inference.__all__
