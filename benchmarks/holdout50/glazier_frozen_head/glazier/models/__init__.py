from .forecaster import CrackForecaster
