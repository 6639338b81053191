import torch
import torch.nn as nn

from utils import evaluating


class GatedResidualNetwork(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.fc1, self.fc2, self.gate = nn.Linear(d, d), nn.Linear(d, d), nn.Linear(d, d)
        self.norm = nn.LayerNorm(d)

    def forward(self, x):
        h = self.fc2(nn.functional.elu(self.fc1(x)))
        return self.norm(x + torch.sigmoid(self.gate(h)) * h)


class LocalEncoderDecoder(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.lstm_encoder = nn.LSTM(d, d, batch_first=True)
        self.lstm_decoder = nn.LSTM(d, d, batch_first=True)

    def forward(self, past, future):
        enc, state = self.lstm_encoder(past)
        dec, _ = self.lstm_decoder(future, state)
        return torch.cat([enc, dec], 1)


class TemporalFusionTransformer(nn.Module):
    def __init__(self, n_inputs=3, d=16, horizon=4, quantiles=(0.1, 0.5, 0.9)):
        super().__init__()
        self.horizon, self.quantiles = horizon, quantiles
        self.prescaler = nn.Linear(n_inputs, d)
        self.variable_selection = GatedResidualNetwork(d)
        self.local = LocalEncoderDecoder(d)
        self.attention = nn.MultiheadAttention(d, 2, batch_first=True)
        self.output_layer = nn.Linear(d, len(quantiles))

    def forward(self, x_past, x_future):
        vs = self.variable_selection
        h = self.local(vs(self.prescaler(x_past)), vs(self.prescaler(x_future)))
        a, _ = self.attention(h, h, h)
        return self.output_layer(a[:, -self.horizon:])

    def quantile_loss(self, pred, y):
        q = torch.tensor(self.quantiles)
        err = y.unsqueeze(-1) - pred
        return torch.max(q * err, (q - 1) * err).mean()

    def predict(self, batches):
        with evaluating(self):
            return torch.cat([self(b["past"], b["future"])[..., 1] for b in batches])
