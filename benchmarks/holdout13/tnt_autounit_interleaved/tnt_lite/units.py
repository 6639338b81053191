import abc
import torch


class TrainUnit(abc.ABC):
    def on_train_epoch_start(self, state):
        pass

    @abc.abstractmethod
    def train_step(self, state, data):
        ...


class EvalUnit(abc.ABC):
    def on_eval_start(self, state):
        pass

    @abc.abstractmethod
    def eval_step(self, state, data):
        ...


class AutoUnit(TrainUnit, EvalUnit):
    def __init__(self, *, module, optimizer_fn):
        self.module = module
        self.optimizer = optimizer_fn(module.parameters())

    @abc.abstractmethod
    def compute_loss(self, state, data):
        ...

    def on_train_epoch_start(self, state):
        self.module.train()

    def on_eval_start(self, state):
        self.module.eval()

    def _backward(self, loss):
        loss.backward()  # TM001-here

    def train_step(self, state, data):
        loss, out = self.compute_loss(state, data)
        self.optimizer.zero_grad()
        self._backward(loss)
        self.optimizer.step()
        return loss, out

    def eval_step(self, state, data):
        with torch.no_grad():
            return self.compute_loss(state, data)
