from .humidity import MossHumidityNet

__all__ = ["MossHumidityNet"]
