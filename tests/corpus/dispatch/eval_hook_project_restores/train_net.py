# expect: clean
"""The same project, but do_test() restores the mode the model had
(was_training) before it returns."""
import functools
import itertools

import torch
import torch.nn as nn

from engine import EvalHook, PeriodicLogger, Trainer


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.LSTM(4, 8, batch_first=True)
        self.cls = nn.Linear(8, 3)

    def forward(self, x):
        return self.cls(self.encoder(x)[0][:, -1])


def do_test(cfg, model):
    was_training = model.training
    model.eval()
    correct = 0
    with torch.no_grad():
        for _ in range(cfg["batches"]):
            correct += model(torch.randn(2, 5, 4)).argmax(-1).sum().item()
    model.train(was_training)
    return {"acc": correct}


def batches():
    while True:
        yield torch.randn(2, 5, 4), torch.randint(0, 3, (2,))


def main():
    cfg = {"batches": 2, "eval_period": 2, "max_iter": 5}
    model = Tagger()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    trainer = Trainer(model, opt, iter(batches()))
    trainer.register_hooks([PeriodicLogger(2), EvalHook(cfg["eval_period"], functools.partial(do_test, cfg, model))])
    trainer.train(cfg["max_iter"])


if __name__ == "__main__":
    main()
