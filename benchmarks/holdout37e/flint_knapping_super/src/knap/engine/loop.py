import torch


class Trainer:
    def __init__(self, model, epochs=1, lr=1e-2):
        self.model = model
        self.epochs = epochs
        self.opt = torch.optim.SGD(model.parameters(), lr=lr)
        self.history = []

    def on_fit_start(self):
        pass

    def on_epoch_start(self, epoch):
        self.model.train()

    def on_epoch_end(self, epoch):
        pass

    def batches(self):
        raise NotImplementedError

    def training_step(self, batch):
        raise NotImplementedError

    def fit(self):
        self.on_fit_start()
        for epoch in range(self.epochs):
            self.on_epoch_start(epoch)
            for batch in self.batches():
                loss = self.training_step(batch)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                self.history.append(loss.item())
            self.on_epoch_end(epoch)
        return self.history
