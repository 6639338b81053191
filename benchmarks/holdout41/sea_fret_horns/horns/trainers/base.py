import torch


class BaseTrainer:
    def __init__(self, model, lr=1e-3):
        self.model = model
        self.optimizer = torch.optim.Adam(model.parameters(), lr=lr)
        self.epoch = 0

    def compute_loss(self, batch):
        raise NotImplementedError

    def on_epoch_start(self):
        pass

    def on_epoch_end(self):
        pass

    def fit(self, data, epochs):
        self.model.train()
        for self.epoch in range(epochs):
            self.on_epoch_start()
            for batch in data:
                loss = self.compute_loss(batch)
                self.optimizer.zero_grad()
                loss.backward()
                self.optimizer.step()
            self.on_epoch_end()
