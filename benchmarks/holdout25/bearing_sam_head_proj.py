# expect: crash
"""Bearing fault detection: sharpness-aware fine-tuning of only the head on a frozen LSTM backbone."""
import torch
import torch.nn as nn

torch.manual_seed(4)


class Backbone(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(2, 6)
        self.lstm = nn.LSTM(6, 8, batch_first=True)

    def forward(self, vib):
        o, _ = self.lstm(torch.tanh(self.proj(vib)))
        return o[:, -1]


def sam_step(head, feats, y, opt, rho=0.05):
    loss = nn.functional.cross_entropy(head(feats), y)
    loss.backward(retain_graph=True)  # TM001-here
    norm = torch.norm(torch.stack([p.grad.norm() for p in head.parameters()]))
    eps = []
    with torch.no_grad():
        for p in head.parameters():
            e = rho * p.grad / (norm + 1e-12)
            p.add_(e)
            eps.append(e)
    opt.zero_grad()
    nn.functional.cross_entropy(head(feats), y).backward()
    with torch.no_grad():
        for p, e in zip(head.parameters(), eps):
            p.sub_(e)
    opt.step()
    opt.zero_grad()
    return loss.item()


backbone = Backbone()
for p in backbone.lstm.parameters():
    p.requires_grad_(False)
backbone.eval()
head = nn.Linear(8, 4)
opt = torch.optim.SGD(head.parameters(), lr=0.1)
vib, y = torch.randn(6, 10, 2), torch.randint(0, 4, (6,))
for epoch in range(3):
    feats = backbone(vib)
    print(epoch, sam_step(head, feats, y, opt))
