from .counter import StakeCounter
from .explain import attribute
