from .forecaster import LevelForecaster
