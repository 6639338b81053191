import os

import torch
import torch.nn.functional as F

from .model import Marionette


def _loss(model, x):
    return F.mse_loss(model(x[:, :-1]), x[:, 1:])


def rehearse(model, batches, workdir, epochs):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    best, path = float("inf"), os.path.join(workdir, "best.pt")
    for _ in range(epochs):
        model.train()
        for x in batches:
            loss = _loss(model, x)
            opt.zero_grad()
            loss.backward()
            opt.step()
        model.eval()
        with torch.no_grad():
            val = sum(_loss(model, x).item() for x in batches) / len(batches)
        if val < best:
            best = val
            torch.save(model.state_dict(), path)
    return path


def fine_tune(path, cfg, batches, steps):
    model = Marionette(**cfg)
    model.load_state_dict(torch.load(path))
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    for step in range(steps):
        loss = _loss(model, batches[step % len(batches)])
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model
