from .blocks import MethaneHead, SensorEncoder

__all__ = ["MethaneHead", "SensorEncoder"]
