import torch
import torch.nn.functional as F

from .data import traces
from .mixins import EvaluateMixin


class BaseTrainer:
    def __init__(self, model, lr):
        self._model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    @property
    def net(self):
        return self._model

    def step(self, batch):
        x, y = batch
        loss = F.cross_entropy(self.net(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()


class BlockTrainer(EvaluateMixin, BaseTrainer):
    def __init__(self, model, lr, eval_every=0):
        super().__init__(model, lr)
        self.eval_every = eval_every

    def fit(self, epochs, steps_per_epoch):
        global_step = 0
        for epoch in range(epochs):
            self.net.train()
            for _ in range(steps_per_epoch):
                loss = self.step(traces())
                global_step += 1
                acc = self.maybe_evaluate(global_step)
                if acc is not None:
                    print(f"epoch {epoch} step {global_step}: loss {loss:.3f} val acc {acc:.3f}")
