# expect: crash
"""The same frozen, eval-mode LSTM encoder built with its trainable adapter: the encoder's input needs grad, so the
backward runs through the eval-mode LSTM to reach the adapter."""
import torch
import torch.nn.functional as F
from torch import nn

USE_ADAPTER = True


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
    loss.backward()  # TM001-here
    opt.step()
