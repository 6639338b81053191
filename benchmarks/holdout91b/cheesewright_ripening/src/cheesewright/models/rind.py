import torch.nn as nn

from .registry import register


@register("rind_lstm")
class RindLSTM(nn.Module):
    def __init__(self, n_in, hidden, classes):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])
