import torch


class Trainer:
    """fit() runs the epoch loop; subclasses fill in train_step and may override the hooks."""

    def __init__(self, net, lr=1e-2):
        self.net_ = net
        self.optimizer_ = torch.optim.Adam(net.parameters(), lr=lr)
        self.history_ = []

    def on_epoch_begin(self, epoch):
        pass

    def train_step(self, x, y):
        raise NotImplementedError

    def fit(self, batches, epochs=1):
        for epoch in range(epochs):
            self.on_epoch_begin(epoch)
            self.history_.append(sum(self.train_step(x, y) for x, y in batches))
        return self

    def predict_batches(self, batches):
        """Yield class probabilities batch by batch, in inference mode."""
        self.net_.eval()
        with torch.no_grad():
            for x, _ in batches:
                yield self.net_(x).softmax(-1)
        self.net_.train()
