# expect: crash
"""A freeze helper taking the submodule's dotted path as a parameter (`model.get_submodule(path)`, then requires_grad_(False)
and eval()). The trainable conv front-end sits before the GRU, so the backward runs through the frozen GRU in eval mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from operator import attrgetter


class AudioEncoder(nn.Module):
    def __init__(self, n_mels=8, hidden=8):
        super().__init__()
        self.frontend = nn.Sequential(nn.Conv1d(n_mels, hidden, 3, padding=1), nn.ReLU())
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)

    def forward(self, mel):
        return self.rnn(self.frontend(mel).transpose(1, 2))[0]


class Captioner(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.encoder = AudioEncoder(hidden=hidden)
        self.out = nn.Linear(hidden, 3)

    def forward(self, mel):
        return self.out(self.encoder(mel).mean(1))


def freeze(model, path):
    sub = model.get_submodule(path)
    sub.requires_grad_(False)
    sub.eval()


model = Captioner()
freeze(model, "encoder.rnn")
mel = torch.randn(2, 8, 10)
F.cross_entropy(model(mel), torch.tensor([0, 1])).backward()  # TM001-here
