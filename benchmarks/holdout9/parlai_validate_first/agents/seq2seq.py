import torch
import torch.nn as nn
import torch.nn.functional as F

from .torch_agent import TorchAgent


class Seq2seq(nn.Module):
    def __init__(self, vocab, hidden):
        super().__init__()
        self.embeddings = nn.Embedding(vocab, hidden)
        self.encoder = nn.LSTM(hidden, hidden, batch_first=True)
        self.decoder = nn.LSTM(hidden, hidden, batch_first=True)
        self.output = nn.Linear(hidden, vocab)

    def forward(self, xs, ys):
        _, state = self.encoder(self.embeddings(xs))
        out, _ = self.decoder(self.embeddings(ys), state)
        return self.output(out)


class Seq2seqAgent(TorchAgent):
    def build_model(self):
        return Seq2seq(self.opt["vocab"], self.opt["hiddensize"])

    def init_optim(self):
        return torch.optim.SGD(self.model.parameters(), lr=self.opt["lr"])

    def compute_loss(self, batch):
        scores = self.model(batch.text_vec, batch.label_vec)
        return F.cross_entropy(scores.flatten(0, 1), batch.label_vec.flatten())

    def train_step(self, batch):
        loss = self.compute_loss(batch)
        self.backward(loss)
        self.update_params()
        return {"loss": loss.item()}

    def eval_step(self, batch):
        self.model.eval()
        with torch.no_grad():
            loss = self.compute_loss(batch)
        return {"ppl": float(torch.exp(loss))}
