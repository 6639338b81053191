from .steps import warmup_step, adversarial_epoch

__all__ = ["warmup_step", "adversarial_epoch"]
