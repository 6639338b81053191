from .forecasting import RNNForecaster
