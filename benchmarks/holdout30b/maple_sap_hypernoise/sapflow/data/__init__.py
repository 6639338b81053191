from .taps import tap_batches

__all__ = ["tap_batches"]
