from .model import DrawModel
from .engine import *
