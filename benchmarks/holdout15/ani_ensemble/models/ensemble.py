import torch
import torch.nn as nn


class AtomicNetwork(nn.Module):
    def __init__(self, n_species, hidden=8):
        super().__init__()
        self.embed = nn.Embedding(n_species, hidden)
        self.rnn = nn.GRU(hidden + 3, hidden, batch_first=True)
        self.readout = nn.Sequential(nn.Linear(hidden, hidden), nn.CELU(0.1), nn.Linear(hidden, 1))

    def forward(self, species, coordinates):
        feats = torch.cat([self.embed(species), coordinates], dim=-1)
        h, _ = self.rnn(feats)
        return self.readout(h).sum(dim=(1, 2))


class Ensemble(nn.ModuleList):
    """Average of the member energies (like torchani.nn.Ensemble)."""

    def forward(self, species, coordinates):
        return sum(m(species, coordinates) for m in self) / len(self)


def load_members(names, n_species):
    members = []
    for i, name in enumerate(names):
        torch.manual_seed(i)
        members.append(AtomicNetwork(n_species))
    return members
