import torch.nn as nn

from .registry import register_model


class _TapNet(nn.Module):
    rnn_cls = None

    def __init__(self, n_mics=2, hidden=8, n_steps=5):
        super().__init__()
        self.rnn = self.rnn_cls(n_mics, hidden, batch_first=True)
        self.step = nn.Linear(hidden, n_steps)

    def forward(self, taps):
        seq, _ = self.rnn(taps)
        return self.step(seq[:, -1])


@register_model("lstm")
class TapLSTM(_TapNet):
    rnn_cls = nn.LSTM


@register_model("gru")
class TapGRU(_TapNet):
    rnn_cls = nn.GRU
