# expect: crash
"""Rebuilt from the public report cmhcbb/Seq2Sick#2 (attack.py on an OpenNMT seq2seq model
fails with "cudnn RNN backward can only be called in training mode"): the attack loads a
translator and optimises a perturbation of the source embeddings by gradient descent.

Shape: the training script saves the whole model with torch.save right after its last
validation (model in eval); Translator.from_checkpoint restores it with torch.load, which
keeps the eval flags; the attack's loss.backward() runs through the loaded encoder LSTM.
"""
import os
import tempfile

import torch
from torch import nn


class Seq2Seq(nn.Module):
    def __init__(self, vocab=25, d=8):
        super().__init__()
        self.src_emb = nn.Embedding(vocab, d)
        self.tgt_emb = nn.Embedding(vocab, d)
        self.encoder = nn.LSTM(d, d, batch_first=True)
        self.decoder = nn.LSTM(d, d, batch_first=True)
        self.generator = nn.Linear(d, vocab)

    def forward_embedded(self, src_embedded, tgt):
        _, state = self.encoder(src_embedded)
        dec, _ = self.decoder(self.tgt_emb(tgt), state)
        return self.generator(dec)

    def forward(self, src, tgt):
        return self.forward_embedded(self.src_emb(src), tgt)


def train_and_save(path):
    model = Seq2Seq()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    src, tgt = torch.randint(0, 25, (8, 6)), torch.randint(0, 25, (8, 6))
    for _ in range(3):
        model.train()
        opt.zero_grad()
        nn.functional.cross_entropy(model(src, tgt[:, :-1]).reshape(-1, 25), tgt[:, 1:].reshape(-1)).backward()
        opt.step()
        model.eval()
        with torch.no_grad():
            model(src, tgt[:, :-1])
    torch.save(model, path)


class Translator:
    def __init__(self, model):
        self.model = model

    @classmethod
    def from_checkpoint(cls, path):
        return cls(torch.load(path, weights_only=False))


class Seq2SickAttack:
    def __init__(self, translator, lr=0.1, steps=3, lam=1.0):
        self.model = translator.model
        self.lr, self.steps, self.lam = lr, steps, lam

    def __call__(self, src, target_keywords):
        base = self.model.src_emb(src).detach()
        delta = torch.zeros_like(base, requires_grad=True)
        opt = torch.optim.Adam([delta], lr=self.lr)
        for _ in range(self.steps):
            logits = self.model.forward_embedded(base + delta, target_keywords[:, :-1])
            loss = nn.functional.cross_entropy(logits.reshape(-1, logits.size(-1)),
                                               target_keywords[:, 1:].reshape(-1))
            loss = loss + self.lam * delta.norm()
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        return (base + delta).detach()


if __name__ == "__main__":
    torch.manual_seed(53)
    with tempfile.TemporaryDirectory() as tmp:
        ckpt = os.path.join(tmp, "model_step_3.pt")
        train_and_save(ckpt)
        translator = Translator.from_checkpoint(ckpt)
        attack = Seq2SickAttack(translator)
        adv = attack(torch.randint(0, 25, (2, 6)), torch.randint(0, 25, (2, 5)))
        print(adv.shape)
