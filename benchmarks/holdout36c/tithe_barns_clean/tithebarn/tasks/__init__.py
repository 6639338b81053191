from .humidity import HumidityTask

__all__ = ["HumidityTask"]
