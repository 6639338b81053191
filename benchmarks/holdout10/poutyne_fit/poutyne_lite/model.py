import torch

from .optim import backward_step, get_optimizer


class Model:
    def __init__(self, network, optimizer, loss_function):
        self.network = network
        self.optimizer = get_optimizer(optimizer, network)
        self.loss_function = loss_function

    def fit_generator(self, train_generator, epochs=1, callbacks=()):
        for cb in callbacks:
            cb.set_model(self)
        history = []
        self.network.train(True)
        for epoch in range(1, epochs + 1):
            losses = [self._fit_batch(x, y) for x, y in train_generator()]
            logs = {"epoch": epoch, "loss": sum(losses) / len(losses)}
            for cb in callbacks:
                cb.on_epoch_end(epoch, logs)
            history.append(logs)
        return history

    def _fit_batch(self, x, y):
        self.optimizer.zero_grad()
        loss_tensor = self._compute_loss_and_backward(x, y)
        self.optimizer.step()
        return float(loss_tensor)

    def _compute_loss_and_backward(self, x, y):
        pred_y = self.network(x)
        loss_tensor = self.loss_function(pred_y, y)
        backward_step(loss_tensor, self.network)
        return loss_tensor
