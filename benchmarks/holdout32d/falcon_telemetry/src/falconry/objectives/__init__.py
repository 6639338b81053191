from .flat import flat_minimum_loss, plain_loss

__all__ = ["flat_minimum_loss", "plain_loss"]
