from .nets import *
from .ops import *
