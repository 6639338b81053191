# expect: crash
"""Eel-trap catch counts: a pretrained sonar GRU is frozen and kept in eval; a
small trainable adapter re-scales the sonar channels before the encoder."""
import torch
import torch.nn as nn

torch.manual_seed(10)


class SonarEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 12, batch_first=True)

    def forward(self, x):
        return self.gru(x)[1][-1]


encoder = SonarEncoder()
for p in encoder.parameters():
    p.requires_grad_(False)
encoder.eval()

adapter = nn.Linear(4, 4)
head = nn.Sequential(nn.Linear(12, 8), nn.ReLU(), nn.Linear(8, 1))
opt = torch.optim.Adam(list(adapter.parameters()) + list(head.parameters()), lr=1e-2)
sonar = torch.randn(16, 10, 4)
counts = torch.poisson(torch.full((16,), 3.0))
for epoch in range(3):
    for i in range(0, 16, 4):
        feats = encoder(adapter(sonar[i:i + 4]))
        rate = head(feats).squeeze(-1)
        loss = nn.functional.poisson_nll_loss(rate, counts[i:i + 4])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print(f"epoch {epoch} nll {loss.item():.3f}")
