from .juice import JuiceYieldGRU

__all__ = ["JuiceYieldGRU"]
