import torch


class Trainer:
    hooks = ("on_fit_start", "on_batch_end")

    def __init__(self, task, callbacks=(), lr=0.02):
        self.task = task
        self.callbacks = list(callbacks)
        self.opt = torch.optim.SGD(task.model.parameters(), lr=lr)

    def _fire(self, hook, *args):
        for cb in self.callbacks:
            getattr(cb, hook)(self, *args)

    def fit(self, batches, epochs=2):
        self.task.model.train()
        self._fire("on_fit_start")
        step = 0
        for _ in range(epochs):
            for batch in batches:
                loss = self.task.loss(batch)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                self._fire("on_batch_end", step, loss.item())
                step += 1
