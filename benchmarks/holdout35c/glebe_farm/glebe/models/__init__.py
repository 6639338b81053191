from .encoder import FieldHistoryEncoder
from .wrapper import FrozenEncoderModel, TitheModel

__all__ = ["FieldHistoryEncoder", "FrozenEncoderModel", "TitheModel"]
