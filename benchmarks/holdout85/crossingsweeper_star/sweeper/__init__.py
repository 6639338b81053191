"""crossing sweeper: predicts mud level on a street crossing from cart traffic counts."""
from .net import *
from .loops import *
from .fast import *
