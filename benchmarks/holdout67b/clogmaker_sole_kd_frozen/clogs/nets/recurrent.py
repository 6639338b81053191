import torch.nn as nn

from ..registry import register


@register("gru_tagger")
class GRUTagger(nn.Module):
    def __init__(self, hidden=8, n_in=2, n_tags=3):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.tag = nn.Linear(hidden, n_tags)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.tag(h)
