import torch


class Engine:
    """Minimal engine driven by a config dict."""

    def __init__(self, task, cfg):
        self.task = task
        self.cfg = dict(cfg)
        self.opt = torch.optim.SGD(task.model.parameters(), lr=self.cfg.get("lr", 0.05))
        self.state = {"epoch": 0, "step": 0, "val": []}

    # hooks --------------------------------------------------------------
    def on_epoch_start(self, epoch):
        self.task.model.train()

    def on_validation_end(self, metrics):
        self.state["val"].append(metrics)

    def on_fit_end(self):
        pass

    # internals ----------------------------------------------------------
    def backward(self, loss):
        loss.backward()

    def validate(self, loader):
        self.task.model.eval()
        with torch.no_grad():
            losses = [self.task.validation_step(b) for b in loader]
        metrics = {"val_loss": float(sum(losses) / len(losses))}
        self.on_validation_end(metrics)
        return metrics

    def fit(self, train_loader, val_loader):
        for epoch in range(self.cfg["epochs"]):
            self.state["epoch"] = epoch
            self.on_epoch_start(epoch)
            for batch in train_loader:
                self.opt.zero_grad()
                loss = self.task.training_step(batch)
                self.backward(loss)
                self.opt.step()
                self.state["step"] += 1
            if (epoch + 1) % self.cfg["val_every"] == 0:
                self.validate(val_loader)
        self.on_fit_end()
        return self.state
