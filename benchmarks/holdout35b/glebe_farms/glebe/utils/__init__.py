from .evaluation import held_out_loss

__all__ = ["held_out_loss"]
