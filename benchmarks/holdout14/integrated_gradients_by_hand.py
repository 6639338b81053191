# expect: crash
"""Integrated gradients written by hand for a BiLSTM sentiment model: Riemann sum over interpolated embeddings,
one autograd.grad per alpha batch; the model is loaded from a checkpoint and put in eval like any inference code."""
import io
import torch
import torch.nn as nn


class SentimentLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(60, 8)
        self.bilstm = nn.LSTM(8, 6, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(12, 2)

    def forward_embeds(self, e):
        out, _ = self.bilstm(e)
        return self.fc(out.mean(1))

    def forward(self, ids):
        return self.forward_embeds(self.embedding(ids))


def load_checkpoint():
    buf = io.BytesIO()
    torch.save({"state_dict": SentimentLSTM().state_dict()}, buf)
    buf.seek(0)
    model = SentimentLSTM()
    model.load_state_dict(torch.load(buf)["state_dict"])
    return model.eval()


def integrated_gradients(model, ids, target, steps=8, chunk=4):
    emb = model.embedding(ids).detach()
    baseline = torch.zeros_like(emb)
    alphas = torch.linspace(0, 1, steps)
    total = torch.zeros_like(emb)
    for chunk_alphas in alphas.split(chunk):
        scaled = (baseline + chunk_alphas.view(-1, 1, 1) * (emb - baseline)).requires_grad_(True)
        scores = model.forward_embeds(scaled)[:, target]
        grads = torch.autograd.grad(scores.sum(), scaled)[0]  # TM001-here
        total += grads.sum(0, keepdim=True)
    return ((emb - baseline) * total / steps).sum(-1)


model = load_checkpoint()
ids = torch.randint(0, 60, (1, 7))
print(integrated_gradients(model, ids, target=1))
