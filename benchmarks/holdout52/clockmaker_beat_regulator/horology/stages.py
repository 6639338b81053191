import logging

import torch
import torch.nn.functional as F

from .checkpoints import load_best, save_best
from .model import BeatRegressor

log = logging.getLogger("horology.stages")


def evaluate(model, data):
    x, y = data
    model.eval()
    with torch.no_grad():
        return F.l1_loss(model(x), y).item()


def bench_stage(train, val, ckpt, epochs):
    model = BeatRegressor()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    best = float("inf")
    x, y = train
    for epoch in range(epochs):
        model.train()
        for i in range(0, len(x), 4):
            loss = F.mse_loss(model(x[i:i + 4]), y[i:i + 4])
            opt.zero_grad()
            loss.backward()
            opt.step()
        score = evaluate(model, val)
        if score < best:
            best = score
            save_best(model, ckpt)
        log.info("bench epoch %d val l1 %.4f", epoch, score)
    return best


def customer_stage(ckpt, data, steps):
    model = load_best(ckpt)
    opt = torch.optim.SGD(model.parameters(), lr=1e-2)
    x, y = data
    for step in range(steps):
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return evaluate(model, data)
