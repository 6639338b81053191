"""Sequence model: strike force trace -> edge wear in microns."""
import torch
import torch.nn as nn

_RNNS = {"lstm": nn.LSTM, "gru": nn.GRU}


class ChiselWearNet(nn.Module):
    def __init__(self, kind="lstm", hidden=12, layers=1):
        super().__init__()
        self.embed = nn.Linear(4, hidden)
        self.rnn = _RNNS[kind](hidden, hidden, num_layers=layers, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, strikes):
        h, _ = self.rnn(torch.relu(self.embed(strikes)))
        return self.head(h.mean(dim=1)).squeeze(-1)


def build_model(spec):
    return ChiselWearNet(kind=spec["kind"], hidden=spec["hidden"], layers=spec["layers"])
