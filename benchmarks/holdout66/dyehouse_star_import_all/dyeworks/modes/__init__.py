from .train_utils import *  # noqa: F401,F403
from .infer_utils import *  # noqa: F401,F403
