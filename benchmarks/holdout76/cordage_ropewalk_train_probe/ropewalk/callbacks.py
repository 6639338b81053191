import torch
from torch import nn


class HistoryLogger:
    def on_validation_end(self, engine, data, acc):
        engine.state["history"].append(round(acc, 3))


class SaliencyLogger:
    """Logs which twist reading mattered most, by |grad * input|."""

    def __init__(self, every=1):
        self.every = every
        self.log = []

    def on_validation_end(self, engine, data, acc):
        if engine.state["epoch"] % self.every:
            return
        x, y = data
        x = x[:2].clone().requires_grad_(True)
        was_training = engine.model.training
        engine.model.train()
        logits = engine.model(x)
        score = logits.gather(1, y[:2, None]).sum()
        score.backward()
        engine.model.train(was_training)
        rel = (x.grad * x).abs().sum(-1)
        self.log.append(rel.argmax(1).tolist())
        engine.opt.zero_grad()
