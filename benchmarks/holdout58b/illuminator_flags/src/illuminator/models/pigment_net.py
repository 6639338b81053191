import torch
import torch.nn as nn

from .registry import register_model


@register_model("pigment_lstm")
class PigmentLSTM(nn.Module):
    def __init__(self, n_feats=6, hidden=12, n_classes=3):
        super().__init__()
        self.proj = nn.Linear(n_feats, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_classes)

    def forward(self, strokes):
        h = torch.tanh(self.proj(strokes))
        out, _ = self.rnn(h)
        return self.head(out[:, -1])
