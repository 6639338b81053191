from .nets import *
from .routines import *
