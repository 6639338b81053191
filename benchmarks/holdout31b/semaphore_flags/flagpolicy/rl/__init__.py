from .finetune import RewardFinetuner

__all__ = ["RewardFinetuner"]
