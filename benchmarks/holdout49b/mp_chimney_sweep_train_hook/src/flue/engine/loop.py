import torch


class Trainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.history = []

    def training_step(self, x, y):
        self.opt.zero_grad()
        loss = torch.nn.functional.mse_loss(self.model(x), y)
        loss.backward()
        self.opt.step()
        return loss.item()

    def validate(self, x, y):
        self.model.eval()
        with torch.no_grad():
            val = torch.nn.functional.mse_loss(self.model(x), y).item()
        self.on_validation_end(x, y, val)
        return val

    def on_validation_end(self, x, y, val):
        pass

    def on_epoch_start(self, epoch):
        self.model.train()

    def fit(self, train, val, epochs=2):
        for epoch in range(epochs):
            self.on_epoch_start(epoch)
            tl = self.training_step(*train)
            vl = self.validate(*val)
            self.history.append((tl, vl))
        return self.history
