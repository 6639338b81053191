"""Fish-weir catch model: one recurrent branch per trap, readings from the weir keeper's tide round."""
import torch
from torch import nn


class WeirModel(nn.Module):
    def __init__(self, sluices=("ebb", "flood"), hidden=6):
        super().__init__()
        self.branches = nn.ModuleDict({s: nn.GRU(2, hidden, batch_first=True) for s in sluices})
        self.head = nn.Linear(hidden * len(sluices), 1)

    def forward(self, readings):
        feats = [self.branches[s](readings[s])[0][:, -1] for s in self.branches]
        return self.head(torch.cat(feats, -1)).squeeze(-1)
