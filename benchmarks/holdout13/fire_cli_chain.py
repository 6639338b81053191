# expect: clean
"""python-fire style CLI: a `Pipeline` class whose methods are dispatched by name from argv with getattr and
chained (`evaluate finetune`). `evaluate` leaves the model in eval, but `finetune` calls self.net.train() first."""
import sys
import torch
import torch.nn as nn


class Pipeline:
    def __init__(self, hidden=8, lr=1e-2):
        self.net = nn.ModuleDict({"rnn": nn.RNN(3, hidden, batch_first=True), "head": nn.Linear(hidden, 2)})
        self.lr = lr
        self.data = (torch.randn(5, 4, 3), torch.randint(0, 2, (5,)))

    def _logits(self, x):
        return self.net["head"](self.net["rnn"](x)[0][:, -1])

    def evaluate(self):
        self.net.eval()
        with torch.no_grad():
            acc = (self._logits(self.data[0]).argmax(-1) == self.data[1]).float().mean()
        print("acc", float(acc))
        return self

    def finetune(self, steps=3):
        self.net.train()
        opt = torch.optim.SGD(self.net.parameters(), lr=self.lr)
        for _ in range(int(steps)):
            loss = nn.functional.cross_entropy(self._logits(self.data[0]), self.data[1])
            opt.zero_grad(); loss.backward(); opt.step()
        return self


def Fire(component, argv):
    obj = component()
    for cmd in argv:
        name, _, val = cmd.partition("=")
        fn = getattr(obj, name)
        obj = fn(val) if val else fn()
    return obj


if __name__ == "__main__":
    Fire(Pipeline, sys.argv[1:] or ["evaluate", "finetune", "evaluate", "finetune=2"])
    print("done")
