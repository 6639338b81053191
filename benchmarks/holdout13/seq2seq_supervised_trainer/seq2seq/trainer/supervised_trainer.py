import torch
import torch.nn as nn

from ..evaluator import Evaluator


class SupervisedTrainer:
    def __init__(self, loss=None, print_every=100, callbacks=()):
        self.loss = loss or nn.NLLLoss()
        self.evaluator = Evaluator(loss=self.loss)
        self.print_every = print_every
        self.callbacks = list(callbacks)

    def _train_batch(self, src, tgt, model):
        out = model(src, tgt[:, :-1])
        loss = self.loss(out.flatten(0, 1), tgt[:, 1:].flatten())
        model.zero_grad()
        loss.backward()
        self.optimizer.step()
        return loss.item()

    def _train_epoches(self, data, model, n_epochs, dev_data=None):
        step = 0
        for epoch in range(1, n_epochs + 1):
            model.train(True)
            for src, tgt in data:
                step += 1
                self._train_batch(src, tgt, model)
                if step % self.print_every == 0 and dev_data is not None:
                    print("dev loss", self.evaluator.evaluate(model, dev_data))
                    model.train(mode=True)
            for cb in self.callbacks:
                cb(epoch)

    def train(self, model, data, num_epochs=5, dev_data=None, optimizer=None):
        self.optimizer = optimizer or torch.optim.Adam(model.parameters(), 1e-3)
        self._train_epoches(data, model, num_epochs, dev_data=dev_data)
        return model
