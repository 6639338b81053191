"""The package re-exports everything its modules define."""
from .recurrent import *
from .scoring import *
