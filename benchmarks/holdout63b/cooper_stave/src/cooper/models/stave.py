import torch.nn as nn

from .registry import register


@register("stave_lstm")
class StaveLSTM(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.reg = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.reg(h[:, -1]).squeeze(-1)
