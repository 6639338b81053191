from netloft.losses.penalties import input_smoothness, tear_loss

__all__ = ["input_smoothness", "tear_loss"]
