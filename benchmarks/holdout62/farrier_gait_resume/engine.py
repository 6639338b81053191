import torch
import torch.nn.functional as F


class Engine:
    def __init__(self, model, callbacks=(), lr=5e-3):
        self.model = model
        self.callbacks = list(callbacks)
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.global_step = 0
        self.metrics = {}

    def fire(self, hook, *args):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, *args)

    def evaluate(self, loader):
        self.model.eval()
        correct = total = 0
        with torch.no_grad():
            for x, y in loader:
                correct += (self.model(x).argmax(-1) == y).sum().item()
                total += y.numel()
        self.metrics["val_acc"] = correct / total
        self.fire("on_validation_end", self.metrics)
        return self.metrics["val_acc"]

    def train_step(self, batch):
        x, y = batch
        loss = F.cross_entropy(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def fit(self, train_loader, val_loader, epochs=2):
        self.val_loader = val_loader
        for epoch in range(epochs):
            self.model.train()
            self.fire("on_epoch_start", epoch)
            for batch in train_loader:
                loss = self.train_step(batch)
                self.global_step += 1
                self.fire("on_batch_end", loss)
            self.fire("on_epoch_end", epoch)
        return self.metrics
