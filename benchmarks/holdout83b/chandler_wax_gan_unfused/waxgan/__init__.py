from .nets import Critic, Generator
from .penalty import gradient_penalty
from .settings import SETTINGS
