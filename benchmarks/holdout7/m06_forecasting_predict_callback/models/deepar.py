import torch
from torch import nn


class DeepAR(nn.Module):
    """pytorch-forecasting flavoured: the network owns a predict() helper that switches itself to eval."""

    def __init__(self, n_features=3, hidden_size=8, rnn_layers=2):
        super().__init__()
        self.input_projection = nn.Linear(n_features, hidden_size)
        self.rnn = nn.GRU(hidden_size, hidden_size, num_layers=rnn_layers, batch_first=True)
        self.distribution_projector = nn.Linear(hidden_size, 2)

    def forward(self, x):
        h, _ = self.rnn(self.input_projection(x["encoder_cont"]))
        mu, log_sigma = self.distribution_projector(h).unbind(-1)
        return {"prediction": mu, "scale": log_sigma.exp()}

    def loss(self, out, target):
        dist = torch.distributions.Normal(out["prediction"], out["scale"] + 1e-3)
        return -dist.log_prob(target).mean()

    def predict(self, dataloader, mode="prediction"):
        self.eval()
        preds = []
        with torch.no_grad():
            for x, _ in dataloader:
                preds.append(self(x)[mode])
        return torch.cat(preds)
