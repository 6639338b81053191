from .fit import finetune, pretrain, season

__all__ = ["finetune", "pretrain", "season"]
