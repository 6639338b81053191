import torch
import torch.nn.functional as F


class Engine:
    def __init__(self, model, config, callbacks=()):
        self.model = model
        self.cfg = dict(config)
        self.callbacks = list(callbacks)
        self.opt = torch.optim.Adam(model.parameters(), lr=self.cfg.get("lr", 1e-3))
        self.state = {"epoch": 0, "val_loss": None}

    def _emit(self, hook, **kw):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, **kw)

    def train_epoch(self, loader):
        self.model.train()
        for x, y in loader:
            self.opt.zero_grad()
            loss = F.cross_entropy(self.model(x), y)
            loss.backward()
            self.opt.step()
            self._emit("on_batch_end", loss=loss.item())

    def validate(self, loader):
        self.model.eval()
        losses = []
        with torch.no_grad():
            for x, y in loader:
                losses.append(F.cross_entropy(self.model(x), y).item())
        self.state["val_loss"] = sum(losses) / len(losses)
        self._emit("on_validation_end", batch=loader[0])

    def run(self, train_loader, val_loader):
        for epoch in range(self.cfg["epochs"]):
            self.state["epoch"] = epoch
            self.train_epoch(train_loader)
            self.validate(val_loader)
        return self.state
