import torch
import torch.nn.functional as F


class Engine:
    def __init__(self, model, cfg, callbacks=()):
        self.model = model
        self.cfg = cfg
        self.callbacks = list(callbacks)
        self.optimizer = torch.optim.SGD(model.parameters(), lr=cfg["optim"]["lr"], momentum=0.9)
        self.state = {"epoch": 0, "step": 0}

    def _emit(self, hook, *args):
        for cb in self.callbacks:
            getattr(cb, hook)(self, *args)

    @torch.no_grad()
    def predict(self, x):
        self.model.eval()
        return self.model(x).argmax(-1)

    def _train_step(self, batch):
        x, y = batch
        loss = F.cross_entropy(self.model(x), y)
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer.step()
        self.state["step"] += 1
        return loss.item()

    def fit(self, loader):
        self.model.train()
        self._emit("on_fit_start")
        for epoch in range(self.cfg["trainer"]["max_epochs"]):
            self.state["epoch"] = epoch
            self._emit("on_train_epoch_start")
            for batch in loader:
                loss = self._train_step(batch)
                self._emit("on_train_batch_end", loss)
        self._emit("on_fit_end")
