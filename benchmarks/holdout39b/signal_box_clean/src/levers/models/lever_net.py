import torch.nn as nn

from .registry import register


@register("lever_lstm")
class LeverLSTM(nn.Module):
    """Predicts the next lever pulled in a signal box from the pull history."""

    def __init__(self, n_levers=10, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(n_levers, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_levers)

    def forward(self, seq):
        h, _ = self.lstm(self.emb(seq))
        return self.out(h)
