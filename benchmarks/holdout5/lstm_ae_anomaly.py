# expect: crash
# category: modes_travel
"""LSTM autoencoder for sensor anomaly detection: train on normal windows, calibrate a threshold on
reconstruction error, then keep adapting to drift on newly confirmed normal windows."""
import torch
import torch.nn as nn

torch.manual_seed(4)
SEQ, FEAT = 10, 3


class Encoder(nn.Module):
    def __init__(self, n_features, embedding_dim=8):
        super().__init__()
        self.rnn1 = nn.LSTM(n_features, 2 * embedding_dim, batch_first=True)
        self.rnn2 = nn.LSTM(2 * embedding_dim, embedding_dim, batch_first=True)

    def forward(self, x):
        x, _ = self.rnn1(x)
        _, (hidden, _) = self.rnn2(x)
        return hidden[-1]


class Decoder(nn.Module):
    def __init__(self, seq_len, embedding_dim=8, n_features=1):
        super().__init__()
        self.seq_len = seq_len
        self.rnn = nn.LSTM(embedding_dim, embedding_dim, batch_first=True)
        self.output_layer = nn.Linear(embedding_dim, n_features)

    def forward(self, z):
        z = z.unsqueeze(1).repeat(1, self.seq_len, 1)
        x, _ = self.rnn(z)
        return self.output_layer(x)


class RecurrentAutoencoder(nn.Module):
    def __init__(self, seq_len, n_features):
        super().__init__()
        self.encoder = Encoder(n_features)
        self.decoder = Decoder(seq_len, n_features=n_features)

    def forward(self, x):
        return self.decoder(self.encoder(x))


def windows(n, anomalous=False):
    t = torch.linspace(0, 6.28, SEQ)
    base = torch.stack([torch.sin(t + k) for k in range(FEAT)], 1)
    x = base.unsqueeze(0) + 0.05 * torch.randn(n, SEQ, FEAT)
    return x + (1.5 * torch.randn(n, SEQ, FEAT) if anomalous else 0)


model = RecurrentAutoencoder(SEQ, FEAT)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
criterion = nn.L1Loss(reduction="sum")


def fit_step(batch):
    optimizer.zero_grad()
    loss = criterion(model(batch), batch)
    loss.backward()  # TM001-here
    optimizer.step()
    return loss.item()


for epoch in range(2):
    model.train()
    losses = [fit_step(windows(8)) for _ in range(3)]
    print(f"epoch {epoch} train loss {sum(losses) / len(losses):.2f}")


def reconstruction_errors(x):
    model.eval()
    with torch.no_grad():
        return (model(x) - x).abs().sum(dim=(1, 2))


threshold = reconstruction_errors(windows(16)).max().item()
print("threshold", round(threshold, 2))

# online phase: score incoming windows, adapt on the ones judged normal
for step in range(3):
    incoming = torch.cat([windows(6), windows(2, anomalous=True)])
    errors = reconstruction_errors(incoming)
    normal = incoming[errors <= threshold]
    print(f"step {step}: {int((errors > threshold).sum())} anomalies")
    if len(normal):
        fit_step(normal)
