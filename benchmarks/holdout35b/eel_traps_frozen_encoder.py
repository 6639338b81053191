# expect: clean
"""Eel-trap catch counts: a pretrained sonar GRU is frozen and kept in eval; only
the count head is trained on its features (raw sonar needs no gradient)."""
import torch
import torch.nn as nn

torch.manual_seed(9)


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

head = nn.Sequential(nn.Linear(12, 8), nn.ReLU(), nn.Linear(8, 1))
opt = torch.optim.Adam(head.parameters(), lr=1e-2)
sonar = torch.randn(16, 10, 4)
counts = torch.poisson(torch.full((16,), 3.0))
for epoch in range(3):
    for i in range(0, 16, 4):
        feats = encoder(sonar[i:i + 4])
        rate = head(feats).squeeze(-1)
        loss = nn.functional.poisson_nll_loss(rate, counts[i:i + 4])
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(f"epoch {epoch} nll {loss.item():.3f}")
