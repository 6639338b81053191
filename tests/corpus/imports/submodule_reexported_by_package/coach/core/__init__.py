from . import hooks
from .loop import Coach
