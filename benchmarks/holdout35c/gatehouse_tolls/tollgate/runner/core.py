import torch
import torch.nn.functional as F


class Runner:
    def __init__(self, model, lr):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.handlers = {}
        self.state = {"epoch": 0, "loss": None, "stop": False}

    def add_handler(self, event, fn):
        self.handlers.setdefault(event, []).append(fn)

    def _fire(self, event):
        for fn in self.handlers.get(event, []):
            fn(self)

    def run(self, batches, max_epochs):
        for epoch in range(max_epochs):
            self.state["epoch"] = epoch
            self.model.train()
            for x, y in batches:
                self.opt.zero_grad()
                loss = F.mse_loss(self.model(x), y)
                loss.backward()
                self.opt.step()
            self.state["loss"] = loss.item()
            self._fire("epoch_completed")
            if self.state["stop"]:
                break
        return self.state
