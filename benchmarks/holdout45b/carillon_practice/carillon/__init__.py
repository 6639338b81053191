"""Carillon practice logs: predict timing error of the next strike."""
from .nets import StrikeLSTM
from .analysis import per_sample_grad_norms

__all__ = ["StrikeLSTM", "per_sample_grad_norms"]
