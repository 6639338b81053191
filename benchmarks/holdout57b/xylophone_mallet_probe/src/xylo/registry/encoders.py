import torch.nn as nn

from .core import register_model


class _Encoder(nn.Module):
    rnn_cls = None

    def __init__(self, bins, hidden, classes):
        super().__init__()
        self.rnn = self.rnn_cls(bins, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, classes)
        self.hidden = hidden

    @classmethod
    def from_config(cls, cfg):
        return cls(cfg["bins"], cfg["hidden"], cfg["classes"])

    def features(self, x):
        out, _ = self.rnn(x)
        return out.mean(1)

    def forward(self, x):
        return self.cls(self.features(x))


@register_model("gru_encoder")
class GRUEncoder(_Encoder):
    rnn_cls = nn.GRU


@register_model("lstm_encoder")
class LSTMEncoder(_Encoder):
    rnn_cls = nn.LSTM
