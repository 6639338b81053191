# expect: clean
"""Marionette string controller: predict the puppet's joint angles from the
last few string-tension readings.  A small zoo of recurrent models is scored
zero-shot first, then the best one is fine-tuned on the new puppet."""
import argparse
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("marionette")


class Zoo:
    _builders = {}

    @classmethod
    def register(cls, name):
        def deco(builder):
            cls._builders[name] = builder
            return builder
        return deco

    @classmethod
    def names(cls):
        return sorted(cls._builders)

    @classmethod
    def for_training(cls, name, **kw):
        return cls._builders[name](**kw)

    @classmethod
    def for_inference(cls, name, **kw):
        model = cls._builders[name](**kw)
        return model.eval()


@Zoo.register("lstm")
class StringLSTM(nn.Module):
    def __init__(self, n_strings=6, n_joints=4, hidden=12):
        super().__init__()
        self.rnn = nn.LSTM(n_strings, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_joints)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])


@Zoo.register("gru")
class StringGRU(nn.Module):
    def __init__(self, n_strings=6, n_joints=4, hidden=12):
        super().__init__()
        self.inp = nn.Linear(n_strings, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_joints)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.inp(x)))
        return self.out(h[:, -1])


@Zoo.register("mlp")
class StringMLP(nn.Module):
    def __init__(self, n_strings=6, n_joints=4, hidden=12, window=5):
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(n_strings * window, hidden), nn.Tanh(),
                                 nn.Linear(hidden, n_joints))
        self.window = window

    def forward(self, x):
        return self.net(x[:, -self.window:])


def puppet_batches(n_batches, batch=4, steps=5, seed=0):
    g = torch.Generator().manual_seed(seed)
    mix = torch.randn(6, 4, generator=g)
    for _ in range(n_batches):
        x = torch.randn(batch, steps, 6, generator=g)
        yield x, torch.tanh(x[:, -1] @ mix)


@torch.no_grad()
def zero_shot(models, seed):
    scores = {}
    for name, model in models.items():
        errs = [F.mse_loss(model(x), y).item() for x, y in puppet_batches(3, seed=seed)]
        scores[name] = sum(errs) / len(errs)
    return scores


def finetune(model, steps, lr, seed):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for step, (x, y) in enumerate(puppet_batches(steps, seed=seed)):
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        log.debug("step %d loss %.4f", step, loss.item())
    return model


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--steps", type=int, default=4)
    p.add_argument("--lr", type=float, default=1e-2)
    p.add_argument("--seed", type=int, default=7)
    args = p.parse_args(argv)
    torch.manual_seed(args.seed)

    models = {name: Zoo.for_inference(name) for name in Zoo.names()}
    scores = zero_shot(models, seed=args.seed)
    recurrent = {k: v for k, v in scores.items() if k != "mlp"}
    best = min(recurrent, key=recurrent.get)
    print("zero-shot", {k: round(v, 4) for k, v in scores.items()}, "->", best)

    model = Zoo.for_training(best)
    model.load_state_dict(models[best].state_dict())
    finetune(model, args.steps, args.lr, seed=args.seed + 1)
    print("after fine-tuning", round(zero_shot({best: model}, seed=args.seed)[best], 4))


if __name__ == "__main__":
    main()
