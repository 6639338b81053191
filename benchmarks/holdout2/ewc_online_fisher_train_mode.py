# expect: clean
# category: near-miss
"""Online EWC over three tasks with a GRU; the Fisher is estimated from the training loss in training mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(31)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 10, batch_first=True)
        self.fc = nn.Linear(10, 2)

    def forward(self, x):
        return self.fc(self.gru(x)[1][-1])


def task(seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(16, 6, 2, generator=g)
    w = torch.randn(2, generator=g)
    return x, ((x.sum(1) @ w) > 0).long()


@torch.no_grad()
def evaluate(model, x, y):
    model.eval()
    return (model(x).argmax(1) == y).float().mean().item()


def estimate_fisher(model, x, y):
    model.train()
    model.zero_grad()
    F.cross_entropy(model(x), y).backward()
    return {n: p.grad.detach() ** 2 for n, p in model.named_parameters()}


net = Net()
opt = torch.optim.SGD(net.parameters(), lr=0.2)
fisher, anchor, gamma = None, None, 0.9
tasks = [task(s) for s in (1, 2, 3)]
for t, (x, y) in enumerate(tasks):
    for epoch in range(3):
        net.train()
        loss = F.cross_entropy(net(x), y)
        if fisher is not None:
            loss = loss + 20 * sum((fisher[n] * (p - anchor[n]) ** 2).sum() for n, p in net.named_parameters())
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(f"task {t}: accs so far", [round(evaluate(net, *tasks[i]), 2) for i in range(t + 1)])
    new_f = estimate_fisher(net, x, y)
    fisher = new_f if fisher is None else {n: gamma * fisher[n] + new_f[n] for n in new_f}
    anchor = {n: p.detach().clone() for n, p in net.named_parameters()}
