from .forecaster import SugarForecaster
