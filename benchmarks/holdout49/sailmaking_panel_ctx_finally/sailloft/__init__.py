from .ctx import evaluating, EmptyValidation
from .model import PanelStretch
