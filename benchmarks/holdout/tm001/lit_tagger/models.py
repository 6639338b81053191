import torch
import torch.nn as nn
import torch.nn.functional as F

from mini_lightning import LightningModule


class TaggerModule(LightningModule):
    def __init__(self, vocab=40, n_tags=5, dim=16, lr=1e-2):
        super().__init__()
        self.lr = lr
        self.embed = nn.Embedding(vocab, dim)
        self.bilstm = nn.LSTM(dim, dim, batch_first=True, bidirectional=True)
        self.proj = nn.Linear(2 * dim, n_tags)

    def forward(self, tokens):
        states, _ = self.bilstm(self.embed(tokens))
        return self.proj(states)

    def training_step(self, batch, batch_idx):
        tokens, tags = batch
        loss = F.cross_entropy(self(tokens).flatten(0, 1), tags.flatten())
        self.log("train_loss", loss)
        return loss

    def validation_step(self, batch, batch_idx):
        tokens, tags = batch
        acc = (self(tokens).argmax(-1) == tags).float().mean()
        self.log("val_acc", acc, prog_bar=True)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)

    @classmethod
    def load_from_checkpoint(cls, checkpoint_path, **hparams):
        model = cls(**hparams)
        model.load_state_dict(torch.load(checkpoint_path))
        return model.eval()


def toy_loaders(n=32, seq=6, vocab=40, n_tags=5):
    from torch.utils.data import DataLoader, TensorDataset
    g = torch.Generator().manual_seed(0)
    x = torch.randint(0, vocab, (n, seq), generator=g)
    y = torch.randint(0, n_tags, (n, seq), generator=g)
    ds = TensorDataset(x, y)
    return DataLoader(ds, batch_size=8, shuffle=True), DataLoader(ds, batch_size=16)
