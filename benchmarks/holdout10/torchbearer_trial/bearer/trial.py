import torch

from . import state as S


class Trial:
    def __init__(self, model, optimizer, criterion, callbacks=()):
        self.state = {S.MODEL: model, S.OPTIMIZER: optimizer, S.CRITERION: criterion, S.METRICS: {}}
        self.callbacks = list(callbacks)

    def with_generators(self, train_generator=None, val_generator=None):
        self.train_generator = train_generator
        self.state[S.VAL_GENERATOR] = val_generator
        return self

    def train(self):
        self.state[S.MODEL].train()

    def eval(self):
        self.state[S.MODEL].eval()

    def _fire(self, name):
        for cb in self.callbacks:
            getattr(cb, name, lambda st: None)(self.state)

    def run(self, epochs=1):
        history = []
        for epoch in range(epochs):
            self.state[S.EPOCH] = epoch
            self.train()
            self._fit_pass()
            self._val_pass()
            self._fire("on_end_epoch")
            history.append(dict(self.state[S.METRICS]))
        return history

    def _fit_pass(self):
        model, opt, crit = self.state[S.MODEL], self.state[S.OPTIMIZER], self.state[S.CRITERION]
        for x, y in self.train_generator:
            opt.zero_grad()
            loss = crit(model(x), y)
            loss.backward()
            opt.step()
        self.state[S.METRICS]["loss"] = loss.item()

    def _val_pass(self):
        self.eval()
        model, crit = self.state[S.MODEL], self.state[S.CRITERION]
        with torch.no_grad():
            losses = [crit(model(x), y).item() for x, y in self.state[S.VAL_GENERATOR]]
        self.state[S.METRICS]["val_loss"] = sum(losses) / len(losses)
