import torch.nn as nn

from .registry import register


@register("kettle_lstm")
class KettleLSTM(nn.Module):
    """Predicts tar viscosity from kettle temperature traces."""

    def __init__(self, n_in=3, hidden=8, layers=1):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, num_layers=layers, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(self.drop(h[:, -1])).squeeze(-1)
