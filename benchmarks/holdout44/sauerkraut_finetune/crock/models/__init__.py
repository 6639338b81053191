from .forecaster import FermentForecaster, pretrain_state

__all__ = ["FermentForecaster", "pretrain_state"]
