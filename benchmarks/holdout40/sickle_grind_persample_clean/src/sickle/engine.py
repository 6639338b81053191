import torch
from torch import nn


class Engine:
    def __init__(self, model, config, callbacks=()):
        self.model = model
        self.config = config
        self.callbacks = list(callbacks)
        self.opt = torch.optim.Adam(model.parameters(), lr=config["lr"])
        self.loss_fn = nn.CrossEntropyLoss()
        self.state = {"epoch": 0, "step": 0}

    def fire(self, hook, *args):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, *args)

    def run(self, batches):
        for epoch in range(self.config["epochs"]):
            self.model.train()
            for x, y in batches:
                loss = self.loss_fn(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                self.state["step"] += 1
                self.fire("on_batch_end", x, y)
            self.state["epoch"] = epoch
        return self.state
