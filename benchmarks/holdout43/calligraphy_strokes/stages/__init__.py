from .pretrain import pretrain_stage
from .finetune import finetune_stage

STAGES = {"pretrain": pretrain_stage, "finetune": finetune_stage}

__all__ = ["STAGES", "pretrain_stage", "finetune_stage"]
