import torch


class Trainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=lr)
        self.history = []

    # hooks -------------------------------------------------------------
    def on_fit_start(self):
        pass

    def on_epoch_end(self, epoch, batches):
        pass

    # loop --------------------------------------------------------------
    def training_step(self, batch):
        x, y = batch
        return torch.nn.functional.mse_loss(self.model(x), y)

    def fit(self, batches, epochs=2):
        self.on_fit_start()
        for epoch in range(epochs):
            self.model.train()
            for batch in batches:
                loss = self.training_step(batch)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
            self.history.append(loss.item())
            self.on_epoch_end(epoch, batches)
        return self.history
