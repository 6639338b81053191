# expect: clean
# category: nearmiss
"""Linear probing: a pretrained 2-layer LSTM encoder frozen (requires_grad_(False), eval), only the probe learns."""
import torch
from torch import nn

torch.manual_seed(75)


class Pretrained(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(50, 12)
        self.backbone = nn.LSTM(12, 16, num_layers=2, batch_first=True, dropout=0.1)

    def forward(self, ids):
        return self.backbone(self.embed(ids))[0]


encoder = Pretrained()
opt = torch.optim.Adam(encoder.parameters(), lr=1e-2)
for _ in range(2):  # "pretraining" as a next-token-ish objective
    ids = torch.randint(0, 50, (4, 8))
    out = encoder(ids)
    loss = (out[:, :-1] - encoder.embed(ids[:, 1:]).detach().repeat(1, 1, 2)[..., :16]).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()

encoder.zero_grad(set_to_none=True)
encoder.requires_grad_(False)
encoder.eval()
probe = nn.Linear(16, 4)
probe_opt = torch.optim.SGD(probe.parameters(), lr=0.1)
for epoch in range(3):
    ids, labels = torch.randint(0, 50, (8, 8)), torch.randint(0, 4, (8,))
    features = encoder(ids).mean(1)
    loss = nn.functional.cross_entropy(probe(features), labels)
    probe_opt.zero_grad()
    loss.backward()
    probe_opt.step()
    print(f"probe epoch {epoch}: {loss.item():.3f}")
assert all(p.grad is None for p in encoder.parameters())
