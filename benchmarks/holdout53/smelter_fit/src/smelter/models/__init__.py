from .forecaster import FurnaceForecaster
