import torch

from .tester import Tester


class Trainer:
    def __init__(self, train_data, model, optimizer, loss, metrics, dev_data=None, n_epochs=2, validate_every=2):
        self.train_data, self.model, self.optimizer, self.loss = train_data, model, optimizer, loss
        self.n_epochs, self.validate_every = n_epochs, validate_every
        self.step = 0
        self.tester = Tester(dev_data, model, metrics) if dev_data is not None else None

    def _compute_loss(self, pred_dict, batch_y):
        return self.loss(pred_dict["pred"], batch_y["target"])

    def _grad_backward(self, loss):
        self.model.zero_grad()
        loss.backward()

    def train(self):
        self.model.train()
        for epoch in range(1, self.n_epochs + 1):
            for batch_x, batch_y in self.train_data:
                pred = self.model(**batch_x)
                loss = self._compute_loss(pred, batch_y)
                self._grad_backward(loss)
                self.optimizer.step()
                self.step += 1
                if self.tester is not None and self.step % self.validate_every == 0:
                    self.tester.test()
            print(f"epoch {epoch} loss {loss.item():.4f}")
        return {"steps": self.step}
