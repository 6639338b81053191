# expect: crash
"""Continual learning with EWC (avalanche-style plugin shape): after each experience the diagonal Fisher is
estimated from per-batch gradients of the log-likelihood, with the model put in eval mode first."""
import copy

import torch
import torch.nn.functional as F
from torch import nn


class SeqClassifier(nn.Module):
    def __init__(self, n_in=3, hidden=8, n_classes=4):
        super().__init__()
        self.features = nn.LSTM(n_in, hidden, batch_first=True)
        self.classifier = nn.Linear(hidden, n_classes)

    def forward(self, x):
        h, _ = self.features(x)
        return self.classifier(h[:, -1])


class EWCPlugin:
    def __init__(self, ewc_lambda=10.0):
        self.ewc_lambda = ewc_lambda
        self.saved_params, self.importances = {}, {}

    def penalty(self, model):
        loss = 0.0
        for exp_id, imp in self.importances.items():
            for n, p in model.named_parameters():
                loss = loss + (imp[n] * (p - self.saved_params[exp_id][n]).pow(2)).sum()
        return self.ewc_lambda * loss

    def after_training_exp(self, model, exp_id, batches):
        model.eval()
        importances = {n: torch.zeros_like(p) for n, p in model.named_parameters()}
        for x, y in batches:
            model.zero_grad()
            loss = F.cross_entropy(model(x), y)
            loss.backward()  # TM001-here
            for n, p in model.named_parameters():
                importances[n] += p.grad.detach().pow(2) / len(batches)
        self.importances[exp_id] = importances
        self.saved_params[exp_id] = copy.deepcopy({n: p.detach() for n, p in model.named_parameters()})


def experience(seed, n=2):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 5, 3, generator=g), torch.randint(0, 4, (4,), generator=g)) for _ in range(n)]


torch.manual_seed(0)
model = SeqClassifier()
ewc = EWCPlugin()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
for exp_id in range(2):
    batches = experience(exp_id)
    model.train()
    for x, y in batches:
        loss = F.cross_entropy(model(x), y) + ewc.penalty(model)
        opt.zero_grad()
        loss.backward()
        opt.step()
    ewc.after_training_exp(model, exp_id, batches)
    print(f"experience {exp_id}: loss {loss.item():.4f}")
