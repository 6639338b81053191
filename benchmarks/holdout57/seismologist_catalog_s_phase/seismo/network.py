from dataclasses import dataclass, field

import torch
import torch.nn as nn


class PhasePicker(nn.Module):
    """Per-sample onset probability for one seismic phase."""

    def __init__(self, channels, hidden):
        super().__init__()
        self.rnn = nn.GRU(channels, hidden, batch_first=True, bidirectional=True)
        self.onset = nn.Linear(2 * hidden, 1)

    def forward(self, trace):
        h, _ = self.rnn(trace)
        return self.onset(h).squeeze(-1)


@dataclass
class Station:
    code: str
    channels: int
    traffic: int
    pickers: dict = field(default_factory=dict)

    def stream(self, samples=20):
        return torch.randn(2, samples, self.channels)

    def labelled_traces(self, n, samples=20):
        x = torch.randn(n, samples, self.channels)
        onset = torch.zeros(n, samples)
        onset[torch.arange(n), torch.randint(2, samples - 2, (n,))] = 1.0
        return x, onset


@dataclass
class Network:
    stations: dict

    @classmethod
    def synthetic(cls, codes, channels, hidden):
        stations = {}
        for i, code in enumerate(codes):
            st = Station(code, channels, traffic=(i * 7) % 5)
            st.pickers = {"P": PhasePicker(channels, hidden), "S": PhasePicker(channels, hidden)}
            stations[code] = st
        return cls(stations)
