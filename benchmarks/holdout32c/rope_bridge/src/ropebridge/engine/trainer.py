import torch
import torch.nn.functional as F


class Trainer:
    def __init__(self, model, lr=1e-3, seed=0):
        torch.manual_seed(seed)
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.callbacks = []
        self.state = {"epoch": 0, "sensitivity": [], "last_batch": None}

    def fit(self, batches, epochs=1):
        for epoch in range(epochs):
            self.state["epoch"] = epoch
            self.model.train()
            for wind, sway in batches:
                self.opt.zero_grad()
                loss = F.mse_loss(self.model(wind), sway)
                loss.backward()
                self.opt.step()
                self.state["last_batch"] = wind
            for cb in self.callbacks:
                cb.on_epoch_end(self)
