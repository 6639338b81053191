import torch.nn as nn

from .registry import register


@register("flicker_lstm")
class FlickerLSTM(nn.Module):
    """Predicts whether a lamp wick will gutter from a short flicker trace."""

    def __init__(self, n_feat=3, hidden=8, layers=1):
        super().__init__()
        self.enc = nn.LSTM(n_feat, hidden, num_layers=layers, batch_first=True)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, x):
        _, (h, _) = self.enc(x)
        return self.cls(h[-1])
