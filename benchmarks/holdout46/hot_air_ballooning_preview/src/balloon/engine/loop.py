import torch
import torch.nn.functional as F


class Engine:
    """Small step-based loop; callbacks see the engine and may use its helpers."""

    def __init__(self, model, cfg, callbacks=()):
        self.model = model
        self.cfg = cfg
        self.callbacks = list(callbacks)
        self.optimizer = torch.optim.Adam(model.parameters(), lr=cfg["optim"]["lr"])
        self.state = {"step": 0, "log": []}

    def _emit(self, hook, **kw):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, **kw)

    def fit(self, train_data, val_data):
        self.val_data = val_data
        self._emit("on_fit_start")
        for epoch in range(self.cfg["loop"]["epochs"]):
            self.model.train()
            for batch in train_data:
                self.training_step(batch)
                if self.state["step"] % self.cfg["loop"]["val_every"] == 0:
                    self.validate()
        self._emit("on_fit_end")

    def training_step(self, batch):
        x, y = batch
        self.optimizer.zero_grad()
        loss = F.mse_loss(self.model(x), y)
        loss.backward()  # TM001-here
        self.optimizer.step()
        self.state["step"] += 1

    def validate(self):
        self.model.eval()
        with torch.no_grad():
            err = sum(F.mse_loss(self.model(x), y).item() for x, y in self.val_data) / len(self.val_data)
        self.model.train()
        self._emit("on_validation_end", val_mse=err)

    def predict(self, x):
        self.model.eval()
        with torch.no_grad():
            return self.model(x)
