from hred.models.encoders import ContextEncoder, UtteranceEncoder
from hred.models.hred import HRED

__all__ = ["HRED", "UtteranceEncoder", "ContextEncoder"]
