from .mixins import FrozenEncoderMixin
from .intention import IntentionNet

__all__ = ["FrozenEncoderMixin", "IntentionNet"]
