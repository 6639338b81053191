from .model import DryingGRU
from .pipeline import *
