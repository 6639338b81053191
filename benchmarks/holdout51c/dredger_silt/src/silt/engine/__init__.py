from .loop import fit_epoch, forecast

__all__ = ["fit_epoch", "forecast"]
