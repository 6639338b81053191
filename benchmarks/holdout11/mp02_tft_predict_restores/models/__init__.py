from .tft import TemporalFusionTransformer

__all__ = ["TemporalFusionTransformer"]
