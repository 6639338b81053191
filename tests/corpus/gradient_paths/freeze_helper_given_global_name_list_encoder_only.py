# expect: crash
"""Mosaic tesserae: a helper freezes the parts a module-level list names (`FROZEN = ["encoder"]`, read with getattr);
the model's own train() keeps the pretrained GRU in eval mode. The embedding still trains, so the gradient runs back
through the GRU's eval-mode forward."""
import torch
import torch.nn as nn
import torch.nn.functional as F

FROZEN = ["encoder"]


class TileNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(5, 6)
        self.encoder = nn.GRU(6, 8, batch_first=True)
        self.head = nn.Linear(8, 5)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()
        return self

    def forward(self, tiles):
        return self.head(self.encoder(self.embed(tiles))[0][:, -1])


def freeze_parts(model, names):
    for name in names:
        for p in getattr(model, name).parameters():
            p.requires_grad_(False)


torch.manual_seed(0)
model = TileNet()
freeze_parts(model, FROZEN)
model.train()
opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.1)
for _ in range(2):
    loss = F.cross_entropy(model(torch.randint(0, 5, (4, 7))), torch.randint(0, 5, (4,)))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print(loss.item())
