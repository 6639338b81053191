import torch
import torch.nn as nn

from minilit import LitModule


class MelPredictor(LitModule):
    """Text -> mel frames: embedding, BiLSTM encoder, GRU decoder over upsampled states."""

    def __init__(self, n_symbols=30, n_mels=8, hidden=12):
        super().__init__()
        self.embedding = nn.Embedding(n_symbols, hidden)
        self.encoder = nn.LSTM(hidden, hidden // 2, batch_first=True, bidirectional=True)
        self.decoder = nn.GRU(hidden, hidden, batch_first=True)
        self.mel_out = nn.Linear(hidden, n_mels)

    def forward(self, text):
        enc, _ = self.encoder(self.embedding(text))
        dec, _ = self.decoder(enc.repeat_interleave(2, dim=1))
        return self.mel_out(dec)

    def training_step(self, batch, batch_idx):
        text, mel = batch
        opt = self.optimizers()
        loss = nn.functional.l1_loss(self(text), mel)
        opt.zero_grad()
        self.manual_backward(loss)
        nn.utils.clip_grad_norm_(self.parameters(), 1.0)
        opt.step()
        self.log("train_loss", loss)

    def validation_step(self, batch, batch_idx):
        text, mel = batch
        self.log("val_loss", nn.functional.l1_loss(self(text), mel))

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-3)
