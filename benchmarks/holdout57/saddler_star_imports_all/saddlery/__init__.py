from .model import *
from .evaluation import *
from .metrics import *
