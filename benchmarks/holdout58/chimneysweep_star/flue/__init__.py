"""Public API of the flue package."""
from .nets import *  # noqa: F401,F403
from .setup_eval import *  # noqa: F401,F403
from .setup_train import *  # noqa: F401,F403
