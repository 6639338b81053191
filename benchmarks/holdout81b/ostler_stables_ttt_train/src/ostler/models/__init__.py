from .gru import StallForecaster
