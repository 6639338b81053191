from .modes import EvalModeSwitch
from .logs import PrintLogger


def default_callbacks():
    return [EvalModeSwitch(), PrintLogger()]
