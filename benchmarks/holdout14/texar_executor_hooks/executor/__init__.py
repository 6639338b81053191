from .executor import Executor
from . import cond
