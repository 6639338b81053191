from .modes import evaluating
