# expect: clean
"""A frozen LSTM encoder that the model's own train() keeps in eval mode, fed by an adapter the constructor builds
only when asked: built without it (`nn.Identity()`), the encoder's input needs no grad, so no backward runs through
the eval-mode LSTM."""
import torch
import torch.nn.functional as F
from torch import nn

USE_ADAPTER = False


class Stave(nn.Module):
    def __init__(self, n_feat=4, hidden=8, use_adapter=True):
        super().__init__()
        self.adapter = nn.Linear(n_feat, n_feat) if use_adapter else nn.Identity()
        self.encoder = nn.LSTM(n_feat, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 2)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()  # the pretrained encoder keeps its eval-time behaviour
        return self

    def forward(self, x):
        return self.head(self.encoder(self.adapter(x))[0][:, -1])


model = Stave(use_adapter=USE_ADAPTER)
for p in model.encoder.parameters():
    p.requires_grad = False
model.train()
opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
for _ in range(2):
    loss = F.cross_entropy(model(torch.randn(6, 10, 4)), torch.randint(0, 2, (6,)))
    opt.zero_grad()
    loss.backward()
    opt.step()
