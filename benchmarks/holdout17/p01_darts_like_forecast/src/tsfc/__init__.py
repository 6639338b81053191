from .models import RNNModel
from .utils import TimeSeries

__all__ = ["RNNModel", "TimeSeries"]
