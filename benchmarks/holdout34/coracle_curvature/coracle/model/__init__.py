from .leak import LeakRNN

__all__ = ["LeakRNN"]
