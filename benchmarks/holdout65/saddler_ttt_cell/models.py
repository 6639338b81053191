import torch
import torch.nn as nn


class SeqGRU(nn.Module):
    def __init__(self, d, h):
        super().__init__()
        self.rnn = nn.GRU(d, h, batch_first=True)
        self.recon = nn.Linear(h, d)
        self.cls = nn.Linear(h, 2)

    def encode(self, x):
        return self.rnn(x)[0]


class SeqCell(nn.Module):
    def __init__(self, d, h):
        super().__init__()
        self.cell = nn.LSTMCell(d, h)
        self.recon = nn.Linear(h, d)
        self.cls = nn.Linear(h, 2)
        self.h = h

    def encode(self, x):
        hx = x.new_zeros(x.size(0), self.h)
        cx = x.new_zeros(x.size(0), self.h)
        outs = []
        for t in range(x.size(1)):
            hx, cx = self.cell(x[:, t], (hx, cx))
            outs.append(hx)
        return torch.stack(outs, 1)


def build(arch, d, h):
    if arch == "gru":
        model = SeqGRU(d, h)
    elif arch == "cell":
        model = SeqCell(d, h)
    else:
        raise ValueError(arch)
    return model
