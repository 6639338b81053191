# expect: clean
"""Training driven by the standard library's `sched` event queue: each step schedules the next one, and every
second step also schedules an evaluation, which puts the LSTM back in training mode when it is done."""
import sched
import time

import torch
import torch.nn as nn

net = nn.LSTM(3, 4, batch_first=True)
opt = torch.optim.SGD(net.parameters(), lr=0.1)
queue = sched.scheduler(time.monotonic, lambda delay: None)
progress = {"step": 0}


def evaluate():
    net.eval()
    with torch.no_grad():
        print("eval", net(torch.randn(2, 5, 3))[0].mean().item())
    net.train()


def step():
    loss = net(torch.randn(2, 5, 3))[0].pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    progress["step"] += 1
    if progress["step"] % 2 == 0:
        queue.enter(0, 0, evaluate)
    if progress["step"] < 4:
        queue.enter(0, 1, step)


queue.enter(0, 1, step)
queue.run()
