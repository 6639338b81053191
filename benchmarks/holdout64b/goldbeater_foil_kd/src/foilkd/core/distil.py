import torch
import torch.nn as nn
import torch.nn.functional as F

from .base import LightModule


class GaugeRNN(nn.Module):
    def __init__(self, emb, hidden, classes):
        super().__init__()
        self.rnn = nn.LSTM(emb, hidden, batch_first=True)
        self.out = nn.Linear(hidden, classes)

    def forward(self, e):
        h, _ = self.rnn(e)
        return self.out(h[:, -1])


class DistilModule(LightModule):
    def __init__(self, hp):
        super().__init__()
        self.hp = hp
        self.embed = nn.Embedding(hp["vocab"], hp["emb"])  # shared by teacher and student
        self.teacher = GaugeRNN(hp["emb"], hp["t_hidden"], hp["classes"])
        self.student = GaugeRNN(hp["emb"], hp["s_hidden"], hp["classes"])

    def on_fit_start(self):
        self.teacher.eval()
        for p in self.teacher.parameters():
            p.requires_grad_(False)

    def teacher_logits(self, e):
        return self.teacher(e)

    def training_step(self, batch, batch_idx):
        ids, y = batch
        e = self.embed(ids)
        s = self.student(e)
        t = self.teacher_logits(e)
        tau = self.hp["tau"]
        kd = F.kl_div(F.log_softmax(s / tau, -1), F.softmax(t / tau, -1), reduction="batchmean") * tau * tau
        loss = self.hp["alpha"] * kd + (1 - self.hp["alpha"]) * F.cross_entropy(s, y)
        self.log("train_loss", loss.item())
        return loss

    def validation_step(self, batch, batch_idx):
        ids, y = batch
        acc = (self.student(self.embed(ids)).argmax(-1) == y).float().mean()
        self.log("val_acc", acc)

    def configure_optimizers(self):
        return torch.optim.Adam([p for p in self.parameters() if p.requires_grad], lr=self.hp["lr"])
