import torch
import torch.nn as nn
import torch.nn.functional as F


class Generator(nn.Module):
    def __init__(self, feat_dim, hidden):
        super().__init__()
        self.pre = nn.Conv1d(feat_dim, hidden, 3, padding=1)
        self.post = nn.Conv1d(hidden, 1, 3, padding=1)

    def forward(self, feats):
        return self.post(torch.tanh(self.pre(feats.transpose(1, 2)))).transpose(1, 2)


class RecurrentDiscriminator(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.LSTM(1, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, wav):
        h, _ = self.rnn(wav)
        return self.out(h).squeeze(-1)


class GAN(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.model_g = Generator(config["feat_dim"], config["hidden"])
        self.model_d = RecurrentDiscriminator(config["hidden"])

    def as_dict(self):
        return {"gen": self.model_g, "disc": self.model_d}

    def train_step(self, batch, optimizer_idx):
        feats, wav = batch
        fake = self.model_g(feats)
        if optimizer_idx == 0:
            real_s, fake_s = self.model_d(wav), self.model_d(fake.detach())
            loss = F.mse_loss(real_s, torch.ones_like(real_s)) + F.mse_loss(fake_s, torch.zeros_like(fake_s))
        else:
            fake_s = self.model_d(fake)
            loss = F.mse_loss(fake_s, torch.ones_like(fake_s)) + F.l1_loss(fake, wav)
        return {"fake": fake}, {"loss": loss}

    def eval_step(self, batch):
        return self.train_step(batch, optimizer_idx=1)

    @torch.no_grad()
    def inference(self, feats):
        return self.model_g(feats)


def setup_model(config):
    return GAN(config)
