# expect: crash
# category: wrappers
"""Continual learning with Elastic Weight Consolidation on two synthetic sequence tasks (LSTM classifier)."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(30)


class SeqNet(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


def make_task(shift):
    x = torch.randn(24, 8, 3) + shift
    y = (x[:, :, 0].mean(1) > shift).long()
    return [(x[i:i + 8], y[i:i + 8]) for i in range(0, 24, 8)]


class EWC:
    def __init__(self, model, loader, n_samples=8):
        self.params = {n: p.detach().clone() for n, p in model.named_parameters()}
        self.fisher = self._diag_fisher(model, loader, n_samples)

    def _diag_fisher(self, model, loader, n_samples):
        fisher = {n: torch.zeros_like(p) for n, p in model.named_parameters()}
        model.eval()
        seen = 0
        for x, _ in loader:
            for xi in x:
                model.zero_grad()
                logp = F.log_softmax(model(xi.unsqueeze(0)), -1)
                label = logp.argmax(-1)
                F.nll_loss(logp, label).backward()  # TM001-here
                for n, p in model.named_parameters():
                    fisher[n] += p.grad.detach() ** 2
                seen += 1
                if seen >= n_samples:
                    return {n: f / seen for n, f in fisher.items()}
        return {n: f / seen for n, f in fisher.items()}

    def penalty(self, model):
        return sum((self.fisher[n] * (p - self.params[n]) ** 2).sum() for n, p in model.named_parameters())


def train(model, loader, opt, ewc=None, lam=50.0):
    model.train()
    for x, y in loader:
        loss = F.cross_entropy(model(x), y)
        if ewc is not None:
            loss = loss + lam * ewc.penalty(model)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def accuracy(model, loader):
    model.eval()
    with torch.no_grad():
        return sum((model(x).argmax(1) == y).float().mean().item() for x, y in loader) / len(loader)


task_a, task_b = make_task(0.0), make_task(1.5)
net = SeqNet()
opt = torch.optim.Adam(net.parameters(), lr=1e-2)
for _ in range(2):
    train(net, task_a, opt)
print("task A acc", accuracy(net, task_a))
ewc = EWC(net, task_a)
for _ in range(2):
    train(net, task_b, opt, ewc)
print("after B: task A acc", accuracy(net, task_a), "task B acc", accuracy(net, task_b))
