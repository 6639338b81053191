import torch
import torch.nn.functional as F


class MeadowTrainer:
    """A small trainer with overridable hooks."""

    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
        self.epoch = 0
        self.history = []

    # hooks -------------------------------------------------------------
    def on_epoch_start(self):
        pass

    def on_validation_end(self, metrics):
        """Default: go back to training once validation is logged."""
        self.history.append(metrics)
        self.model.train()

    # loops -------------------------------------------------------------
    def train_epoch(self, data):
        x, y = data
        bs = self.cfg["batch"]
        total = 0.0
        for i in range(0, x.size(0), bs):
            logits = self.model(x[i:i + bs])
            loss = F.cross_entropy(logits, y[i:i + bs])
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            total += loss.item()
        return total

    @torch.no_grad()
    def validate(self, data):
        self.model.eval()
        x, y = data
        logits = self.model(x)
        return {"loss": F.cross_entropy(logits, y).item(),
                "acc": (logits.argmax(-1) == y).float().mean().item()}

    def fit(self, train_data, val_data):
        self.model.train()
        for self.epoch in range(self.cfg["epochs"]):
            self.on_epoch_start()
            self.train_epoch(train_data)
            self.on_validation_end(self.validate(val_data))
        return self.history
