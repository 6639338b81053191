import logging
import torch

log = logging.getLogger("lute.trainer")


class Trainer:
    def __init__(self, max_epochs=2, lr=5e-3, num_sanity_val_steps=2):
        self.max_epochs = max_epochs
        self.lr = lr
        self.num_sanity_val_steps = num_sanity_val_steps
        self.history = []

    def _val_loop(self, model, batches, limit=None):
        model.eval()
        losses = []
        with torch.no_grad():
            for i, (x, y) in enumerate(batches):
                if limit is not None and i >= limit:
                    break
                losses.append(torch.nn.functional.mse_loss(model(x), y).item())
        return sum(losses) / max(len(losses), 1)

    def _sanity_check(self, model, val_batches):
        if self.num_sanity_val_steps:
            v = self._val_loop(model, val_batches, limit=self.num_sanity_val_steps)
            log.info("sanity val %.4f", v)

    def _train_epoch(self, model, opt, batches):
        for x, y in batches:
            opt.zero_grad()
            loss = torch.nn.functional.mse_loss(model(x), y)
            loss.backward()  # TM001-here
            opt.step()
        return loss.item()

    def fit(self, model, train_batches, val_batches):
        opt = torch.optim.SGD(model.parameters(), lr=self.lr)
        self._sanity_check(model, val_batches)
        for epoch in range(self.max_epochs):
            tl = self._train_epoch(model, opt, train_batches)
            vl = self._val_loop(model, val_batches)
            model.train()
            self.history.append((epoch, tl, vl))
        return self.history
