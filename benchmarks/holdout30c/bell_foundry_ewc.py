# expect: crash
"""Bell-foundry casting: cooling-curve GRU trained on alloy tasks with EWC; Fisher kept in a dict per task."""
import torch
from torch import nn


class CoolingGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.crack = nn.Linear(8, 2)

    def forward(self, x):
        return self.crack(self.gru(x)[0][:, -1])


def task_batch(task_id, n=6):
    x = torch.randn(n, 9, 3) + task_id
    return x, (x[:, :, 1].mean(1) > task_id).long()


def fisher_diagonal(model, task_id):
    model.eval()
    x, y = task_batch(task_id)
    model.zero_grad()
    nn.functional.cross_entropy(model(x), y).backward()  # TM001-here
    return {n: p.grad.detach() ** 2 for n, p in model.named_parameters()}


def train_task(model, task_id, fishers, anchors, lam=5.0):
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(3):
        x, y = task_batch(task_id)
        loss = nn.functional.cross_entropy(model(x), y)
        for t, fisher in fishers.items():
            for n, p in model.named_parameters():
                loss = loss + lam * (fisher[n] * (p - anchors[t][n]) ** 2).sum()
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    torch.manual_seed(10)
    model = CoolingGRU()
    fishers, anchors = {}, {}
    for alloy in range(2):
        train_task(model, alloy, fishers, anchors)
        fishers[alloy] = fisher_diagonal(model, alloy)
        anchors[alloy] = {n: p.detach().clone() for n, p in model.named_parameters()}
    print("tasks", sorted(fishers))
