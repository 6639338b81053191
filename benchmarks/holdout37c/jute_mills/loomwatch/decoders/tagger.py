import torch.nn as nn


class DefectTagger(nn.Module):
    """Per-timestep yarn defect tags (ok / slub / break) on top of encoder features."""

    def __init__(self, hidden=10, n_tags=3):
        super().__init__()
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.tag = nn.Linear(hidden, n_tags)

    def forward(self, feats):
        y, _ = self.gru(feats)
        return self.tag(y)
