# expect: clean
"""Estuary salinity, continual learning: an EWC helper estimates the Fisher information in its constructor, in
eval mode only when its `eval_for_fisher` flag is set (kept in a field, tested by the method the constructor
calls). The script builds it with the flag off, so the LSTM stays in train mode for that backward."""
import torch
import torch.nn as nn


class Salinity(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1])


class EWC:
    def __init__(self, model, batches, eval_for_fisher=True):
        self.model = model
        self.eval_for_fisher = eval_for_fisher
        self.fisher = self._estimate(batches)

    def _estimate(self, batches):
        if self.eval_for_fisher:
            self.model.eval()
        fisher = {n: torch.zeros_like(p) for n, p in self.model.named_parameters()}
        for x, y in batches:
            self.model.zero_grad()
            nn.functional.cross_entropy(self.model(x), y).backward()
            for n, p in self.model.named_parameters():
                fisher[n] += p.grad.detach() ** 2
        return fisher


torch.manual_seed(2)
model = Salinity()
batches = [(torch.randn(4, 5, 3), torch.randint(0, 2, (4,))) for _ in range(2)]
ewc = EWC(model, batches, eval_for_fisher=False)
print(sorted(ewc.fisher)[:2])
