from .env import make_envs
from .evaluate import Evaluator
