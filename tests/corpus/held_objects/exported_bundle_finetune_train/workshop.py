"""A training workshop that hands out an inference bundle: export() returns a Bundle holding the encoder,
switched to eval for serving."""
import torch
import torch.nn as nn


class KeystrokeEncoder(nn.Module):
    def __init__(self, keys=20, dim=8):
        super().__init__()
        self.embed = nn.Embedding(keys, dim)
        self.rnn = nn.RNN(dim, dim, batch_first=True, nonlinearity="relu")
        self.user = nn.Linear(dim, 3)

    def forward(self, keys):
        return self.user(self.rnn(self.embed(keys))[0][:, -1])


class Bundle:
    def __init__(self, encoder, labels):
        self.encoder = encoder
        self.labels = labels

    def identify(self, keys):
        with torch.no_grad():
            return [self.labels[i] for i in self.encoder(keys).argmax(-1).tolist()]


class Workshop:
    def __init__(self):
        self.encoder = KeystrokeEncoder()
        self.opt = torch.optim.Adam(self.encoder.parameters(), lr=1e-2)

    def practice(self, sessions):
        for keys, who in sessions:
            loss = nn.functional.cross_entropy(self.encoder(keys), who)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()

    def export(self):
        return Bundle(encoder=self.encoder.eval(), labels=["ann", "bo", "cy"])
