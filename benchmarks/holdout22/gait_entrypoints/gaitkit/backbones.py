import torch
import torch.nn as nn


class GRUBackbone(nn.Module):
    def __init__(self, feat=10, hidden=8, emb=6):
        super().__init__()
        self.gru = nn.GRU(feat, hidden, batch_first=True)
        self.emb = nn.Linear(hidden, emb)

    def forward(self, x):
        return nn.functional.normalize(self.emb(self.gru(x)[1][-1]), dim=-1)

    def load_pretrained(self):
        g = torch.Generator().manual_seed(7)
        with torch.no_grad():
            for p in self.parameters():
                p.copy_(torch.randn(p.shape, generator=g) * 0.2)
        return self


BUILTIN = {"gru-small": GRUBackbone}
