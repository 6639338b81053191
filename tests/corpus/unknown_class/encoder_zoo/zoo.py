"""Encoders register themselves by name; the recurrent cell is a class attribute of each subclass."""
import torch.nn as nn

ENCODERS = {}


def register_encoder(name):
    def add(cls):
        ENCODERS[name] = cls
        return cls
    return add


def make_encoder(name, **options):
    encoder_cls = ENCODERS[name]
    return encoder_cls(**options)


class RecurrentEncoder(nn.Module):
    cell = None

    def __init__(self, n_in=5, width=8, n_out=3):
        super().__init__()
        self.recurrent = self.cell(n_in, width, batch_first=True)
        self.readout = nn.Linear(width, n_out)

    def forward(self, x):
        return self.readout(self.recurrent(x)[0][:, -1])


@register_encoder("lstm")
class LSTMEncoder(RecurrentEncoder):
    cell = nn.LSTM


@register_encoder("gru")
class GRUEncoder(RecurrentEncoder):
    cell = nn.GRU
