import torch


class BaseTrainer:
    """Generic loop; subclasses customise through hooks."""

    def __init__(self, model, lr=1e-3, epochs=1, steps=2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.epochs = epochs
        self.steps = steps

    # hooks -------------------------------------------------------------
    def on_fit_start(self):
        self.model.train()

    def on_validation_end(self, metrics):
        pass

    def on_epoch_end(self, epoch, metrics):
        pass

    # pieces ------------------------------------------------------------
    def batch(self):
        raise NotImplementedError

    def loss(self, batch):
        raise NotImplementedError

    def validate(self):
        self.model.eval()
        with torch.no_grad():
            metrics = {"val": float(self.loss(self.batch()))}
        self.on_validation_end(metrics)
        return metrics

    def fit(self):
        self.on_fit_start()
        history = []
        for epoch in range(self.epochs):
            for _ in range(self.steps):
                loss = self.loss(self.batch())
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
            metrics = self.validate()
            self.on_epoch_end(epoch, metrics)
            history.append(metrics["val"])
        return history
