from .members import make_member
from .ensemble import *
from .train import *
