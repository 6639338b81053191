import torch
import torch.nn.functional as F


class Trainer:
    def __init__(self, model, plugins):
        self.model = model
        self.plugins = plugins
        self.opt = torch.optim.Adam(model.parameters(), 1e-2)

    def fit(self, data, epochs=1):
        for p in self.plugins:
            p.on_fit_start(self, data)
        for epoch in range(epochs):
            for x, y in data:
                loss = F.mse_loss(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()
            for p in self.plugins:
                p.on_epoch_end(self, epoch, loss.item())
