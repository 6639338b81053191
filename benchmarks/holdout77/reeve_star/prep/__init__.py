from .current import *
from .legacy import *
