# expect: clean
"""Experiment configs as frozen dataclasses that hold the model. The baseline
config's model is put in eval mode for a zero-shot score; the fine-tuning run
uses `dataclasses.replace(cfg, model=build(...))`, which swaps in a freshly
built (training-mode) model rather than the evaluated one.
"""
import dataclasses

import torch
import torch.nn as nn


@dataclasses.dataclass(frozen=True)
class RunConfig:
    name: str
    model: nn.Module
    lr: float = 1e-2
    steps: int = 3


def build(kind, hidden=8):
    rnn_cls = {"lstm": nn.LSTM, "gru": nn.GRU}[kind]
    return nn.ModuleDict({"rnn": rnn_cls(4, hidden, batch_first=True), "out": nn.Linear(hidden, 1)})


def predict(model, x):
    return model["out"](model["rnn"](x)[0][:, -1])


def zero_shot(cfg, x, y):
    cfg.model.eval()
    with torch.no_grad():
        return nn.functional.mse_loss(predict(cfg.model, x), y).item()


def run(cfg, x, y):
    opt = torch.optim.Adam(cfg.model.parameters(), lr=cfg.lr)
    for _ in range(cfg.steps):
        opt.zero_grad()
        loss = nn.functional.mse_loss(predict(cfg.model, x), y)
        loss.backward()
        opt.step()
    return loss.item()


torch.manual_seed(0)
x, y = torch.randn(6, 8, 4), torch.randn(6, 1)
base = RunConfig("baseline", build("lstm"))
print("zero-shot", zero_shot(base, x, y))
ft = dataclasses.replace(base, name="finetune", model=build("lstm"), lr=5e-3)
print("finetuned", run(ft, x, y))
