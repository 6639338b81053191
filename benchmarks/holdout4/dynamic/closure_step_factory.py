# expect: crash
"""Functional-style training: closures build the step and the evaluation, a generator streams batches and
interleaves validation batches into the stream."""
import torch
import torch.nn as nn
import torch.nn.functional as F


def make_train_step(model, optimizer):
    def step(x, y):
        loss = F.binary_cross_entropy_with_logits(model(x).squeeze(-1), y)
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()
        return loss.item()
    return step


def make_eval_step(model):
    def step(x, y):
        model.eval()
        with torch.no_grad():
            return F.binary_cross_entropy_with_logits(model(x).squeeze(-1), y).item()
    return step


def stream(n_train, val_every):
    for i in range(n_train):
        yield "train", torch.randn(4, 6, 5), torch.randint(0, 2, (4,)).float()
        if (i + 1) % val_every == 0:
            yield "val", torch.randn(4, 6, 5), torch.randint(0, 2, (4,)).float()


torch.manual_seed(0)
model = nn.Sequential()
model.add_module("rnn", nn.GRU(5, 8, batch_first=True))
model.add_module("pick", type("LastStep", (nn.Module,), {"forward": lambda self, o: o[0][:, -1]})())
model.add_module("out", nn.Linear(8, 1))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)

steps = {"train": make_train_step(model, optimizer), "val": make_eval_step(model)}
model.train()
for kind, x, y in stream(n_train=5, val_every=2):
    print(kind, round(steps[kind](x, y), 4))
