import torch
import torch.nn.functional as F


class Engine:
    def __init__(self, model, callbacks=(), epochs=1, lr=1e-2):
        self.model = model
        self.callbacks = list(callbacks)
        self.epochs = epochs
        self.opt = torch.optim.SGD(model.parameters(), lr=lr)
        self.state = {"epoch": 0, "loss": None}

    def fire(self, hook):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self)

    def step(self, x, y):
        loss = F.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def fit(self, batches):
        self.model.train()
        self.fire("on_fit_start")
        for epoch in range(self.epochs):
            self.state["epoch"] = epoch
            self.fire("on_epoch_start")
            for x, y in batches:
                self.state["loss"] = self.step(x, y)
                self.fire("on_batch_end")
            self.fire("on_epoch_end")
