import torch


class Trainer:
    def __init__(self, epochs, callbacks=()):
        self.epochs = epochs
        self.callbacks = list(callbacks)
        self.step = 0

    def _fire(self, hook, *args):
        for callback in self.callbacks:
            method = getattr(callback, hook, None)
            if method is not None:
                method(self, *args)

    def fit(self, module):
        optimizer = torch.optim.Adam(module.parameters(), lr=1e-3)
        for _ in range(self.epochs):
            module.train()
            for batch in module.batches():
                loss = module.training_step(batch)
                optimizer.zero_grad()
                loss.backward()  # TM001-here
                optimizer.step()
                self.step += 1
                self._fire("on_batch_end", module, loss, batch)
