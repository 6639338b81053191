import torch
import torch.nn as nn

from .heads import NormalHead


class RecurrentEncoder(nn.Module):
    def __init__(self, input_size, hidden_size, rnn_layers):
        super().__init__()
        self.rnn = nn.LSTM(input_size, hidden_size, rnn_layers, batch_first=True, dropout=0.1)

    def forward(self, x):
        return self.rnn(x)[0]


class DeepAR(nn.Module):
    """DeepAR-like autoregressive model; the LSTM sits in blocks['encoder'].rnn."""

    def __init__(self, n_covariates=2, hidden_size=16, rnn_layers=2):
        super().__init__()
        self.blocks = nn.ModuleDict({
            "embedding": nn.Linear(1 + n_covariates, hidden_size),
            "encoder": RecurrentEncoder(hidden_size, hidden_size, rnn_layers),
        })
        self.distribution_projector = NormalHead(hidden_size)

    @classmethod
    def from_dataset(cls, dataset, **kwargs):
        return cls(n_covariates=dataset["covariates"].size(-1), **kwargs)

    def forward(self, target_lagged, covariates):
        z = self.blocks["embedding"](torch.cat([target_lagged.unsqueeze(-1), covariates], -1))
        return self.distribution_projector(self.blocks["encoder"](z))

    def training_step(self, batch):
        dist = self(batch["target"][:, :-1], batch["covariates"][:, 1:])
        return -dist.log_prob(batch["target"][:, 1:]).mean()

    def predict(self, batches, mode="prediction"):
        self.eval()
        outs = []
        with torch.no_grad():
            for batch in batches:
                dist = self(batch["target"][:, :-1], batch["covariates"][:, 1:])
                outs.append(dist.mean if mode == "prediction" else dist.stddev)
        return torch.cat(outs)
