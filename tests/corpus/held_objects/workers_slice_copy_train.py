# expect: clean
"""Ensemble distillation: a list of worker objects each fine-tunes its own deep copy of the shared GRU. The
script picks the workers of a round by slicing the list; the shared model was left in eval by the last scoring,
but each worker puts its copy in train mode before fine-tuning it."""
import copy

import torch
import torch.nn as nn


class SharedEncoder(nn.Module):
    def __init__(self, dim=5, hidden=6):
        super().__init__()
        self.gru = nn.GRU(dim, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1])


class Worker:
    def __init__(self, seed):
        self.seed = seed

    def finetune(self, shared):
        local = copy.deepcopy(shared)
        local.train()
        opt = torch.optim.SGD(local.parameters(), lr=0.05)
        torch.manual_seed(self.seed)
        x, y = torch.randn(3, 6, 5), torch.randint(0, 2, (3,))
        loss = nn.functional.cross_entropy(local(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        return loss.item()


def score(model):
    model.eval()
    with torch.no_grad():
        return model(torch.randn(4, 6, 5)).softmax(-1).max(-1).values.mean().item()


shared = SharedEncoder()
workers = [Worker(seed) for seed in range(4)]
for round_ in range(2):
    losses = [w.finetune(shared) for w in workers[round_ % 2::2]]
    print(round_, losses, score(shared))
