"""The kit's public names, re-exported from its modules."""
from .nets import *
from .setup import *
