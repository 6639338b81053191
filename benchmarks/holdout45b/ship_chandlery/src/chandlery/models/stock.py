import torch.nn as nn


class StockLSTM(nn.Module):
    """Forecasts next week's demand for rope, tar, lamp oil and biscuits."""

    def __init__(self, n_items=4, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(n_items, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(hidden, n_items)

    def forward(self, weeks):
        out, _ = self.lstm(weeks)
        return self.head(self.drop(out[:, -1]))


def build_model(cfg):
    return StockLSTM(n_items=cfg.get("n_items", 4), hidden=cfg.get("hidden", 12))
