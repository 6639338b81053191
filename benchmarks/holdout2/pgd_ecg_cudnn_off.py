# expect: clean
# category: near-miss
"""PGD robustness check of a GRU heartbeat classifier; the attack runs with cuDNN switched off."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(21)


class BeatGRU(nn.Module):
    def __init__(self, hidden=16):
        super().__init__()
        self.gru = nn.GRU(1, hidden, num_layers=2, batch_first=True, dropout=0.2)
        self.cls = nn.Linear(hidden, 3)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.cls(out[:, -1])


def pgd(model, x, y, eps=0.05, alpha=0.02, steps=5):
    x_adv = x + torch.empty_like(x).uniform_(-eps, eps)
    for _ in range(steps):
        x_adv.requires_grad_(True)
        loss = F.cross_entropy(model(x_adv), y)
        grad, = torch.autograd.grad(loss, x_adv)
        x_adv = x_adv.detach() + alpha * grad.sign()
        x_adv = torch.min(torch.max(x_adv, x - eps), x + eps)
    return x_adv.detach()


net = BeatGRU()
opt = torch.optim.SGD(net.parameters(), lr=0.1)
beats = torch.randn(24, 30, 1).cumsum(dim=1) / 5
labels = torch.randint(0, 3, (24,))
net.train()
for epoch in range(2):
    for i in range(0, 24, 8):
        loss = F.cross_entropy(net(beats[i:i + 8]), labels[i:i + 8])
        opt.zero_grad()
        loss.backward()
        opt.step()

net.eval()
with torch.backends.cudnn.flags(enabled=False):
    adv = pgd(net, beats[:8], labels[:8])
with torch.no_grad():
    print("robust accuracy", (net(adv).argmax(-1) == labels[:8]).float().mean().item())
