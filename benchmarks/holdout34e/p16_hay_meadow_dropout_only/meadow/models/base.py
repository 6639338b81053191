from torch import nn


class WeatherEncoder(nn.Module):
    def __init__(self, n_in, hidden, p_drop=0.2):
        super().__init__()
        self.dropout = nn.Dropout(p_drop)
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)

    def forward(self, x):
        h, _ = self.lstm(self.dropout(x))
        return h[:, -1]


class BaseForecaster(nn.Module):
    """Forecasters share a weather encoder. With ``quiet_encoder`` the encoder
    is fine-tuned without its input dropout (the meadows have few years of data)."""

    def __init__(self, n_in, hidden, quiet_encoder=True):
        super().__init__()
        self.encoder = WeatherEncoder(n_in, hidden)
        self.quiet_encoder = quiet_encoder

    def train(self, mode=True):
        super().train(mode)
        if self.quiet_encoder:
            self.encoder.dropout.eval()
        return self
