"""fishcount: salmon-ladder passage forecasting."""
from .models import LadderModels, PassageLSTM

__all__ = ["LadderModels", "PassageLSTM"]
