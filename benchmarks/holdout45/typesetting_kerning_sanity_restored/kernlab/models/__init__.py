from .kerner import PairKerner, build_model

__all__ = ["PairKerner", "build_model"]
