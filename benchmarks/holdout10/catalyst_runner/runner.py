from collections import defaultdict

import torch

from engine import DeviceEngine


class IRunner:
    """Minimal Catalyst-like runner: epochs -> loaders -> batches."""

    def __init__(self):
        self.engine = DeviceEngine()
        self.loader_metrics = defaultdict(float)
        self.best_valid_metric = float("inf")

    # hooks -------------------------------------------------------------
    def on_epoch_start(self):
        pass

    def on_loader_start(self):
        self.model.train(self.is_train_loader)

    def on_loader_end(self):
        if not self.is_train_loader:
            self.best_valid_metric = min(self.best_valid_metric, self.loader_metrics["loss"])

    def handle_batch(self, batch):
        raise NotImplementedError

    # main loop ---------------------------------------------------------
    def train(self, *, model, criterion, optimizer, loaders, num_epochs=1, verbose=False):
        self.model, self.criterion, self.optimizer = model, criterion, optimizer
        self.loaders = loaders
        for self.epoch_step in range(1, num_epochs + 1):
            self.on_epoch_start()
            for self.loader_key, self.loader in self.loaders.items():
                self.is_train_loader = self.loader_key.startswith("train")
                self.on_loader_start()
                with torch.set_grad_enabled(self.is_train_loader):
                    for self.batch in self.loader:
                        self.handle_batch(self.batch)
                self.on_loader_end()
                if verbose:
                    print(self.epoch_step, self.loader_key, round(self.loader_metrics["loss"], 4))


class CustomRunner(IRunner):
    def on_loader_start(self):
        # reset meters; eval for validation (the train branch was forgotten)
        self.loader_metrics = defaultdict(float)
        if not self.is_train_loader:
            self.model.eval()

    def handle_batch(self, batch):
        x, y = batch
        logits = self.model(x)
        loss = self.criterion(logits, y)
        self.loader_metrics["loss"] = loss.item()
        if self.is_train_loader:
            self.engine.backward(loss)
            self.optimizer.step()
            self.optimizer.zero_grad()
