# expect: clean
"""Hop-kiln drying: a trainer logs the input-gradient norm (taken with `create_graph=True`) and adds it to the
loss only when its `grad_penalty` setting is above zero. The constructor's default, 0.0, is what this run uses,
so the backward stays first order; `self.seen`, a counter another method moves on, is compared too."""
import torch
import torch.nn as nn


class KilnNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


class Trainer:
    def __init__(self, model, grad_penalty=0.0, warmup=1):
        self.model = model
        self.grad_penalty = grad_penalty
        self.warmup = warmup
        self.seen = 0
        self.opt = torch.optim.SGD(model.parameters(), lr=0.05)

    def step(self, x, y):
        x = x.clone().requires_grad_(True)
        loss = nn.functional.mse_loss(self.model(x), y)
        (g,) = torch.autograd.grad(loss, x, create_graph=True)
        gnorm = g.norm()
        total = loss + self.grad_penalty * gnorm if self.grad_penalty > 0 else loss
        self.opt.zero_grad()
        total.backward()
        self.opt.step()
        self.seen += 1
        return gnorm.item() if self.seen > self.warmup else None


torch.manual_seed(2)
trainer = Trainer(KilnNet())
trainer.model.train()
for _ in range(3):
    print(trainer.step(torch.randn(4, 5, 3), torch.randn(4, 1)))
