from .probe import BaselineProbe
from .history import History
