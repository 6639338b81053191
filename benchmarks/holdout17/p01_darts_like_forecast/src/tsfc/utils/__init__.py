from .timeseries import TimeSeries
from .windows import sliding_windows

__all__ = ["TimeSeries", "sliding_windows"]
