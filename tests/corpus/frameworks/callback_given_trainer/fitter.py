import torch


class Fitter:
    def __init__(self, network, lr=1e-2):
        self.network = network
        self.optimizer = torch.optim.Adam(network.parameters(), lr=lr)

    def fit(self, batches, epochs, callbacks=()):
        for callback in callbacks:
            callback.set_fitter(self)
        self.network.train()
        for epoch in range(epochs):
            for x, y in batches:
                loss = torch.nn.functional.cross_entropy(self.network(x), y)
                self.optimizer.zero_grad()
                loss.backward()  # TM001-here
                self.optimizer.step()
            for callback in callbacks:
                callback.on_epoch_end(epoch)
