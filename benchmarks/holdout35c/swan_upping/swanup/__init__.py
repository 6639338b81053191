from .plan import load_plan, run_plan
from .models import CygnetNet

__all__ = ["load_plan", "run_plan", "CygnetNet"]
