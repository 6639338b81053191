import torch.nn as nn


class FermentForecaster(nn.Module):
    def __init__(self, n_features=2, hidden=6):
        super().__init__()
        self.config = {"n_features": n_features, "hidden": hidden}
        self.encoder = nn.LSTM(n_features, hidden, batch_first=True)
        self.regressor = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        _, (h, _) = self.encoder(x)
        return self.regressor(h[-1]).squeeze(-1)

    @classmethod
    def from_pretrained(cls, state, inference=True):
        model = cls(**state["config"])
        model.load_state_dict(state["weights"])
        return model.eval() if inference else model


def pretrain_state(n_features=2, hidden=6):
    """Stands in for a checkpoint from the reference cellar."""
    donor = FermentForecaster(n_features, hidden)
    return {"config": donor.config, "weights": donor.state_dict()}
