from .models import build_model
from .tasks import finetune, pretrain, season

__all__ = ["build_model", "finetune", "pretrain", "season"]
