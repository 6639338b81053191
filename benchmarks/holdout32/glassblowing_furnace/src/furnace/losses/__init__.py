from .penalties import input_grad_penalty, PENALTIES

__all__ = ["input_grad_penalty", "PENALTIES"]
