# expect: crash
"""A tiny training event loop on the standard-library `sched` scheduler: the
train step re-schedules itself every tick and a validation callback is
scheduled every third tick. Validation flips the encoder to eval mode and
nothing flips it back.
"""
import sched
import time

import torch
import torch.nn as nn

torch.manual_seed(0)


class Seq2Vec(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.GRU(5, 10, num_layers=2, batch_first=True)
        self.out = nn.Linear(10, 1)

    def forward(self, x):
        return self.out(self.encoder(x)[1][-1])


model = Seq2Vec().train()
opt = torch.optim.RMSprop(model.parameters(), lr=1e-3)
scheduler = sched.scheduler(time.monotonic, lambda s: None)
state = {"tick": 0, "max_ticks": 5}


def train_tick():
    x, y = torch.randn(4, 6, 5), torch.randn(4, 1)
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()  # TM001-here
    opt.step()
    state["tick"] += 1
    print("tick", state["tick"], loss.item())
    if state["tick"] % 3 == 0:
        scheduler.enter(0, 0, validate)
    if state["tick"] < state["max_ticks"]:
        scheduler.enter(0, 1, train_tick)


def validate():
    model.eval()
    with torch.no_grad():
        print("val", model(torch.randn(4, 6, 5)).mean().item())


scheduler.enter(0, 1, train_tick)
scheduler.run()
