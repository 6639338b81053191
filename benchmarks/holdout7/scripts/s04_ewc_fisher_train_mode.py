# expect: clean
"""EWC again, but the Fisher pass keeps the model in train mode (the network has no dropout/batch-norm, so
train mode changes nothing numerically) and only the accuracy check afterwards uses eval under no_grad."""
import torch
import torch.nn.functional as F
from torch import nn


class SeqClassifier(nn.Module):
    def __init__(self, n_in=3, hidden=8, n_classes=4):
        super().__init__()
        self.body = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_classes)

    def forward(self, x):
        h, _ = self.body(x)
        return self.head(h[:, -1])


def compute_fisher(net, batches):
    net.train()
    fisher = {n: torch.zeros_like(p) for n, p in net.named_parameters()}
    for x, y in batches:
        net.zero_grad()
        log_probs = F.log_softmax(net(x), -1)
        sampled = torch.distributions.Categorical(logits=log_probs).sample()
        F.nll_loss(log_probs, sampled).backward()
        for n, p in net.named_parameters():
            fisher[n] += p.grad.detach() ** 2 / len(batches)
    return fisher


@torch.no_grad()
def accuracy(net, batches):
    net.eval()
    return sum((net(x).argmax(-1) == y).float().mean().item() for x, y in batches) / len(batches)


def task(seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 5, 3, generator=g), torch.randint(0, 4, (4,), generator=g)) for _ in range(2)]


torch.manual_seed(0)
net = SeqClassifier()
opt = torch.optim.Adam(net.parameters(), lr=1e-2)
anchors, fishers = [], []
for t in range(2):
    batches = task(t)
    for x, y in batches:
        net.train()
        penalty = sum((f[n] * (p - a[n]) ** 2).sum() for f, a in zip(fishers, anchors) for n, p in net.named_parameters())
        loss = F.cross_entropy(net(x), y) + 5.0 * penalty
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(f"task {t}: acc {accuracy(net, batches):.2f}")
    fishers.append(compute_fisher(net, batches))
    anchors.append({n: p.detach().clone() for n, p in net.named_parameters()})
