# expect: clean
"""Barrel-stave grading: a mixin's train() override puts back in eval the children whose names its class lists in
`kept_in_eval`; the model class overrides that list with its batch norm only, so the GRU trains."""
import torch
import torch.nn as nn


class KeepInEval:
    kept_in_eval = ("stem",)

    def train(self, mode=True):
        super().train(mode)
        for name, child in self.named_children():
            if name in self.kept_in_eval:
                child.eval()
        return self


class Stave(KeepInEval, nn.Module):
    kept_in_eval = ("norm",)

    def __init__(self):
        super().__init__()
        self.stem = nn.GRU(4, 8, batch_first=True)
        self.norm = nn.BatchNorm1d(8)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        h, _ = self.stem(x)
        return self.head(self.norm(h[:, -1]))


torch.manual_seed(1)
model = Stave()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
model.train()
x, y = torch.randn(5, 6, 4), torch.randint(0, 3, (5,))
loss = nn.functional.cross_entropy(model(x), y)
opt.zero_grad()
loss.backward()
opt.step()
print("loss", float(loss))
