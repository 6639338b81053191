import torch
import torch.nn.functional as F


class BaseTrainer:
    """Minimal trainer: subclasses customise behaviour through on_* hooks."""

    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.SGD(model.parameters(), lr=cfg["lr"])
        self.history = []

    # ---- hooks -------------------------------------------------------
    def on_fit_start(self):
        self.model.train()

    def on_epoch_end(self, epoch, loss):
        self.history.append(round(loss, 4))

    def on_validation_end(self, epoch, acc):
        pass

    # ---- data ---------------------------------------------------------
    def batches(self):
        for _ in range(self.cfg["steps"]):
            x = torch.randn(self.cfg["batch"], 6, self.cfg["n_in"])
            y = torch.randint(0, self.cfg["n_cls"], (self.cfg["batch"],))
            yield x, y

    # ---- loops ----------------------------------------------------------
    def training_step(self, x, y):
        loss = F.cross_entropy(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def validate(self, epoch):
        self.model.eval()
        correct = total = 0
        with torch.no_grad():
            for x, y in self.batches():
                correct += (self.model(x).argmax(-1) == y).sum().item()
                total += y.numel()
        self.on_validation_end(epoch, correct / total)

    def fit(self):
        self.on_fit_start()
        for epoch in range(self.cfg["epochs"]):
            loss = 0.0
            for x, y in self.batches():
                loss = self.training_step(x, y)
            self.validate(epoch)
            self.on_epoch_end(epoch, loss)
        return self.history
