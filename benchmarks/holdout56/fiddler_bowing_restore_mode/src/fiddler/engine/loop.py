import torch
import torch.nn.functional as F


class Engine:
    """Minimal engine: hooks are looked up by name on every callback."""

    def __init__(self, model, callbacks=(), lr=1e-2, epochs=2):
        self.model = model
        self.callbacks = list(callbacks)
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.epochs = epochs
        self.state = {"epoch": 0, "val_acc": None}

    def _fire(self, hook, *args):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, *args)

    def train_epoch(self, loader):
        self.model.train()
        for x, y in loader:
            self.opt.zero_grad()
            loss = F.cross_entropy(self.model(x).flatten(0, 1), y.flatten())
            loss.backward()
            self.opt.step()
            self._fire("on_batch_end", loss.item())

    @torch.no_grad()
    def validate(self, loader):
        self.model.eval()
        hits = total = 0
        for x, y in loader:
            pred = self.model(x).argmax(-1)
            hits += (pred == y).sum().item()
            total += y.numel()
        self.state["val_acc"] = hits / total
        self._fire("on_validation_end", loader)

    def fit(self, train_loader, val_loader):
        for epoch in range(self.epochs):
            self.state["epoch"] = epoch
            self.train_epoch(train_loader)
            self.validate(val_loader)
            self._fire("on_epoch_end")
        return self.state
