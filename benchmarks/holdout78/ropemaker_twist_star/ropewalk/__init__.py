from .model import TwistRNN

__all__ = ["TwistRNN"]
