from .model import BladeWear, wheel_batches
from .engine import Engine
from .callbacks import *  # noqa: F401,F403
