import torch


class Trainer:
    """Minimal fit loop; subclasses override the hooks."""

    def __init__(self, model, lr=1e-2, epochs=2):
        self.model = model
        self.optimizer = torch.optim.Adam(model.parameters(), lr=lr)
        self.epochs = epochs
        self.history = []

    # hooks -------------------------------------------------------------
    def on_epoch_start(self, epoch):
        self.model.train()

    def compute_loss(self, batch):
        raise NotImplementedError

    def on_epoch_end(self, epoch, losses):
        self.history.append(sum(losses) / len(losses))

    # loop --------------------------------------------------------------
    def training_step(self, batch):
        self.optimizer.zero_grad()
        loss = self.compute_loss(batch)
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()

    def fit(self, loader):
        for epoch in range(self.epochs):
            self.on_epoch_start(epoch)
            losses = [self.training_step(batch) for batch in loader]
            self.on_epoch_end(epoch, losses)
        return self.history
