from .service import Forecaster

__all__ = ["Forecaster"]
