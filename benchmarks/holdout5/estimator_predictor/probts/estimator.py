import torch

from .network import DeepARNetwork


class Predictor:
    def __init__(self, net, prediction_length):
        self.net = net.eval()
        self.prediction_length = prediction_length

    @torch.no_grad()
    def predict(self, past, covariate, num_samples=5):
        _, _, state = self.net(past[:, :-1], covariate[:, :-1])
        last = past[:, -1:].repeat(num_samples, 1)
        state = state.repeat(1, num_samples, 1)
        cov = covariate[:, -1:].repeat(num_samples, 1)
        samples = []
        for _ in range(self.prediction_length):
            mu, sigma, state = self.net(last, cov, state)
            last = torch.normal(mu, sigma)
            samples.append(last)
        return torch.cat(samples, 1).view(num_samples, past.size(0), -1)


class DeepAREstimator:
    def __init__(self, prediction_length, epochs=2, lr=1e-2):
        self.prediction_length, self.epochs, self.lr = prediction_length, epochs, lr

    def train(self, dataset):
        net = DeepARNetwork()
        opt = torch.optim.Adam(net.parameters(), lr=self.lr)
        for _ in range(self.epochs):
            for target, cov in dataset:
                mu, sigma, _ = net(target[:, :-1], cov[:, :-1])
                nll = -torch.distributions.Normal(mu, sigma).log_prob(target[:, 1:]).mean()
                opt.zero_grad()
                nll.backward()
                opt.step()
        return Predictor(net, self.prediction_length)
