from torch import nn

from ..registry import register
from .base import BaseForecaster


@register("seasonal_lstm")
class SeasonalLSTM(BaseForecaster):
    def __init__(self, n_in=4, hidden=8, quiet_encoder=True):
        super().__init__(n_in, hidden, quiet_encoder)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        return self.head(self.encoder(x)).squeeze(-1)
