"""Mill-leat flow model: one recurrent branch per sluice, readings from the leat walker's daily round."""
import torch
from torch import nn


class LeatModel(nn.Module):
    def __init__(self, sluices=("upper", "lower"), hidden=6):
        super().__init__()
        self.branches = nn.ModuleDict({s: nn.GRU(2, hidden, batch_first=True) for s in sluices})
        self.head = nn.Linear(hidden * len(sluices), 1)

    def forward(self, readings):
        feats = [self.branches[s](readings[s])[0][:, -1] for s in self.branches]
        return self.head(torch.cat(feats, -1)).squeeze(-1)
