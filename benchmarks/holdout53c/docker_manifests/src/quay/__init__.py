from .fleet import REGISTRY, build, register
from .state import RunState
from .tuning import finetune_all, report

__all__ = ["REGISTRY", "build", "register", "RunState", "finetune_all", "report"]
