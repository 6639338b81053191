"""gluonts-like Estimator / Predictor split."""
import torch
from .network import DeepARNetwork


class Predictor:
    def __init__(self, network, num_samples=5):
        self.network = network.eval()
        self.num_samples = num_samples

    @torch.no_grad()
    def predict(self, past, covariate):
        return self.network.distr(past, covariate).sample((self.num_samples,))[..., -1].mean(0)


class Estimator:
    def __init__(self, epochs=1, lr=1e-2, **net_kwargs):
        self.epochs, self.lr, self.net_kwargs = epochs, lr, net_kwargs

    def _train_loop(self, network, dataset):
        opt = torch.optim.Adam(network.parameters(), lr=self.lr)
        for _ in range(self.epochs):
            for past, cov, target in dataset:
                loss = network.nll(past, cov, target)
                opt.zero_grad()
                loss.backward()  # TM001-here
                opt.step()
        return loss.item()

    def train(self, dataset):
        network = DeepARNetwork(**self.net_kwargs)
        network.train()
        print("train nll", round(self._train_loop(network, dataset), 3))
        return Predictor(network)

    def train_from(self, predictor, dataset):
        """Warm-start: continue training the network held by an existing predictor."""
        print("warm-start nll", round(self._train_loop(predictor.network, dataset), 3))
        return Predictor(predictor.network)
