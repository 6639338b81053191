"""gluonts-like estimator: train() fits a network and returns a Predictor ready for inference."""
import torch
import torch.nn as nn


class DeepARNetwork(nn.Module):
    def __init__(self, context_length, hidden=12, layers=2):
        super().__init__()
        self.context_length = context_length
        self.rnn = nn.LSTM(2, hidden, num_layers=layers, batch_first=True, dropout=0.1)
        self.mu = nn.Linear(hidden, 1)
        self.sigma = nn.Linear(hidden, 1)

    def forward(self, past_target, time_feat):
        x = torch.stack([past_target, time_feat], -1)
        out, _ = self.rnn(x)
        return self.mu(out).squeeze(-1), nn.functional.softplus(self.sigma(out)).squeeze(-1) + 1e-3


def gaussian_nll(mu, sigma, target):
    return (torch.log(sigma) + 0.5 * ((target - mu) / sigma) ** 2).mean()


class Predictor:
    def __init__(self, prediction_net):
        self.prediction_net = prediction_net

    def predict(self, past_target, time_feat):
        with torch.no_grad():
            mu, _ = self.prediction_net(past_target, time_feat)
        return mu[:, -1]


class DeepAREstimator:
    def __init__(self, context_length=10, epochs=1, lr=1e-2):
        self.context_length = context_length
        self.epochs = epochs
        self.lr = lr

    def train(self, dataset):
        net = DeepARNetwork(self.context_length)
        opt = torch.optim.Adam(net.parameters(), lr=self.lr)
        for _ in range(self.epochs):
            for past, feat in dataset:
                mu, sigma = net(past[:, :-1], feat[:, :-1])
                loss = gaussian_nll(mu, sigma, past[:, 1:])
                opt.zero_grad()
                loss.backward()
                opt.step()
        return Predictor(net.eval())
