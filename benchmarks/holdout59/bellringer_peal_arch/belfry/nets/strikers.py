import torch
import torch.nn as nn


class RecurrentStriker(nn.Module):
    def __init__(self, bells, hidden, cell="gru"):
        super().__init__()
        rnn_cls = nn.GRU if cell == "gru" else nn.LSTM
        self.rnn = rnn_cls(bells, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h).squeeze(-1)


class CellStriker(nn.Module):
    def __init__(self, bells, hidden):
        super().__init__()
        self.cell = nn.GRUCell(bells, hidden)
        self.out = nn.Linear(hidden, 1)
        self.hidden = hidden

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        outs = []
        for t in range(x.size(1)):
            h = self.cell(x[:, t], h)
            outs.append(self.out(h))
        return torch.cat(outs, dim=1)


class ConvStriker(nn.Module):
    def __init__(self, bells, hidden):
        super().__init__()
        self.conv = nn.Conv1d(bells, hidden, 3, padding=1)
        self.out = nn.Conv1d(hidden, 1, 1)

    def forward(self, x):
        return self.out(torch.relu(self.conv(x.transpose(1, 2)))).squeeze(1)


def build_striker(arch, bells, hidden):
    if arch in ("gru", "lstm"):
        model = RecurrentStriker(bells, hidden, cell=arch)
    elif arch == "gru_cell":
        model = CellStriker(bells, hidden)
    elif arch == "conv":
        model = ConvStriker(bells, hidden)
    else:
        raise ValueError(f"unknown arch {arch!r}")
    return model
